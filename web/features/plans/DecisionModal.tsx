// The answers to a registration: the commune confirms (comment optional), amends people and m³
// with a comment, or declines with a comment; the group lead withdraws. If-Match on each: a
// registration changed meanwhile shows "reload".
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { registrationWrites, useRefreshPlans, type Registration } from './api';
import { FormError } from './shared';

export type Decision = 'withdraw' | 'confirm' | 'amend' | 'decline';

export function DecisionModal({ r, action, onClose, onReload }: { r: Registration; action: Decision; onClose: () => void; onReload: () => Promise<unknown> | void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  const [comment, setComment] = useState('');
  const [headcount, setHeadcount] = useState<number | string>(r.headcount);
  const [volume, setVolume] = useState<number | string>(r.targetVolumeM3);
  const errors = useFormErrors(['comment', 'headcount', 'targetVolumeM3', 'perAgency']);
  const m = useMutation({
    mutationFn: () => {
      const c = comment.trim() || null;
      if (action === 'withdraw') return registrationWrites.withdraw(r);
      if (action === 'confirm') return registrationWrites.confirm(r, c);
      if (action === 'decline') return registrationWrites.decline(r, c);
      return registrationWrites.amend(r, {
        comment: comment.trim(),
        headcount: headcount === '' || Number(headcount) === r.headcount ? undefined : Number(headcount),
        targetVolumeM3: volume === '' || Number(volume) === r.targetVolumeM3 ? undefined : Number(volume),
      });
    },
    onSuccess: () => {
      refresh();
      notifications.show({ color: 'teal', message: t(`registrations.done.${action}`, { group: r.group.name, day: formatDate(r.day) }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    m.mutate();
  }
  const label = t(`registrations.actions.${action}`);
  const commentRequired = action === 'amend' || action === 'decline';
  return (
    <Modal opened onClose={onClose} title={t('registrations.decideTitle', { action: label, group: r.group.name })}>
      <form onSubmit={submit}>
        <Stack>
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
            <Button type="submit" color={action === 'decline' ? 'red' : action === 'withdraw' ? 'gray' : undefined} loading={m.isPending}>{label}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
