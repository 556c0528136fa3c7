// Photos taken or chosen in a form before it is saved: each is read (EXIF time and GPS) and resized
// on the phone at once, kept in IndexedDB with the draft, and shown with its size before and after.
// Once the record is queued they travel with it (outbox photo items) and upload after it.
import { Alert, Badge, Button, Card, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCamera, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { fieldDb, type StoredPhoto } from './db';
import type { PhonePosition } from './geo';
import { preparePhoto, warmPhotoTools } from './photo';

const ACCEPT = 'image/jpeg,image/png,image/webp';
const kb = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1000)} kB`);

function Thumb({ p, onRemove }: { p: StoredPhoto; onRemove?: () => void }) {
  const { t } = useTranslation();
  const src = useMemo(() => URL.createObjectURL(p.blob), [p.blob]);
  useEffect(() => () => URL.revokeObjectURL(src), [src]);
  return (
    <Card withBorder padding={6} data-testid="draft-photo">
      <Card.Section><Image src={src} alt={t(`workdays.photoAlt.${p.phase}`)} h={120} fit="cover" /></Card.Section>
      <Group gap={4} mt={4} justify="space-between" wrap="nowrap">
        <Badge size="xs" color={p.phase === 'before' ? 'gray' : 'teal'}>{t(`workdays.phase.${p.phase}`)}</Badge>
        <Text size="xs" c="dimmed" data-testid="draft-photo-size">{t('field.photoSize', { from: kb(p.originalBytes), to: kb(p.blob.size) })}</Text>
      </Group>
      <Text size="xs">{p.takenAt ? formatDateTime(p.takenAt) : t('field.noExifTime')}</Text>
      {onRemove && <Button size="compact-xs" variant="subtle" color="red" leftSection={<IconTrash size={12} />} onClick={onRemove}>{t('field.photoRemove')}</Button>}
    </Card>
  );
}

/** The photos of a draft (editable) or of a queued record (`photoIds`, read-only). */
export function DraftPhotos({ draftKey, position, readOnlyIds }: { draftKey: string; position: PhonePosition | null; readOnlyIds?: number[] }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'before' | 'after' | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(warmPhotoTools, []);
  const photos = useLiveQuery(
    () => (readOnlyIds ? fieldDb.photos.bulkGet(readOnlyIds).then((ps) => ps.filter((p): p is StoredPhoto => !!p)) : fieldDb.photos.where('draftKey').equals(draftKey).sortBy('id')),
    [draftKey, readOnlyIds?.join(',')], [] as StoredPhoto[]);
  const pick = (phase: 'before' | 'after') => async (file: File | null) => {
    if (!file) return;
    setFailed(false);
    setBusy(phase);
    try {
      const ready = await preparePhoto(file, position);
      await fieldDb.photos.add({ ...ready, phase, draftKey, createdAt: Date.now() });
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs">
      {!readOnlyIds && (
        <Group gap="xs" grow>
          {(['before', 'after'] as const).map((phase) => (
            <FileButton key={phase} onChange={(f) => void pick(phase)(f)} accept={ACCEPT}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconCamera size={16} />} loading={busy === phase} disabled={busy !== null}
                  data-testid={`add-photo-${phase}`}>
                  {t(`workdays.addPhoto.${phase}`)}
                </Button>
              )}
            </FileButton>
          ))}
        </Group>
      )}
      {busy && <Text size="xs" c="dimmed">{t('field.photoPreparing')}</Text>}
      {failed && <Alert color="red" p={6}>{t('field.photoFailed')}</Alert>}
      {!readOnlyIds && <Text size="xs" c="dimmed">{t('field.photoKeptHint')}</Text>}
      {photos.length > 0 && (
        <SimpleGrid cols={2} spacing="xs">
          {photos.map((p) => <Thumb key={p.id} p={p} onRemove={readOnlyIds ? undefined : () => void fieldDb.photos.delete(p.id!)} />)}
        </SimpleGrid>
      )}
    </Stack>
  );
}
