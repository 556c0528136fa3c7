// Record a contribution (an official or an agency, receipt number, consent to show the name) and
// allocate money to a commune by decision. Refusals (e.g. over-allocation) show on the field named.
import { Alert, Button, Checkbox, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { todayInVietnam as todayIso } from '../../../domain/dates';
import { typedApi } from '../../lib/typed-api';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { formatVnd } from '../../lib/format';
import { useAgencies } from '../agencies/api';
import { useUnits } from '../units/api';
import { useRefreshFund, type Fund } from './api';
import { DateField } from './DateField';

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const num = (v: number | string) => (v === '' ? undefined : Number(v));

export function MoneyInput(props: { label: string; value: number | string; onChange: (v: number | string) => void; error?: string; description?: ReactNode }) {
  return <NumberInput {...props} min={0} allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator="," rightSection="₫" required />;
}

function FormModal({ title, error, busy, onClose, onSubmit, children }: { title: string; error: string | null; busy: boolean; onClose: () => void; onSubmit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={busy}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const C_FIELDS = ['contributorKind', 'contributorName', 'agencyId', 'amount', 'date', 'receiptNo', 'collectedBy', 'publicNameConsent', 'note'] as const;

export function ContributionModal({ fundId, onClose }: { fundId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const refresh = useRefreshFund();
  const agencies = useAgencies();
  const [kind, setKind] = useState<'official' | 'agency'>('official');
  const [name, setName] = useState('');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [date, setDate] = useState(todayIso());
  const [receiptNo, setReceiptNo] = useState('');
  const [collectedBy, setCollectedBy] = useState(me.user.displayName);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const errors = useFormErrors(C_FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.postForm('/funds/{id}/contributions', {
      contributorKind: kind, contributorName: kind === 'official' ? orNull(name) : null, agencyId: agencyId ? Number(agencyId) : undefined,
      amount: num(amount), date, receiptNo: receiptNo.trim(), collectedBy: collectedBy.trim(), publicNameConsent: consent, note: orNull(note),
    }, { path: { id: fundId } }),
    onSuccess: () => { void refresh(); notifications.show({ color: 'teal', message: t('fund.contributionSaved') }); onClose(); },
    onError: errors.setError,
  });
  return (
    <FormModal title={t('fund.contributeTitle')} error={errors.general} busy={save.isPending} onClose={onClose} onSubmit={() => { errors.clear(); save.mutate(); }}>
      <SegmentedControl value={kind} onChange={(v) => setKind(v as 'official' | 'agency')}
        data={[{ value: 'official', label: t('fund.contributor.official') }, { value: 'agency', label: t('fund.contributor.agency') }]} />
      {kind === 'official' && <TextInput label={t('fund.contributorName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required error={errors.field('contributorName')} data-autofocus />}
      <Select label={t('fund.agency')} value={agencyId} onChange={setAgencyId} searchable filter={accentFilter} required nothingFoundMessage={t('common.nothingFound')}
        data={(agencies.data?.items ?? []).map((a) => ({ value: String(a.id), label: a.name }))} error={errors.field('agencyId')} />
      <Group grow align="flex-start" wrap="wrap">
        <MoneyInput label={t('fund.amount')} value={amount} onChange={setAmount} error={errors.field('amount')} />
        <DateField label={t('fund.date')} value={date} onChange={setDate} error={errors.field('date')} miw={150} />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t('fund.receiptNo')} value={receiptNo} onChange={(e) => setReceiptNo(e.currentTarget.value)} required error={errors.field('receiptNo')} miw={150} />
        <TextInput label={t('fund.collectedBy')} value={collectedBy} onChange={(e) => setCollectedBy(e.currentTarget.value)} required error={errors.field('collectedBy')} miw={150} />
      </Group>
      <Checkbox label={t('fund.consent')} checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} error={errors.field('publicNameConsent')} />
      <Textarea label={t('fund.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} error={errors.field('note')} />
    </FormModal>
  );
}

const A_FIELDS = ['unitId', 'amount', 'decisionNo', 'decisionDate', 'signer', 'purpose', 'note'] as const;

export function AllocationModal({ fund, onClose }: { fund: Fund; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshFund();
  const communes = useUnits({ level: 'commune' });
  const [unitId, setUnitId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>('');
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState(todayIso());
  const [signer, setSigner] = useState('');
  const [purpose, setPurpose] = useState('');
  const errors = useFormErrors(A_FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.postForm('/funds/{id}/allocations', {
      unitId: unitId ? Number(unitId) : undefined, amount: num(amount), decisionNo: decisionNo.trim(), decisionDate, signer: signer.trim(), purpose: purpose.trim(),
    }, { path: { id: fund.id } }),
    onSuccess: () => { void refresh(); notifications.show({ color: 'teal', message: t('fund.allocationSaved') }); onClose(); },
    onError: errors.setError,
  });
  return (
    <FormModal title={t('fund.allocateTitle')} error={errors.general} busy={save.isPending} onClose={onClose} onSubmit={() => { errors.clear(); save.mutate(); }}>
      <Text size="sm">{t('fund.unallocatedNow', { amount: formatVnd(fund.totals.unallocated) })}</Text>
      <Select label={t('fund.commune')} value={unitId} onChange={setUnitId} searchable filter={accentFilter} required data-autofocus
        data={(communes.data?.items ?? []).map((u) => ({ value: String(u.id), label: u.name }))} error={errors.field('unitId')} />
      <MoneyInput label={t('fund.amount')} value={amount} onChange={setAmount} error={errors.field('amount')} />
      <Group grow align="flex-start" wrap="wrap">
        <TextInput label={t('fund.decisionNo')} placeholder="125/QĐ-UBND" value={decisionNo} onChange={(e) => setDecisionNo(e.currentTarget.value)} required error={errors.field('decisionNo')} miw={150} />
        <DateField label={t('fund.decisionDate')} value={decisionDate} onChange={setDecisionDate} error={errors.field('decisionDate')} miw={150} />
      </Group>
      <TextInput label={t('fund.signer')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} required error={errors.field('signer')} />
      <Textarea label={t('fund.purpose')} value={purpose} onChange={(e) => setPurpose(e.currentTarget.value)} required autosize minRows={2} error={errors.field('purpose')} />
    </FormModal>
  );
}
