// The office's report settings of a campaign (reports.configure): the data cut-off day, the
// deadline day and time of weekly reports, how early the reminder goes out, the tolerances of
// workday records (pour over a segment's remaining volume, materials against the norm) and the
// emulation ranking's weights. One PUT of the whole set (audited by the server).
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi, type Schema } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { QueryState } from '../../ui/QueryState';

type Settings = Schema<'ReportSettingsOut'>;

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
const FIELDS = ['cutoffWeekday', 'deadlineWeekday', 'deadlineTime', 'remindHoursBefore', 'pourTolerancePercent', 'materialTolerancePercent', 'weights'] as const;
const WEIGHTS = ['participation', 'labour', 'volume', 'rating'] as const;

function SettingsForm({ campaignId, initial, onClose }: { campaignId: number; initial: Settings; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [s, setS] = useState(initial);
  const errors = useFormErrors(FIELDS);
  const save = useMutation({
    mutationFn: () => {
      const { version: _version, ...body } = s;
      void _version;
      return typedApi.put('/campaigns/{id}/report-settings', body, { path: { id: campaignId } });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      notifications.show({ color: 'teal', message: t('reports.settings.saved') });
      onClose();
    },
    onError: errors.setError,
  });
  const num = (v: string | number) => (v === '' ? 0 : Number(v));
  const weekday = (key: 'cutoffWeekday' | 'deadlineWeekday') => (
    <Select label={t(`reports.settings.${key}`)} value={String(s[key])} allowDeselect={false} error={errors.field(key)} comboboxProps={{ withinPortal: true }}
      onChange={(v) => setS({ ...s, [key]: Number(v) })} data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`reports.weekday.${d}`) }))} />
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          {weekday('cutoffWeekday')}
          {weekday('deadlineWeekday')}
          <TextInput label={t('reports.settings.deadlineTime')} placeholder="17:00" value={s.deadlineTime} error={errors.field('deadlineTime')}
            onChange={(e) => setS({ ...s, deadlineTime: e.currentTarget.value })} />
          <NumberInput label={t('reports.settings.remindHoursBefore')} value={s.remindHoursBefore} min={0} max={168} allowDecimal={false}
            error={errors.field('remindHoursBefore')} onChange={(v) => setS({ ...s, remindHoursBefore: num(v) })} />
          <NumberInput label={t('reports.settings.pourTolerancePercent')} value={s.pourTolerancePercent} min={0} max={50} allowDecimal={false}
            error={errors.field('pourTolerancePercent')} onChange={(v) => setS({ ...s, pourTolerancePercent: num(v) })} />
          <NumberInput label={t('reports.settings.materialTolerancePercent')} value={s.materialTolerancePercent} min={0} max={100} allowDecimal={false}
            error={errors.field('materialTolerancePercent')} onChange={(v) => setS({ ...s, materialTolerancePercent: num(v) })} />
        </SimpleGrid>
        <Text size="sm" fw={600}>{t('reports.settings.weights')}</Text>
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
          {WEIGHTS.map((w) => (
            <NumberInput key={w} label={t(`reports.settings.weight.${w}`)} value={s.weights[w]} min={0} max={100} allowDecimal={false}
              onChange={(v) => setS({ ...s, weights: { ...s.weights, [w]: num(v) } })} />
          ))}
        </SimpleGrid>
        {errors.field('weights') && <Text size="sm" c="red">{errors.field('weights')}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ReportSettingsModal({ campaignId, onClose }: { campaignId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: ['weekly-reports', 'settings', campaignId],
    queryFn: () => typedApi.get('/campaigns/{id}/report-settings', { path: { id: campaignId } }),
  });
  return (
    <Modal opened onClose={onClose} title={t('reports.settings.title')} size="lg">
      <QueryState query={settings}>{(d) => <SettingsForm campaignId={campaignId} initial={d} onClose={onClose} />}</QueryState>
    </Modal>
  );
}
