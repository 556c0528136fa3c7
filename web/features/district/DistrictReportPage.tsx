// The district report, weekly or monthly (issue 7): choose the campaign and the period, read the
// figures aggregated from the approved commune reports (the missing ones named), the communes'
// notes and the office's text, and download the DOCX, PDF and XLSX. The coordinator
// (district_reports.write) edits the document's header, signer, recipients and narrative.
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf, IconFileTypeXls } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isoWeek, todayInVietnam } from '../../../domain/dates';
import { useCan } from '../../app/auth';
import { formatDate, formatPeriod } from '../../lib/format';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { useCampaigns } from '../campaigns/api';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, Loading, QueryError } from '../../ui/QueryState';
import { exportUrl, useDistrictReport, type DistrictReport, type ExportFormat, type PeriodKind } from './api';
import { DistrictMetaForm, DistrictMetaView } from './DistrictMetaForm';
import { IssuerForm } from './IssuerForm';
import { CommuneNotes, MissingReports } from './DistrictNotes';
import { CommunesTable, Criterion2Table, DistrictTotals, GroupsTable, MaterialsTable } from './DistrictTables';
import { campaignMonths, campaignWeeks, monthOfWeek, weekOn, type CampaignSpan } from './periods';

const ICONS = { docx: IconFileTypeDocx, pdf: IconFileTypePdf, xlsx: IconFileTypeXls } as const;

function Exports({ campaignId, r }: { campaignId: number; r: DistrictReport }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {(['docx', 'pdf', 'xlsx'] as ExportFormat[]).map((f) => {
        const Icon = ICONS[f];
        return (
          <Button key={f} component="a" variant={f === 'docx' ? 'filled' : 'default'} leftSection={<Icon size={16} />} data-testid={`export-${f}`}
            href={exportUrl(campaignId, r.period.kind, r.period.start, f)} download>
            {t(`district.export.${f}`)}
          </Button>
        );
      })}
    </Group>
  );
}

function Report({ campaignId, r }: { campaignId: number; r: DistrictReport }) {
  const { i18n } = useTranslation();
  const can = useCan();
  return (
    <Stack gap="lg" data-testid="district-report">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2} fz={20}>{i18n.language === 'en' ? r.period.en : r.period.vi}</Title>
          <Text size="sm" c="dimmed">{formatPeriod(r.period.from, r.period.to)}</Text>
        </div>
        <Exports campaignId={campaignId} r={r} />
      </Group>
      <MissingReports r={r} />
      <DistrictTotals r={r} />
      <CommunesTable r={r} />
      <GroupsTable r={r} />
      <MaterialsTable r={r} />
      <Criterion2Table r={r} />
      <CommuneNotes r={r} />
      {can('district_reports.write')
        ? <DistrictMetaForm key={`${r.period.kind}-${r.period.start}-${r.meta.version}`} r={r} campaignId={campaignId} />
        : <DistrictMetaView r={r} />}
      {can('district_reports.write') && <IssuerForm />}
    </Stack>
  );
}

function weekLabel(t: TFunction, week: string): string {
  const w = isoWeek(week);
  return t('district.weekOption', { week: w.week, year: w.year, from: formatDate(week).slice(0, 5), to: formatDate(addDays(week, 6)) });
}

/** The period pickers and the report for one campaign. */
function CampaignReport({ campaign }: { campaign: CampaignSpan & { id: number } }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('week');
  const [week, setWeek] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  // Until the user picks, a first request (the last week before the real date) tells the business
  // date; the page then opens on the week of the last Saturday before it (often the same request).
  const probe = useDistrictReport(campaign.id, 'week', week ? null : weekOn(campaign, todayInVietnam()));
  const defaultWeek = probe.data ? weekOn(campaign, probe.data.today) : null;
  const chosenWeek = week ?? defaultWeek;
  const chosenMonth = month ?? (chosenWeek ? monthOfWeek(chosenWeek) : null);
  const start = kind === 'week' ? chosenWeek : chosenMonth;
  const report = useDistrictReport(campaign.id, kind, start);

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('district.periodKind')}</Text>
            <SegmentedControl value={kind} onChange={(v) => setKind(v as PeriodKind)} aria-label={t('district.periodKind')}
              data={[{ value: 'week', label: t('district.weekly') }, { value: 'month', label: t('district.monthly') }]} />
          </Stack>
          {kind === 'week'
            ? <Select label={t('district.week')} value={chosenWeek} onChange={(v) => v && setWeek(v)} allowDeselect={false} w={{ base: '100%', xs: 300 }}
                data={campaignWeeks(campaign).map((w) => ({ value: w, label: weekLabel(t, w) }))} comboboxProps={{ withinPortal: true }} />
            : <Select label={t('district.month')} value={chosenMonth} onChange={(v) => v && setMonth(v)} allowDeselect={false} w={{ base: '100%', xs: 220 }}
                data={campaignMonths(campaign).map((m) => ({ value: m, label: t('district.monthOption', { month: Number(m.slice(5)), year: m.slice(0, 4) }) }))}
                comboboxProps={{ withinPortal: true }} />}
        </Group>
      </Paper>
      {probe.error && !week ? <QueryError error={probe.error} onRetry={() => void probe.refetch()} />
        : report.error ? <QueryError error={report.error} onRetry={() => void report.refetch()} />
          : report.data ? <Report campaignId={campaign.id} r={report.data} /> : <Loading />}
    </Stack>
  );
}

export function DistrictReportPage() {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const campaigns = useCampaigns();
  const campaign = campaigns.data?.items.find((c) => c.id === campaignId);
  return (
    <div data-testid="district-report-page">
      <PageHeader title={t('district.title')} description={t('district.description')} />
      <Stack gap="md">
        <Group><CampaignSelect value={campaignId} onChange={setCampaignId} /></Group>
        {campaigns.data && !campaigns.data.items.length ? <Empty title={t('district.noCampaign')} />
          : campaign ? <CampaignReport key={campaign.id} campaign={campaign} /> : <Loading />}
      </Stack>
    </div>
  );
}
