// The district report's figures on screen: the totals, then per commune, per group, the materials
// used and criterion 2 progress — the same tables the DOCX/PDF/XLSX exports carry. Tables scroll
// sideways on a phone.
import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { formatDecimal } from '../roads/shared';
import type { DistrictReport } from './api';

const num = (n: number, d = 1) => formatDecimal(n, d);

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text fw={700} fz={{ base: 18, sm: 22 }}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}

export function DistrictTotals({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  const x = r.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Stat testId="total-workdays" label={t('district.totals.workdays')} value={formatInteger(x.workdays)} />
      <Stat testId="total-participants" label={t('district.totals.participants')} value={formatInteger(x.participants)}
        hint={t('district.totals.split', { officials: formatInteger(x.officials), people: formatInteger(x.people) })} />
      <Stat testId="total-labour" label={t('district.totals.labourDays')} value={num(x.labourDays)} />
      <Stat testId="total-length" label={t('district.totals.lengthM')} value={`${num(x.lengthM)} m`} />
      <Stat testId="total-volume" label={t('district.totals.volumeM3')} value={`${num(x.volumeM3, 3)} m³`} />
      <Stat testId="total-money" label={t('district.totals.moneySpent')} value={formatVnd(x.moneySpent)} />
    </SimpleGrid>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={3} fz={18} mb="xs">{title}</Title>
      <Paper withBorder>{children}</Paper>
    </section>
  );
}

const R = ({ children, fw }: { children: ReactNode; fw?: number }) => <Table.Td ta="right" fw={fw} style={{ whiteSpace: 'nowrap' }}>{children}</Table.Td>;

interface WorkFigures { workdays: number; officials: number; people: number; labourDays: number; lengthM: number; volumeM3: number }

/** The work cells every row of these tables shares, in the columns' order. */
function WorkCells({ f, fw }: { f: WorkFigures; fw?: number }) {
  return (
    <>
      <R fw={fw}>{formatInteger(f.workdays)}</R>
      <R fw={fw}>{formatInteger(f.officials)}</R>
      <R fw={fw}>{formatInteger(f.people)}</R>
      <R fw={fw}>{num(f.labourDays)}</R>
      <R fw={fw}>{num(f.lengthM)}</R>
      <R fw={fw}>{num(f.volumeM3, 3)}</R>
    </>
  );
}

export function CommunesTable({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  const x = r.totals;
  return (
    <Section title={t('district.byCommune')}>
      <Table.ScrollContainer minWidth={820}>
        <Table striped verticalSpacing="xs" aria-label={t('district.byCommune')} data-testid="communes-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('district.col.commune')}</Table.Th>
              <Table.Th ta="right">{t('district.col.reports')}</Table.Th>
              <Table.Th ta="right">{t('district.col.workdays')}</Table.Th>
              <Table.Th ta="right">{t('district.col.officials')}</Table.Th>
              <Table.Th ta="right">{t('district.col.people')}</Table.Th>
              <Table.Th ta="right">{t('district.col.labourDays')}</Table.Th>
              <Table.Th ta="right">{t('district.col.lengthM')}</Table.Th>
              <Table.Th ta="right">{t('district.col.volumeM3')}</Table.Th>
              <Table.Th ta="right">{t('district.col.moneySpent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.communes.map((c) => (
              <Table.Tr key={c.commune.id}>
                <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>{c.commune.name}</Table.Td>
                <R>{formatInteger(c.reports)}</R>
                <WorkCells f={c} />
                <R>{formatVnd(c.moneySpent)}</R>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('district.total')}</Table.Td>
              <R fw={700}>{formatInteger(r.included.length)}</R>
              <WorkCells f={x} fw={700} />
              <R fw={700}>{formatVnd(x.moneySpent)}</R>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

export function GroupsTable({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  return (
    <Section title={t('district.byGroup')}>
      {r.groups.length === 0 ? <Text c="dimmed" p="sm">{t('district.noGroups')}</Text> : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped verticalSpacing="xs" aria-label={t('district.byGroup')} data-testid="groups-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('district.col.group')}</Table.Th>
                <Table.Th>{t('district.col.communes')}</Table.Th>
                <Table.Th ta="right">{t('district.col.workdays')}</Table.Th>
                <Table.Th ta="right">{t('district.col.officials')}</Table.Th>
                <Table.Th ta="right">{t('district.col.people')}</Table.Th>
                <Table.Th ta="right">{t('district.col.labourDays')}</Table.Th>
                <Table.Th ta="right">{t('district.col.lengthM')}</Table.Th>
                <Table.Th ta="right">{t('district.col.volumeM3')}</Table.Th>
                <Table.Th>{t('district.col.ratings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.groups.map((g) => (
                <Table.Tr key={g.groupId}>
                  <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>{g.name}</Table.Td>
                  <Table.Td miw={110}>{g.communes.join(', ')}</Table.Td>
                  <WorkCells f={g} />
                  <Table.Td>{g.ratings.map((x) => `${x.commune}: ${t(`reports.rating.${x.responsibility}`)} / ${t(`reports.rating.${x.effectiveness}`)}`).join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

export function MaterialsTable({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  if (!r.materials.length) return null;
  // Cement is counted in kg; sand and stone in litres, shown in m³ as the reports write them.
  const show = (m: DistrictReport['materials'][number], v: number) => (m.unit === 'kg' ? `${formatInteger(v)} kg` : `${num(v / 1000, 3)} m³`);
  return (
    <Section title={t('district.materials')}>
      <DataTable label={t('district.materials')} rows={r.materials} rowKey={(m) => m.code} minWidth={420} columns={[
        { key: 'material', header: t('district.col.material'), td: () => ({ fw: 500 }), cell: (m) => t(`reports.materialName.${m.code}`, { defaultValue: m.name }) },
        { key: 'issued', header: t('district.col.issued'), align: 'right', nowrap: true, cell: (m) => show(m, m.issued) },
        { key: 'norm', header: t('district.col.norm'), align: 'right', nowrap: true, cell: (m) => show(m, m.norm) },
      ]} />
    </Section>
  );
}

export function Criterion2Table({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  const rows = r.communes.flatMap((c) => c.criterion2.map((x, i) => ({ c, x, first: i === 0, span: c.criterion2.length })));
  if (!rows.length) return null;
  return (
    <Section title={t('district.criterion2')}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" withRowBorders aria-label={t('district.criterion2')} data-testid="criterion2-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('district.col.commune')}</Table.Th>
              <Table.Th>{t('district.col.roadClass')}</Table.Th>
              <Table.Th ta="right">{t('district.col.totalKm')}</Table.Th>
              <Table.Th ta="right">{t('district.col.hardenedKm')}</Table.Th>
              <Table.Th ta="right">{t('district.col.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ c, x, first, span }) => (
              <Table.Tr key={`${c.commune.id}-${x.roadClass}`}>
                {first && <Table.Td rowSpan={span} fw={500} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>{c.commune.name}</Table.Td>}
                <Table.Td>{t(`district.roadClass.${x.roadClass}`, { defaultValue: x.roadClass })}</Table.Td>
                <R>{num(x.totalKm, 3)}</R>
                <R>{num(x.hardenedKm, 3)}</R>
                <R>{`${num(x.sharePercent, 2)}%`}</R>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
