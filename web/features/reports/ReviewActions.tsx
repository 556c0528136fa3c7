// The office's moves on a submitted or approved report: return it with a comment (required),
// approve it (an optional comment; it is then locked), or unlock an approved one with the reason
// (required, logged in its history and the audit log). Shown only as the report's `actions` allow.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconLockOpen } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { moveReport, type Report } from './api';

type Move = 'return' | 'approve' | 'unlock';
const COLOUR: Record<Move, string> = { return: 'orange', approve: 'teal', unlock: 'grape' };
const ICON = { return: IconArrowBackUp, approve: IconCheck, unlock: IconLockOpen };

function MoveModal({ r, move, onClose }: { r: Report; move: Move; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const errors = useFormErrors(['comment']);
  const run = useMutation({
    mutationFn: () => moveReport(r, move, comment.trim() || null),
    onSuccess: (saved) => {
      client.setQueryData(['weekly-reports', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['weekly-reports'] });
      notifications.show({ color: COLOUR[move], message: t(`reports.done.${move}`) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    run.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t(`reports.moveTitle.${move}`)}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(`reports.moveHint.${move}`)}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Textarea label={t(move === 'approve' ? 'reports.commentOptional' : move === 'unlock' ? 'reports.unlockReason' : 'reports.comment')}
            required={move !== 'approve'} autosize minRows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.field('comment')} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={COLOUR[move]} loading={run.isPending}>{t(`reports.move.${move}`)}</Button>
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
