// Create or edit a group of a campaign: name, order, lead agency and members. The lead is always a
// member. Agencies already in another group of the campaign are marked in the picker; the server's
// AGENCY_IN_OTHER_GROUP answer shows under the lead or members input it concerns.
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { formatInteger } from '../../lib/format';
import type { Group as AgencyGroup } from '../../lib/types';
import { useAgencies } from '../agencies/api';
import { saveGroup } from './api';

const FIELDS = ['name', 'ordinal', 'leadAgencyId', 'memberAgencyIds', 'campaignId'] as const;

export function GroupFormModal({ campaignId, group, onClose }: { campaignId: number; group?: AgencyGroup; onClose: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [name, setName] = useState(group?.name ?? '');
  const [ordinal, setOrdinal] = useState<number | string>(group?.ordinal ?? '');
  const [lead, setLead] = useState<string | null>(group ? String(group.leadAgency.id) : null);
  const [members, setMembers] = useState<string[]>(group ? group.members.map((m) => String(m.id)) : []);
  const errors = useFormErrors(FIELDS);

  const options = useMemo(() => (agencies.data?.items ?? []).map((a) => {
    const other = a.groups.find((g) => g.campaignId === campaignId && g.id !== group?.id);
    return { value: String(a.id), label: other ? `${a.name} (${other.name})` : a.name, staff: a.staffCount };
  }), [agencies.data, campaignId, group?.id]);
  const staffOf = new Map(options.map((o) => [o.value, o.staff]));
  const memberSet = lead && !members.includes(lead) ? [lead, ...members] : members;
  const staffTotal = memberSet.reduce((s, id) => s + (staffOf.get(id) ?? 0), 0);

  const { save, submit } = useSaveForm({
    isEdit: !!group,
    invalidate: ['groups', 'agencies', 'campaigns'],
    errors,
    onClose,
    save: () => saveGroup(campaignId, {
      name: name.trim(),
      ...(ordinal === '' ? {} : { ordinal: Number(ordinal) }),
      leadAgencyId: Number(lead),
      memberAgencyIds: memberSet.map(Number),
    }, group),
  });

  return (
    <Modal opened onClose={onClose} title={group ? t('groups.editTitle', { name: group.name }) : t('groups.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={t('groups.name')} placeholder={t('groups.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)}
              required data-autofocus error={errors.field('name') ?? errors.field('campaignId')} miw={180} />
            <NumberInput label={t('groups.ordinal')} description={t('groups.ordinalHint')} value={ordinal} onChange={setOrdinal}
              min={0} allowDecimal={false} allowNegative={false} error={errors.field('ordinal')} miw={140} />
          </Group>
          <Select label={t('groups.lead')} placeholder={t('groups.leadPlaceholder')} data={options} value={lead} onChange={setLead}
            searchable filter={accentFilter} required nothingFoundMessage={t('common.nothingFound')} error={errors.field('leadAgencyId')} comboboxProps={{ withinPortal: true }} />
          <MultiSelect label={t('groups.members')} description={t('groups.membersHint')} placeholder={t('groups.membersPlaceholder')}
            data={options} value={memberSet} onChange={(v) => setMembers(v)} searchable filter={accentFilter} hidePickedOptions
            nothingFoundMessage={t('common.nothingFound')} error={errors.field('memberAgencyIds')} comboboxProps={{ withinPortal: true }} />
          <Text size="sm">{t('groups.staffTotal')}: <b data-testid="group-form-staff-total">{formatInteger(staffTotal)}</b></Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
