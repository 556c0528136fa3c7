// A weekly report's figures, read-only: they come from the week's workday records (live while the
// commune drafts, frozen at submission), totals and per group, and the materials issued against
// the norm. Nobody types them.
import { Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { formatDate, formatInteger } from '../../lib/format';
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
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing={4} aria-label={t('reports.byGroup')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.group')}</Table.Th>
                <Table.Th ta="right">{t('reports.workdays')}</Table.Th>
                <Table.Th ta="right">{t('reports.officials')}</Table.Th>
                <Table.Th ta="right">{t('reports.people')}</Table.Th>
                <Table.Th ta="right">{t('reports.labourDays')}</Table.Th>
                <Table.Th ta="right">{t('reports.lengthM')}</Table.Th>
                <Table.Th ta="right">{t('reports.volumeM3')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.groups.map((g) => (
                <Table.Tr key={g.groupId}>
                  <Table.Td>{g.name}</Table.Td>
                  <Table.Td ta="right">{formatInteger(g.workdays)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(g.officials)}</Table.Td>
                  <Table.Td ta="right">{formatInteger(g.people)}</Table.Td>
                  <Table.Td ta="right">{formatQuantity(g.labourDays, 1)}</Table.Td>
                  <Table.Td ta="right">{formatQuantity(g.lengthM, 3)}</Table.Td>
                  <Table.Td ta="right">{formatQuantity(g.volumeM3, 3)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {f.materials.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table verticalSpacing={4} aria-label={t('reports.materials')}>
            <Table.Thead>
              <Table.Tr><Table.Th>{t('reports.material')}</Table.Th><Table.Th ta="right">{t('reports.issued')}</Table.Th><Table.Th ta="right">{t('reports.norm')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.materials.map((m) => (
                <Table.Tr key={m.code}>
                  <Table.Td>{t(`reports.materialName.${m.code}`, { defaultValue: m.name })}</Table.Td>
                  <Table.Td ta="right">{amount(m.issued, m.unit)}</Table.Td>
                  <Table.Td ta="right">{amount(m.norm, m.unit)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
