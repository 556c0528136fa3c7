// Materials of a commune: stock on hand per staging point and material by lot status (passed, waiting
// for inspection, failed), the lots with their status and the moves allowed, a receipt form, and
// tabs for the staging points, the mixers and equipment and the technical guidance documents.
import { Anchor, Badge, Button, Group, Menu, Paper, Tabs, Text } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { CommunePicker, useCommuneChoice, useCommuneParam } from '../roads/shared';
import { displayQuantity, LOT_STATUS_COLOUR, materialName, useLots, useStock, type Lot } from './api';
import { EquipmentList, GuidanceList } from './EquipmentGuidance';
import { MoveModal, type MoveKind } from './MoveModal';
import { ReceiptModal } from './ReceiptModal';
import { PointsList } from './SetupForms';

function OnHandTable({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const stock = useStock(unitId);
  return (
    <QueryState query={stock} isEmpty={(d) => d.totals.length === 0} empty={<Empty title={t('stock.emptyStock')} />}>
      {(d) => (
        <DataTable label={t('stock.onHand')} rows={d.totals} rowKey={(r) => `${r.point.id}-${r.material.code}`} minWidth={560} columns={[
          { key: 'point', header: t('stock.point'), cell: (r) => r.point.name },
          { key: 'material', header: t('stock.material'), cell: (r) => materialName(t, r.material) },
          { key: 'passed', header: t('stock.lotStatus.passed'), align: 'right', td: (r) => ({ c: r.passed ? 'teal.8' : 'dimmed' }),
            cell: (r) => displayQuantity(r.displayPassed, r.material.displayUnit) },
          { key: 'pending', header: t('stock.lotStatus.pending'), align: 'right', td: (r) => ({ c: r.pending ? 'yellow.9' : 'dimmed' }),
            cell: (r) => displayQuantity(r.displayPending, r.material.displayUnit) },
          { key: 'failed', header: t('stock.lotStatus.failed'), align: 'right', td: (r) => ({ c: r.failed ? 'red.8' : 'dimmed' }),
            cell: (r) => displayQuantity(r.displayFailed, r.material.displayUnit) },
        ]} />
      )}
    </QueryState>
  );
}

function LotsTable({ unitId, onMove }: { unitId: number | null; onMove: (lot: Lot, kind: MoveKind) => void }) {
  const { t } = useTranslation();
  const lots = useLots(unitId);
  return (
    <QueryState query={lots} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.emptyLots')} />}>
      {(d) => (
        <DataTable label={t('stock.lots')} rows={d.items} rowKey={(l) => l.id} minWidth={820} columns={[
          { key: 'lot', header: t('stock.lot'), nowrap: true, cell: (l) => <Anchor component={Link} to={`/stock/lots/${l.id}`}>{t('stock.lotNo', { id: l.id })}</Anchor> },
          { key: 'material', header: t('stock.material'), cell: (l) => materialName(t, l.material) },
          { key: 'supplier', header: t('stock.supplier'), cell: (l) => (
            <><Text size="sm">{l.supplier}</Text><Text size="xs" c="dimmed">{t(`stock.source.${l.source}`, { defaultValue: l.source })}{l.deliveryNote && ` · ${l.deliveryNote}`}</Text></>
          ) },
          { key: 'received', header: t('stock.receivedOn'), cell: (l) => formatDate(l.receivedOn) },
          { key: 'quantity', header: t('stock.quantity'), align: 'right', nowrap: true, cell: (l) => displayQuantity(l.displayQuantity, l.material.displayUnit) },
          { key: 'onHand', header: t('stock.onHandShort'), align: 'right', nowrap: true, cell: (l) => displayQuantity(l.onHand / l.material.displayFactor, l.material.displayUnit) },
          { key: 'status', header: t('stock.status'), cell: (l) => (
            <Badge color={LOT_STATUS_COLOUR[l.status]} variant="light" style={{ minWidth: 'max-content' }}>{t(`stock.lotStatus.${l.status}`)}</Badge>
          ) },
          { key: 'actions', header: t('common.actions'), cell: (l) => (
            <Group gap={4} wrap="nowrap">
              {l.actions.includes('inspect') && <Button size="compact-xs" variant="light" component={Link} to={`/stock/lots/${l.id}#inspect`}>{t('stock.inspect')}</Button>}
              {l.actions.includes('move') && (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <Button size="compact-xs" variant="default" rightSection={<IconChevronDown size={12} />}>{t('stock.recordMove')}</Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {(l.onHand > 0 ? (['transfer', 'issue', 'adjustment', 'return'] as const) : (['return'] as const)).map((k) => (
                      <Menu.Item key={k} onClick={() => onMove(l, k)}>{t(`stock.kind.${k}`)}</Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
          ) },
        ]} />
      )}
    </QueryState>
  );
}

export function StockPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [chosen, setChosen] = useCommuneParam();
  const { communeId, own } = useCommuneChoice(chosen, setChosen);
  const [receiving, setReceiving] = useState(false);
  const [moving, setMoving] = useState<{ lot: Lot; kind: MoveKind } | null>(null);
  // A commune user's lists are scoped by the server; the office asks for the chosen commune.
  const unitId = own ? null : communeId;
  return (
    <>
      <PageHeader title={t('stock.title')} description={t('stock.description')}
        actions={can('stock.record') && communeId !== null && <Button leftSection={<IconPlus size={16} />} onClick={() => setReceiving(true)}>{t('stock.receive')}</Button>} />
      {!own && <Group mb="sm"><CommunePicker value={communeId} onChange={setChosen} /></Group>}
      <Tabs defaultValue="stock" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="stock">{t('stock.tabStock')}</Tabs.Tab>
          <Tabs.Tab value="points">{t('stock.setup.points')}</Tabs.Tab>
          <Tabs.Tab value="equipment">{t('stock.tabEquipment')}</Tabs.Tab>
          <Tabs.Tab value="guidance">{t('stock.tabGuidance')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="stock">
          <Paper withBorder mb="md"><Text fw={600} p="sm" pb={0}>{t('stock.onHand')}</Text><OnHandTable unitId={unitId} /></Paper>
          <Paper withBorder><Text fw={600} p="sm" pb={0}>{t('stock.lots')}</Text><LotsTable unitId={unitId} onMove={(lot, kind) => setMoving({ lot, kind })} /></Paper>
        </Tabs.Panel>
        <Tabs.Panel value="points"><Paper withBorder><PointsList unitId={unitId} communeId={communeId} canAdd={can('stock.record')} /></Paper></Tabs.Panel>
        <Tabs.Panel value="equipment"><Paper withBorder><EquipmentList unitId={unitId} /></Paper></Tabs.Panel>
        <Tabs.Panel value="guidance"><Paper withBorder><GuidanceList /></Paper></Tabs.Panel>
      </Tabs>
      {receiving && communeId !== null && <ReceiptModal communeId={communeId} onClose={() => setReceiving(false)} />}
      {moving && <MoveModal lot={moving.lot} kind={moving.kind} onClose={() => setMoving(null)} />}
    </>
  );
}
