// Photos of a workday, before and after the work: take or pick a JPEG, PNG or WebP (the camera opens
// on a phone), sent at once; each photo shows its display copy (the server's smaller WebP), the time
// and GPS read from its EXIF data, and a link to the original.
import { Alert, Anchor, Badge, Button, Card, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCamera } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { useFormErrors } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { uploadPhoto, type Photo, type Workday } from './api';

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
        <Text size="xs">{p.gps ? t('workdays.gps', { lat: coord(p.gps.latitude), lon: coord(p.gps.longitude) }) : t('workdays.noGps')}</Text>
        <Group gap="sm">
          {p.displayUrl && <Anchor size="xs" href={p.displayUrl} target="_blank">{t('workdays.displayCopy')}</Anchor>}
          <Anchor size="xs" href={p.url} target="_blank">{t('workdays.original')}</Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

export function PhotosSection({ w }: { w: Workday }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errors = useFormErrors(['file', 'phase']);
  const upload = useMutation({
    mutationFn: ({ file, phase }: { file: File; phase: 'before' | 'after' }) => uploadPhoto(w, file, phase),
    onSuccess: (saved) => {
      client.setQueryData(['workdays', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['workdays', 'list'] });
      notifications.show({ color: 'teal', message: t('workdays.photoAdded') });
    },
    onError: errors.setError,
  });
  const pick = (phase: 'before' | 'after') => (file: File | null) => {
    errors.clear();
    if (file) upload.mutate({ file, phase });
  };
  const may = w.actions.includes('addPhoto');
  return (
    <Stack gap="xs">
      {(errors.general || errors.field('file')) && <Alert color="red" role="alert">{[errors.general, errors.field('file')].filter(Boolean).join(' — ')}</Alert>}
      {may && (
        <Group gap="xs" grow>
          {(['before', 'after'] as const).map((phase) => (
            <FileButton key={phase} onChange={pick(phase)} accept={ACCEPT}>
              {(props) => (
                <Button {...props} variant="light" leftSection={<IconCamera size={16} />} loading={upload.isPending && upload.variables?.phase === phase}>
                  {t(`workdays.addPhoto.${phase}`)}
                </Button>
              )}
            </FileButton>
          ))}
        </Group>
      )}
      {may && <Text size="xs" c="dimmed">{t('workdays.photoHint')}</Text>}
      {w.photos.length ? (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs">
          {[...w.photos].sort((a, b) => a.phase.localeCompare(b.phase) * -1 || a.id - b.id).map((p) => <PhotoCard key={p.id} p={p} />)}
        </SimpleGrid>
      ) : <Text size="sm" c="dimmed">{t('workdays.noPhotos')}</Text>}
    </Stack>
  );
}
