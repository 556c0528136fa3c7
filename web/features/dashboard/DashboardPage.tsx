// The leadership dashboard: headline figures for the campaign and its last day, criterion 2 per
// target commune with a link down to its roads, progress by week, late directive tasks, the group
// ranking and next Saturday's go/no-go. Cards stack on a phone; numbers in vi-VN.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatInteger, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { formatDecimal } from '../roads/shared';
import { useDashboard, type Dashboard, type DayRoadFigures, type Missing, type RoadFigures, type Section, type WorkFigures } from './api';
import { WeeksChart } from './WeeksChart';
import { WhenVisible } from './WhenVisible';
import { DistrictMap } from '../map/MapPage';

export function NoData() {
  const { t } = useTranslation();
  return <Text size="sm" c="dimmed" fs="italic" data-testid="no-data">{t('dashboard.noData')}</Text>;
}

function Stat({ label, value, sub }: { label: string; value: ReactNode; sub?: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fz={22} fw={700} lh={1.3}>{value}</Text>
      {sub && <Text size="xs" c="dimmed">{sub}</Text>}
    </Card>
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Title order={2} fz={17} mb="sm">{title}</Title>
      {children}
    </Card>
  );
}

const ok = <T,>(s: Section<T>): s is T & { available: true } => s.available;

/** The same four figures for the campaign and for its last day; what each counts is said under it. */
function Headline({ roads, work, extra, testId }: { roads: RoadFigures | DayRoadFigures; work: Section<WorkFigures>; extra?: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" data-testid={testId}>
      <Stat label={t('dashboard.poured')} value={ok(work) ? <span data-testid="poured">{formatDecimal(work.lengthM, 1)} m · {formatDecimal(work.volumeM3, 1)} m³</span> : <NoData />}
        sub={t('dashboard.pouredCaption')} />
      <Stat label={t('dashboard.participants')} value={ok(work) ? <span data-testid="participants">{formatInteger(work.participants)}</span> : <NoData />}
        sub={ok(work) ? t('dashboard.participantsSplit', { officials: formatInteger(work.officials), people: formatInteger(work.people) }) : undefined} />
      <Stat label={t('dashboard.labourDays')} value={ok(work) ? <span data-testid="labour-days">{formatDecimal(work.labourDays, 1)}</span> : <NoData />}
        sub={ok(work) ? t('dashboard.workdaysCaption', { n: work.workdays }) : undefined} />
      <Stat label={t('dashboard.kmFinished')} value={`${formatDecimal(roads.finishedKm, 2)} km`}
        sub={<>{t('dashboard.kmFinishedCaption', { km: formatDecimal(roads.acceptedKm, 2) })}
          {'beforeKm' in roads && roads.beforeKm ? <span data-testid="km-before">{t('dashboard.kmBefore', { km: formatDecimal(roads.beforeKm, 2) })}</span> : null}</>} />
      {extra}
    </SimpleGrid>
  );
}

function Communes({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {d.communes.map((c) => (
        <Panel key={c.commune.id} title={t('dashboard.commune', { name: c.commune.name })} testId="commune-card">
          <Group gap="xs" mb="xs">
            <Badge color={c.metAtThresholds ? 'green' : 'orange'}>{c.metAtThresholds ? t('dashboard.met') : t('dashboard.notMet')}</Badge>
            {!c.thresholdsConfirmed && <Badge color="gray" variant="light">{t('dashboard.thresholdsUnconfirmed')}</Badge>}
          </Group>
          <DataTable rows={c.indicators} rowKey={(i) => i.indicator} minWidth={300} striped={false} fz="sm" verticalSpacing={4} columns={[
            { key: 'indicator', header: t('dashboard.indicator'), cell: (i) => `${i.indicator} ${t(`roads.classes.${i.roadClass}`)}` },
            { key: 'share', header: t('dashboard.share'), align: 'right', cell: (i) => (
              <><Text span size="sm" c={i.met ? 'green.8' : i.met === false ? 'orange.8' : 'dimmed'} fw={600}>{formatDecimal(i.sharePercent, 1)}%</Text> / {formatDecimal(i.thresholdPercent, 0)}%</>
            ) },
            { key: 'projected', header: t('dashboard.projected'), cell: (i) => (i.met ? t('dashboard.met') : i.projection.date ? formatDate(i.projection.date) : t(`dashboard.projection.${i.projection.status}`, { defaultValue: '—' })) },
          ]} />
          <Text size="sm" mt="xs">{t('dashboard.communeLine', { finished: formatDecimal(c.finishedKm, 2), accepted: formatDecimal(c.acceptedKm, 2), roads: c.roads })}
            {c.beforeKm ? t('dashboard.kmBefore', { km: formatDecimal(c.beforeKm, 2) }) : null}</Text>
          {ok(c.work) && <Text size="sm">{t('dashboard.communeWork', { m: formatDecimal(c.work.lengthM, 1), m3: formatDecimal(c.work.volumeM3, 1), days: formatDecimal(c.work.labourDays, 1) })}</Text>}
          <Anchor component={Link} to={`/dashboard/communes/${c.commune.id}`} size="sm" mt={4} display="block">{t('dashboard.seeRoads')}</Anchor>
        </Panel>
      ))}
    </SimpleGrid>
  );
}

