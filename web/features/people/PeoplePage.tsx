// The people's contributions of a commune: totals, per village, the villages' emulation ranking
// and every contribution (names only where the viewer may see them), with the form to record one.
import { Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { CommunePicker, formatDecimal, useCommuneChoice, useCommuneParam } from '../roads/shared';
import { usePeopleContributions, usePeopleSummary, type PeopleContribution, type Totals } from './api';
import { ContributionForm } from './ContributionForm';

const INSPECTION_COLOUR = { pending: 'orange', pass: 'teal', fail: 'red' } as const;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg">{value}</Text>
    </Paper>
  );
}

export function PeoplePage() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useCommuneParam();
  const { communeId, own } = useCommuneChoice(chosen, setChosen);
  const list = usePeopleContributions(communeId);
  const summary = usePeopleSummary(communeId);
  const [adding, setAdding] = useState(false);
  const commune = summary.data?.communes.find((c) => c.id === communeId);
  const land = (x: Totals) => t('people.landValue', { m2: formatDecimal(x.landM2), n: x.landCount });
  const villages = (commune?.villages ?? []).filter((v) => v.id !== null).map((v) => ({ id: v.id!, name: v.name! }));

  return (
    <>
      <PageHeader title={t('people.title')} description={t('people.description')}
        actions={list.data?.actions.includes('create') && communeId !== null
          ? <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('people.add')}</Button> : undefined} />
      {!own && <Group mb="sm"><CommunePicker value={communeId} onChange={setChosen} /></Group>}
      {commune && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('people.cash')} value={formatVnd(commune.totals.cash)} />
            <Figure label={t('people.labour')} value={formatDecimal(commune.totals.labourDays, 1)} />
            <Figure label={t('people.inKind')} value={String(commune.totals.inKindCount)} />
            <Figure label={t('people.land')} value={land(commune.totals)} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Title order={2} fz="lg" mb="xs">{t('people.byVillage')}</Title>
              <DataTable label={t('people.byVillage')} rows={commune.villages} rowKey={(v) => v.id ?? 'none'} minWidth={420} striped={false} columns={[
                { key: 'village', header: t('people.village'), cell: (v) => v.name ?? t('people.noVillage') },
                { key: 'cash', header: t('people.cash'), align: 'right', nowrap: true, cell: (v) => formatVnd(v.totals.cash) },
                { key: 'labour', header: t('people.labour'), align: 'right', cell: (v) => formatDecimal(v.totals.labourDays, 1) },
                { key: 'land', header: t('people.land'), align: 'right', nowrap: true, cell: (v) => `${formatDecimal(v.totals.landM2)} m²` },
              ]} />
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} fz="lg">{t('people.ranking')}</Title>
              <Text size="xs" c="dimmed" mb="xs">{t('people.rankingNote')}</Text>
              <DataTable label={t('people.ranking')} rows={summary.data?.ranking ?? []} rowKey={(r) => r.villageId} striped={false} columns={[
                { key: 'rank', header: t('people.rank'), cell: (r) => r.rank },
                { key: 'village', header: t('people.village'), cell: (r) => r.name },
                { key: 'labour', header: t('people.labour'), align: 'right', cell: (r) => formatDecimal(r.totals.labourDays, 1) },
                { key: 'cash', header: t('people.cash'), align: 'right', nowrap: true, cell: (r) => formatVnd(r.totals.cash) },
              ]} />
            </Paper>
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={2} fz="lg" mb="xs">{t('people.list')}</Title>
            {list.data?.items.length === 0 ? <Text c="dimmed">{t('people.empty')}</Text> : (
              <ScrollArea type="auto">
                <Table miw={640} aria-label={t('people.list')} verticalSpacing="xs">
                  <Table.Thead><Table.Tr>
                    <Table.Th>{t('people.date')}</Table.Th><Table.Th>{t('people.donorName')}</Table.Th>
                    <Table.Th>{t('people.kind')}</Table.Th><Table.Th>{t('people.what')}</Table.Th>
                  </Table.Tr></Table.Thead>
                  <Table.Tbody>{(list.data?.items ?? []).map((c) => <Row key={c.id} c={c} />)}</Table.Tbody>
                </Table>
              </ScrollArea>
            )}
          </Paper>
        </Stack>
      )}
      {adding && communeId !== null && <ContributionForm communeId={communeId} villages={villages} today={new Date().toISOString().slice(0, 10)} onClose={() => setAdding(false)} />}
    </>
  );
}

function Row({ c }: { c: PeopleContribution }) {
  const { t } = useTranslation();
  const what = c.kind === 'cash' ? `${formatVnd(c.amount!)} · ${t('people.receiptNo')} ${c.receiptNo}`
    : c.kind === 'labour' ? `${formatDecimal(c.labourDays!, 1)} ${t('people.labour').toLowerCase()}`
      : c.kind === 'land' ? `${c.road?.name}: ${formatDecimal(c.areaM2!)} m² · ${formatDecimal(c.lengthM!)} m`
        : `${c.lot?.material}: ${formatDecimal(c.lot!.unit === 'l' ? c.lot!.quantity / 1000 : c.lot!.quantity, 3)} ${c.lot!.unit === 'l' ? 'm³' : c.lot!.unit}`;
  return (
    <Table.Tr style={c.reversed ? { textDecoration: 'line-through' } : undefined}>
      <Table.Td>{formatDate(c.contributedOn)}</Table.Td>
      <Table.Td>
        <Text size="sm">{c.donorName ?? t('people.hiddenName')}</Text>
        <Text size="xs" c="dimmed">{t(`people.donorKinds.${c.donorKind}`)}{c.village ? ` · ${c.village.name}` : ''}</Text>
      </Table.Td>
      <Table.Td>{t(`people.kinds.${c.kind}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{what}</Text>
        {c.lot && <Badge size="sm" variant="light" color={INSPECTION_COLOUR[c.lot.inspection]}>{t(`people.inspection.${c.lot.inspection}`)}</Badge>}
        {c.reversed && <Text size="xs" c="red">{t('people.reversed', { reason: c.reversed.reason })}</Text>}
      </Table.Td>
    </Table.Tr>
  );
}
