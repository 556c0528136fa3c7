// Record a commune's expenditure: item, category, quantity × unit price = total, vendor and invoice.
// A materials purchase also brings its lot into stock (material, staging point, quantity in base
// units); equipment records the machine. Over the commune's balance the server refuses on "total".
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../domain/dates';
import { useMe } from '../../app/auth';
import { useActionKey } from '../../lib/action-key';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatVnd } from '../../lib/format';
import { useUnits } from '../units/api';
import { CATEGORIES, useRefreshFund, type Category, type Fund } from './api';
import { materialName } from '../materials/api';
import { DateField } from './DateField';
import { MoneyInput } from './MoneyInModals';

const FIELDS = ['unitId', 'item', 'category', 'quantity', 'unit', 'unitPrice', 'total', 'vendor', 'invoiceNo', 'invoiceDate', 'stock', 'equipment'] as const;

export function ExpenditureModal({ fund, onClose }: { fund: Fund; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const refresh = useRefreshFund();
  const ownCommune = me.user.role === 'commune' ? me.user.unit : null;
  const communes = useUnits({ level: 'commune' });
  const materials = useQuery({ queryKey: ['materials'], queryFn: () => typedApi.get('/materials') });
  const points = useQuery({ queryKey: ['stock', 'points'], queryFn: () => typedApi.get('/stock/points') });
  const [unitId, setUnitId] = useState<string | null>(ownCommune ? String(ownCommune.id) : null);
  const [item, setItem] = useState('');
  const [category, setCategory] = useState<Category>('other');
  const [quantity, setQuantity] = useState<number | string>('');
  const [unit, setUnit] = useState('');
  const [unitPrice, setUnitPrice] = useState<number | string>('');
  const [vendor, setVendor] = useState('');
  const [invoiceNo, setInvoiceNo] = useState('');
  const [invoiceDate, setInvoiceDate] = useState(todayInVietnam());
  const [materialCode, setMaterialCode] = useState<string | null>(null);
  const [pointId, setPointId] = useState<string | null>(null);
  const [stockQty, setStockQty] = useState<number | string>('');
  const [drumLitres, setDrumLitres] = useState<number | string>('');
  const errors = useFormErrors(FIELDS);
  const total = quantity !== '' && unitPrice !== '' ? Math.round(Number(quantity) * Number(unitPrice)) : 0;
  const material = materials.data?.items.find((m) => m.code === materialCode);

  // One Idempotency-Key for the tap and its retries, and a second tap of a double tap ignored:
  // a double-clicked save must not record the expenditure twice.
  const action = useActionKey();
  const running = useRef(false);
  const save = useMutation({
    mutationFn: () => action.run(() => typedApi.postForm('/funds/{id}/expenditures', {
      unitId: unitId ? Number(unitId) : undefined, item: item.trim(), category, quantity: quantity === '' ? undefined : Number(quantity), unit: unit.trim(),
      unitPrice: unitPrice === '' ? undefined : Number(unitPrice), total, vendor: vendor.trim(), invoiceNo: invoiceNo.trim(), invoiceDate,
      stock: category === 'materials' ? { materialCode: materialCode ?? '', pointId: pointId ? Number(pointId) : 0, quantity: Number(stockQty) || 0 } : undefined,
      equipment: category === 'equipment' ? { kind: drumLitres !== '' ? 'mixer' : 'other', drumLitres: drumLitres === '' ? null : Number(drumLitres) } : undefined,
    }, { path: { id: fund.id } })),
    onSettled: (_data, err) => {
      running.current = false;
      action.settled(err ?? undefined);
    },
    onSuccess: (saved) => {
      void refresh();
      const pending = saved.status === 'pending';
      notifications.show({ color: pending ? 'orange' : 'teal', message: t(pending ? 'fund.expenditurePending' : 'fund.expenditureSaved') });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (running.current) return;
    running.current = true;
    errors.clear();
    save.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={t('fund.spendTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group grow align="flex-start" wrap="wrap">
            {ownCommune ? <TextInput label={t('fund.commune')} value={ownCommune.name} readOnly miw={150} /> : (
              <Select label={t('fund.commune')} value={unitId} onChange={setUnitId} required miw={150}
                data={(communes.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name }))} error={errors.field('unitId')} />
            )}
            <Select label={t('fund.category')} value={category} onChange={(v) => setCategory((v ?? 'other') as Category)} allowDeselect={false} miw={150}
              data={CATEGORIES.map((c) => ({ value: c, label: t(`fund.categories.${c}`) }))} error={errors.field('category')} />
          </Group>
          <TextInput label={t('fund.item')} value={item} onChange={(e) => setItem(e.currentTarget.value)} required error={errors.field('item')} data-autofocus />
          <Group grow align="flex-start" wrap="wrap">
            <NumberInput label={t('fund.quantity')} value={quantity} onChange={setQuantity} min={0} decimalScale={3} thousandSeparator="." decimalSeparator="," required error={errors.field('quantity')} miw={110} />
            <TextInput label={t('fund.unit')} value={unit} onChange={(e) => setUnit(e.currentTarget.value)} required error={errors.field('unit')} miw={90} />
            <MoneyInput label={t('fund.unitPrice')} value={unitPrice} onChange={setUnitPrice} error={errors.field('unitPrice')} />
          </Group>
          <TextInput label={t('fund.totalAmount')} value={formatVnd(total)} readOnly error={errors.field('total')} data-testid="expenditure-total" />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('fund.vendor')} value={vendor} onChange={(e) => setVendor(e.currentTarget.value)} required error={errors.field('vendor')} miw={150} />
            <TextInput label={t('fund.invoiceNo')} value={invoiceNo} onChange={(e) => setInvoiceNo(e.currentTarget.value)} required error={errors.field('invoiceNo')} miw={110} />
            <DateField label={t('fund.invoiceDate')} value={invoiceDate} onChange={setInvoiceDate} error={errors.field('invoiceDate')} miw={140} />
          </Group>
          {category === 'materials' && (
            <Group grow align="flex-start" wrap="wrap">
              <Select label={t('fund.material')} value={materialCode} onChange={setMaterialCode} required miw={150}
                data={(materials.data?.items ?? []).map((m) => ({ value: m.code, label: materialName(t, m) }))} />
              <Select label={t('fund.point')} value={pointId} onChange={setPointId} required miw={150}
                data={(points.data?.items ?? []).filter((p) => !unitId || p.commune.id === Number(unitId)).map((p) => ({ value: String(p.id), label: p.name }))} />
              <NumberInput label={t('fund.stockQuantity', { unit: material?.baseUnit ?? '' })} value={stockQty} onChange={setStockQty} min={1} allowDecimal={false} thousandSeparator="." decimalSeparator="," required miw={120} />
            </Group>
          )}
          {category === 'materials' && errors.field('stock') && <Text size="sm" c="red">{errors.field('stock')}</Text>}
          {category === 'equipment' && (
            <NumberInput label={t('fund.drumLitres')} description={t('fund.drumHint')} value={drumLitres} onChange={setDrumLitres} min={1} max={5000} allowDecimal={false} error={errors.field('equipment')} />
          )}
          {fund.approvalThreshold !== null && total > fund.approvalThreshold && <Alert color="orange" variant="light">{t('fund.needsApproval', { amount: formatVnd(fund.approvalThreshold) })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
