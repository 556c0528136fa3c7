// Adding a task to a directive's item: what to do, who does it (agencies, groups, communes, roles,
// or every group / target commune of the directive's campaign) and when — once by a due date, or
// every week on a weekday / every month on a day from a start to an end date, each occurrence due
// a few days later if the office allows it. A record elsewhere may complete it by itself (the
// weekly plan, a weekly report, a media item). The server names each field it refuses (a due
// date before the directive, a recurrence without an end …).
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LINKED_RECORDS } from '../../../domain/directives';
import { ROLES } from '../../../domain/roles';
import { typedApi } from '../../lib/typed-api';
import { accentFilter } from '../../lib/combobox';
import { useFormErrors } from '../../lib/errors';
import { useSaveForm } from '../../lib/use-save-form';
import { useAgencies } from '../agencies/api';
import { useCampaign } from '../campaigns/api';
import { DateField } from '../fund/DateField';
import { useGroups } from '../groups/api';
import { assigneeOf, checkRequired, type TaskInput } from './api';

const FIELDS = ['description', 'assignees', 'repeat', 'dueDate', 'weekday', 'monthDay', 'startDate', 'endDate', 'dueAfterDays', 'linkedRecord'] as const;
type Repeat = TaskInput['repeat'];

/** Communes to choose from: the campaign's target communes, or every commune and town of the district. */
function useCommuneChoices(campaignId: number | null) {
  const campaign = useCampaign(campaignId ?? 0);
  const units = useQuery({
    queryKey: ['units', 'communes'],
    queryFn: async () => {
      const [communes, towns] = await Promise.all([typedApi.get('/units', { query: { level: 'commune' } }), typedApi.get('/units', { query: { level: 'town' } })]);
      return [...towns.items, ...communes.items];
    },
    enabled: !campaignId,
  });
  return campaignId ? (campaign.data?.communes ?? []) : (units.data ?? []);
}

export function TaskFormModal({ itemId, itemLabel, campaignId, onClose }: { itemId: number; itemLabel: string; campaignId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const groups = useGroups(campaignId);
  const communes = useCommuneChoices(campaignId);
  const [description, setDescription] = useState('');
  const [assignees, setAssignees] = useState<string[]>([]);
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [dueDate, setDueDate] = useState('');
  const [weekday, setWeekday] = useState<string | null>('6');
  const [monthDay, setMonthDay] = useState<number | string>('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [dueAfterDays, setDueAfterDays] = useState<number | string>(0);
  const [linkedRecord, setLinkedRecord] = useState<TaskInput['linkedRecord']>(null);
  const errors = useFormErrors(FIELDS);

  const choices = useMemo(() => [
    ...(campaignId ? [{ group: t('directives.form.shorthand'), items: [
      { value: 'all_groups', label: t('directives.form.allGroups') }, { value: 'target_communes', label: t('directives.form.targetCommunes') }] }] : []),
    { group: t('directives.form.agencies'), items: (agencies.data?.items ?? []).map((a) => ({ value: `agency:${a.id}`, label: a.name })) },
    ...(campaignId ? [{ group: t('directives.form.groups'), items: (groups.data?.items ?? []).map((g) => ({ value: `group:${g.id}`, label: g.name })) }] : []),
    { group: t('directives.form.communes'), items: communes.map((c) => ({ value: `commune:${c.id}`, label: c.name })) },
    { group: t('directives.form.roles'), items: ROLES.map((r) => ({ value: `role:${r}`, label: t(`roles.${r}`) })) },
  ].filter((g) => g.items.length > 0), [agencies.data, groups.data, communes, campaignId, t]);

  const { save, submit } = useSaveForm({
    isEdit: false,
    invalidate: ['directives'],
    errors,
    onClose,
    save: async () => {
      // Dates are left to the server: it names a due date before the directive, a missing end, …
      checkRequired([
        ['description', !description.trim(), 'directives.form.need.taskDescription'], ['assignees', assignees.length === 0, 'directives.form.need.assignees'],
        ['dueDate', repeat === 'none' && !dueDate, 'directives.form.need.dueDate'], ['startDate', repeat !== 'none' && !startDate, 'directives.form.need.startDate'],
        ['monthDay', repeat === 'monthly' && monthDay === '', 'directives.form.need.monthDay'],
      ]);
      const body: TaskInput = {
        description: description.trim(), assignees: assignees.map(assigneeOf), repeat, linkedRecord,
        ...(repeat === 'none' ? { dueDate: dueDate || null } : {
          startDate: startDate || null, endDate: endDate || null, dueAfterDays: dueAfterDays === '' ? 0 : Number(dueAfterDays),
          ...(repeat === 'weekly' ? { weekday: weekday === null ? null : Number(weekday) } : { monthDay: monthDay === '' ? null : Number(monthDay) }),
        }),
      };
      const saved = await typedApi.post('/directive-items/{id}/tasks', body, { path: { id: itemId } });
      return { ...saved, name: description.trim().slice(0, 80) };
    },
  });

  return (
    <Modal opened onClose={onClose} title={t('directives.form.taskTitle', { item: itemLabel })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Textarea label={t('directives.form.taskDescription')} required autosize minRows={2} value={description}
            onChange={(e) => setDescription(e.currentTarget.value)} error={errors.field('description')} data-autofocus />
          <MultiSelect label={t('directives.form.assignees')} description={t('directives.form.assigneesHint')} required searchable filter={accentFilter} limit={200} data={choices}
            value={assignees} onChange={setAssignees} nothingFoundMessage={t('common.nothingFound')} error={errors.field('assignees')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>{t('directives.form.schedule')}</Text>
            <SegmentedControl value={repeat} onChange={(x) => setRepeat(x as Repeat)} aria-label={t('directives.form.schedule')}
              data={(['none', 'weekly', 'monthly'] as const).map((r) => ({ value: r, label: t(`directives.form.repeat.${r}`) }))} />
          </Stack>
          {repeat === 'none' ? (
            <DateField label={t('directives.form.dueDate')} value={dueDate} onChange={setDueDate} error={errors.field('dueDate')} />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                {repeat === 'weekly' ? (
                  <Select label={t('directives.form.weekday')} required allowDeselect={false} value={weekday} onChange={setWeekday}
                    data={[1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: t(`directives.form.weekdays.${d}`) }))} error={errors.field('weekday')} />
                ) : (
                  <NumberInput label={t('directives.form.monthDay')} description={t('directives.form.monthDayHint')} required min={1} max={31} allowDecimal={false}
                    value={monthDay} onChange={setMonthDay} error={errors.field('monthDay')} />
                )}
                <NumberInput label={t('directives.form.dueAfterDays')} description={t('directives.form.dueAfterDaysHint')} min={0} max={31} allowDecimal={false}
                  value={dueAfterDays} onChange={setDueAfterDays} error={errors.field('dueAfterDays')} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <DateField label={t('directives.form.startDate')} value={startDate} onChange={setStartDate} error={errors.field('startDate')} />
                <DateField label={t('directives.form.endDate')} value={endDate} onChange={setEndDate} error={errors.field('endDate')} />
              </SimpleGrid>
            </>
          )}
          <Select label={t('directives.form.linkedRecord')} description={t('directives.form.linkedRecordHint')} clearable value={linkedRecord}
            onChange={(r) => setLinkedRecord(r as TaskInput['linkedRecord'])} data={LINKED_RECORDS.map((r) => ({ value: r, label: t(`directives.form.linked.${r}`) }))} error={errors.field('linkedRecord')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('directives.form.addTask')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
