// The office's moves on a submitted or approved report: return it with a comment (required),
// approve it (an optional comment; it is then locked), or unlock an approved one with the reason
// (required, logged in its history and the audit log). Shown only as the report's `actions` allow.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconLockOpen } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { QueuedNotice, RestoredDraftNotice } from '../field/DraftNotices';
import { bilingual, useQueuedForm, useRestoredDraft, type RestoredDraft } from '../field/queued-form';
import type { Report } from './api';

type Move = 'return' | 'approve' | 'unlock';
const COLOUR: Record<Move, string> = { return: 'orange', approve: 'teal', unlock: 'grape' };
const ICON = { return: IconArrowBackUp, approve: IconCheck, unlock: IconLockOpen };

/**
 * The office's move goes through the outbox like the field forms: its comment is a draft on the
 * phone while typed, and the move waits with no signal and leaves once (its Idempotency-Key is
 * kept for every retry), so a reviewer on a weak link never returns or approves a report twice.
 */
function MoveModal({ r, move, onClose }: { r: Report; move: Move; onClose: () => void }) {
  const me = useMe();
  const key = `report:${r.id}:${move}:${me.user.id}`;
  const { draft, generation, discardDraft } = useRestoredDraft<{ comment: string }>(key);
  if (draft === undefined) return null;
  return <MoveForm key={generation} r={r} move={move} draftKey={key} draft={draft} onDiscardDraft={discardDraft} onClose={onClose} />;
}

function MoveForm({ r, move, draftKey, draft, onDiscardDraft, onClose }: {
  r: Report; move: Move; draftKey: string; draft: RestoredDraft<{ comment: string }> | null;
  onDiscardDraft: (confirmText: string) => Promise<void>; onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const [comment, setComment] = useState(draft?.value.comment ?? '');
  const errors = useFormErrors(['comment']);
  const form = useQueuedForm({
    draftKey, userId: me.user.id, value: { comment },
    onRefused: errors.setError,
    onAccepted: (_item, answer) => {
      const saved = answer as Report;
      client.setQueryData(['weekly-reports', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      notifications.show({ color: COLOUR[move], message: t(`reports.done.${move}`) });
      onClose();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const label = bilingual((l) => i18n.getFixedT(l)('field.labels.reportReview', {
      move: i18n.getFixedT(l)(`reports.move.${move}`), week: l === 'en' ? r.week.en : r.week.vi, commune: r.commune.name }));
    void form.save([{ kind: 'report.review', method: 'POST', path: `/weekly-reports/${r.id}/${move}`, body: { comment: comment.trim() || null }, version: null,
      label, href: `/weekly-reports/${r.id}` }]);
  }
  return (
    <Modal opened onClose={onClose} title={t(`reports.moveTitle.${move}`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {draft && <RestoredDraftNotice at={draft.updatedAt} onDiscard={() => void onDiscardDraft(t('field.discardDraftConfirm'))} />}
          {form.item && <QueuedNotice item={form.item} onDiscard={() => void form.discardQueued()} refusedHint={t('field.refusedHintSave')} />}
          <Text size="sm">{t(`reports.moveHint.${move}`)}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Textarea label={t(move === 'approve' ? 'reports.commentOptional' : move === 'unlock' ? 'reports.unlockReason' : 'reports.comment')}
            required={move !== 'approve'} autosize minRows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.field('comment')} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={COLOUR[move]} disabled={form.waiting}>{form.waiting ? t('field.savingQueued') : t(`reports.move.${move}`)}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ReviewActions({ r }: { r: Report }) {
  const { t } = useTranslation();
  const [move, setMove] = useState<Move | null>(null);
  const moves = (['return', 'approve', 'unlock'] as const).filter((m) => r.actions.includes(m));
  if (!moves.length) return null;
  return (
    <>
      <Group gap="xs" grow>
        {moves.map((m) => {
          const Icon = ICON[m];
          return (
            <Button key={m} color={COLOUR[m]} variant={m === 'approve' ? 'filled' : 'light'} leftSection={<Icon size={16} />} onClick={() => setMove(m)}>
              {t(`reports.move.${m}`)}
            </Button>
          );
        })}
      </Group>
      {move && <MoveModal r={r} move={move} onClose={() => setMove(null)} />}
    </>
  );
}
