// The office's form for a directive's "Nơi nhận": bodies as printed (typed, one per line of the
// document), and the agencies and communes that have users in the app, whose reads are tracked.
// Saving replaces the list; a recipient kept keeps its reads (the API's rule).
import { Alert, Button, Group, Modal, MultiSelect, Stack, TagsInput, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi, type Schema } from '../../lib/typed-api';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { useAgencies } from '../agencies/api';
import { useUnits } from '../units/api';

export interface RecipientItem { id: number; kind: 'body' | 'agency' | 'commune'; name: string; agencyId: number | null; communeId: number | null }

const FIELDS = ['bodies', 'agencyIds', 'communeIds'] as const;
const COMMUNE_LEVELS = new Set(['commune', 'town', 'ward']);

export function RecipientsForm({ directiveId, items, onSaved, onClose }: {
  directiveId: number; items: RecipientItem[]; onSaved: (d: Schema<'DirectiveRecipients'>) => void; onClose: () => void;
}) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const units = useUnits();
  const [bodies, setBodies] = useState(items.filter((i) => i.kind === 'body').map((i) => i.name));
  const [agencyIds, setAgencyIds] = useState(items.filter((i) => i.agencyId !== null).map((i) => String(i.agencyId)));
  const [communeIds, setCommuneIds] = useState(items.filter((i) => i.communeId !== null).map((i) => String(i.communeId)));
  const errors = useFormErrors(FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.put('/directives/{id}/recipients', { bodies, agencyIds: agencyIds.map(Number), communeIds: communeIds.map(Number) }, { path: { id: directiveId } }),
    onSuccess: (d) => { onSaved(d); onClose(); },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  const communes = (units.data?.items ?? []).filter((u) => COMMUNE_LEVELS.has(u.level));
  return (
    <Modal opened onClose={onClose} title={t('recipients.editTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Text size="sm" c="dimmed">{t('recipients.editHint')}</Text>
          <TagsInput label={t('recipients.bodies')} description={t('recipients.bodiesHint')} value={bodies} onChange={setBodies} error={errors.field('bodies')} clearable />
          <MultiSelect label={t('recipients.agencies')} value={agencyIds} onChange={setAgencyIds} searchable filter={accentFilter} error={errors.field('agencyIds')}
            data={(agencies.data?.items ?? []).map((a) => ({ value: String(a.id), label: a.name }))} comboboxProps={{ withinPortal: true }} />
          <MultiSelect label={t('recipients.communes')} value={communeIds} onChange={setCommuneIds} searchable filter={accentFilter} error={errors.field('communeIds')}
            data={communes.map((u) => ({ value: String(u.id), label: u.name }))} comboboxProps={{ withinPortal: true }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
