// Import agencies and groups from the office's .xlsx list: choose the campaign and file, preview
// what would be created / updated / left unchanged and every bad row, then import — all rows or none.
import { Alert, Button, Group, Paper, Stack, Text, FileInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconEye, IconFileSpreadsheet, IconInfoCircle, IconUpload } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useFormErrors } from '../../lib/errors';
import { typedApi } from '../../lib/typed-api';
import type { ImportOutcome } from '../../lib/types';
import { PageHeader } from '../../ui/PageHeader';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { ImportRows } from './ImportRows';
import { ImportErrors, ImportSummary, ImportTables } from './ImportTables';

const FIELDS = ['file', 'campaignId'] as const;

function formOf(file: File, campaignId: number | null): FormData {
  const form = new FormData();
  form.set('file', file);
  if (campaignId !== null) form.set('campaignId', String(campaignId));
  return form;
}

export function ImportAgenciesPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportOutcome | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const errors = useFormErrors(FIELDS);
  const onCampaign = useCallback((id: number | null) => { setCampaignId(id); setPreview(null); }, []);

  const previewRun = useMutation({
    mutationFn: () => typedApi.upload('/agencies/import/preview', formOf(file!, campaignId)),
    onSuccess: (out) => { setPreview(out); setDone(null); },
    onError: errors.setError,
  });
  const importRun = useMutation({
    mutationFn: () => typedApi.upload('/agencies/import', formOf(file!, campaignId)),
    onSuccess: (out) => {
      setDone(out);
      setPreview(null);
      for (const key of ['agencies', 'groups', 'campaigns']) void client.invalidateQueries({ queryKey: [key] });
      notifications.show({ color: 'teal', message: t('import.doneMessage', { agencies: out.agencies.length, groups: out.groups.length }) });
    },
    onError: (e) => {
      errors.setError(e);
      // The file changed since its preview, or the data did: preview again, each problem on its row.
      if (e instanceof ApiError && e.code === 'IMPORT_INVALID') previewRun.mutate();
    },
  });

  const canImport = !!preview && preview.errors.length === 0 && preview.agencies.length > 0 && !importRun.isPending;

  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} mb="md" data-testid="all-or-none">
        {t('import.allOrNone')}
      </Alert>
      <Paper withBorder p="md" mb="md">
        <Stack>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <CampaignSelect value={campaignId} onChange={onCampaign} error={errors.field('campaignId')} />
            <FileInput label={t('import.file')} placeholder={t('import.filePlaceholder')} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              leftSection={<IconFileSpreadsheet size={16} />} value={file} clearable
              onChange={(f) => { setFile(f); setPreview(null); setDone(null); errors.clear(); }}
              error={errors.field('file')} style={{ flex: '1 1 260px', maxWidth: 480 }} />
          </Group>
          {errors.general && <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert">{errors.general}</Alert>}
          <Group gap="sm">
            <Button leftSection={<IconEye size={16} />} variant="light" disabled={!file} loading={previewRun.isPending}
              onClick={() => { errors.clear(); previewRun.mutate(); }}>{t('import.preview')}</Button>
            <Button leftSection={<IconUpload size={16} />} disabled={!canImport} loading={importRun.isPending}
              onClick={() => { errors.clear(); importRun.mutate(); }}>{t('import.run')}</Button>
          </Group>
          {preview && preview.errors.length > 0 && <Text size="sm" c="red.8">{t('import.fixFirst')}</Text>}
        </Stack>
      </Paper>
      {preview && (
        <Paper withBorder p="md">
          <Stack>
            <Text fw={600}>{t('import.previewTitle')}</Text>
            <ImportSummary outcome={preview} />
            {/* Problems of the whole file (no header, no campaign); each row's own are in its row. */}
            <ImportErrors errors={preview.errors.filter((e) => !preview.rows.some((r) => r.row === e.row))} />
            <ImportRows rows={preview.rows} />
            <ImportTables outcome={preview} groupsOnly />
          </Stack>
        </Paper>
      )}
      {done && (
        <Paper withBorder p="md">
          <Stack>
            <Alert color="teal" title={t('import.doneTitle')}>{t('import.doneMessage', { agencies: done.agencies.length, groups: done.groups.length })}</Alert>
            <ImportTables outcome={done} />
          </Stack>
        </Paper>
      )}
    </>
  );
}
