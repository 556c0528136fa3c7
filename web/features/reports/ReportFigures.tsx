// A weekly report's figures, read-only: they come from the week's workday records (live while the
// commune drafts, frozen at submission), totals and per group, and the materials issued against
// the norm. Nobody types them.
import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { formatDate, formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import type { Report } from './api';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="lg" fw={700}>{value}</Text>
      <Text size="xs" c="dimmed">{label}</Text>
    </Paper>
  );
}

/** Sand and stone are counted in litres but read in m³ on site (6.650 l → 6,65 m³). */
function amount(n: number, unit: string): string {
  return unit === 'l' ? `${formatQuantity(n / 1000, 2)} m³` : `${formatInteger(n)} ${unit}`;
}

export function ReportFigures({ r }: { r: Report }) {
  const { t } = useTranslation();
  const f = r.figures;
  return (
    <Stack gap="xs">
      <Group gap={6} wrap="nowrap" align="flex-start">
        {r.figuresFrozen && <IconLock size={14} style={{ flex: '0 0 auto', marginTop: 2 }} />}
        <Text size="xs" c="dimmed">
          {t(r.figuresFrozen ? 'reports.figuresFrozen' : 'reports.figuresLive', { from: formatDate(f.period.from), to: formatDate(f.period.to) })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="xs" data-testid="report-totals">
        <Stat label={t('reports.workdays')} value={formatInteger(f.totals.workdays)} />
        <Stat label={t('reports.officials')} value={formatInteger(f.totals.officials)} />
        <Stat label={t('reports.people')} value={formatInteger(f.totals.people)} />
        <Stat label={t('reports.labourDays')} value={formatQuantity(f.totals.labourDays, 1)} />
        <Stat label={t('reports.lengthM')} value={formatQuantity(f.totals.lengthM, 3)} />
        <Stat label={t('reports.volumeM3')} value={formatQuantity(f.totals.volumeM3, 3)} />
      </SimpleGrid>
      {f.totals.cancelled > 0 && <Text size="sm" c="orange.8">{t('reports.cancelledDays', { n: formatInteger(f.totals.cancelled) })}</Text>}
      {f.groups.length > 0 && (
        <DataTable label={t('reports.byGroup')} rows={f.groups} rowKey={(g) => g.groupId} minWidth={480} verticalSpacing={4} columns={[
          { key: 'group', header: t('reports.group'), cell: (g) => g.name },
          { key: 'workdays', header: t('reports.workdays'), align: 'right', cell: (g) => formatInteger(g.workdays) },
          { key: 'officials', header: t('reports.officials'), align: 'right', cell: (g) => formatInteger(g.officials) },
          { key: 'people', header: t('reports.people'), align: 'right', cell: (g) => formatInteger(g.people) },
          { key: 'labourDays', header: t('reports.labourDays'), align: 'right', cell: (g) => formatQuantity(g.labourDays, 1) },
          { key: 'length', header: t('reports.lengthM'), align: 'right', cell: (g) => formatQuantity(g.lengthM, 3) },
          { key: 'volume', header: t('reports.volumeM3'), align: 'right', cell: (g) => formatQuantity(g.volumeM3, 3) },
        ]} />
      )}
      {f.materials.length > 0 && (
        <DataTable label={t('reports.materials')} rows={f.materials} rowKey={(m) => m.code} minWidth={320} striped={false} verticalSpacing={4} columns={[
          { key: 'material', header: t('reports.material'), cell: (m) => t(`reports.materialName.${m.code}`, { defaultValue: m.name }) },
          { key: 'issued', header: t('reports.issued'), align: 'right', cell: (m) => amount(m.issued, m.unit) },
          { key: 'norm', header: t('reports.norm'), align: 'right', cell: (m) => amount(m.norm, m.unit) },
        ]} />
      )}
    </Stack>
  );
}
