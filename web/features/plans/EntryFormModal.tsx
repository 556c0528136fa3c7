// Add or change one entry of a plan: group → commune → segments, people, m³, mixers, meeting time
// and place, notes; a reason once the plan is published. Sends only what changed, with If-Match:
// a stale plan shows "reload" and the form keeps what was typed.
import { Alert, Button, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changedFields, isEmpty } from '../../lib/changes';
import { useFormErrors } from '../../lib/errors';
import { useCampaign } from '../campaigns/api';
import { useGroups } from '../groups/api';
import { planWrites, useAssignments, useRefreshPlans, type EntryInput, type Plan, type PlanEntry } from './api';
import { FormError, num } from './shared';

const FIELDS = ['groupId', 'communeId', 'segmentIds', 'headcount', 'targetVolumeM3', 'mixers', 'meetingTime', 'meetingPlace', 'notes', 'reason'] as const;
const orNull = (s: string) => (s.trim() ? s.trim() : null);
const numOr = (v: number | string, d = 0) => (v === '' ? d : Number(v));

export function EntryFormModal({ plan, entry, onClose, onReload }: { plan: Plan; entry?: PlanEntry; onClose: () => void; onReload: () => Promise<unknown> | void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  const campaign = useCampaign(plan.campaignId);
  const groups = useGroups(plan.campaignId);
  const assignments = useAssignments(plan.campaignId);
  const [groupId, setGroupId] = useState<string | null>(entry ? String(entry.group.id) : null);
  const [communeId, setCommuneId] = useState<string | null>(entry ? String(entry.commune.id) : null);
  const [segmentIds, setSegmentIds] = useState<string[]>(entry?.segments.map((s) => String(s.id)) ?? []);
  const [headcount, setHeadcount] = useState<number | string>(entry?.headcount ?? '');
  const [volume, setVolume] = useState<number | string>(entry?.targetVolumeM3 ?? '');
  const [mixers, setMixers] = useState<number | string>(entry?.mixers ?? 1);
  const [meetingTime, setMeetingTime] = useState(entry?.meetingTime ?? '07:00');
  const [meetingPlace, setMeetingPlace] = useState(entry?.meetingPlace ?? '');
  const [notes, setNotes] = useState(entry?.notes ?? '');
  const [reason, setReason] = useState('');
  const errors = useFormErrors(FIELDS);
  const published = plan.status === 'published';

  // The commune's roads, assigned or not, with the group each segment is assigned to.
  const segmentOptions = useMemo(() => {
    const a = assignments.data;
    if (!a || !communeId) return [];
    const roads = [...a.groups.flatMap((g) => g.roads.map((r) => ({ r, group: g.groupName }))), ...a.unassigned.map((r) => ({ r, group: null }))]
      .filter(({ r }) => String(r.communeId) === communeId);
    return roads.flatMap(({ r, group }) => r.segments.map((s) => ({
      value: String(s.id),
      label: t('plans.segmentOption', { road: r.roadName, chainage: s.label ? `${s.chainage} ${s.label}` : s.chainage, m3: num(s.remainingM3) })
        + (group ? ` — ${t('plans.assignedTo', { group })}` : ''),
      disabled: s.remainingM3 <= 0 && !segmentIds.includes(String(s.id)),
    })));
  }, [assignments.data, communeId, segmentIds, t]);

  const save = useMutation({
    mutationFn: async () => {
      const input: EntryInput = {
        groupId: Number(groupId), communeId: Number(communeId), segmentIds: segmentIds.map(Number),
        headcount: numOr(headcount), targetVolumeM3: numOr(volume), mixers: numOr(mixers, 1),
        meetingTime: orNull(meetingTime), meetingPlace: orNull(meetingPlace), notes: orNull(notes),
      };
      const why = published ? { reason: reason.trim() } : {};
      if (!entry) return (await planWrites.addEntry(plan, { ...input, ...why })).plan;
      const current = {
        groupId: entry.group.id, communeId: entry.commune.id, segmentIds: entry.segments.map((s) => s.id), headcount: entry.headcount,
        targetVolumeM3: entry.targetVolumeM3, mixers: entry.mixers, meetingTime: entry.meetingTime, meetingPlace: entry.meetingPlace, notes: entry.notes,
      };
      const patch = changedFields(current, input);
      return isEmpty(patch) ? plan : planWrites.changeEntry(plan, entry.id, { ...patch, ...why });
    },
    onSuccess: () => {
      refresh();
      const group = groups.data?.items.find((g) => String(g.id) === groupId)?.name ?? entry?.group.name ?? '';
      notifications.show({ color: 'teal', message: t('plans.saved', { group }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  const title = entry ? t('plans.editEntryTitle', { group: entry.group.name, commune: entry.commune.name }) : t('plans.addEntryTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit}>
        <Stack>
          <FormError error={errors.error} text={errors.general} onReload={onReload} onReloaded={errors.clear} />
          {published && <Alert color="blue" variant="light">{t('plans.amendHint')}</Alert>}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select label={t('plans.group')} value={groupId} onChange={setGroupId} required error={errors.field('groupId')} searchable
              data={(groups.data?.items ?? []).map((g) => ({ value: String(g.id), label: g.name }))} comboboxProps={{ withinPortal: true }} />
            <Select label={t('plans.commune')} value={communeId} onChange={(v) => { setCommuneId(v); setSegmentIds([]); }} required error={errors.field('communeId')}
              data={(campaign.data?.communes ?? []).map((c) => ({ value: String(c.id), label: c.name }))} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
          <MultiSelect label={t('plans.segments')} description={t('plans.segmentsHint')} value={segmentIds} onChange={setSegmentIds}
            data={segmentOptions} required error={errors.field('segmentIds')} comboboxProps={{ withinPortal: true }} />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberInput label={t('plans.headcount')} value={headcount} onChange={setHeadcount} min={1} allowDecimal={false} allowNegative={false}
              thousandSeparator="." decimalSeparator="," required error={errors.field('headcount')} />
            <NumberInput label={t('plans.targetVolume')} value={volume} onChange={setVolume} min={0} decimalScale={3} allowNegative={false}
              thousandSeparator="." decimalSeparator="," required error={errors.field('targetVolumeM3')} />
            <NumberInput label={t('plans.mixers')} value={mixers} onChange={setMixers} min={0} max={50} allowDecimal={false} allowNegative={false} error={errors.field('mixers')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="time" label={t('plans.meetingTime')} value={meetingTime} onChange={(e) => setMeetingTime(e.currentTarget.value)} error={errors.field('meetingTime')} />
            <TextInput label={t('plans.meetingPlace')} value={meetingPlace} onChange={(e) => setMeetingPlace(e.currentTarget.value)} error={errors.field('meetingPlace')} />
          </SimpleGrid>
          <Textarea label={t('plans.notes')} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} autosize minRows={2} error={errors.field('notes')} />
          {published && (
            <Textarea label={t('plans.reason')} description={t('plans.reasonHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
              required autosize minRows={2} error={errors.field('reason')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
