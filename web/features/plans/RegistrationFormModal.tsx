// The lead agency's registration of its group for a campaign day: for the plan's entry of the
// group when there is one (commune and figures filled in from it), or proposing one. Headcount per
// member agency when known, target m³, transport, tools. Editing sends only what changed.
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDay } from '../../../domain/due';
import { changedFields, isEmpty } from '../../lib/changes';
import { useFormErrors } from '../../lib/errors';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { useCampaign } from '../campaigns/api';
import { useGroups } from '../groups/api';
import { useBusinessToday } from '../home/today';
import { registrationWrites, usePlan, usePlanDays, useRefreshPlans, useRegistrationWindow, type Registration, type RegistrationInput } from './api';
import { FormError, num } from './shared';

const FIELDS = ['groupId', 'day', 'communeId', 'headcount', 'perAgency', 'targetVolumeM3', 'transport', 'tools', 'note'] as const;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function RegistrationFormModal({ campaignId, groups: ledGroups, registration, initialDay, onClose }: {
  campaignId: number; groups: Array<{ id: number; name: string }>; registration?: Registration; initialDay?: string | null; onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  const campaign = useCampaign(campaignId);
  const days = usePlanDays(campaignId);
  const allGroups = useGroups(campaignId);
  const r = registration;
  const [groupId, setGroupId] = useState<string | null>(r ? String(r.group.id) : ledGroups[0] ? String(ledGroups[0].id) : null);
  const [picked, setDay] = useState<string | null>(r?.day ?? initialDay ?? null);
  const [communeId, setCommuneId] = useState<string | null>(r ? String(r.commune.id) : null);
  const [headcount, setHeadcount] = useState<number | string>(r?.headcount ?? '');
  const [perAgency, setPerAgency] = useState<Record<number, number | string>>(Object.fromEntries((r?.perAgency ?? []).map((p) => [p.agencyId, p.headcount])));
  const [volume, setVolume] = useState<number | string>(r?.targetVolumeM3 ?? '');
  const [transport, setTransport] = useState(r?.transport ?? '');
  const [tools, setTools] = useState(r?.tools ?? '');
  const [note, setNote] = useState(r?.note ?? '');
  const errors = useFormErrors(FIELDS);
  // Days after the last closed or cancelled plan: the ones still ahead (the server checks the deadline).
  const items = days.data?.items ?? [];
  const lastDone = items.reduce((i, d, k) => (d.plan && (d.plan.status === 'closed' || d.plan.status === 'cancelled') ? k : i), -1);
  const openDays = items.slice(lastDone + 1).filter((d) => d.plan?.status !== 'closed' && d.plan?.status !== 'cancelled');
  // Until the lead picks, a new registration is for the next Saturday.
  const today = useBusinessToday();
  const day = picked ?? (!r && today ? nextDay(openDays.map((d) => d.day), today) : null);
  const deadline = useRegistrationWindow(campaignId, day);

  // The plan of the chosen day, to register "for an entry" when the office has planned the group.
  const planId = days.data?.items.find((d) => d.day === day)?.plan?.id ?? 0;
  const plan = usePlan(planId);
  const entry = plan.data?.entries.find((e) => String(e.group.id) === groupId) ?? null;
  useEffect(() => {
    if (r || !entry) return;
    setCommuneId(String(entry.commune.id));
    setHeadcount(entry.headcount);
    setVolume(entry.targetVolumeM3);
  }, [r, entry]);

  const members = allGroups.data?.items.find((g) => String(g.id) === groupId)?.members ?? [];

  const save = useMutation({
    mutationFn: async () => {
      const input: RegistrationInput = {
        communeId: Number(communeId), headcount: headcount === '' ? 0 : Number(headcount), targetVolumeM3: volume === '' ? 0 : Number(volume),
        perAgency: Object.entries(perAgency).filter(([, n]) => n !== '' && Number(n) > 0).map(([agencyId, n]) => ({ agencyId: Number(agencyId), headcount: Number(n) })),
        transport: orNull(transport), tools: orNull(tools), note: orNull(note),
      };
      if (!r) return registrationWrites.create(campaignId, { ...input, groupId: Number(groupId), day: day ?? '' });
      const current = { communeId: r.commune.id, headcount: r.headcount, targetVolumeM3: r.targetVolumeM3, transport: r.transport, tools: r.tools, note: r.note,
        perAgency: r.perAgency.map((p) => ({ agencyId: p.agencyId, headcount: p.headcount })) };
      const patch = changedFields(current, input);
      return isEmpty(patch) ? r : registrationWrites.update(r, patch);
    },
    onSuccess: (saved) => {
      refresh();
      notifications.show({ color: 'teal', message: t('registrations.registered', { day: formatDate(saved.day), commune: saved.commune.name }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  const groupName = ledGroups.find((g) => String(g.id) === groupId)?.name ?? r?.group.name ?? '';
  return (
    <Modal opened onClose={onClose} size="lg" title={r ? t('registrations.editTitle', { day: formatDate(r.day) }) : t('registrations.registerTitle', { group: groupName })}>
      <form onSubmit={submit}>
        <Stack>
          <FormError error={errors.error} text={errors.general} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {!r && ledGroups.length > 1 && (
              <Select label={t('registrations.group')} value={groupId} onChange={setGroupId} required error={errors.field('groupId')}
                data={ledGroups.map((g) => ({ value: String(g.id), label: g.name }))} comboboxProps={{ withinPortal: true }} />
            )}
            {!r && (
              <Select label={t('registrations.day')} value={day} onChange={setDay} required error={errors.field('day')}
                data={openDays.map((d) => ({ value: d.day, label: formatDate(d.day) }))} comboboxProps={{ withinPortal: true }} />
            )}
            <Select label={t('registrations.commune')} value={communeId} onChange={setCommuneId} required error={errors.field('communeId')}
              data={(campaign.data?.communes ?? []).map((c) => ({ value: String(c.id), label: c.name }))} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
          {deadline.data && (
            <Text size="sm" c={deadline.data.registrationOpen ? 'dimmed' : 'red'}>
              {t('registrations.deadlines', { reg: formatDateTime(deadline.data.registrationDeadline), conf: formatDateTime(deadline.data.confirmationDeadline) })}
              {!deadline.data.registrationOpen && ` — ${t('registrations.registrationClosed')}`}
            </Text>
          )}
          {!r && day && plan.data && (entry
            ? <Alert color="blue" variant="light">{t('registrations.fromEntry', { commune: entry.commune.name, people: formatInteger(entry.headcount), m3: num(entry.targetVolumeM3) })}</Alert>
            : <Alert color="gray" variant="light">{t('registrations.noEntry')}</Alert>)}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput label={t('registrations.headcount')} value={headcount} onChange={setHeadcount} min={1} allowDecimal={false} allowNegative={false}
              thousandSeparator="." decimalSeparator="," required error={errors.field('headcount')} />
            <NumberInput label={t('registrations.targetVolume')} value={volume} onChange={setVolume} min={0} decimalScale={3} allowNegative={false}
              thousandSeparator="." decimalSeparator="," required error={errors.field('targetVolumeM3')} />
          </SimpleGrid>
          {members.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('registrations.perAgency')}</Text>
              <Text size="xs" c="dimmed">{t('registrations.perAgencyHint')}</Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                {members.map((m) => (
                  <NumberInput key={m.id} label={m.name} size="xs" value={perAgency[m.id] ?? ''} min={0} allowDecimal={false} allowNegative={false}
                    onChange={(v) => setPerAgency((p) => ({ ...p, [m.id]: v }))} />
                ))}
              </SimpleGrid>
              {errors.field('perAgency') && <Text c="red" size="sm">{errors.field('perAgency')}</Text>}
            </Stack>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('registrations.transport')} value={transport} onChange={(e) => setTransport(e.currentTarget.value)} error={errors.field('transport')} />
            <TextInput label={t('registrations.tools')} value={tools} onChange={(e) => setTools(e.currentTarget.value)} error={errors.field('tools')} />
          </SimpleGrid>
          <Textarea label={t('registrations.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{r ? t('common.save') : t('registrations.register')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
