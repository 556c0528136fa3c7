// Create or edit an agency. Which inputs appear follows the agency's `actions`: `editAll` shows
// every field; `edit` alone (an agency or its group lead) shows only staff count and contact.
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_COUNT_MAX } from '../../../domain/limits';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import type { Agency } from '../../lib/types';
import { useUnits } from '../units/api';
import { saveAgency, type AgencyInput } from './api';

const FIELDS = ['name', 'shortName', 'staffCount', 'contactName', 'contactPhone', 'districtId'] as const;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function AgencyFormModal({ agency, onClose }: { agency?: Agency; onClose: () => void }) {
  const { t } = useTranslation();
  const all = !agency || agency.actions.includes('editAll');
  const districts = useUnits({ level: 'district' });
  const [name, setName] = useState(agency?.name ?? '');
  const [shortName, setShortName] = useState(agency?.shortName ?? '');
  const [staffCount, setStaffCount] = useState<number | string>(agency?.staffCount ?? '');
  const [contactName, setContactName] = useState(agency?.contactName ?? '');
  const [contactPhone, setContactPhone] = useState(agency?.contactPhone ?? '');
  const [districtId, setDistrictId] = useState<string | null>(agency?.districtId ? String(agency.districtId) : null);
  const errors = useFormErrors(FIELDS);
  // A new agency belongs to the district when the deployment has only one.
  const onlyDistrict = districts.data?.items.length === 1 ? String(districts.data.items[0].id) : null;
  const district = districtId ?? (agency ? null : onlyDistrict);

  const { save, submit } = useSaveForm({
    isEdit: !!agency,
    invalidate: ['agencies', 'groups'],
    errors,
    onClose,
    save: () => {
      const input: AgencyInput = {
        staffCount: staffCount === '' ? undefined : Number(staffCount),
        contactName: orNull(contactName),
        contactPhone: orNull(contactPhone),
      };
      if (all) Object.assign(input, { name: name.trim(), shortName: orNull(shortName), districtId: district ? Number(district) : null });
      return saveAgency(input, agency);
    },
  });

  return (
    <Modal opened onClose={onClose} title={agency ? t('agencies.editTitle', { name: agency.name }) : t('agencies.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          {!all && <Alert color="blue" variant="light">{t('agencies.limitedHint')}</Alert>}
          {all && (
            <>
              <TextInput label={t('agencies.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={errors.field('name')} />
              <Group grow align="flex-start" wrap="wrap">
                <TextInput label={t('agencies.shortName')} value={shortName} onChange={(e) => setShortName(e.currentTarget.value)} error={errors.field('shortName')} miw={160} />
                <Select label={t('agencies.district')} value={district} onChange={setDistrictId} clearable miw={160}
                  data={(districts.data?.items ?? []).map((d) => ({ value: String(d.id), label: d.name }))} error={errors.field('districtId')} />
              </Group>
            </>
          )}
          <NumberInput label={t('agencies.staffCount')} description={t('agencies.staffCountHint')} value={staffCount} onChange={setStaffCount}
            min={0} max={STAFF_COUNT_MAX} allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator="," required error={errors.field('staffCount')} />
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('agencies.contactName')} value={contactName} onChange={(e) => setContactName(e.currentTarget.value)} error={errors.field('contactName')} miw={160} />
            <TextInput label={t('agencies.contactPhone')} value={contactPhone} onChange={(e) => setContactPhone(e.currentTarget.value)} inputMode="tel" error={errors.field('contactPhone')} miw={160} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
