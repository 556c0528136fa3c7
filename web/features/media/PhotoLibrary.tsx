// The photo library: photos of workdays, inspections, segments and acceptance by commune, road (of
// the chosen commune) and date, with each segment's before/after photos side by side.
import { Badge, Card, Group, Image, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi, type Schema } from '../../lib/typed-api';
import { formatDate } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { accentFilter } from '../../lib/combobox';
import { useRoads } from '../roads/api';
import { useUnits } from '../units/api';
import { DateField } from '../fund/DateField';

type Photo = Schema<'Photo'>;

function PhotoCard({ p, label }: { p: Photo | null; label?: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xs">
      <Card.Section>{p ? <Image src={p.url} alt={p.caption ?? p.filename} h={160} fit="cover" /> : <Text p="xl" ta="center" c="dimmed">{t('media.noPhoto')}</Text>}</Card.Section>
      <Group gap={4} mt={6}>
        {label && <Badge size="xs" color={label === t('media.before') ? 'gray' : 'teal'}>{label}</Badge>}
        {p && <Text size="xs" c="dimmed">{formatDate(p.date)}{p.communeName ? ` · ${p.communeName}` : ''}</Text>}
      </Group>
      {p?.caption && <Text size="xs">{p.caption}</Text>}
    </Card>
  );
}

export function PhotoLibrary() {
  const { t } = useTranslation();
  const communes = useUnits({ level: 'commune' });
  const [communeId, setCommuneId] = useState<string | null>(null);
  const [roadId, setRoadId] = useState<string | null>(null);
  // The road picker lists the chosen commune's roads; changing the commune clears the road.
  const roads = useRoads(communeId ? Number(communeId) : null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const lib = useQuery({
    queryKey: ['media', 'photos', { communeId, roadId, from, to }],
    queryFn: () => typedApi.get('/photos', { query: {
      communeId: communeId ? Number(communeId) : undefined, roadId: roadId ? Number(roadId) : undefined, from: from || undefined, to: to || undefined,
    } }),
  });
  return (
    <Stack>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label={t('media.commune')} value={communeId} onChange={(v) => { setCommuneId(v); setRoadId(null); }} clearable placeholder={t('common.all')} w={200}
          data={(communes.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name }))} />
        <Select label={t('media.road')} value={roadId} onChange={setRoadId} clearable searchable filter={accentFilter} disabled={!communeId}
          placeholder={communeId ? t('common.all') : t('media.roadPickCommune')} w={240} nothingFoundMessage={t('common.nothingFound')}
          data={(roads.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.name }))} />
        <DateField label={t('media.from')} value={from} onChange={setFrom} required={false} />
        <DateField label={t('media.to')} value={to} onChange={setTo} required={false} />
      </Group>
      <QueryState query={lib} isEmpty={(d) => d.items.length === 0} empty={<Paper withBorder><Empty title={t('media.noPhotos')} /></Paper>}>
        {(d) => (
          <>
            {d.pairs.length > 0 && (
              <>
                <Title order={2} size="h5">{t('media.beforeAfter')}</Title>
                {d.pairs.map((pair) => (
                  <SimpleGrid key={pair.segmentId} cols={2} spacing="xs">
                    <PhotoCard p={pair.before} label={t('media.before')} />
                    <PhotoCard p={pair.after} label={t('media.after')} />
                  </SimpleGrid>
                ))}
              </>
            )}
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
              {d.items.map((p) => <PhotoCard key={p.fileId} p={p} />)}
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
