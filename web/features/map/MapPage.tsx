// The roads map of a commune: segments coloured by status with a legend (count and length per status),
// and the roads still without a line listed under it. The map code (Leaflet) loads only on this page.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, QueryState } from '../../ui/QueryState';
import { CommunePicker, formatDecimal, STATUS_COLOURS, useCommuneChoice, useCommuneParam } from '../roads/shared';
import { useRoadMap, type RoadMapData } from './api';

const RoadMapView = lazy(() => import('./RoadMapView'));

export function MapWithLegend({ data, height }: { data: RoadMapData; height?: string }) {
  const { t } = useTranslation();
  // Status names go into the tooltips in the user's language.
  const labelled = useMemo(() => ({
    ...data,
    features: data.features.map((f) => (f.properties.status ? { ...f, properties: { ...f.properties, statusLabel: t(`roads.status.${f.properties.status}`) } } : f)),
  }), [data, t]);
  return (
    <Stack>
      <Paper withBorder p={4}>
        <Suspense fallback={<Loading />}><RoadMapView data={labelled} label={t('roadMap.title')} height={height} /></Suspense>
      </Paper>
      <Paper withBorder p="sm">
        <Text component="h2" size="sm" fw={600} mb={6} mt={0}>{t('roadMap.legend')}</Text>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="xs" data-testid="map-legend">
          {data.legend.map((l) => (
            <Group key={l.status} gap={6} wrap="nowrap">
              <span aria-hidden style={{ display: 'inline-block', width: 22, height: 6, borderRadius: 3, background: STATUS_COLOURS[l.status].hex }} />
              <Stack gap={0}>
                <Text size="sm">{t(`roads.status.${l.status}`)}</Text>
                <Text size="xs" c="dimmed">{t('roadMap.legendLine', { n: l.count, m: formatDecimal(l.lengthM, 0) })}</Text>
              </Stack>
            </Group>
          ))}
        </SimpleGrid>
        {!data.tileUrl && <Text size="xs" c="dimmed" mt={6}>{t('roadMap.noTiles')} {t('roadMap.illustrative')}</Text>}
      </Paper>
      {data.roadsWithoutGeometry.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('roadMap.withoutGeometry')}{' '}
          {data.roadsWithoutGeometry.map((r, i) => <span key={r.id}>{i > 0 && ', '}<Anchor component={Link} to={`/roads/${r.id}`} size="sm">{r.name}</Anchor></span>)}
        </Text>
      )}
    </Stack>
  );
}

export function MapPage() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useCommuneParam();
  const { communeId, own } = useCommuneChoice(chosen, setChosen);
  const map = useRoadMap(communeId);
  return (
    <>
      <PageHeader title={t('roadMap.title')} description={t('roadMap.description')} />
      {!own && <Group mb="sm"><CommunePicker value={communeId} onChange={setChosen} /></Group>}
      <QueryState query={map}>{(d) => <MapWithLegend data={d} />}</QueryState>
    </>
  );
}

/** The district's roads on one map with their legend (the dashboard's map). */
export function DistrictMap() {
  const map = useRoadMap('all');
  return <QueryState query={map}>{(d) => <MapWithLegend data={d} height="min(60vh, 480px)" />}</QueryState>;
}
