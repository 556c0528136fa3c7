// Create or edit a campaign: name, district, period, NTM criterion, description, target communes
// (the communes and towns below the chosen district). New campaigns get every Saturday as a day.
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useNavigate } from 'react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import type { Campaign, Unit } from '../../lib/types';
import { useUnits } from '../units/api';
import { saveCampaign, type CampaignInput } from './api';

const FIELDS = ['name', 'districtId', 'startDate', 'endDate', 'criterionNo', 'description', 'communeIds'] as const;
const COMMUNE_LEVELS = new Set(['commune', 'town', 'ward']);
export const DATE_FORMAT = 'DD/MM/YYYY';

/** Communes and towns anywhere below the unit (any depth). */
function communesUnder(units: Unit[], rootId: number | null): Unit[] {
  if (rootId === null) return [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const under = (u: Unit): boolean => {
    for (let p = u.parentId; p !== null; p = byId.get(p)?.parentId ?? null) if (p === rootId) return true;
    return false;
  };
  return units.filter((u) => COMMUNE_LEVELS.has(u.level) && under(u));
}

export function CampaignFormModal({ campaign, onClose }: { campaign?: Campaign; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useUnits();
  const all = units.data?.items ?? [];
  const [name, setName] = useState(campaign?.name ?? '');
  const [districtId, setDistrictId] = useState<string | null>(campaign ? String(campaign.district.id) : null);
  const [startDate, setStartDate] = useState<string | null>(campaign?.startDate ?? null);
  const [endDate, setEndDate] = useState<string | null>(campaign?.endDate ?? null);
  const [criterionNo, setCriterionNo] = useState<string>(String(campaign?.criterionNo ?? 2));
  const [description, setDescription] = useState(campaign?.description ?? '');
  const [communeIds, setCommuneIds] = useState<string[]>(campaign?.communes.map((c) => String(c.id)) ?? []);
  const errors = useFormErrors(FIELDS);

  const districts = all.filter((u) => u.level === 'district' || u.level === 'province');
  const onlyDistrict = districts.filter((u) => u.level === 'district');
  const district = districtId ?? (!campaign && onlyDistrict.length === 1 ? String(onlyDistrict[0].id) : null);
  const communes = useMemo(() => communesUnder(all, district ? Number(district) : null), [all, district]);

  const { save, submit } = useSaveForm({
    save: () => {
      const input: CampaignInput = {
        name: name.trim(), districtId: Number(district), startDate: startDate ?? '', endDate: endDate ?? '',
        criterionNo: Number(criterionNo), description: description.trim() || null, communeIds: communeIds.map(Number),
      };
      return saveCampaign(input, campaign);
    },
    isEdit: !!campaign, invalidate: ['campaigns'], errors, onClose,
    onSaved: (saved) => { if (!campaign) navigate(`/campaigns/${saved.id}`); },
  });

  return (
    <Modal opened onClose={onClose} title={campaign ? t('campaigns.editTitle') : t('campaigns.addTitle')} size="lg">
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <TextInput label={t('campaigns.name')} placeholder={t('campaigns.namePlaceholder')} value={name}
            onChange={(e) => setName(e.currentTarget.value)} required data-autofocus error={errors.field('name')} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('campaigns.district')} value={district} onChange={(v) => { setDistrictId(v); setCommuneIds([]); }} required miw={180}
              data={districts.map((d) => ({ value: String(d.id), label: `${d.name} (${t(`levels.${d.level}`)})` }))} error={errors.field('districtId')} />
            <Select label={t('campaigns.criterion')} value={criterionNo} onChange={(v) => v && setCriterionNo(v)} allowDeselect={false} miw={180}
              data={Array.from({ length: 19 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}. ${t(`criteria.${i + 1}`)}` }))} error={errors.field('criterionNo')} />
          </Group>
          <Group grow align="flex-start" wrap="wrap">
            <DatePickerInput label={t('campaigns.startDate')} value={startDate} onChange={setStartDate} valueFormat={DATE_FORMAT}
              required miw={160} error={errors.field('startDate')} popoverProps={{ withinPortal: true }} />
            <DatePickerInput label={t('campaigns.endDate')} value={endDate} onChange={setEndDate} valueFormat={DATE_FORMAT}
              required miw={160} minDate={startDate ?? undefined} error={errors.field('endDate')} popoverProps={{ withinPortal: true }} />
          </Group>
          <MultiSelect label={t('campaigns.communes')} description={t('campaigns.communesHint')} value={communeIds} onChange={setCommuneIds}
            data={communes.map((c) => ({ value: String(c.id), label: c.name }))} searchable filter={accentFilter}
            nothingFoundMessage={t('common.nothingFound')} error={errors.field('communeIds')} comboboxProps={{ withinPortal: true }} />
          <Textarea label={t('campaigns.descriptionLabel')} value={description} onChange={(e) => setDescription(e.currentTarget.value)}
            autosize minRows={2} maxRows={6} error={errors.field('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
