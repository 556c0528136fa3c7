// One workday record (issue 7), phone first: /workdays/new?campaignId&communeId&groupId&day[&planEntryId]
// records a new one (from a plan entry or unplanned), /workdays/:id shows and corrects a saved one,
// its photos before and after, and cancelling the day with a reason. Which part a user may write
// comes from the API's actions (saved) or the user's role and organisation (new).
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCloudRain, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { dayOfWeek } from '../../../domain/dates';
import { useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { QueuedNotice, RestoredDraftNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm, useRestoredDraft, type RestoredDraft } from '../field/queued-form';
import { NotFound } from '../../ui/Forbidden';
import { Loading, QueryError, QueryState } from '../../ui/QueryState';
import { useCampaign } from '../campaigns/api';
import { useDayPlan, useGroup, useWorkday, type Workday } from './api';
import type { CommuneState, GroupState } from './form-state';
import { newWorkdayDraftKey, savedPartDraftKey, type NewWorkdayDraft } from './new-workday-draft';
import { KeptWarnings } from './CheckFindings';
import { PhotosSection } from './PhotosSection';
import { PositionLine } from './PositionLine';
import { WorkdayForm, type WorkdayPlace } from './WorkdayForm';

function Heading({ title, groupName, communeName, day, planned, status }: {
  title: string; groupName: string; communeName: string; day: string; planned: boolean; status?: Workday['status'];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mb="sm">
      <Anchor component={Link} to="/workdays" size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('workdays.back')}</Group></Anchor>
      <Title order={1} fz={{ base: 20, sm: 26 }}>{title}</Title>
      <Text fw={500}>{groupName} · {communeName}</Text>
      <Group gap={6}>
        <Text size="sm" c="dimmed">{t(dayOfWeek(day) === 6 ? 'workdays.saturdayOf' : 'workdays.dayOf', { date: formatDate(day) })}</Text>
        <Badge variant="light" color={planned ? 'blue' : 'grape'}>{t(planned ? 'workdays.planned' : 'workdays.unplanned')}</Badge>
        {status && <Badge color={status === 'cancelled' ? 'red' : 'teal'}>{t(`workdays.status.${status}`)}</Badge>}
      </Group>
    </Stack>
  );
}

function NewWorkday() {
  const { t } = useTranslation();
  const me = useMe();
  const [params] = useSearchParams();
  const place: WorkdayPlace = {
    campaignId: Number(params.get('campaignId')), communeId: Number(params.get('communeId')), groupId: Number(params.get('groupId')),
    day: params.get('day') ?? '', planEntryId: params.get('planEntryId') ? Number(params.get('planEntryId')) : null,
  };
  const group = useGroup(place.groupId || null);
  const campaign = useCampaign(place.campaignId);
  const plan = useDayPlan(place.planEntryId ? place.campaignId : null, place.day);
  // The draft kept on the phone for this record, read once as the page opens (null: none).
  const { draft, generation, discardDraft } = useRestoredDraft<NewWorkdayDraft>(newWorkdayDraftKey(me.user.id, place));
  if (!place.campaignId || !place.communeId || !place.groupId || !/^\d{4}-\d{2}-\d{2}$/.test(place.day)) return <NotFound />;
  if (group.error) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  if (group.isPending || campaign.isPending || (place.planEntryId && plan.isPending) || draft === undefined) return <Loading />;
  const entry = plan.data?.entries.find((e) => e.id === place.planEntryId) ?? null;
  const role = me.user.role;
  const mayCommune = role === 'coordinator' || (role === 'commune' && me.user.unit?.id === place.communeId);
  const mayGroup = role === 'coordinator' || (role === 'group_lead' && me.ledGroups.some((g) => g.id === place.groupId));
  const communeName = campaign.data?.communes.find((c) => c.id === place.communeId)?.name ?? '';
  return (
    <>
      <Heading title={t('workdays.newTitle')} groupName={group.data?.name ?? ''} communeName={communeName} day={place.day} planned={!!place.planEntryId} />
      {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void discardDraft(t('field.discardDraftConfirm'))} />}
      {!mayCommune && !mayGroup ? <Alert color="orange">{t('workdays.notYourWorkday')}</Alert> : (
        <WorkdayForm key={generation} saved={null} place={place} entry={entry} group={group.data} mayGroup={mayGroup} mayCommune={mayCommune}
          draft={draft?.value ?? null} names={{ group: group.data?.name ?? '', commune: communeName }} />
      )}
    </>
  );
}

/**
 * Cancelling the day (rain…) goes through the outbox like the other field forms: the reason is a
 * draft on the phone while typed, and the cancellation waits with no signal and leaves once.
 */
function CancelModal({ w, onClose }: { w: Workday; onClose: () => void }) {
  const me = useMe();
  const key = `workday:${w.id}:cancel:${me.user.id}`;
  const { draft, generation, discardDraft } = useRestoredDraft<{ reason: string }>(key);
  if (draft === undefined) return null;
  return <CancelForm key={generation} w={w} draftKey={key} draft={draft} onDiscardDraft={discardDraft} onClose={onClose} />;
}

