// Kế hoạch tuần (issue 6): pick a campaign; the tab "Ngày ra quân" lists its campaign days with the
// plan of each (status, groups, people, m³) and, for the office, "Đề xuất kế hoạch"; the tab
// "Phân công tuyến" shows which group has which roads for the whole campaign.
import { Group, Tabs } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { PageHeader } from '../../ui/PageHeader';
import { AssignmentsPanel } from './AssignmentsPanel';
import { PlanDaysList } from './PlanDaysList';

/** The campaign chosen on the plan pages, kept in the address (?campaign=) so a reload keeps it. */
export function useCampaignParam(): [number | null, (id: number | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get('campaign'));
  const value = raw > 0 ? raw : null;
  const set = useCallback((id: number | null) => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('campaign', String(id));
      else next.delete('campaign');
      return next;
    }, { replace: true });
  }, [setParams]);
  return [value, set];
}

export function PlansPage() {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useCampaignParam();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'assignments' ? 'assignments' : 'days';
  return (
    <div data-testid="plans-page">
      <PageHeader title={t('plans.title')} description={t('plans.description')} />
      <Group mb="md"><CampaignSelect value={campaignId} onChange={setCampaignId} /></Group>
      <Tabs value={tab} keepMounted={false} onChange={(v) => setParams((p) => {
        const next = new URLSearchParams(p);
        if (v === 'assignments') next.set('tab', v);
        else next.delete('tab');
        return next;
      }, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="days">{t('plans.tabDays')}</Tabs.Tab>
          <Tabs.Tab value="assignments">{t('plans.tabAssignments')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="days">{campaignId !== null && <PlanDaysList campaignId={campaignId} />}</Tabs.Panel>
        <Tabs.Panel value="assignments">{campaignId !== null && <AssignmentsPanel campaignId={campaignId} />}</Tabs.Panel>
      </Tabs>
    </div>
  );
}
