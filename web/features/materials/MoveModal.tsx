// Move stock of one lot: transfer between points, issue to a segment, count adjustment (with a reason),
// or return. Quantities are typed in the display unit; the server refuses what would go negative,
// and an issue from a lot not yet passed is refused or, if the campaign says so, flagged (shown).
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDisplay } from '../../../domain/stock';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { displayQuantity, materialName, usePoints, useStock, type Lot } from './api';

export type MoveKind = 'transfer' | 'issue' | 'adjustment' | 'return';
const FIELDS = ['fromPointId', 'toPointId', 'pointId', 'quantity', 'delta', 'movedOn', 'segmentId', 'reason', 'note', 'lotId'] as const;

export function MoveModal({ lot, kind, onClose }: { lot: Lot; kind: MoveKind; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const points = usePoints(lot.commune.id);
  const stock = useStock(lot.commune.id);
  const errors = useFormErrors(FIELDS);
  const holding = (stock.data?.items ?? []).filter((i) => i.lot.id === lot.id && i.quantity > 0);
  const [pointId, setPoint] = useState<string | null>(null);
  const [toPointId, setToPoint] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>('');
  const [movedOn, setMovedOn] = useState('');
  const [text, setText] = useState('');
  const from = pointId ?? (kind !== 'return' && holding.length === 1 ? String(holding[0].point.id) : null);
  const qty = quantity === '' ? 0 : fromDisplay(Number(quantity), lot.material.displayFactor);

  const save = useMutation({
    mutationFn: () => {
      const base = { lotId: lot.id, movedOn };
      const note = text.trim() || null;
      if (kind === 'transfer') return typedApi.post('/stock/transfers', { ...base, fromPointId: Number(from), toPointId: Number(toPointId), quantity: qty, note });
      if (kind === 'issue') return typedApi.post('/stock/issues', { ...base, pointId: Number(from), quantity: qty, note });
      if (kind === 'return') return typedApi.post('/stock/returns', { ...base, pointId: Number(from), quantity: qty, note });
      return typedApi.post('/stock/adjustments', { ...base, pointId: Number(from), delta: qty, reason: text.trim() });
    },
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: ['stock'] });
      notifications.show({ color: m.warning ? 'orange' : 'teal', message: m.warning ? t('stock.flagged') : t('stock.moved', { kind: t(`stock.kind.${kind}`) }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  const pointData = (kind === 'return' ? points.data?.items ?? [] : holding.map((h) => h.point)).map((p) => ({ value: String(p.id), label: p.name }));
  return (
    <Modal opened onClose={onClose} title={t('stock.moveTitle', { kind: t(`stock.kind.${kind}`), id: lot.id })}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">{materialName(t, lot.material)} · {lot.supplier} · {t('stock.onHandShort')}: {displayQuantity(lot.onHand / lot.material.displayFactor, lot.material.displayUnit)}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Select label={kind === 'return' ? t('stock.toPoint') : t('stock.fromPoint')} value={from} onChange={setPoint} data={pointData} required
            error={errors.field('pointId') ?? errors.field('fromPointId')} />
          {kind === 'transfer' && (
            <Select label={t('stock.toPoint')} value={toPointId} onChange={setToPoint} required error={errors.field('toPointId')}
              data={(points.data?.items ?? []).filter((p) => String(p.id) !== from).map((p) => ({ value: String(p.id), label: p.name }))} />
          )}
          <NumberInput label={kind === 'adjustment' ? t('stock.delta', { unit: lot.material.displayUnit }) : t('stock.quantityIn', { unit: lot.material.displayUnit })}
            value={quantity} onChange={setQuantity} decimalScale={3} decimalSeparator="," thousandSeparator="." allowNegative={kind === 'adjustment'} required
            error={errors.field('quantity') ?? errors.field('delta')} />
          <TextInput type="date" label={t('stock.movedOn')} value={movedOn} onChange={(e) => setMovedOn(e.currentTarget.value)} required error={errors.field('movedOn')} />
          <Textarea label={kind === 'adjustment' ? t('stock.reason') : t('stock.note')} value={text} onChange={(e) => setText(e.currentTarget.value)} required={kind === 'adjustment'}
            autosize minRows={2} error={errors.field('reason') ?? errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t(`stock.kind.${kind}`)}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
