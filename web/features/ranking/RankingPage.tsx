// The emulation ranking (thi đua, issue 7): per group and per agency, for a month or the whole
// campaign — participation, labour-days, volume, the communes' rating, the composite score, the
// rank and why equal scores stand as they do; a bar chart of the score; the XLSX export; the
// weights, changed by whoever may configure the reports.
import { Button, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconFileTypeXls } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatPeriod } from '../../lib/format';
import { useCampaigns } from '../campaigns/api';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { campaignMonths } from '../district/periods';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, Loading, QueryError } from '../../ui/QueryState';
import { rankingExportUrl, useRanking, type Ranking } from './api';
import { RankingTable } from './RankingTable';
import { ScoreChart } from './ScoreChart';
import { WeightsCard } from './WeightsCard';

const WHOLE = 'campaign';

function RankingView({ r, campaignId, month }: { r: Ranking; campaignId: number; month: string | null }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('groups');
  const rows = tab === 'agencies' ? r.agencies : r.groups;
  return (
    <Stack gap="md" data-testid="ranking">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Text size="sm" c="dimmed">
          {formatPeriod(r.period.from, r.period.to)} · {t('ranking.daysWorked', { n: formatInteger(r.campaignDaysWorked) })}
        </Text>
        <Button component="a" href={rankingExportUrl(campaignId, month)} download variant="default" leftSection={<IconFileTypeXls size={16} />} data-testid="ranking-xlsx">
          {t('ranking.export')}
        </Button>
      </Group>
      <WeightsCard campaignId={campaignId} weights={r.weights} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="groups">{t('ranking.groups', { n: r.groups.length })}</Tabs.Tab>
          <Tabs.Tab value="agencies">{t('ranking.agencies', { n: r.agencies.length })}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Paper withBorder>
        {tab === 'agencies'
          ? <RankingTable rows={r.agencies} withGroup label={t('ranking.agencyTable')} testId="ranking-agencies" />
          : <RankingTable rows={r.groups} label={t('ranking.groupTable')} testId="ranking-groups" />}
      </Paper>
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">{t('ranking.chart')}</Text>
        <ScoreChart rows={rows} weights={r.weights} label={t('ranking.chart')} />
      </Paper>
      <Text size="xs" c="dimmed">{t('ranking.method')}</Text>
    </Stack>
  );
}

export function RankingPage() {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [period, setPeriod] = useState<string>(WHOLE);
  const campaigns = useCampaigns();
  const campaign = campaigns.data?.items.find((c) => c.id === campaignId);
  const month = period === WHOLE ? null : period;
  const ranking = useRanking(campaign ? campaign.id : null, month);
  const onCampaign = (id: number | null) => {
    setCampaignId(id);
    setPeriod(WHOLE);
  };
  return (
    <div data-testid="ranking-page">
      <PageHeader title={t('ranking.title')} description={t('ranking.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <CampaignSelect value={campaignId} onChange={onCampaign} />
          {campaign && (
            <Select label={t('ranking.period')} value={period} onChange={(v) => v && setPeriod(v)} allowDeselect={false} w={{ base: '100%', xs: 220 }}
              comboboxProps={{ withinPortal: true }}
              data={[{ value: WHOLE, label: t('ranking.wholeCampaign') },
                ...campaignMonths(campaign).map((m) => ({ value: m, label: t('ranking.monthOption', { month: Number(m.slice(5)), year: m.slice(0, 4) }) }))]} />
          )}
        </Group>
        {campaigns.data && !campaigns.data.items.length ? <Empty title={t('ranking.noCampaign')} />
          : ranking.error ? <QueryError error={ranking.error} onRetry={() => void ranking.refetch()} />
            : ranking.data && campaign ? <RankingView r={ranking.data} campaignId={campaign.id} month={month} /> : <Loading />}
      </Stack>
    </div>
  );
}
