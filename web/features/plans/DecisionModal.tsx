// The answers to a registration: the commune confirms (comment optional), amends people and m³
// with a comment, or declines with a comment; the group lead withdraws. If-Match on each: a
// registration changed meanwhile shows "reload" (then saving again sends the fresh version).
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { QueuedNotice, RestoredDraftNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm, useRestoredDraft, type RestoredDraft } from '../field/queued-form';
import { useRefreshPlans, type Registration } from './api';
import { FormError } from './shared';

export type Decision = 'withdraw' | 'confirm' | 'amend' | 'decline';

interface DecisionDraft { comment: string; headcount: number | string; volume: number | string }

/**
 * The answer is a draft on the phone while typed (a commune's confirmation written with one bar of
 * signal survives a reload), and its save goes through the outbox with If-Match: with no signal it
 * waits and leaves once when the link returns; a refusal comes back onto the form.
 */
export function DecisionModal(props: { r: Registration; action: Decision; onClose: () => void; onReload: () => Promise<unknown> | void }) {
  const me = useMe();
  const { draft, generation, discardDraft } = useRestoredDraft<DecisionDraft>(`registration:${props.r.id}:${props.action}:${me.user.id}`);
  if (draft === undefined) return null;
  return <DecisionForm key={generation} {...props} draft={draft} onDiscardDraft={discardDraft} />;
}

function DecisionForm({ r, action, onClose, onReload, draft, onDiscardDraft }: {
  r: Registration; action: Decision; onClose: () => void; onReload: () => Promise<unknown> | void;
  draft: RestoredDraft<DecisionDraft> | null; onDiscardDraft: (confirmText: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const refresh = useRefreshPlans();
  const [comment, setComment] = useState(draft?.value.comment ?? '');
  const [headcount, setHeadcount] = useState<number | string>(draft?.value.headcount ?? r.headcount);
  const [volume, setVolume] = useState<number | string>(draft?.value.volume ?? r.targetVolumeM3);
  const errors = useFormErrors(['comment', 'headcount', 'targetVolumeM3', 'perAgency']);
  const form = useQueuedForm({
    draftKey: `registration:${r.id}:${action}:${me.user.id}`, userId: me.user.id, value: { comment, headcount, volume } satisfies DecisionDraft,
    onRefused: errors.setError,
    onAccepted: () => {
      refresh();
      notifications.show({ color: 'teal', message: t(`registrations.done.${action}`, { group: r.group.name, day: formatDate(r.day) }) });
      onClose();
    },
  });
  function body() {
    const c = comment.trim() || null;
    if (action === 'withdraw') return {};
    if (action !== 'amend') return { comment: c };
    return {
      comment: comment.trim(),
      headcount: headcount === '' || Number(headcount) === r.headcount ? undefined : Number(headcount),
      targetVolumeM3: volume === '' || Number(volume) === r.targetVolumeM3 ? undefined : Number(volume),
    };
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const label = bilingual((l) => i18n.getFixedT(l)('field.labels.registrationDecide', {
      action: i18n.getFixedT(l)(`registrations.actions.${action}`), group: r.group.name, day: formatDate(r.day) }));
    void form.save([{ kind: 'registration.decide', method: 'POST', path: `/registrations/${r.id}/${action}`, body: body(), version: r.version,
      resource: `registration:${r.id}`, label, href: '/registrations' }]);
  }
  const label = t(`registrations.actions.${action}`);
  const commentRequired = action === 'amend' || action === 'decline';
  return (
    <Modal opened onClose={onClose} title={t('registrations.decideTitle', { action: label, group: r.group.name })}>
      <form onSubmit={submit}>
        <Stack>
          {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void onDiscardDraft(t('field.discardDraftConfirm'))} />}
          {form.item && <QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} withReason={false} />}
          <FormError error={errors.error} text={errors.general} onReload={onReload} onReloaded={errors.clear} />
          {action === 'withdraw' && <Text size="sm">{t('registrations.withdrawText', { day: formatDate(r.day) })}</Text>}
          {action === 'amend' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput label={t('registrations.headcount')} value={headcount} onChange={setHeadcount} min={1} allowDecimal={false} allowNegative={false}
                thousandSeparator="." decimalSeparator="," error={errors.field('headcount')} />
              <NumberInput label={t('registrations.targetVolume')} value={volume} onChange={setVolume} min={0} decimalScale={3} allowNegative={false}
                thousandSeparator="." decimalSeparator="," error={errors.field('targetVolumeM3')} />
            </SimpleGrid>
          )}
          {action !== 'withdraw' && (
            <Textarea label={commentRequired ? t('registrations.commentRequired') : t('registrations.comment')} value={comment}
              onChange={(e) => setComment(e.currentTarget.value)} required={commentRequired} autosize minRows={2} data-autofocus error={errors.field('comment')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={action === 'decline' ? 'red' : action === 'withdraw' ? 'gray' : undefined} disabled={form.waiting}>
              {form.waiting ? t('field.savingQueued') : label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
