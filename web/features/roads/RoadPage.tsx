// One road: its figures, its segments by chainage (Km0+150) with status badges, the moves this user
// may make (from `nextStatuses`), each segment's history, "split into equal segments of N m" as one
// action, each segment's acceptance records, and the materials for the whole road and for what is still to pour.
import { Anchor, Badge, Breadcrumbs, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowsSplit2 } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { useRoad, type Road } from './api';
import { AcceptanceHistory } from './AcceptanceHistory';
import { MaterialsTable } from './MaterialsTable';
import { SegmentActions, SegmentHistory } from './SegmentActions';
import { formatDecimal, StatusBadge } from './shared';

function SplitForm({ road }: { road: Road }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [length, setLength] = useState<number | string>(100);
  const errors = useFormErrors(['segmentLengthM', 'fromM', 'toM']);
  const split = useMutation({
    mutationFn: () => typedApi.post('/roads/{id}/segments/split', { segmentLengthM: Number(length), fromM: road.progress.segmentedM > 0 ? undefined : 0 }, { path: { id: road.id } }),
    onSuccess: (r) => {
      void client.invalidateQueries({ queryKey: ['roads'] });
      notifications.show({ color: 'teal', message: t('roads.splitDone', { n: r.items.length }) });
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    split.mutate();
  }
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NumberInput label={t('roads.splitLength')} value={length} onChange={setLength} min={1} decimalScale={3} decimalSeparator="," thousandSeparator="."
          suffix=" m" w={180} error={errors.field('segmentLengthM') ?? errors.field('fromM') ?? errors.field('toM') ?? errors.general} />
        <Button type="submit" leftSection={<IconArrowsSplit2 size={16} />} loading={split.isPending} disabled={length === '' || Number(length) <= 0}>{t('roads.split')}</Button>
      </Group>
    </form>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return <Stack gap={0}><Text size="xs" c="dimmed">{label}</Text><Text size="sm" fw={500}>{children}</Text></Stack>;
}

function RoadView({ road }: { road: Road }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const segments = road.segments ?? [];
  return (
    <>
      <Paper withBorder p="md" mb="md">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
          <Fact label={t('roads.class')}>{road.indicator} · {t(`roads.classes.${road.roadClass}`)}</Fact>
          <Fact label={t('roads.length')}>{formatDecimal(road.lengthM)} m</Fact>
          <Fact label={t('roads.measuredLabel')}>
            {road.lengthCheck ? <Text span c={road.lengthCheck.flagged ? 'orange.8' : undefined} inherit>{formatDecimal(road.lengthCheck.measuredM, 0)} m</Text> : t('roads.noGeometry')}
          </Fact>
          <Fact label={t('roads.surfaceBefore')}>{t(`roads.surfaces.${road.surfaceBefore}`)}</Fact>
          <Fact label={t('roads.dimensions')}>{formatDecimal(road.widthM)} m × {formatDecimal(road.thicknessM, 3)} m</Fact>
          <Fact label={t('roads.grade')}>{road.mix.grade} · {road.mix.stone}</Fact>
        </SimpleGrid>
      </Paper>

      <Paper withBorder p="md" mb="md">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} fz="lg">{t('roads.segments')}</Title>
          {road.actions.includes('editSegments') && road.progress.unsegmentedM > 0 && <SplitForm road={road} />}
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          {t('roads.segmentSummary', { n: segments.length, segmented: formatDecimal(road.progress.segmentedM), rest: formatDecimal(road.progress.unsegmentedM) })}
        </Text>
        {segments.length > 0 && (
          <DataTable label={t('roads.segments')} rows={segments} rowKey={(s) => s.id} minWidth={640} striped={false}
            detail={(s) => open === s.id && (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <SegmentHistory id={s.id} />
                <AcceptanceHistory segmentId={s.id} />
              </SimpleGrid>
            )} columns={[
              { key: 'chainage', header: t('roads.chainage'), nowrap: true, cell: (s) => (
                <>
                  <Text size="sm" ff="monospace">{s.chainage}</Text>
                  {s.label && <Text size="xs" c="dimmed">{s.label}</Text>}
                </>
              ) },
              { key: 'length', header: t('roads.length'), align: 'right', cell: (s) => `${formatDecimal(s.lengthM)} m` },
              { key: 'volume', header: t('roads.volume'), align: 'right', cell: (s) => `${formatDecimal(s.volume.m3)} m³` },
              { key: 'status', header: t('roads.statusLabel'), cell: (s) => (
                <>
                  <StatusBadge status={s.status} />
                  {s.acceptedOn ? <Text size="xs" c="dimmed">{t('roads.acceptedOn', { d: s.acceptedOn.split('-').reverse().join('/') })}</Text>
                    : s.pouredOn && <Text size="xs" c="dimmed">{t('roads.pouredOn', { d: s.pouredOn.split('-').reverse().join('/') })}</Text>}
                </>
              ) },
              { key: 'actions', header: t('common.actions'), cell: (s) => (
                <Group gap={4}>
                  <SegmentActions road={road} segment={s} />
                  <Anchor component="button" type="button" size="xs" onClick={() => setOpen(open === s.id ? null : s.id)} aria-expanded={open === s.id}>
                    {t('roads.history')}
                  </Anchor>
                </Group>
              ) },
            ]} />
        )}
      </Paper>

      {road.materials && (
        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb="xs">{t('roads.materials')}</Title>
          <MaterialsTable columns={[{ label: t('roads.materialsDesign'), estimate: road.materials.design }, { label: t('roads.materialsRemaining'), estimate: road.materials.remaining }]} />
          <Text size="xs" c="dimmed" mt="xs">{t('roads.mixSource', { table: road.materials.design.mix.tableName, source: road.materials.design.mix.source })}</Text>
        </Paper>
      )}
    </>
  );
}

export function RoadPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const road = useRoad(id);
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={road.data ? `/roads?commune=${road.data.commune.id}` : '/roads'} size="sm">{t('roads.title')}</Anchor>
        {road.data && <Text size="sm">{road.data.commune.name}</Text>}
      </Breadcrumbs>
      <PageHeader title={road.data?.name ?? t('roads.title')}
        description={road.data && <Group gap="xs" component="span"><Badge variant="light" color="teal" component="span">{t('roads.hardenedPercent', { p: formatDecimal(road.data.progress.hardenedPercent, 1) })}</Badge></Group>} />
      <QueryState query={road}>{(r) => <RoadView road={r} />}</QueryState>
    </>
  );
}
