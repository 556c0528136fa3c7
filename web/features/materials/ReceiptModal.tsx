// Receive a lot at a staging point: material, quantity in its display unit (bags, m³), source (state
// supply or donation; purchases arrive through the fund's expenditure), supplier, delivery note, date.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDisplay } from '../../../domain/stock';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { materialName, useMaterials, usePoints } from './api';

const SOURCES = ['state', 'donation'] as const;
const FIELDS = ['materialCode', 'pointId', 'quantity', 'source', 'supplier', 'deliveryNote', 'document', 'receivedOn'] as const;

export function ReceiptModal({ communeId, onClose }: { communeId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const materials = useMaterials();
  const points = usePoints(communeId);
  const errors = useFormErrors(FIELDS);
  const [materialCode, setMaterial] = useState<string | null>(null);
  const [pointId, setPoint] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>('');
  const [source, setSource] = useState<(typeof SOURCES)[number]>('state');
  const [supplier, setSupplier] = useState('');
  const [deliveryNote, setDeliveryNote] = useState('');
  const [document, setDocument] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const material = materials.data?.items.find((m) => m.code === materialCode);

  const save = useMutation({
    mutationFn: () => typedApi.post('/stock/receipts', {
      unitId: communeId, materialCode: materialCode ?? '', pointId: Number(pointId), source, supplier: supplier.trim(), receivedOn,
      quantity: quantity === '' ? 0 : fromDisplay(Number(quantity), material?.displayFactor ?? 1),
      deliveryNote: deliveryNote.trim() || null, document: document.trim() || null,
    }),
    onSuccess: (lot) => {
      void client.invalidateQueries({ queryKey: ['stock'] });
      notifications.show({ color: 'teal', message: t('stock.received', { id: lot.id }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('stock.receiveTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('stock.material')} value={materialCode} onChange={setMaterial} required miw={180} error={errors.field('materialCode')}
              data={(materials.data?.items ?? []).map((m) => ({ value: m.code, label: materialName(t, m) }))} />
            <Select label={t('stock.point')} value={pointId} onChange={setPoint} required miw={180} error={errors.field('pointId')}
              data={(points.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name }))} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput label={t('stock.quantityIn', { unit: material?.displayUnit ?? '' })} value={quantity} onChange={setQuantity} min={0} decimalScale={3}
              decimalSeparator="," thousandSeparator="." required miw={160} error={errors.field('quantity')} />
            <Select label={t('stock.sourceLabel')} value={source} allowDeselect={false} onChange={(v) => { const s = SOURCES.find((x) => x === v); if (s) setSource(s); }} miw={160} error={errors.field('source')}
              data={SOURCES.map((s) => ({ value: s, label: t(`stock.source.${s}`) }))} />
          </Group>
          <TextInput label={t('stock.supplier')} value={supplier} onChange={(e) => setSupplier(e.currentTarget.value)} required error={errors.field('supplier')} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('stock.deliveryNote')} value={deliveryNote} onChange={(e) => setDeliveryNote(e.currentTarget.value)} miw={160} error={errors.field('deliveryNote')} />
            <TextInput type="date" label={t('stock.receivedOn')} value={receivedOn} onChange={(e) => setReceivedOn(e.currentTarget.value)} required miw={160} error={errors.field('receivedOn')} />
          </Group>
          <TextInput label={t('stock.document')} value={document} onChange={(e) => setDocument(e.currentTarget.value)} error={errors.field('document')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('stock.receive')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
