// Materials issued to a workday (issue 4 through issue 7), in the commune's part: one card per line,
// the lot chosen from the commune's stock as it lies at each staging point (material, lot, point,
// quantity on hand and the lot's inspection status), then the quantity in the material's base unit
// (kg, litres) with its display equivalent (bags, m³). Lots not passed are listed too: the server
// decides (a failed lot is always refused; one not yet inspected per the campaign's setting) and
// its refusal is shown on the line. Saved issues live in the ledger and are listed apart.
import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import { displayQuantity, LOT_STATUS_COLOUR, useStock, type OnHand } from '../materials/api';
import type { FieldErr } from './AttendanceSection';
import { emptyMaterial, sentMaterials, type CommuneState, type MaterialRow, type Num } from './form-state';

type StockItem = OnHand['items'][number];
const num = (v: string | number): Num => (v === '' ? '' : Number(v));
const keyOf = (i: StockItem) => `${i.lot.id}:${i.point.id}`;

function MaterialCard({ row, n, stock, loading, onChange, onRemove, error }: {
  row: MaterialRow; n: number; stock: StockItem[]; loading: boolean; onChange: (r: MaterialRow) => void; onRemove: () => void;
  error: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const chosen = stock.find((i) => keyOf(i) === row.stock);
  const unit = chosen ? t(`workdays.unit.${chosen.material.baseUnit}`, { defaultValue: chosen.material.baseUnit }) : '';
  const label = (i: StockItem) => t('workdays.stockOption', {
    material: t(`reports.materialName.${i.material.code}`, { defaultValue: i.material.name }), lot: i.lot.id, point: i.point.name, onHand: formatInteger(i.quantity),
    unit: t(`workdays.unit.${i.material.baseUnit}`, { defaultValue: i.material.baseUnit }), status: t(`workdays.lotStatus.${i.lot.status}`),
  });
  const qty = row.quantity === '' ? null : row.quantity;
  return (
    <Paper withBorder p="xs" data-testid="material-row">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>{t('workdays.materialNo', { n })}</Text>
          <ActionIcon variant="subtle" color="red" aria-label={t('workdays.removeMaterial', { n })} onClick={onRemove}><IconTrash size={16} /></ActionIcon>
        </Group>
        <Select label={t('workdays.lot')} aria-label={t('workdays.lotNo', { n })} value={row.stock} comboboxProps={{ withinPortal: true }}
          placeholder={loading ? t('common.loading') : stock.length ? t('workdays.chooseLot') : t('workdays.noStock')}
          error={error('lotId') ?? error('pointId')} data={stock.map((i) => ({ value: keyOf(i), label: label(i) }))}
          onChange={(v) => onChange({ ...row, stock: v })} />
        {chosen && (
          <Group gap={6}>
            <Badge size="sm" variant="light" color={LOT_STATUS_COLOUR[chosen.lot.status]}>{t(`workdays.lotStatus.${chosen.lot.status}`)}</Badge>
            <Text size="xs" c="dimmed">{t('workdays.onHandAt', { qty: displayQuantity(chosen.displayQuantity, chosen.material.displayUnit), point: chosen.point.name })}</Text>
          </Group>
        )}
        <NumberInput label={unit ? t('workdays.quantityIn', { unit }) : t('workdays.quantity')} aria-label={t('workdays.quantityNo', { n })}
          value={row.quantity} min={1} allowDecimal={false} allowNegative={false} thousandSeparator="."
          decimalSeparator="," inputMode="numeric" error={error('quantity')}
          description={chosen && qty ? t('workdays.equals', { qty: displayQuantity(qty / chosen.material.displayFactor, chosen.material.displayUnit) }) : undefined}
          onChange={(v) => onChange({ ...row, quantity: num(v) })} />
        {error('') && <Text size="sm" c="red" role="alert">{error('')}</Text>}
      </Stack>
    </Paper>
  );
}

export function MaterialRows({ state, onChange, communeId, error }: {
  state: CommuneState; onChange: (s: CommuneState) => void; communeId: number; error: FieldErr;
}) {
  const { t } = useTranslation();
  const stock = useStock(communeId);
  const items = (stock.data?.items ?? []).filter((i) => i.quantity > 0);
  const sent = sentMaterials(state).map((m) => m.key);
  const set = (rows: MaterialRow[]) => onChange({ ...state, materials: rows });
  return (
    <Stack gap="xs">
      {state.materials.map((row, idx) => {
        const i = sent.indexOf(row.key);
        const err = (field: string) => (i < 0 ? undefined : field ? error(`materials.${i}.${field}`) : error(`materials.${i}`));
        return (
          <MaterialCard key={row.key} row={row} n={idx + 1} stock={items} loading={stock.isPending} error={err}
            onChange={(r) => set(state.materials.map((m) => (m.key === row.key ? r : m)))}
            onRemove={() => set(state.materials.filter((m) => m.key !== row.key))} />
        );
      })}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => set([...state.materials, emptyMaterial()])} style={{ alignSelf: 'flex-start' }}>
        {t('workdays.addMaterial')}
      </Button>
    </Stack>
  );
}
