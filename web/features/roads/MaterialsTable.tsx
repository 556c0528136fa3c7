// Materials of one or more concrete estimates side by side: volume, cement (kg and whole 50 kg bags),
// sand, stone, water, mixer batches and the labour estimate — the numbers the API and CLI give.
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import type { Estimate } from './api';
import { formatDecimal } from './shared';

export function MaterialsTable({ columns }: { columns: Array<{ label: string; estimate: Estimate }> }) {
  const { t } = useTranslation();
  const rows: Array<[string, (e: Estimate) => string]> = [
    [t('roads.mat.volume'), (e) => `${formatDecimal(e.volume.m3, 3)} m³`],
    [t('roads.mat.cementKg'), (e) => `${formatDecimal(e.cement.kg, 1)} kg`],
    [t('roads.mat.cementBags', { kg: columns[0]?.estimate.cement.bagKg ?? 50 }), (e) => t('roads.mat.bags', { n: formatInteger(e.cement.bags) })],
    [t('roads.mat.sand'), (e) => `${formatDecimal(e.sand.m3, 3)} m³`],
    [t('roads.mat.stone'), (e) => `${formatDecimal(e.stone.m3, 3)} m³`],
    [t('roads.mat.water'), (e) => `${formatInteger(e.water.litres)} ${t('roads.mat.litres')}`],
    [t('roads.mat.batches', { l: columns[0]?.estimate.mixer.drumLitres ?? 250 }), (e) => formatInteger(e.mixer.batches)],
    [t('roads.mat.labour', { norm: formatDecimal(columns[0]?.estimate.labour.normCongPerM3 ?? 0) }), (e) => t('roads.mat.cong', { n: formatDecimal(e.labour.congDays, 1) })],
  ];
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing={6} aria-label={t('roads.materials')}>
        <Table.Thead>
          <Table.Tr><Table.Th /> {columns.map((c) => <Table.Th key={c.label} ta="right">{c.label}</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              {columns.map((c) => <Table.Td key={c.label} ta="right" style={{ whiteSpace: 'nowrap' }}>{value(c.estimate)}</Table.Td>)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
