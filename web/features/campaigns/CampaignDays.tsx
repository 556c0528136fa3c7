// A campaign's days: every Saturday by default; the office adds other days (with a note such as
// "Ngày bù do mưa") and removes days. Shown only as a list to those without the `edit` action.
import { ActionIcon, Alert, Badge, Box, Button, Group, Paper, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../domain/dates';
import { dayWithin } from '../../../domain/due';
import { typedApi } from '../../lib/typed-api';
import { errorText, useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import type { Campaign } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';
import { useBusinessToday } from '../home/today';
import { DATE_FORMAT } from './CampaignFormModal';

const FIELDS = ['day', 'note'] as const;

/** "chủ nhật" → "Chủ nhật": only the first letter, as Vietnamese writes weekday names. */
function weekday(day: string, lang: string): string {
  const name = dayjs(day).locale(lang).format('dddd');
  return name.charAt(0).toUpperCase() + name.slice(1);
}


function AddDayForm({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [day, setDay] = useState<string | null>(null);
  // The calendar opens on the business date's month when the campaign runs, else on its nearest end.
  const today = useBusinessToday() ?? todayInVietnam();
  const [note, setNote] = useState('');
  const errors = useFormErrors(FIELDS);
  const add = useMutation({
    mutationFn: () => typedApi.post('/campaigns/{id}/days', { day: day ?? '', note: note.trim() || null }, { path: { id: campaign.id } }),
    onSuccess: (saved) => {
      client.setQueryData(['campaigns', campaign.id], saved);
      void client.invalidateQueries({ queryKey: ['campaigns'] });
      notifications.show({ color: 'teal', message: t('days.added', { day: formatDate(day ?? '') }) });
      setDay(null);
      setNote('');
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    add.mutate();
  }
  return (
    <form onSubmit={submit} aria-label={t('days.add')}>
      {errors.general && <Alert color="red" role="alert" mb="xs">{errors.general}</Alert>}
      <Group align="flex-start" gap="sm" wrap="wrap">
        <DatePickerInput label={t('days.day')} value={day} onChange={setDay} valueFormat={DATE_FORMAT} required
          minDate={campaign.startDate} maxDate={campaign.endDate} defaultDate={dayWithin(campaign.startDate, campaign.endDate, today)}
          error={errors.field('day')} miw={170} popoverProps={{ withinPortal: true }} />
        <TextInput label={t('days.note')} placeholder={t('days.notePlaceholder')} value={note} onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.field('note')} style={{ flex: '1 1 220px' }} />
        <Button type="submit" mt={{ base: 0, xs: 25 }} leftSection={<IconPlus size={16} />} loading={add.isPending}>{t('days.add')}</Button>
      </Group>
    </form>
  );
}

export function CampaignDays({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const editable = campaign.actions.includes('edit');
  const remove = useMutation({
    mutationFn: (day: string) => typedApi.delete('/campaigns/{id}/days/{day}', { path: { id: campaign.id, day } }),
    onSuccess: (saved, day) => {
      client.setQueryData(['campaigns', campaign.id], saved);
      void client.invalidateQueries({ queryKey: ['campaigns'] });
      notifications.show({ color: 'teal', message: t('days.removed', { day: formatDate(day) }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz={18}>{t('days.title')}</Title>
        <Text size="sm" c="dimmed">{t('days.count', { n: campaign.days.length })}</Text>
      </Group>
      {editable && <AddDayForm campaign={campaign} />}
      <Box mt="sm">
        <DataTable label={t('days.title')} rows={campaign.days} rowKey={(d) => d.day} minWidth={420} verticalSpacing={6} columns={[
          { key: 'day', header: t('days.day'), td: () => ({ fw: 500 }), cell: (d) => formatDate(d.day) },
          { key: 'weekday', header: t('days.weekday'), cell: (d) => (
            <Group gap={6} wrap="nowrap">
              <span>{weekday(d.day, i18n.language)}</span>
              {!d.saturday && <Badge size="xs" color="orange" variant="light">{t('days.extra')}</Badge>}
            </Group>
          ) },
          { key: 'note', header: t('days.note'), cell: (d) => d.note ?? '' },
          editable && { key: 'remove', width: 50, cell: (d) => (
            <Tooltip label={t('days.remove')}>
              <ActionIcon variant="subtle" color="red" aria-label={t('days.removeNamed', { day: formatDate(d.day) })}
                loading={remove.isPending && remove.variables === d.day}
                onClick={() => { if (window.confirm(t('days.confirmRemove', { day: formatDate(d.day) }))) remove.mutate(d.day); }}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          ) },
        ]} />
      </Box>
    </Paper>
  );
}
