// Media (issue 8): the media centre's news and reportages, newest first, each with the directive
// task it completed; "record a media item" for those allowed (media.write); what was sent to the
// provincial station and whether it aired (issue 18); the photo library.
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconBroadcast, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MEDIA_CHANNEL_LABELS, MEDIA_CHANNELS, MEDIA_TYPE_LABELS, MEDIA_TYPES, type MediaChannel, type MediaType } from '../../../domain/media';
import { useCan } from '../../app/auth';
import { typedApi, type Schema } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { DateField } from '../fund/DateField';
import { BroadcastList, SendBroadcastModal, useBroadcasts } from './Broadcasts';
import { PhotoLibrary } from './PhotoLibrary';

type MediaItem = Schema<'MediaItem'>;

const FIELDS = ['title', 'type', 'channel', 'publishedOn', 'url', 'note', 'taskInstanceId'] as const;

function RecordModal({ today, onClose }: { today: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const client = useQueryClient();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<MediaType>('news');
  const [channel, setChannel] = useState<MediaChannel>('district_portal');
  const [publishedOn, setPublishedOn] = useState(today);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors(FIELDS);
  const save = useMutation({
    mutationFn: () => typedApi.post('/media-items', { title: title.trim(), type, channel, publishedOn, url: url.trim(), workdayIds: [], roadIds: [], note: note.trim() || null }),
    onSuccess: (item) => {
      void client.invalidateQueries({ queryKey: ['media'] });
      void client.invalidateQueries({ queryKey: ['directives'] });
      notifications.show({ color: 'teal', message: item.task ? t('media.savedWithTask', { task: item.task.description }) : t('media.saved') });
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
    <Modal opened onClose={onClose} title={t('media.recordTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Text size="sm" c="dimmed">{t('media.taskHint')}</Text>
          <TextInput label={t('media.itemTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-autofocus error={errors.field('title')} />
          <Group grow align="flex-start" wrap="wrap">
            <Select label={t('media.type')} value={type} onChange={(v) => setType((v ?? 'news') as MediaType)} allowDeselect={false} miw={150}
              data={MEDIA_TYPES.map((m) => ({ value: m, label: MEDIA_TYPE_LABELS[m][lang] }))} error={errors.field('type')} />
            <Select label={t('media.channel')} value={channel} onChange={(v) => setChannel((v ?? 'district_portal') as MediaChannel)} allowDeselect={false} miw={150}
              data={MEDIA_CHANNELS.map((m) => ({ value: m, label: MEDIA_CHANNEL_LABELS[m][lang] }))} error={errors.field('channel')} />
            <DateField label={t('media.publishedOn')} value={publishedOn} onChange={setPublishedOn} error={errors.field('publishedOn')} miw={140} />
          </Group>
          <TextInput label={t('media.url')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} required error={errors.field('url')} />
          <Textarea label={t('media.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} error={errors.field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function MediaList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const items = useQuery({ queryKey: ['media', 'items'], queryFn: () => typedApi.get('/media-items') });
  const today = useBroadcasts().data?.today;
  const [sending, setSending] = useState<MediaItem | null>(null);
  return (
    <Paper withBorder>
      <QueryState query={items} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('media.empty')} />}>
        {(d) => (
          <DataTable label={t('media.items')} rows={d.items} rowKey={(m) => m.id} minWidth={720} columns={[
            { key: 'on', header: t('media.publishedOn'), width: 100, cell: (m) => formatDate(m.publishedOn) },
            { key: 'title', header: t('media.itemTitle'), cell: (m) => (
              <>
                <Anchor href={m.url} target="_blank" rel="noopener" size="sm" fw={500}>{m.title}</Anchor>
                <Group gap={4} mt={2}><Badge size="xs" variant="light">{MEDIA_TYPE_LABELS[m.type][lang]}</Badge>{m.agency && <Text size="xs" c="dimmed">{m.agency.name}</Text>}</Group>
                {m.actions.includes('edit') && today && (
                  <Button size="compact-xs" variant="subtle" mt={2} leftSection={<IconBroadcast size={14} />} onClick={() => setSending(m)}
                    aria-label={t('media.broadcast.sendFor', { title: m.title })}>{t('media.broadcast.send')}</Button>
                )}
              </>
            ) },
            { key: 'channel', header: t('media.channel'), cell: (m) => <Text size="sm">{MEDIA_CHANNEL_LABELS[m.channel][lang]}</Text> },
            { key: 'task', header: t('media.task'), cell: (m) => (m.task ? (
              <>
                <Anchor component={Link} to={`/directives/${m.task.directiveId}`} size="xs">{m.task.description}</Anchor>
                <Text size="xs" c={m.task.onTime === false ? 'yellow.8' : 'teal.8'}>{t(m.task.onTime === false ? 'media.late' : 'media.onTime', { date: formatDate(m.task.dueOn) })}</Text>
              </>
            ) : <Text size="xs" c="dimmed">—</Text>) },
          ]} />
        )}
      </QueryState>
      {sending && today && <SendBroadcastModal item={sending} today={today} onClose={() => setSending(null)} />}
    </Paper>
  );
}

export function MediaPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const today = useBroadcasts().data?.today;
  return (
    <>
      <PageHeader title={t('media.title')} description={t('media.description')}
        actions={can('media.write') && <Button disabled={!today} leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('media.record')}</Button>} />
      <Tabs defaultValue="items" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="items">{t('media.items')}</Tabs.Tab>
          <Tabs.Tab value="broadcasts">{t('media.broadcast.tab')}</Tabs.Tab>
          <Tabs.Tab value="photos">{t('media.photos')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="items"><MediaList /></Tabs.Panel>
        <Tabs.Panel value="broadcasts"><BroadcastList /></Tabs.Panel>
        <Tabs.Panel value="photos"><PhotoLibrary /></Tabs.Panel>
      </Tabs>
      {adding && today && <RecordModal today={today} onClose={() => setAdding(false)} />}
    </>
  );
}
