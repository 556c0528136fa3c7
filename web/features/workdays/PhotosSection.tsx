// Photos of a workday, before and after the work: take or pick a JPEG, PNG or WebP (the camera opens
// on a phone); it is read and resized on the phone and queued in the outbox, then uploaded with its
// progress shown (and retried while the link is bad). Each photo shows its display copy (the
// server's smaller WebP), the time and GPS (from its EXIF, or the phone's with its accuracy), and a
// link to the original.
import { Alert, Anchor, Badge, Button, Card, FileButton, Group, Image, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { formatDateTime } from '../../lib/format';
import { fieldDb } from '../field/db';
import { currentPosition, gpsChoice } from '../field/geo';
import { RefusalText } from '../field/DraftNotices';
import { enqueue, onAccepted } from '../field/outbox';
import { preparePhoto, warmPhotoTools } from '../field/photo';
import { useUploadProgress } from '../field/progress';
import { useQueuedPhotos } from '../field/use-outbox';
import type { Photo, Workday } from './api';

const ACCEPT = 'image/jpeg,image/png,image/webp';
const coord = (v: number) => formatQuantity(v, 5);

function PhotoCard({ p }: { p: Photo }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xs" data-testid="workday-photo">
      <Card.Section>
        <Image src={p.displayUrl ?? p.url} alt={t(`workdays.photoAlt.${p.phase}`)} h={180} fit="cover" />
      </Card.Section>
      <Stack gap={2} mt={6}>
        <Group gap={6}>
          <Badge size="sm" color={p.phase === 'before' ? 'gray' : 'teal'}>{t(`workdays.phase.${p.phase}`)}</Badge>
          {p.width && p.height && <Text size="xs" c="dimmed">{p.width} × {p.height} px</Text>}
        </Group>
        <Text size="xs">{p.takenAt ? t('workdays.takenAt', { at: formatDateTime(p.takenAt) }) : t('workdays.noExifTime')}</Text>
        <Text size="xs">
          {p.gps ? t('workdays.gps', { lat: coord(p.gps.latitude), lon: coord(p.gps.longitude) }) : t('workdays.noGps')}
          {p.gps?.accuracyM != null ? ` (± ${Math.round(p.gps.accuracyM)} m)` : ''}
        </Text>
        <Group gap="sm">
          {p.displayUrl && <Anchor size="xs" href={p.displayUrl} target="_blank">{t('workdays.displayCopy')}</Anchor>}
          <Anchor size="xs" href={p.url} target="_blank">{t('workdays.original')}</Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/** Photos of this record still on the phone: waiting, uploading (with progress) or refused. */
function QueuedPhotos({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const items = useQueuedPhotos({ path });
  const progress = useUploadProgress();
  if (!items.length) return null;
  return (
    <Stack gap={4}>
      {items.map((i) => (
        <Paper key={i.id} withBorder p={6} data-testid="queued-photo">
          <Text size="xs" fw={600}>{i18n.language === 'en' ? i.label.en : i.label.vi}</Text>
          {i.state === 'refused' ? <RefusalText item={i} /> : progress.has(i.id)
            ? <Progress value={progress.get(i.id)! * 100} size="sm" mt={4} aria-label={t('field.uploading', { percent: Math.round(progress.get(i.id)! * 100) })} />
            : <Text size="xs" c="dimmed">{t('field.stateWaiting')}</Text>}
        </Paper>
      ))}
    </Stack>
  );
}

export function PhotosSection({ w }: { w: Workday }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [busy, setBusy] = useState<'before' | 'after' | null>(null);
  const [failed, setFailed] = useState(false);
  const path = `/workdays/${w.id}/photos`;
  useEffect(warmPhotoTools, []);
  useEffect(() => onAccepted((item, answer) => {
    if (item.kind === 'workday.photo' && item.path === path) {
      client.setQueryData(['workdays', w.id], answer);
      void client.invalidateQueries({ queryKey: ['workdays', 'list'] });
    }
  }), [client, path, w.id]);
  const pick = (phase: 'before' | 'after') => async (file: File | null) => {
    if (!file) return;
    setFailed(false);
    setBusy(phase);
    try {
      const phone = gpsChoice() === 'on' ? await currentPosition(10_000) : null;
      const ready = await preparePhoto(file, phone);
      const photoId = await fieldDb.photos.add({ ...ready, phase, draftKey: null, createdAt: Date.now() });
      const label = (lang: 'vi' | 'en') => i18n.getFixedT(lang)('field.labels.photo', { phase: i18n.getFixedT(lang)(`field.labels.phase.${phase}`), name: ready.name });
      await enqueue([{ kind: 'workday.photo', method: 'POST', path, body: null, version: null, photoId, label: { vi: label('vi'), en: label('en') }, href: `/workdays/${w.id}` }]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  const may = w.actions.includes('addPhoto');
  return (
    <Stack gap="xs">
      {failed && <Alert color="red" role="alert">{t('field.photoFailed')}</Alert>}
      {may && (
        <Group gap="xs" grow>
          {(['before', 'after'] as const).map((phase) => (
            <FileButton key={phase} onChange={(f) => void pick(phase)(f)} accept={ACCEPT}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconCamera size={16} />} loading={busy === phase} disabled={busy !== null}>
                  {t(`workdays.addPhoto.${phase}`)}
                </Button>
              )}
            </FileButton>
          ))}
        </Group>
      )}
      {may && <Text size="xs" c="dimmed">{t('workdays.photoHint')}</Text>}
      <QueuedPhotos path={path} />
      {w.photos.length ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          {[...w.photos].sort((a, b) => a.phase.localeCompare(b.phase) * -1 || a.id - b.id).map((p) => <PhotoCard key={p.id} p={p} />)}
        </SimpleGrid>
      ) : <Text size="sm" c="dimmed">{t('workdays.noPhotos')}</Text>}
    </Stack>
  );
}
