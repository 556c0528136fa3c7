// Criterion 2 (giao thông) per commune: for each road class the km in total and hardened, the share,
// the threshold with its source ("chưa xác nhận" until an admin confirms it), met or not, and the
// projected date at the recent pace. The admin edits and confirms thresholds below.
import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { useCriterionCommunes, type CommuneCriterion, type Indicator } from './api';
import { ThresholdsTable } from './ThresholdsTable';
import { CommunePicker, formatDecimal, useCommuneChoice, useCommuneParam } from './shared';

const STATUS_COLOUR: Record<CommuneCriterion['status'], string> = { met: 'teal', not_met: 'red', thresholds_not_confirmed: 'orange', no_roads: 'gray' };

function Projection({ i }: { i: Indicator }) {
  const { t } = useTranslation();
  const p = i.projection;
  if (p.status === 'met') return <Text size="sm" c="dimmed">—</Text>;
  if (p.status === 'no_roads') return <Text size="sm" c="dimmed">{t('crit2.noRoadsOfClass')}</Text>;
  if (p.status === 'not_at_this_pace' || !p.date) return <Text size="sm" c="red.8">{t('crit2.notAtThisPace')}</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDate(p.date)}</Text>
      <Text size="xs" c={p.withinCampaign ? 'dimmed' : 'orange.8'}>
        {t(p.withinCampaign ? 'crit2.withinCampaign' : 'crit2.afterCampaign', { n: p.campaignDaysNeeded ?? 0 })}
      </Text>
    </Stack>
  );
}

/** The season plan's date beside the pace: what the route schedule (lộ trình) reaches, with a link to it. */
function PlannedReach({ c }: { c: CommuneCriterion }) {
  const { t, i18n } = useTranslation();
  const p = c.seasonPlan;
  if (!c.campaign || c.status === 'met') return null;
  if (!p) return <Text size="xs" c="dimmed" mb="xs">{t('crit2.planNone')} <Anchor component={Link} to="/season-plan" size="xs" underline="always">{t('crit2.planOpen')}</Anchor></Text>;
  const what = p.alreadyMet ? t('crit2.planAlreadyMet') : p.reachedOn ? t('crit2.planReached', { day: formatDate(p.reachedOn) }) : t('crit2.planNotReached', { deadline: formatDate(p.deadline) });
  return (
    <Alert color={p.alreadyMet || p.reachedOn ? 'teal' : 'red'} variant="light" mb="xs" data-testid="crit2-season-plan">
      <Text size="sm" fw={600}>{t('crit2.planTitle', { d: formatDate(p.asOf) })}: {what}</Text>
      {p.shortfall && <Text size="sm">{i18n.language.startsWith('en') ? p.shortfall.en : p.shortfall.vi}</Text>}
      <Anchor component={Link} to="/season-plan" size="sm" underline="always">{t('crit2.planOpen')}</Anchor>
    </Alert>
  );
}

export function CommuneTable({ c }: { c: CommuneCriterion }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Stack gap={0}>
          <Title order={2} fz="lg">{t('crit2.communeTitle', { name: c.commune.name })}</Title>
          <Text size="xs" c="dimmed">
            {t('crit2.region', { region: i18n.language.startsWith('en') ? c.region.en : c.region.vi })} · {t('crit2.asOf', { d: formatDate(c.asOf) })}
            {c.pace.campaignDays > 0 && ` · ${t('crit2.pace', { n: c.pace.campaignDays })}`}
          </Text>
        </Stack>
        <Badge size="lg" color={STATUS_COLOUR[c.status]} variant="filled">{t(`crit2.status.${c.status}`)}</Badge>
      </Group>
      {c.status === 'thresholds_not_confirmed' && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={16} />} mb="xs">
          {t(c.metAtThresholds ? 'crit2.unconfirmedMet' : 'crit2.unconfirmedNotMet')}
        </Alert>
      )}
      <PlannedReach c={c} />
      <DataTable label={t('crit2.communeTitle', { name: c.commune.name })} rows={c.indicators} rowKey={(i) => i.indicator} minWidth={760} columns={[
        { key: 'indicator', header: t('crit2.indicator'), cell: (i) => <Text size="sm" fw={500}>{i.indicator} · {t(`roads.classes.${i.roadClass}`)}</Text> },
        { key: 'total', header: t('crit2.totalKm'), align: 'right', cell: (i) => formatDecimal(i.totalKm, 3) },
        { key: 'hardened', header: t('crit2.hardenedKm'), align: 'right', cell: (i) => (
          <>
            {formatDecimal(i.hardenedKm, 3)}
            {i.acceptedKm > 0 && <Text size="xs" c="dimmed">{t('crit2.ofWhichAccepted', { km: formatDecimal(i.acceptedKm, 3) })}</Text>}
          </>
        ) },
        { key: 'share', header: t('crit2.share'), align: 'right', cell: (i) => `${formatDecimal(i.sharePercent, 1)} %` },
        { key: 'threshold', header: t('crit2.threshold'), td: () => ({ maw: 260 }), cell: (i) => (
          <>
            <Group gap={4}>
              <Text size="sm">≥ {formatDecimal(i.thresholdPercent, 1)} %</Text>
              {!i.thresholdConfirmed && <Badge size="xs" color="orange" variant="light" miw="max-content">{t('crit2.unconfirmed')}</Badge>}
            </Group>
            <Text size="xs" c="dimmed" lineClamp={2} title={i.thresholdSource}>{i.thresholdSource}</Text>
          </>
        ) },
        { key: 'result', header: t('crit2.result'), cell: (i) => (
          <>
            {i.met === null ? <Text size="sm" c="dimmed">{t('crit2.noRoadsOfClass')}</Text>
              : <Badge color={i.met ? 'teal' : 'red'} variant="light" miw="max-content">{t(i.met ? 'crit2.met' : 'crit2.notMet')}</Badge>}
            {i.met === false && <Text size="xs" c="dimmed">{t('crit2.missing', { km: formatDecimal(i.missingKm, 3) })}</Text>}
          </>
        ) },
        { key: 'projection', header: t('crit2.projection'), cell: (i) => <Projection i={i} /> },
      ]} />
    </Paper>
  );
}

export function Criterion2Page() {
  const { t } = useTranslation();
  const can = useCan();
  const [chosen, setChosen] = useCommuneParam();
  const { communeId, own } = useCommuneChoice(chosen, setChosen);
  const communes = useCriterionCommunes();
  return (
    <>
      <PageHeader title={t('crit2.title')} description={t('crit2.description')} />
      {!own && <Group mb="sm"><CommunePicker value={communeId} onChange={setChosen} /></Group>}
      <QueryState query={communes}>
        {(d) => {
          const c = d.items.find((x) => x.commune.id === communeId);
          return c ? <CommuneTable c={c} /> : <Text c="dimmed">{t('crit2.noCommune')}</Text>;
        }}
      </QueryState>
      {can('criteria.confirm') && <ThresholdsTable />}
    </>
  );
}
