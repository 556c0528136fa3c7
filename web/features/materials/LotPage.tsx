// One lot: where it came from, its status, its inspections (with photos) and every movement, and the
// inspector's form when the lot may be inspected (`actions`).
import { Anchor, Badge, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { API_BASE } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import { formatDate, formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { displayQuantity, LOT_STATUS_COLOUR, materialName, useLot, type Inspection, type Lot, type Movement } from './api';
import { InspectionForm } from './InspectionForm';

function Photos({ inspection }: { inspection: Inspection }) {
  const files = useQuery({
    queryKey: ['stock', 'inspection-files', inspection.id],
    queryFn: () => typedApi.get('/files', { query: { entity: 'lot_inspection', entityId: inspection.id } }),
  });
  return (
    <Group gap={6}>
      {(files.data?.items ?? []).map((f) => (
        <Anchor key={f.id} href={`${API_BASE}/files/${f.id}/content`} target="_blank" size="xs">{f.filename}</Anchor>
      ))}
    </Group>
  );
}

function Movements({ lot, movements }: { lot: Lot; movements: Movement[] }) {
  const { t } = useTranslation();
  return (
    <DataTable label={t('stock.history')} rows={movements} rowKey={(m) => m.id} minWidth={640} columns={[
      { key: 'on', header: t('stock.movedOn'), cell: (m) => formatDate(m.movedOn) },
      { key: 'kind', header: t('stock.kindLabel'), cell: (m) => (
        <>
          <Group gap={4}>
            <Text size="sm">{t(`stock.kind.${m.kind}`)}</Text>
            {m.flaggedUnpassed && <Badge size="xs" color="orange">{t('stock.flaggedShort')}</Badge>}
            {m.reversedBy && <Badge size="xs" color="gray">{t('stock.reversed')}</Badge>}
          </Group>
          {m.reason && <Text size="xs" c="dimmed">{m.reason}</Text>}
        </>
      ) },
      { key: 'from', header: t('stock.fromPoint'), cell: (m) => m.from?.name ?? '—' },
      { key: 'to', header: t('stock.toPoint'), cell: (m) => m.to?.name ?? '—' },
      { key: 'quantity', header: t('stock.quantity'), align: 'right', nowrap: true, cell: (m) => displayQuantity(m.displayQuantity, lot.material.displayUnit) },
      { key: 'by', header: t('stock.by'), cell: (m) => <><Text size="sm">{m.createdBy.name}</Text><Text size="xs" c="dimmed">{formatDateTime(m.createdAt)}</Text></> },
    ]} />
  );
}

export function LotPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const q = useLot(id);
  return (
    <>
      <Breadcrumbs mb="xs"><Anchor component={Link} to="/stock" size="sm">{t('stock.title')}</Anchor><Text size="sm">{t('stock.lotNo', { id })}</Text></Breadcrumbs>
      <PageHeader title={q.data ? `${t('stock.lotNo', { id })} · ${materialName(t, q.data.lot.material)}` : t('stock.lotNo', { id })}
        actions={q.data && <Badge size="lg" color={LOT_STATUS_COLOUR[q.data.lot.status]}>{t(`stock.lotStatus.${q.data.lot.status}`)}</Badge>} />
      <QueryState query={q}>
        {({ lot, inspections, movements }) => (
          <Stack>
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('stock.supplier')}</Text><Text size="sm">{lot.supplier}</Text></Stack>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('stock.sourceLabel')}</Text><Text size="sm">{t(`stock.source.${lot.source}`, { defaultValue: lot.source })}</Text></Stack>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('stock.receivedOn')}</Text><Text size="sm">{formatDate(lot.receivedOn)}{lot.deliveryNote && ` · ${lot.deliveryNote}`}</Text></Stack>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('stock.quantity')}</Text><Text size="sm">{displayQuantity(lot.displayQuantity, lot.material.displayUnit)}</Text></Stack>
                <Stack gap={0}><Text size="xs" c="dimmed">{t('stock.onHandShort')}</Text><Text size="sm">{displayQuantity(lot.onHand / lot.material.displayFactor, lot.material.displayUnit)}</Text></Stack>
              </SimpleGrid>
              {lot.document && <Text size="xs" c="dimmed" mt="xs">{lot.document}</Text>}
            </Paper>
            <Paper withBorder p="md">
              <Title order={2} fz="lg" mb="xs">{t('stock.inspections')}</Title>
              {inspections.length === 0 ? <Text c="dimmed" size="sm">{t('stock.noInspections')}</Text> : inspections.map((i) => (
                <Stack key={i.id} gap={4} mb="sm">
                  <Group gap="xs">
                    <Badge color={i.result === 'pass' ? 'teal' : 'red'}>{t(i.result === 'pass' ? 'stock.pass' : 'stock.fail')}</Badge>
                    <Text size="sm">{formatDate(i.inspectedOn)} · {i.inspector.name}</Text>
                  </Group>
                  {i.checks.map((c, k) => <Text key={k} size="sm">{c.passed ? '✓' : '✗'} {c.name}{c.value ? `: ${c.value}` : ''}</Text>)}
                  {i.notes && <Text size="sm" c="dimmed">{i.notes}</Text>}
                  <Photos inspection={i} />
                </Stack>
              ))}
            </Paper>
            {/* keyed by the count so the form starts empty after each saved inspection */}
            {lot.actions.includes('inspect') && <InspectionForm key={inspections.length} lot={lot} />}
            <Paper withBorder p="md"><Title order={2} fz="lg" mb="xs">{t('stock.history')}</Title><Movements lot={lot} movements={movements} /></Paper>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
