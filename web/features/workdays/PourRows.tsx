// Metres and m³ poured per segment on a workday: pick the road, then its segment (chainage, design
// volume, status), then the figures. A plan entry's segments come pre-filled. One card per row so it
// fits a 360 px phone.
import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { useRoad, useRoads } from '../roads/api';
import type { FieldErr } from './AttendanceSection';
import { emptyPour, sentPours, type CommuneState, type Num, type PourRow } from './form-state';

const num = (v: string | number): Num => (v === '' ? '' : Number(v));

function SegmentSelect({ roadId, value, onChange, error, n }: { roadId: number | null; value: number | null; onChange: (id: number | null) => void; error?: string; n: number }) {
  const { t } = useTranslation();
  const road = useRoad(roadId ?? 0);
  const segments = roadId ? road.data?.segments ?? [] : [];
  return (
    <Select label={t('workdays.segment')} aria-label={t('workdays.segmentNo', { n })} value={value === null ? null : String(value)} disabled={!roadId}
      placeholder={roadId && road.isPending ? t('common.loading') : t('workdays.chooseSegment')} error={error} comboboxProps={{ withinPortal: true }}
      onChange={(v) => onChange(v ? Number(v) : null)}
      data={segments.map((s) => ({
        value: String(s.id),
        label: `${s.chainage}${s.label ? ` (${s.label})` : ''} · ${formatQuantity(s.volume.m3, 3)} m³ · ${t(`roads.status.${s.status}`)}`,
      }))} />
  );
}

function PourCard({ row, n, communeId, onChange, onRemove, error }: {
  row: PourRow; n: number; communeId: number; onChange: (r: PourRow) => void; onRemove: () => void; error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const roads = useRoads(communeId);
  return (
    <Paper withBorder p="xs" data-testid="pour-row">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>{t('workdays.pourNo', { n })}</Text>
          <ActionIcon variant="subtle" color="red" aria-label={t('workdays.removePour', { n })} onClick={onRemove}><IconTrash size={16} /></ActionIcon>
        </Group>
        <Select label={t('workdays.road')} aria-label={t('workdays.roadNo', { n })} value={row.roadId === null ? null : String(row.roadId)} comboboxProps={{ withinPortal: true }}
          placeholder={roads.isPending ? t('common.loading') : t('workdays.chooseRoad')}
          data={(roads.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.name }))}
          onChange={(v) => onChange({ ...row, roadId: v ? Number(v) : null, segmentId: null })} />
        <SegmentSelect roadId={row.roadId} value={row.segmentId} n={n} error={error('segmentId')} onChange={(segmentId) => onChange({ ...row, segmentId })} />
        <SimpleGrid cols={2} spacing="xs">
          <NumberInput label={t('workdays.lengthM')} aria-label={t('workdays.lengthNo', { n })} value={row.lengthM} min={0} decimalScale={3} decimalSeparator=","
            thousandSeparator="." inputMode="decimal" error={error('lengthM')} onChange={(v) => onChange({ ...row, lengthM: num(v) })} />
          <NumberInput label={t('workdays.volumeM3')} aria-label={t('workdays.volumeNo', { n })} value={row.volumeM3} min={0} decimalScale={3} decimalSeparator=","
            thousandSeparator="." inputMode="decimal" error={error('volumeM3')} onChange={(v) => onChange({ ...row, volumeM3: num(v) })} />
        </SimpleGrid>
        <Checkbox label={t('workdays.finished')} checked={row.finished} onChange={(e) => onChange({ ...row, finished: e.currentTarget.checked })} />
        {error('') && <Text size="sm" c="red" role="alert">{error('')}</Text>}
      </Stack>
    </Paper>
  );
}

export function PourRows({ state, onChange, communeId, error }: {
  state: CommuneState; onChange: (s: CommuneState) => void; communeId: number; error: FieldErr;
}) {
  const { t } = useTranslation();
  const sent = sentPours(state).map((p) => p.key);
  const set = (rows: PourRow[]) => onChange({ ...state, pours: rows });
  return (
    <Stack gap="xs">
      {state.pours.map((row, idx) => {
        const i = sent.indexOf(row.key);
        const err = (field: string) => (i < 0 ? undefined : field ? error(`pours.${i}.${field}`) : error(`pours.${i}`));
        return (
          <PourCard key={row.key} row={row} n={idx + 1} communeId={communeId} error={err}
            onChange={(r) => set(state.pours.map((p) => (p.key === row.key ? r : p)))}
            onRemove={() => set(state.pours.filter((p) => p.key !== row.key))} />
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => set([...state.pours, emptyPour()])} style={{ alignSelf: 'flex-start' }}>
        {t('workdays.addPour')}
      </Button>
    </Stack>
  );
}
