// Records one contribution from the people. The kind decides the fields: cash (amount, receipt),
// materials (material, staging point, quantity — m³ for sand and stone, kg for cement), labour-days,
// land (road, area, length, and the signed record uploaded once the donation is saved).
import { Alert, Button, Checkbox, FileInput, Group, Modal, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { useMaterials, usePoints } from '../materials/api';
import { useRoads } from '../roads/api';
import { recordContribution, uploadSignedRecord, type ContributionKind, type DonorKind } from './api';

const FIELDS = ['kind', 'donorKind', 'donorName', 'contributedOn', 'villageId', 'amount', 'receiptNo', 'materialCode', 'pointId', 'quantity', 'labourDays', 'roadId', 'areaM2', 'lengthM', 'note'] as const;
const KINDS: ContributionKind[] = ['cash', 'in_kind', 'labour', 'land'];
const DONORS: DonorKind[] = ['household', 'village', 'enterprise', 'other'];
const num = (v: number | string) => (v === '' ? undefined : Number(v));

export function ContributionForm({ communeId, villages, today, onClose }: {
  communeId: number; villages: Array<{ id: number; name: string }>; today: string; onClose: () => void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors(FIELDS);
  const [kind, setKind] = useState<ContributionKind>('cash');
  const [donorKind, setDonorKind] = useState<DonorKind>('household');
  const [donorName, setDonorName] = useState('');
  const [consent, setConsent] = useState(false);
  const [date, setDate] = useState(today);
  const [villageId, setVillageId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [receiptNo, setReceiptNo] = useState('');
  const [materialCode, setMaterialCode] = useState<string | null>(null);
  const [pointId, setPointId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>('');
  const [labourDays, setLabourDays] = useState<number | string>('');
  const [roadId, setRoadId] = useState<string | null>(null);
  const [areaM2, setAreaM2] = useState<number | string>('');
  const [lengthM, setLengthM] = useState<number | string>('');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const materials = useMaterials().data?.items ?? [];
  const points = usePoints(communeId).data?.items ?? [];
  const roads = useRoads(communeId).data?.items ?? [];
  const material = materials.find((m) => m.code === materialCode);
  // Sand and stone are stocked in litres and read in m³; cement in kg.
  const factor = material?.baseUnit === 'l' ? 1000 : 1;

  const { save, submit } = useSaveForm({
    isEdit: false, invalidate: ['people', 'stock'], errors, onClose,
    nameOf: (saved) => saved.donorName ?? t(`people.kinds.${saved.kind}`),
    save: async () => {
      const q = num(quantity);
      const saved = await recordContribution({
        communeId, kind, donorKind, donorName: donorName.trim(), publicNameConsent: consent, contributedOn: date,
        villageId: villageId ? Number(villageId) : null, note: note.trim() || null,
        ...(kind === 'cash' ? { amount: num(amount), receiptNo: receiptNo.trim() || undefined } : {}),
        ...(kind === 'in_kind' ? { materialCode: materialCode ?? undefined, pointId: pointId ? Number(pointId) : undefined, quantity: q === undefined ? undefined : Math.round(q * factor) } : {}),
        ...(kind === 'labour' ? { labourDays: num(labourDays) } : {}),
        ...(kind === 'land' ? { roadId: roadId ? Number(roadId) : undefined, areaM2: num(areaM2), lengthM: num(lengthM) } : {}),
      });
      if (kind === 'land' && file) {
        await uploadSignedRecord(saved.id, file);
        notifications.show({ color: 'teal', message: t('people.fileSaved') });
      }
      return saved;
    },
  });
  const money = { thousandSeparator: '.', decimalSeparator: ',', allowNegative: false } as const;

  return (
    <Modal opened onClose={onClose} title={t('people.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <SegmentedControl aria-label={t('people.kind')} value={kind} onChange={(v) => setKind(v as ContributionKind)} fullWidth
            data={KINDS.map((k) => ({ value: k, label: t(`people.kinds.${k}`) }))} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('people.donorKind')} value={donorKind} allowDeselect={false} miw={150} error={errors.field('donorKind')}
              data={DONORS.map((d) => ({ value: d, label: t(`people.donorKinds.${d}`) }))} onChange={(v) => v && setDonorKind(v as DonorKind)} />
            <Select label={t('people.village')} value={villageId} clearable miw={150} error={errors.field('villageId')}
              data={villages.map((v) => ({ value: String(v.id), label: v.name }))} onChange={setVillageId} />
          </Group>
          <TextInput label={t('people.donorName')} value={donorName} onChange={(e) => setDonorName(e.currentTarget.value)} required error={errors.field('donorName')} />
          <Group grow align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('people.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required miw={150} error={errors.field('contributedOn')} />
            <Checkbox label={t('people.consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} mb={8} />
          </Group>
          {kind === 'cash' && (
            <Group grow align="flex-start" wrap="wrap">
              <NumberInput label={t('people.amount')} value={amount} onChange={setAmount} suffix=" ₫" required miw={150} error={errors.field('amount')} {...money} />
              <TextInput label={t('people.receiptNo')} value={receiptNo} onChange={(e) => setReceiptNo(e.currentTarget.value)} required miw={150} error={errors.field('receiptNo')} />
            </Group>
          )}
          {kind === 'in_kind' && (
            <Group grow align="flex-start" wrap="wrap">
              <Select label={t('people.material')} value={materialCode} onChange={setMaterialCode} required miw={150} error={errors.field('materialCode')}
                data={materials.map((m) => ({ value: m.code, label: m.name }))} />
              <Select label={t('people.point')} value={pointId} onChange={setPointId} required miw={150} error={errors.field('pointId')}
                data={points.map((p) => ({ value: String(p.id), label: p.name }))} />
              <NumberInput label={factor === 1000 ? t('people.quantityM3') : t('people.quantityKg')} value={quantity} onChange={setQuantity} required miw={120}
                decimalScale={factor === 1000 ? 3 : 0} error={errors.field('quantity')} {...money} />
            </Group>
          )}
          {kind === 'labour' && (
            <NumberInput label={t('people.labourDays')} value={labourDays} onChange={setLabourDays} decimalScale={1} required error={errors.field('labourDays')} {...money} />
          )}
          {kind === 'land' && (
            <>
              <Select label={t('people.road')} value={roadId} onChange={setRoadId} required error={errors.field('roadId')}
                data={roads.map((r) => ({ value: String(r.id), label: r.name }))} />
              <Group grow align="flex-start" wrap="wrap">
                <NumberInput label={t('people.areaM2')} value={areaM2} onChange={setAreaM2} decimalScale={2} required miw={120} error={errors.field('areaM2')} {...money} />
                <NumberInput label={t('people.lengthM')} value={lengthM} onChange={setLengthM} decimalScale={3} required miw={120} error={errors.field('lengthM')} {...money} />
              </Group>
              <FileInput label={t('people.signedRecord')} value={file} onChange={setFile} accept="application/pdf,image/jpeg,image/png" clearable />
            </>
          )}
          <TextInput label={t('people.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
