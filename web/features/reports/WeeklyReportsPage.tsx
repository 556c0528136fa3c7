// Weekly commune reports (issue 7): the reports the user may see (a commune its own, the office and
// leadership every commune's), newest week first, with status, on time / late and the week's
// figures; a commune opens the report of a week that has started; the office also sees the
// completeness grid (communes × weeks). A reminder's link (?campaignId&weekStart) preselects the week.
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconFilePlus, IconSettings } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { addDays } from '../../../domain/dates';
import { dueWeek } from '../../../domain/due';
import { formatQuantity } from '../../../domain/labour';
import { weekLabel, weekLabelEn, weekStartOf } from '../../../domain/reporting';
import { useCan, useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import type { Campaign } from '../../lib/types';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { useCampaign } from '../campaigns/api';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { CompletenessGrid } from './CompletenessGrid';
import { ReportSettingsModal } from './ReportSettingsModal';
import { openReport, STATUS_COLOUR, TIMELINESS_COLOUR, useReports, type Report } from './api';

function ReportCard({ r }: { r: Report }) {
  const { t, i18n } = useTranslation();
  const week = i18n.language === 'en' ? r.week.en : r.week.vi;
  return (
    <UnstyledButton component={Link} to={`/weekly-reports/${r.id}`}>
      <Paper withBorder p="sm" data-testid="report-card" style={{ borderLeft: `4px solid var(--mantine-color-${STATUS_COLOUR[r.status]}-6)` }}>
        <Group justify="space-between" gap="xs" mb={4}>
          <Text fw={600}>{week} · {r.commune.name}</Text>
          <Group gap={4}>
            <Badge color={STATUS_COLOUR[r.status]} size="sm">{t(`reports.status.${r.status}`)}</Badge>
            <Badge color={TIMELINESS_COLOUR[r.timeliness]} variant="light" size="sm">{t(`reports.timeliness.${r.timeliness}`)}</Badge>
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mb={4}>
          {t('reports.period', { from: formatDate(r.figures.period.from), to: formatDate(r.figures.period.to) })} · {t('reports.deadlineAt', { at: formatDateTime(r.deadline) })}
        </Text>
        <Text size="sm">
          {t('reports.cardFigures', { workdays: formatInteger(r.figures.totals.workdays), participants: formatInteger(r.figures.totals.participants),
            labourDays: formatQuantity(r.figures.totals.labourDays, 1), m3: formatQuantity(r.figures.totals.volumeM3, 3) })}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

/** The commune opens the report of a week of the campaign that has started and has no report yet. */
function OpenReport({ campaign, today, reports, initialWeek }: { campaign: Campaign; today: string; reports: Report[]; initialWeek: string | null }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const communeId = me.user.unit?.id ?? 0;
  const weeks: string[] = [];
  const last = [today, campaign.endDate].sort()[0];
  for (let w = weekStartOf(campaign.startDate); w <= last; w = addDays(w, 7)) {
    if (!reports.some((r) => r.weekStart === w && r.commune.id === communeId)) weeks.push(w);
  }
  weeks.reverse();
  // Opens on the week asked for (the home's link), else the latest week due with no report yet.
  const [week, setWeek] = useState<string | null>(initialWeek && weeks.includes(initialWeek) ? initialWeek : dueWeek(weeks, today));
  const errors = useFormErrors(['weekStart']);
  const open = useMutation({
    mutationFn: () => openReport({ campaignId: campaign.id, communeId, weekStart: week! }),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      void navigate(`/weekly-reports/${r.id}`);
    },
    onError: errors.setError,
  });
  if (!weeks.length) return null;
  const label = (w: string) => `${i18n.language === 'en' ? weekLabelEn(w) : weekLabel(w)} (${formatDate(w)} – ${formatDate(addDays(w, 6))})`;
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} mb="md">
      <Title order={2} size="h5" mb="xs">{t('reports.openTitle')}</Title>
      <Group align="flex-end" gap="xs">
        <Select label={t('reports.week')} value={week} onChange={setWeek} allowDeselect={false} data={weeks.map((w) => ({ value: w, label: label(w) }))}
          error={errors.field('weekStart')} style={{ flex: '1 1 240px' }} comboboxProps={{ withinPortal: true }} />
        <Button leftSection={<IconFilePlus size={16} />} disabled={!week} loading={open.isPending} onClick={() => { errors.clear(); open.mutate(); }}>
          {t('reports.open')}
        </Button>
      </Group>
      {errors.general && <Alert mt="xs" color="red" role="alert">{errors.general}</Alert>}
    </Paper>
  );
}

export function WeeklyReportsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [params] = useSearchParams();
  const [campaignId, setCampaignId] = useState<number | null>(params.get('campaignId') ? Number(params.get('campaignId')) : null);
  const campaign = useCampaign(campaignId ?? 0);
  const reports = useReports(campaignId);
  const mayOpen = can('reports.write') && me.user.role === 'commune';
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <>
      <PageHeader title={t('reports.title')} description={t('reports.description')}
        actions={can('reports.configure') && campaignId && (
          <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setSettingsOpen(true)}>{t('reports.settings.button')}</Button>
        )} />
      {settingsOpen && campaignId && <ReportSettingsModal campaignId={campaignId} onClose={() => setSettingsOpen(false)} />}
      <Group mb="sm"><CampaignSelect value={campaignId} onChange={setCampaignId} /></Group>
      {mayOpen && campaign.data && reports.data && (
        <OpenReport campaign={campaign.data} today={reports.data.today} reports={reports.data.items} initialWeek={params.get('weekStart')} />
      )}
      {can('reports.review') && campaignId && <CompletenessGrid campaignId={campaignId} />}
      <Title order={2} size="h5" mb="xs">{t('reports.list')}</Title>
      <QueryState query={reports} isEmpty={(d) => d.items.length === 0} empty={<Paper withBorder><Empty title={t('reports.empty')} /></Paper>}>
        {(d) => (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              {[...d.items].sort((a, b) => b.weekStart.localeCompare(a.weekStart) || a.commune.name.localeCompare(b.commune.name, 'vi'))
                .map((r) => <ReportCard key={r.id} r={r} />)}
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
