// The dashboard's drill-down: district → commune (its roads and the map, loaded when scrolled to)
// → road (its segments) → segment (the workdays that poured it and their photos).
import { Anchor, Breadcrumbs, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatInteger } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, QueryState } from '../../ui/QueryState';
import { useRoadMap } from '../map/api';
import { useRoad, useRoads } from '../roads/api';
import { formatDecimal, StatusBadge } from '../roads/shared';
import { useSegmentDrill } from './api';
import { NoData } from './DashboardPage';
import { WhenVisible } from './WhenVisible';

const RoadMapView = lazy(() => import('../map/RoadMapView'));

function Crumbs({ items }: { items: Array<{ to?: string; label: string }> }) {
  const { t } = useTranslation();
  return (
    <Breadcrumbs mb="sm" separatorMargin={4} style={{ flexWrap: 'wrap' }}>
      <Anchor component={Link} to="/dashboard" size="sm">{t('dashboard.district')}</Anchor>
      {items.map((i) => (i.to ? <Anchor key={i.label} component={Link} to={i.to} size="sm">{i.label}</Anchor> : <Text key={i.label} size="sm">{i.label}</Text>))}
    </Breadcrumbs>
  );
}

function CommuneMap({ communeId }: { communeId: number }) {
  const { t } = useTranslation();
  const map = useRoadMap(communeId);
  return <QueryState query={map}>{(d) => <Suspense fallback={<Loading />}><RoadMapView data={d} label={t('roadMap.title')} /></Suspense>}</QueryState>;
}

export function CommuneDrillPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const roads = useRoads(id);
  const name = roads.data?.items[0]?.commune.name ?? '';
  return (
    <>
      <Crumbs items={[{ label: name }]} />
      <PageHeader title={t('dashboard.commune', { name })} />
      <QueryState query={roads} isEmpty={(d) => d.items.length === 0} empty={<NoData />}>{(d) => (
        <Stack gap="sm">
          {d.items.map((r) => (
            <Card key={r.id} withBorder padding="sm" component={Link} to={`/dashboard/roads/${r.id}`} data-testid="drill-road">
              <Text fw={600}>{r.name}</Text>
              <Text size="sm" c="dimmed">{r.indicator} · {t(`roads.classes.${r.roadClass}`)} · {formatDecimal(r.lengthM / 1000, 2)} km</Text>
              <Text size="sm">{t('dashboard.roadLine', { hardened: formatDecimal(r.progress.hardenedPercent, 1), segments: r.progress.segmentCount })}</Text>
            </Card>
          ))}
          <Title order={2} fz={17} mt="sm">{t('roadMap.title')}</Title>
          <WhenVisible><CommuneMap communeId={id} /></WhenVisible>
        </Stack>
      )}</QueryState>
    </>
  );
}

export function RoadDrillPage() {
  const { t } = useTranslation();
  const road = useRoad(Number(useParams().id));
  return (
    <QueryState query={road}>{(r) => (
      <>
        <Crumbs items={[{ to: `/dashboard/communes/${r.commune.id}`, label: r.commune.name }, { label: r.name }]} />
        <PageHeader title={r.name} description={`${r.indicator} · ${t(`roads.classes.${r.roadClass}`)} · ${formatDecimal(r.lengthM / 1000, 2)} km`} />
        {(r.segments ?? []).length === 0 ? <NoData /> : (
          <Stack gap="xs">
            {(r.segments ?? []).map((s) => (
              <Card key={s.id} withBorder padding="sm" component={Link} to={`/dashboard/segments/${s.id}`} data-testid="drill-segment">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={600} size="sm">{s.label ?? s.chainage}</Text>
                  <StatusBadge status={s.status} />
                </Group>
                <Text size="sm" c="dimmed">{s.chainage} · {formatDecimal(s.lengthM, 0)} m{s.pouredOn ? ` · ${t('dashboard.pouredOn', { day: formatDate(s.pouredOn) })}` : ''}</Text>
              </Card>
            ))}
          </Stack>
        )}
      </>
    )}</QueryState>
  );
}

export function SegmentDrillPage() {
  const { t } = useTranslation();
  const q = useSegmentDrill(Number(useParams().id));
  return (
    <QueryState query={q}>{({ segment: s, workdays }) => (
      <>
        <Crumbs items={[{ to: `/dashboard/communes/${s.commune.id}`, label: s.commune.name }, { to: `/dashboard/roads/${s.road.id}`, label: s.road.name },
          { label: s.label ?? `${formatDecimal(s.fromM, 0)}–${formatDecimal(s.toM, 0)} m` }]} />
        <PageHeader title={t('dashboard.segmentTitle', { road: s.road.name, from: formatDecimal(s.fromM, 0), to: formatDecimal(s.toM, 0) })} />
        <Group gap="xs" mb="md"><StatusBadge status={s.status} /><Text size="sm">{formatDecimal(s.lengthM, 0)} m
          {s.pouredOn ? ` · ${t('dashboard.pouredOn', { day: formatDate(s.pouredOn) })}` : ''}{s.acceptedOn ? ` · ${t('dashboard.acceptedOn', { day: formatDate(s.acceptedOn) })}` : ''}</Text></Group>
        <Title order={2} fz={17} mb="xs">{t('dashboard.workdays')}</Title>
        {workdays.length === 0 ? <NoData /> : (
          <Stack gap="sm">
            {workdays.map((w) => (
              <Card key={w.id} withBorder padding="sm" data-testid="drill-workday">
                <Text fw={600}>{formatDate(w.day)} · {w.group}</Text>
                <Text size="sm">{t('dashboard.workdayLine', { m: formatDecimal(w.lengthM, 0), m3: formatDecimal(w.volumeM3, 1), officials: formatInteger(w.officials), people: formatInteger(w.people) })}</Text>
                {w.photos.length === 0 ? <Text size="sm" c="dimmed">{t('dashboard.noPhotos')}</Text> : (
                  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
                    {w.photos.map((p) => (
                      <Stack key={p.id} gap={2}>
                        <Image src={p.url} alt={t(`dashboard.phase.${p.phase}`)} radius="sm" h={120} fit="cover" loading="lazy" />
                        <Text size="xs" c="dimmed">{t(`dashboard.phase.${p.phase}`)}</Text>
                      </Stack>
                    ))}
                  </SimpleGrid>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </>
    )}</QueryState>
  );
}
