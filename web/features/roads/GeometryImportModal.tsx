// Set a road's line from a GeoJSON, GPX or KML file (the server picks the line named like the road,
// or the only one); the measured length then shows beside the entered one.
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import type { Road } from './api';
import { formatDecimal } from './shared';

export function GeometryImportModal({ road, onClose }: { road: Road; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const errors = useFormErrors(['file', 'feature']);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      if (file) form.set('file', file);
      return typedApi.upload('/roads/{id}/geometry/import', form, { path: { id: road.id } });
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['roads'] }),
    onError: errors.setError,
  });
  const saved = upload.data;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    upload.mutate();
  }

  return (
    <Modal opened onClose={onClose} title={t('roads.geometryImportNamed', { name: road.name })}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm" c="dimmed">{t('roads.geometryHint')}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <FileInput label={t('roads.geometryFile')} value={file} onChange={setFile} accept=".geojson,.json,.gpx,.kml" required
            leftSection={<IconUpload size={16} />} error={errors.field('file') ?? errors.field('feature')} clearable />
          {saved?.lengthCheck && (
            <Alert color={saved.lengthCheck.flagged ? 'orange' : 'teal'} role="status">
              {t('roads.geometrySaved', { entered: formatDecimal(saved.lengthM), measured: formatDecimal(saved.lengthCheck.measuredM, 0) })}
              {saved.lengthCheck.flagged && ` ${t('roads.lengthFlagged', { p: saved.lengthCheck.thresholdPercent })}`}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{saved ? t('roads.close') : t('common.cancel')}</Button>
            {!saved && <Button type="submit" loading={upload.isPending} disabled={!file}>{t('roads.geometryUpload')}</Button>}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
