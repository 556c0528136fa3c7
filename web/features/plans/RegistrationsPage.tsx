// Đăng ký ra quân (issue 6): the lead agency registers its group for a campaign day (for the plan's
// entry or proposing one) and may change or withdraw it; the commune's inbox confirms, amends with a
// comment or declines; the deadlines of the chosen day; registered vs actual after the day.
// `?day=` opens on a day and `&register=1` opens the registration form for it: the group lead's home
// card links there, so registering is one tap from home.
import { Button, Group, SegmentedControl, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCan, useMe } from '../../app/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { usePlanDays, useRegistrations, type Registration, type RegistrationAction } from './api';
import { DecisionModal } from './DecisionModal';
import { useCampaignParam } from './PlansPage';
import { RegistrationCard } from './RegistrationCard';
import { RegistrationFormModal } from './RegistrationFormModal';
import { VarianceTable } from './VarianceTable';

type Dialog = { kind: 'new' } | { kind: RegistrationAction; r: Registration };

export function RegistrationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [campaignId, setCampaignId] = useCampaignParam();
  const [params] = useSearchParams();
  const [day, setDay] = useState<string | null>(params.get('day'));
  // A commune opens on its inbox: what still waits for its answer.
  const [inbox, setInbox] = useState(can('registrations.confirm') && me.user.role === 'commune');
  const days = usePlanDays(campaignId);
  const list = useRegistrations(campaignId, { day, status: inbox ? 'submitted' : null });
  const [dialog, setDialog] = useState<Dialog | null>(params.get('register') ? { kind: 'new' } : null);
  const ledGroups = me.ledGroups.filter((g) => g.campaignId === campaignId);
  const mayRegister = can('registrations.write') && ledGroups.length > 0;
  const w = list.data?.window;

  return (
    <div data-testid="registrations-page">
      <PageHeader title={t('registrations.title')} description={t('registrations.description')}
        actions={mayRegister && <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>{t('registrations.register')}</Button>} />
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <CampaignSelect value={campaignId} onChange={setCampaignId} />
        <Select label={t('registrations.day')} value={day} onChange={setDay} clearable placeholder={t('registrations.allDays')} style={{ flex: '0 1 200px' }}
          data={(days.data?.items ?? []).map((d) => ({ value: d.day, label: formatDate(d.day) }))} comboboxProps={{ withinPortal: true }} />
      </Group>
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list">{t('registrations.tabList')}</Tabs.Tab>
          <Tabs.Tab value="variance">{t('registrations.tabVariance')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <Stack gap="sm">
            <SegmentedControl value={inbox ? 'inbox' : 'all'} onChange={(v) => setInbox(v === 'inbox')} style={{ alignSelf: 'flex-start' }}
              data={[{ value: 'all', label: t('common.all') }, { value: 'inbox', label: t('registrations.inbox') }]} />
            {w && (
              <Text size="sm" c="dimmed" data-testid="deadlines">
                {t('registrations.deadlines', { reg: formatDateTime(w.registrationDeadline), conf: formatDateTime(w.confirmationDeadline) })}
                {!w.registrationOpen && <Text span c="orange.8" size="sm"> · {t('registrations.registrationClosed')}</Text>}
                {!w.confirmationOpen && <Text span c="orange.8" size="sm"> · {t('registrations.confirmationClosed')}</Text>}
              </Text>
            )}
            <QueryState query={list} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('registrations.empty')} />}>
              {(d) => d.items.map((r) => <RegistrationCard key={r.id} r={r} onAction={(a) => setDialog({ kind: a, r })} />)}
            </QueryState>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="variance">{campaignId !== null && <VarianceTable campaignId={campaignId} />}</Tabs.Panel>
      </Tabs>
      {dialog?.kind === 'new' && campaignId !== null && mayRegister && (
        <RegistrationFormModal campaignId={campaignId} groups={ledGroups} initialDay={day} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog.kind === 'edit' && campaignId !== null && (
        <RegistrationFormModal campaignId={campaignId} groups={ledGroups} registration={dialog.r} onClose={() => setDialog(null)} />
      )}
      {dialog && dialog.kind !== 'new' && dialog.kind !== 'edit' && (
        // The latest copy of the registration, so "reload" after a stale answer sends the new version.
        <DecisionModal r={list.data?.items.find((x) => x.id === dialog.r.id) ?? dialog.r} action={dialog.kind} onClose={() => setDialog(null)} onReload={() => list.refetch()} />
      )}
    </div>
  );
}
