// The status moves a user may make on a segment (from the API's `nextStatuses`), asking for a reason
// where the workflow needs one (reject, move back) and the day for poured/accepted; and the history.
// A user who records acceptances (the inspector) accepts or rejects through the acceptance form with
// its measurements instead of the bare status move.
import { Button, Group, Modal, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { SEGMENT_TRANSITIONS } from '../../../domain/segment-status';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { QueryState } from '../../ui/QueryState';
import { AcceptanceModal } from './AcceptanceForm';
import type { Road, Segment, SegmentStatus } from './api';
import { STATUS_COLOURS, StatusBadge } from './shared';

function TransitionModal({ segment, to, onClose }: { segment: Segment; to: SegmentStatus; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const needsReason = SEGMENT_TRANSITIONS[segment.status].find((m) => m.to === to)?.reasonRequired ?? false;
  const needsDate = to === 'poured' || to === 'accepted';
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const errors = useFormErrors(['reason', 'date', 'to']);
  const move = useMutation({
    mutationFn: () => typedApi.post('/segments/{id}/transition', { to, reason: reason.trim() || null, date: date || undefined }, { path: { id: segment.id } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['roads'] });
      void client.invalidateQueries({ queryKey: ['segments', segment.id] });
      void client.invalidateQueries({ queryKey: ['criterion2'] });
      notifications.show({ color: 'teal', message: t('roads.moved', { chainage: segment.chainage, status: t(`roads.status.${to}`) }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    move.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('roads.moveTitle', { chainage: segment.chainage })}>
      <form onSubmit={submit}>
        <Stack>
          <Group gap="xs"><StatusBadge status={segment.status} /><Text>→</Text><StatusBadge status={to} /></Group>
          {errors.general && <Text c="red" size="sm" role="alert">{errors.general}</Text>}
          {needsDate && <TextInput type="date" label={t('roads.moveDate')} description={t('roads.moveDateHint')} value={date} onChange={(e) => setDate(e.currentTarget.value)} error={errors.field('date')} />}
          {(needsReason || to === 'rejected') && (
            <Textarea label={t('roads.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} data-autofocus error={errors.field('reason')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={STATUS_COLOURS[to].mantine} loading={move.isPending}>{t('roads.moveConfirm')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SegmentActions({ road, segment }: { road: Road; segment: Segment }) {
  const { t } = useTranslation();
  const can = useCan();
  const [to, setTo] = useState<SegmentStatus | null>(null);
  const [accepting, setAccepting] = useState(false);
  const withForm = can('acceptance.record') && segment.nextStatuses.includes('accepted');
  const moves = withForm ? segment.nextStatuses.filter((s) => s !== 'accepted' && s !== 'rejected') : segment.nextStatuses;
  return (
    <>
      {withForm && (
        <Button size="compact-xs" variant="light" color="teal" onClick={() => setAccepting(true)}>{t('roads.acceptance.open')}</Button>
      )}
      {accepting && <AcceptanceModal road={road} segment={segment} onClose={() => setAccepting(false)} />}
      {moves.map((s) => (
        <Button key={s} size="compact-xs" variant="light" color={STATUS_COLOURS[s].mantine} onClick={() => setTo(s)}>
          {t(`roads.moveTo.${s}`)}
        </Button>
      ))}
      {to && <TransitionModal segment={segment} to={to} onClose={() => setTo(null)} />}
    </>
  );
}

export function SegmentHistory({ id }: { id: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['segments', id], queryFn: () => typedApi.get('/segments/{id}', { path: { id } }) });
  return (
    <QueryState query={q}>
      {(s) => (
        <Timeline bulletSize={12} lineWidth={2} active={(s.history?.length ?? 0) - 1}>
          {(s.history ?? []).map((h, i) => (
            <Timeline.Item key={i} color={STATUS_COLOURS[h.to as SegmentStatus]?.mantine} title={
              <Group gap={6}>{h.from && <><StatusBadge status={h.from as SegmentStatus} /><Text size="sm">→</Text></>}<StatusBadge status={h.to as SegmentStatus} /></Group>}>
              <Text size="xs" c="dimmed">{formatDateTime(h.at)}{h.user && ` · ${h.user.name}`}{h.date && ` · ${t('roads.onDay', { d: h.date.split('-').reverse().join('/') })}`}</Text>
              {h.reason && <Text size="sm">{h.reason}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </QueryState>
  );
}
