// Import roads and segments from .xlsx: a preview first (what would be created or changed, every bad
// row with its reason), then the import, which takes all rows or none.
import { Alert, Badge, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { fieldText, useFormErrors } from '../../lib/errors';

export function RoadImportModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const errors = useFormErrors(['file', 'communeId']);
  const send = (path: '/roads/import/preview' | '/roads/import') => {
    const form = new FormData();
    if (file) form.set('file', file);
    return typedApi.upload(path, form);
  };
  const preview = useMutation({ mutationFn: () => send('/roads/import/preview'), onError: errors.setError });
  const run = useMutation({
    mutationFn: () => send('/roads/import'),
    onSuccess: (o) => {
      void client.invalidateQueries({ queryKey: ['roads'] });
      void client.invalidateQueries({ queryKey: ['criterion2'] });
      notifications.show({ color: 'teal', message: t('roads.imported', { roads: o.roads.length, segments: o.segments.length }) });
      onClose();
    },
    onError: errors.setError,
  });
  const p = preview.data;

  return (
    <Modal opened onClose={onClose} title={t('roads.importTitle')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">{t('roads.importHint')}</Text>
        {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
        <FileInput label={t('roads.importFile')} value={file} accept=".xlsx" leftSection={<IconUpload size={16} />} error={errors.field('file')}
          onChange={(f) => { setFile(f); preview.reset(); errors.clear(); }} clearable />
        {p && (
          <>
            {p.errors.length > 0 ? (
              <Alert color="red" title={t('roads.importBad', { n: p.errors.length })}>
                <ScrollArea.Autosize mah={200}>
                  {p.errors.map((e, i) => <Text key={i} size="sm">{t('roads.importRow', { sheet: e.sheet, row: e.row })}: {fieldText(e, i18n.language)}</Text>)}
                </ScrollArea.Autosize>
              </Alert>
            ) : <Alert color="teal">{t('roads.importGood', { roads: p.roads.length, segments: p.segments.length })}</Alert>}
            {p.roads.length > 0 && (
              <ScrollArea.Autosize mah={240}>
                <Table verticalSpacing={4}>
                  <Table.Tbody>
                    {p.roads.map((r) => (
                      <Table.Tr key={`${r.sheet}-${r.row}`}>
                        <Table.Td>{r.row}</Table.Td><Table.Td>{r.name}</Table.Td><Table.Td>{r.commune}</Table.Td>
                        <Table.Td><Badge variant="light" color={r.action === 'create' ? 'teal' : 'blue'}>{t(`roads.importAction.${r.action}`)}</Badge></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="light" disabled={!file} loading={preview.isPending} onClick={() => { errors.clear(); preview.mutate(); }}>{t('roads.importPreview')}</Button>
          <Button disabled={!p || p.errors.length > 0 || p.roads.length + p.segments.length === 0} loading={run.isPending} onClick={() => run.mutate()}>{t('roads.importRun')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
