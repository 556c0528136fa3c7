// The lead agency's registration of its group for a campaign day: for the plan's entry of the
// group when there is one (commune and figures filled in from it), or proposing one. Headcount per
// member agency when known, target m³, transport, tools. Editing sends only what changed.
// Like the other field forms it is a draft on the phone while typed and its save goes through the
// outbox (web/features/field/queued-form.ts): with no signal it waits and leaves once.
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDay } from '../../../domain/due';
import { changedFields, isEmpty } from '../../lib/changes';
import { useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { useCampaign } from '../campaigns/api';
import { QueuedNotice, RestoredDraftNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm, useRestoredDraft, type RestoredDraft } from '../field/queued-form';
import { useGroups } from '../groups/api';
import { useBusinessToday } from '../home/today';
import { usePlan, usePlanDays, useRefreshPlans, useRegistrationWindow, type Registration, type RegistrationInput } from './api';
import { FormError, num } from './shared';

const FIELDS = ['groupId', 'day', 'communeId', 'headcount', 'perAgency', 'targetVolumeM3', 'transport', 'tools', 'note'] as const;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** What the form holds, kept on the phone as typed. */
interface RegistrationDraft {
  groupId: string | null; day: string | null; communeId: string | null; headcount: number | string;
  perAgency: Record<number, number | string>; volume: number | string; transport: string; tools: string; note: string;
}

type Props = { campaignId: number; groups: Array<{ id: number; name: string }>; registration?: Registration; initialDay?: string | null; onClose: () => void };

export function RegistrationFormModal(props: Props) {
  const me = useMe();
  const r = props.registration;
  const key = r ? `registration:${r.id}:edit:${me.user.id}` : `registration:new:${props.campaignId}:${me.user.id}`;
  const { draft, generation, discardDraft } = useRestoredDraft<RegistrationDraft>(key);
  if (draft === undefined) return null;
  return <RegistrationForm key={generation} {...props} draftKey={key} draft={draft} onDiscardDraft={discardDraft} />;
}

function RegistrationForm({ campaignId, groups: ledGroups, registration, initialDay, onClose, draftKey, draft, onDiscardDraft }: Props & {
  draftKey: string; draft: RestoredDraft<RegistrationDraft> | null; onDiscardDraft: (confirmText: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const refresh = useRefreshPlans();
  const d = draft?.value;
  const campaign = useCampaign(campaignId);
  const days = usePlanDays(campaignId);
  const allGroups = useGroups(campaignId);
  const r = registration;
  const [groupId, setGroupId] = useState<string | null>(d ? d.groupId : r ? String(r.group.id) : ledGroups[0] ? String(ledGroups[0].id) : null);
  const [picked, setDay] = useState<string | null>(d ? d.day : r?.day ?? initialDay ?? null);
  const [communeId, setCommuneId] = useState<string | null>(d ? d.communeId : r ? String(r.commune.id) : null);
  const [headcount, setHeadcount] = useState<number | string>(d ? d.headcount : r?.headcount ?? '');
  const [perAgency, setPerAgency] = useState<Record<number, number | string>>(d ? d.perAgency : Object.fromEntries((r?.perAgency ?? []).map((p) => [p.agencyId, p.headcount])));
  const [volume, setVolume] = useState<number | string>(d ? d.volume : r?.targetVolumeM3 ?? '');
  const [transport, setTransport] = useState(d ? d.transport : r?.transport ?? '');
  const [tools, setTools] = useState(d ? d.tools : r?.tools ?? '');
  const [note, setNote] = useState(d ? d.note : r?.note ?? '');
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
  // The entry's figures fill the form when the group or day changes, not over a restored draft.
  const filledFor = useRef(d ? `${d.groupId}|${d.day}` : null);
  useEffect(() => {
    if (r || !entry || filledFor.current === `${groupId}|${day}`) return;
    filledFor.current = `${groupId}|${day}`;
    setCommuneId(String(entry.commune.id));
    setHeadcount(entry.headcount);
    setVolume(entry.targetVolumeM3);
  }, [r, entry, groupId, day]);

  const members = allGroups.data?.items.find((g) => String(g.id) === groupId)?.members ?? [];

  const form = useQueuedForm({
    draftKey, userId: me.user.id, onRefused: errors.setError,
    value: { groupId, day, communeId, headcount, perAgency, volume, transport, tools, note } satisfies RegistrationDraft,
    onAccepted: (_item, answer) => {
      const saved = answer as Registration;
      refresh();
      notifications.show({ color: 'teal', message: t('registrations.registered', { day: formatDate(saved.day), commune: saved.commune.name }) });
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const input: RegistrationInput = {
      communeId: Number(communeId), headcount: headcount === '' ? 0 : Number(headcount), targetVolumeM3: volume === '' ? 0 : Number(volume),
      perAgency: Object.entries(perAgency).filter(([, n]) => n !== '' && Number(n) > 0).map(([agencyId, n]) => ({ agencyId: Number(agencyId), headcount: Number(n) })),
      transport: orNull(transport), tools: orNull(tools), note: orNull(note),
    };
    const labelOf = (name: 'registrationNew' | 'registrationEdit') =>
      bilingual((l) => i18n.getFixedT(l)(`field.labels.${name}`, { group: groupName, day: day ? formatDate(day) : '' }));
    if (!r) {
      void form.save([{ kind: 'registration.save', method: 'POST', path: `/campaigns/${campaignId}/registrations`, body: { ...input, groupId: Number(groupId), day: day ?? '' },
        version: null, label: labelOf('registrationNew'), href: '/registrations' }]);
      return;
    }
    const current = { communeId: r.commune.id, headcount: r.headcount, targetVolumeM3: r.targetVolumeM3, transport: r.transport, tools: r.tools, note: r.note,
      perAgency: r.perAgency.map((p) => ({ agencyId: p.agencyId, headcount: p.headcount })) };
    const patch = changedFields(current, input);
    if (isEmpty(patch)) {
      void onDiscardDraft('').then(onClose); // nothing changed: nothing to send
      return;
    }
    void form.save([{ kind: 'registration.save', method: 'PATCH', path: `/registrations/${r.id}`, body: patch, version: r.version,
      resource: `registration:${r.id}`, label: labelOf('registrationEdit'), href: '/registrations' }]);
  }
  const groupName = ledGroups.find((g) => String(g.id) === groupId)?.name ?? r?.group.name ?? '';
  return (
    <Modal opened onClose={onClose} size="lg" title={r ? t('registrations.editTitle', { day: formatDate(r.day) }) : t('registrations.registerTitle', { group: groupName })}>
      <form onSubmit={submit}>
        <Stack>
          {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void onDiscardDraft(t('field.discardDraftConfirm'))} />}
          {form.item && <QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} withReason={false} />}
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
            <Button type="submit" disabled={form.waiting}>{form.waiting ? t('field.savingQueued') : r ? t('common.save') : t('registrations.register')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