function Missingly<T>({ s, children }: { s: Section<T>; children: (v: T & { available: true }) => ReactNode }) {
  return ok(s) ? <>{children(s)}</> : <NoData key={(s as Missing).reason} />;
}

function Body({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const h = d.headline.campaign;
  const en = i18n.language.startsWith('en');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} fz={17}>{t('dashboard.campaignTotals')}</Title>
        <Text size="xs" c="dimmed">{t('dashboard.asOfCaption', { today: formatDate(d.today) })}</Text>
        <Headline roads={h.roads} work={h.work} testId="campaign-headline" extra={<>
          <Stat label={t('dashboard.fund')} value={ok(h.fund) ? formatVnd(h.fund.received) : <NoData />}
            sub={ok(h.fund) ? t('dashboard.fundSplit', { allocated: formatVnd(h.fund.allocated), spent: formatVnd(h.fund.spent) }) : undefined} />
          <Stat label={t('dashboard.reportingRate')} value={ok(h.reports) ? <span data-testid="reporting-rate">{formatDecimal(h.reports.ratePercent ?? 0, 1)}%</span> : <NoData />}
            sub={ok(h.reports) ? t('dashboard.reportsSplit', { received: h.reports.received, expected: h.reports.expected, communes: h.reports.communes, weeks: h.reports.weeks, onTime: h.reports.onTime }) : undefined} />
        </>} />
      </Stack>
      {d.headline.lastDay && (
        <Stack gap="xs">
          <Title order={2} fz={17}>{t('dashboard.lastDay', { day: formatDate(d.headline.lastDay.day) })}</Title>
          <Headline roads={d.headline.lastDay.roads} work={d.headline.lastDay.work} testId="last-day-headline" />
        </Stack>
      )}
      <Panel title={t('dashboard.nextPlan')} testId="next-plan">
        <Missingly s={d.nextPlan}>{(p) => (
          <Stack gap={6}>
            <Group gap="xs">
              <Badge size="lg" color={p.go ? 'green' : 'red'}>{p.go ? t('dashboard.go') : t('dashboard.noGo')}</Badge>
              <Text size="sm">{t('dashboard.planLine', { day: formatDate(p.day), status: t(`dashboard.planStatus.${p.status}`), entries: p.entries, headcount: formatInteger(p.headcount), m3: formatDecimal(p.targetVolumeM3, 1) })}</Text>
            </Group>
            {p.blockers.map((b, i) => <Text key={i} size="sm">• {b.group} – {b.commune}: {en ? b.check.en : b.check.vi}</Text>)}
          </Stack>
        )}</Missingly>
      </Panel>
      <Title order={2} fz={17}>{t('dashboard.communes')}</Title>
      <Communes d={d} />
      <Panel title={t('dashboard.map')} testId="dashboard-map"><WhenVisible><DistrictMap /></WhenVisible></Panel>
      <Panel title={t('dashboard.weeks')}>{d.weeks.length ? <WeeksChart weeks={d.weeks} /> : <NoData />}</Panel>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Panel title={t('dashboard.ranking')} testId="ranking">
          <Missingly s={d.ranking}>{(r) => (
            <Stack gap={4}>{r.groups.map((g) => <Text key={g.id} size="sm">{g.rank}. {g.name} — {t('dashboard.rankLine', { score: formatDecimal(g.score, 1), days: formatDecimal(g.labourDays, 1), m3: formatDecimal(g.volumeM3, 1) })}</Text>)}</Stack>
          )}</Missingly>
        </Panel>
        <Panel title={t('dashboard.lateTasks')} testId="late-tasks">
          <Missingly s={d.lateTasks}>{(l) => l.items.length ? (
            <Stack gap={6}>{l.items.map((x) => (
              <Text key={x.id} size="sm"><Text span c="red.8" fw={600}>{formatDate(x.dueOn)}</Text> · {x.assignee}: {x.description} <Text span c="dimmed">({x.directive.number})</Text></Text>
            ))}</Stack>
          ) : <Text size="sm" c="dimmed">{t('dashboard.noLateTasks')}</Text>}</Missingly>
        </Panel>
      </SimpleGrid>
    </Stack>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const q = useDashboard();
  return (
    <>
      <PageHeader title={t('dashboard.title')} description={q.data ? t('dashboard.subtitle', { name: q.data.campaign.name, today: formatDate(q.data.today) }) : undefined} />
      <QueryState query={q}>{(d) => <Body d={d} />}</QueryState>
    </>
  );
}
