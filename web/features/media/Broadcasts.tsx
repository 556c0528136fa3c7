// Broadcast on the provincial station (conclusion §4, issue 18): what the media centre sent to a
// station, when, and whether it aired (day, link) or not (the explanation). A reportage's outcome
// completes the monthly reportage task. Cards rather than a table, so a phone reads them whole.
import { Alert, Anchor, Badge, Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BROADCAST_STATUS_LABELS, MEDIA_TYPE_LABELS, PROVINCIAL_STATION, type BroadcastStatus } from '../../../domain/media';
import { typedApi, type Schema } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { DateField } from '../fund/DateField';

type Broadcast = Schema<'Broadcast'>;

/** The broadcasts and the business date (the forms' default day). */
export function useBroadcasts() {
  return useQuery({ queryKey: ['media', 'broadcasts'], queryFn: () => typedApi.get('/media-broadcasts') });
}

const STATUS_COLOR: Record<BroadcastStatus, string> = { sent: 'yellow', aired: 'teal', not_aired: 'gray' };
const SEND_FIELDS = ['station', 'sentOn', 'note'] as const;
const OUTCOME_FIELDS = ['outcome', 'airedOn', 'url', 'explanation'] as const;

function useSaved() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['media'] });
    void client.invalidateQueries({ queryKey: ['directives'] });
  };
}

export function SendBroadcastModal({ item, today, onClose }: { item: { id: number; title: string }; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const saved = useSaved();
  const [station, setStation] = useState(PROVINCIAL_STATION);
  const [sentOn, setSentOn] = useState(today);
  const [note, setNote] = useState('');
  const errors = useFormErrors(SEND_FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.post('/media-items/{id}/broadcasts', { station: station.trim(), sentOn, note: note.trim() || null }, { path: { id: item.id } }),
    onSuccess: () => {
      saved();
      notifications.show({ color: 'teal', message: t('media.broadcast.sentSaved') });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('media.broadcast.sendTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Text size="sm" fw={500}>{item.title}</Text>
          <TextInput label={t('media.broadcast.station')} value={station} onChange={(e) => setStation(e.currentTarget.value)} required data-autofocus error={errors.field('station')} />
          <DateField label={t('media.broadcast.sentOn')} value={sentOn} onChange={setSentOn} error={errors.field('sentOn')} />
          <Textarea label={t('media.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('media.broadcast.send')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function OutcomeModal({ broadcast, today, onClose }: { broadcast: Broadcast; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const saved = useSaved();
  const [outcome, setOutcome] = useState<'aired' | 'not_aired'>('aired');
  const [airedOn, setAiredOn] = useState(today);
  const [url, setUrl] = useState('');
  const [explanation, setExplanation] = useState('');
  const errors = useFormErrors(OUTCOME_FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.post('/media-broadcasts/{id}/outcome',
      outcome === 'aired' ? { outcome, airedOn, url: url.trim() || null } : { outcome, explanation: explanation.trim() }, { path: { id: broadcast.id }, version: broadcast.version }),
    onSuccess: (b) => {
      saved();
      notifications.show({ color: 'teal', message: b.task ? t('media.broadcast.outcomeSavedWithTask', { task: b.task.description }) : t('media.broadcast.outcomeSaved') });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('media.broadcast.outcomeTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Text size="sm"><Text span fw={500}>{broadcast.item.title}</Text> — {broadcast.station}, {t('media.broadcast.sentOnShort', { date: formatDate(broadcast.sentOn) })}</Text>
          {broadcast.item.type === 'reportage' && <Text size="sm" c="dimmed">{t('media.broadcast.taskHint')}</Text>}
          <SegmentedControl value={outcome} onChange={(v) => setOutcome(v as 'aired' | 'not_aired')} fullWidth aria-label={t('media.broadcast.outcome')}
            data={[{ value: 'aired', label: t('media.broadcast.aired') }, { value: 'not_aired', label: t('media.broadcast.notAired') }]} />
          {outcome === 'aired' ? (
            <>
              <DateField label={t('media.broadcast.airedOn')} value={airedOn} onChange={setAiredOn} error={errors.field('airedOn')} />
              <TextInput label={t('media.broadcast.airedUrl')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.field('url')} />
            </>
          ) : (
            <Textarea label={t('media.broadcast.explanation')} value={explanation} onChange={(e) => setExplanation(e.currentTarget.value)} required autosize minRows={2}
              error={errors.field('explanation')} />
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

function BroadcastCard({ b, onOutcome }: { b: Broadcast; onOutcome: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Card withBorder padding="sm" data-testid={`broadcast-${b.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor href={b.item.url} target="_blank" rel="noopener" size="sm" fw={500}>{b.item.title}</Anchor>
          <Badge color={STATUS_COLOR[b.status]} variant="light" style={{ flexShrink: 0 }}>{BROADCAST_STATUS_LABELS[b.status][lang]}</Badge>
        </Group>
        <Group gap={6}><Badge size="xs" variant="outline">{MEDIA_TYPE_LABELS[b.item.type][lang]}</Badge><Text size="xs" c="dimmed">{b.station}</Text></Group>
        <Text size="sm">{t('media.broadcast.sentOnShort', { date: formatDate(b.sentOn) })}</Text>
        {b.status === 'aired' && b.airedOn && (
          <Text size="sm">
            {t('media.broadcast.airedOnShort', { date: formatDate(b.airedOn) })}
            {b.airedUrl && <> · <Anchor href={b.airedUrl} target="_blank" rel="noopener" size="sm">{t('media.broadcast.watch')}</Anchor></>}
          </Text>
        )}
        {b.status === 'not_aired' && <Text size="sm">{t('media.broadcast.explanationShort', { text: b.explanation })}</Text>}
        {b.task && (
          <Text size="xs">
            {t('media.broadcast.taskDone')}{' '}
            <Anchor component={Link} to={`/directives/${b.task.directiveId}`} size="xs">{b.task.description}</Anchor>
            {' · '}<Text span size="xs" c={b.task.onTime === false ? 'yellow.9' : 'teal.9'}>{t(b.task.onTime === false ? 'media.late' : 'media.onTime', { date: formatDate(b.task.dueOn) })}</Text>
          </Text>
        )}
        {b.actions.includes('outcome') && (
          <Group justify="flex-end"><Button size="xs" variant="light" onClick={onOutcome}>{t('media.broadcast.recordOutcome')}</Button></Group>
        )}
      </Stack>
    </Card>
  );
}

export function BroadcastList() {
  const { t } = useTranslation();
  const list = useBroadcasts();
  const [recording, setRecording] = useState<Broadcast | null>(null);
  return (
    <QueryState query={list} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('media.broadcast.empty')} />}>
      {(d) => (
        <>
          <Text size="sm" c="dimmed" mb="sm">{t('media.broadcast.hint')}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" role="list" aria-label={t('media.broadcast.tab')}>
            {d.items.map((b) => <div role="listitem" key={b.id}><BroadcastCard b={b} onOutcome={() => setRecording(b)} /></div>)}
          </SimpleGrid>
          {recording && <OutcomeModal broadcast={recording} today={d.today} onClose={() => setRecording(null)} />}
        </>
      )}
    </QueryState>
  );
}