function CancelForm({ w, draftKey, draft, onDiscardDraft, onClose }: {
  w: Workday; draftKey: string; draft: RestoredDraft<{ reason: string }> | null; onDiscardDraft: (confirmText: string) => Promise<void>; onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [reason, setReason] = useState(draft?.value.reason ?? '');
  const errors = useFormErrors(['reason']);
  const form = useQueuedForm({
    draftKey, userId: me.user.id, value: { reason },
    onRefused: errors.setError,
    onAccepted: (_item, answer) => {
      const saved = answer as Workday;
      client.setQueryData(['workdays', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['workdays', 'list'] });
      notifications.show({ color: 'orange', message: t('workdays.cancelled') });
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const label = bilingual((l) => i18n.getFixedT(l)('field.labels.workdayCancel', { group: w.group.name, commune: w.commune.name, day: formatDate(w.day) }));
    void form.save([{ kind: 'workday.cancel', method: 'POST', path: `/workdays/${w.id}/cancel`, body: { reason: reason.trim() }, version: w.version,
      resource: `workday:${w.id}`, label, href: `/workdays/${w.id}` }]);
  }
  return (
    <Modal opened onClose={onClose} title={t('workdays.cancelTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void onDiscardDraft(t('field.discardDraftConfirm'))} />}
          {form.item && <QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} />}
          <Text size="sm">{t('workdays.cancelHint')}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Textarea label={t('workdays.cancelReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2}
            error={errors.field('reason')} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color="red" disabled={form.waiting}>{form.waiting ? t('field.savingQueued') : t('workdays.cancelDay')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SavedWorkday({ id }: { id: number }) {
  const { t } = useTranslation();
  const me = useMe();
  const workday = useWorkday(id);
  const group = useGroup(workday.data?.actions.includes('editGroup') ? workday.data.group.id : null);
  const [cancelling, setCancelling] = useState(false);
  // Corrections typed earlier on this phone, read again whenever the record's version changes.
  const version = workday.data?.version;
  const groupDraft = useRestoredDraft<GroupState>(savedPartDraftKey(me.user.id, id, 'group'), version);
  const communeDraft = useRestoredDraft<CommuneState>(savedPartDraftKey(me.user.id, id, 'commune'), version);
  const restoredAt = Math.max(groupDraft.draft?.updatedAt ?? 0, communeDraft.draft?.updatedAt ?? 0);
  const discardDrafts = async () => {
    if (!window.confirm(t('field.discardDraftConfirm'))) return;
    await Promise.all([groupDraft.discardDraft(''), communeDraft.discardDraft('')]);
  };
  return (
    <QueryState query={workday}>
      {(w) => (
        <>
          <Heading title={t('workdays.recordTitle', { id: w.id })} groupName={w.group.name} communeName={w.commune.name} day={w.day} planned={w.planEntryId !== null} status={w.status} />
          {w.status === 'cancelled' && (
            <Alert color="red" icon={<IconCloudRain size={18} />} title={t('workdays.cancelledTitle')} mb="sm">{w.cancelReason}</Alert>
          )}
          {w.reported && w.status === 'recorded' && <Alert color="blue" icon={<IconLock size={18} />} mb="sm">{t('workdays.reportedHint')}</Alert>}
          {w.position && <PositionLine position={w.position} />}
          {w.status === 'recorded' && <KeptWarnings warnings={w.warnings} />}
          {restoredAt > 0 && <RestoredDraftNotice at={restoredAt} onDiscard={() => void discardDrafts()} />}
          <Stack gap="sm">
            {(!w.actions.includes('editGroup') || group.data) && groupDraft.draft !== undefined && communeDraft.draft !== undefined && (
              <WorkdayForm key={`${w.version}.${groupDraft.generation}.${communeDraft.generation}`} saved={w} group={group.data} entry={null}
                partDrafts={{ group: groupDraft.draft?.value ?? null, commune: communeDraft.draft?.value ?? null }}
                place={{ campaignId: w.campaignId, communeId: w.commune.id, groupId: w.group.id, day: w.day, planEntryId: w.planEntryId }}
                mayGroup={w.actions.includes('editGroup')} mayCommune={w.actions.includes('editCommune')} />
            )}
            <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
              <Title order={2} size="h5" mb="xs">{t('workdays.photos')}</Title>
              <PhotosSection w={w} />
            </Paper>
            {w.actions.includes('cancel') && (
              <Button variant="light" color="red" leftSection={<IconCloudRain size={16} />} onClick={() => setCancelling(true)}>{t('workdays.cancelDay')}</Button>
            )}
          </Stack>
          {cancelling && <CancelModal w={w} onClose={() => setCancelling(false)} />}
        </>
      )}
    </QueryState>
  );
}

export function WorkdayPage() {
  const { id } = useParams();
  if (id === 'new') return <NewWorkday />;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? <SavedWorkday id={n} /> : <NotFound />;
}
