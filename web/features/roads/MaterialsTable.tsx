// Materials of one or more concrete estimates side by side: volume, cement (kg and whole 50 kg bags),
// sand, stone, water, mixer batches and the labour estimate — the numbers the API and CLI give.
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
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
    // One row per quantity, one column per estimate.
    <DataTable label={t('roads.materials')} minWidth={320} verticalSpacing={6} rows={rows} rowKey={([label]) => label} columns={[
      { key: 'quantity', cell: ([label]) => label },
      ...columns.map((c) => ({ key: c.label, header: c.label, align: 'right' as const, nowrap: true, cell: ([, value]: (typeof rows)[number]) => value(c.estimate) })),
    ]} />
  );
}
