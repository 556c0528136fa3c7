// The public transparency page (no sign-in, at /cong-khai and /public): progress map and totals per
// commune, the fund received by agency and spent by item, the people's contributions, photos of finished roads. In Vietnamese
// and English; the map loads only when scrolled to.
import { Anchor, Card, Container, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { typedApi, type Schema } from '../../lib/typed-api';
import { formatDate, formatPeriod, formatVnd } from '../../lib/format';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { Loading, QueryState } from '../../ui/QueryState';
import { WhenVisible } from '../dashboard/WhenVisible';
import { SEGMENT_STATUSES } from '../../../domain/segment-status';
import { formatDecimal, STATUS_COLOURS } from '../roads/shared';

const RoadMapView = lazy(() => import('../map/RoadMapView'));

/** Counted as the dashboard counts (domain/figures.ts): km finished and accepted from segments, m and m³ from the recorded workdays. */
type PublicSummary = Schema<'PublicSummary'>;

function Stat({ label, value }: { label: string; value: ReactNode }) {
  return <Card withBorder padding="sm"><Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text><Text fz={22} fw={700}>{value}</Text></Card>;
}

/** One commune's results as a card (no table to cut at 360 px): roads and km, then money in, out and left. */
function CommuneCard({ c, fund }: { c: PublicSummary['communes'][number]; fund: { allocated: number; spent: number } | null }) {
  const { t } = useTranslation();
  const line = (label: string, value: string, strong = false) => (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm">{label}</Text><Text size="sm" fw={strong ? 700 : 600} style={{ whiteSpace: 'nowrap' }}>{value}</Text>
    </Group>
  );
  return (
    <Card withBorder padding="sm" data-testid="public-commune">
      <Title order={3} fz={17} mb={6}>{t('public.commune')} {c.commune.name}</Title>
      <Stack gap={2}>
        {line(t('public.roads'), String(c.roads))}
        {line(t('public.kmPoured'), `${formatDecimal(c.finishedKm, 2)} km`)}
        {line(t('public.kmAccepted'), `${formatDecimal(c.acceptedKm, 2)} km`, true)}
        {c.beforeKm > 0 && line(t('public.kmBefore'), `${formatDecimal(c.beforeKm, 2)} km`)}
        {fund && <>
          {line(t('public.fundIn'), formatVnd(fund.allocated))}
          {line(t('public.fundOut'), formatVnd(fund.spent))}
          {line(t('public.fundBalance'), formatVnd(fund.allocated - fund.spent), true)}
        </>}
      </Stack>
    </Card>
  );
}

function Body({ d }: { d: PublicSummary }) {
  const { t } = useTranslation();
  const mapData = { features: d.map.features, bbox: d.map.bbox, tileUrl: '' };
  return (
    <Stack gap="lg">
      <Text size="xs" c="dimmed">{t('public.asOf', { day: formatDate(d.asOf) })}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Stat label={t('public.kmAccepted')} value={`${formatDecimal(d.totals.acceptedKm, 2)} km`} />
        <Stat label={t('public.kmPoured')} value={`${formatDecimal(d.totals.finishedKm, 2)} km`} />
        <Stat label={t('public.m3Poured')} value={`${formatDecimal(d.totals.volumeM3, 1)} m³`} />
        <Stat label={t('public.fundReceived')} value={d.fund ? formatVnd(d.fund.totals.received) : '—'} />
      </SimpleGrid>
      <section aria-labelledby="public-communes">
        <Title order={2} fz={19} mb="sm" id="public-communes">{t('public.communes')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {d.communes.map((c) => <CommuneCard key={c.commune.id} c={c} fund={d.fund?.communes.find((f) => f.commune === c.commune.name) ?? null} />)}
        </SimpleGrid>
      </section>
      {/* Not a section of its own: the map inside is the region (named like the heading), and two landmarks of one name confuse a screen reader. */}
      <Card withBorder>
        <Title order={2} fz={19} mb="sm" id="public-map">{t('public.map')}</Title>
        <WhenVisible><Suspense fallback={<Loading />}><RoadMapView data={mapData} label={t('public.map')} /></Suspense></WhenVisible>
        <Group gap="md" mt="xs">
          {SEGMENT_STATUSES.map((st) => (
            <Group key={st} gap={6} wrap="nowrap">
              <span aria-hidden style={{ display: 'inline-block', width: 22, height: 6, borderRadius: 3, background: STATUS_COLOURS[st].hex }} />
              <Text size="xs">{t(`roads.status.${st}`)}</Text>
            </Group>
          ))}
        </Group>
        <Text size="xs" c="dimmed" mt={4}>{t('public.illustrativeMap')}</Text>
      </Card>
      {d.fund && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Card withBorder>
            <Title order={2} fz={19} mb="sm">{t('public.byAgency')}</Title>
            <Stack gap={2}>{d.fund.agencies.map((a) => <Group key={a.agency} justify="space-between" wrap="nowrap" gap="xs"><Text size="sm">{a.agency}</Text><Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{formatVnd(a.amount)}</Text></Group>)}</Stack>
            {d.fund.namedContributors.length > 0 && <Text size="xs" c="dimmed" mt="sm">{t('public.named', { names: d.fund.namedContributors.map((n) => n.name).join(', ') })}</Text>}
          </Card>
          <Card withBorder>
            <Title order={2} fz={19} mb="sm">{t('public.byItem')}</Title>
            {d.fund.communes.map((c) => (
              <Stack key={c.commune} gap={2} mb="sm">
                <Text fw={600} size="sm">{c.commune}: {t('public.spentOf', { spent: formatVnd(c.spent), allocated: formatVnd(c.allocated) })}</Text>
                {c.items.map((i) => <Group key={i.item} justify="space-between" wrap="nowrap" gap="xs"><Text size="sm">{i.item} ({formatDecimal(i.quantity, 3)} {i.unit})</Text><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatVnd(i.amount)}</Text></Group>)}
              </Stack>
            ))}
          </Card>
        </SimpleGrid>
      )}
      {d.people.communes.length > 0 && (
        <Card withBorder data-testid="public-people">
          <Title order={2} fz={19} mb="sm">{t('public.people')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {d.people.communes.map((c) => (
              <Stack key={c.commune} gap={2}>
                <Text fw={600} size="sm">{c.commune}</Text>
                {[[t('public.peopleCash'), formatVnd(c.totals.cash)], [t('public.peopleInKind'), t('public.peopleGifts', { count: c.totals.inKindCount })],
                  [t('public.peopleLabour'), formatDecimal(c.totals.labourDays, 1)], [t('public.peopleLand'), `${formatDecimal(c.totals.landM2, 2)} m² (${t('public.peopleGifts', { count: c.totals.landCount })})`]]
                  .map(([label, value]) => <Group key={label} justify="space-between" wrap="nowrap" gap="xs"><Text size="sm">{label}</Text><Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>{value}</Text></Group>)}
              </Stack>
            ))}
          </SimpleGrid>
          {d.people.donors.length > 0 && <Text size="xs" c="dimmed" mt="sm">{t('public.peopleNamed', { names: [...new Set(d.people.donors.map((n) => n.village ? `${n.name} (${n.village})` : n.name))].join(', ') })}</Text>}
        </Card>
      )}
      <Card withBorder>
        <Title order={2} fz={19} mb="sm">{t('public.photos')}</Title>
        {d.photos.length === 0 ? <Text size="sm" c="dimmed" data-testid="no-photos">{t('public.noPhotos')}</Text> : (
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {d.photos.map((p) => (
              <Stack key={p.id} gap={2}>
                <Image src={p.url} alt={t('public.photoAlt', { phase: t(`public.${p.phase}`), roads: p.roads, commune: p.commune, day: formatDate(p.day) })} h={120} fit="cover" radius="sm" loading="lazy" />
                <Text size="xs"><Text span fw={700} size="xs">{t(`public.${p.phase}`)}</Text> · {p.roads} · {p.commune} · {formatDate(p.day)}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Card>
    </Stack>
  );
}

export function PublicPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['public-summary'], queryFn: () => typedApi.get('/public/summary') });
  return (
    <Container size="lg" py="md" px="sm">
      <Group component="header" justify="space-between" mb="md" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 240px' }}>
          <Title order={1} fz={{ base: 22, sm: 28 }}>{t('public.title')}</Title>
          {q.data && <Text c="dimmed" size="sm">{q.data.campaign.name} · {formatPeriod(q.data.campaign.startDate, q.data.campaign.endDate)}</Text>}
        </Stack>
        <Group gap="xs"><LanguageSwitch /><Anchor component={Link} to="/sign-in" size="sm">{t('public.signIn')}</Anchor></Group>
      </Group>
      <main>
        <Text size="sm" mb="md">{t('public.intro')}</Text>
        <QueryState query={q}>{(d) => <Body d={d} />}</QueryState>
      </main>
    </Container>
  );
}
