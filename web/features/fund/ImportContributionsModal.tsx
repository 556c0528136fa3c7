// Import a contribution list from .xlsx: preview first (rows found, every bad row), then import all
// rows or none. The server refuses the whole file when any row is bad.
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi, type Schema } from '../../lib/typed-api';
import { errorText, fieldText, useFormErrors } from '../../lib/errors';
import { formatInteger, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { useRefreshFund } from './api';

type Outcome = Schema<'ContributionImportOutcome'>;

export function ImportContributionsModal({ fundId, onClose }: { fundId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefreshFund();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Outcome | null>(null);
  const errors = useFormErrors(['file']);
  const send = (preview: boolean) => {
    const form = new FormData();
    form.set('file', file!);
    return preview
      ? typedApi.upload('/funds/{id}/contributions/import/preview', form, { path: { id: fundId } })
      : typedApi.upload('/funds/{id}/contributions/import', form, { path: { id: fundId } });
  };
  const check = useMutation({ mutationFn: () => send(true), onSuccess: setPreview, onError: errors.setError });
  const run = useMutation({
    mutationFn: () => send(false),
    onSuccess: (out) => {
      if (out.errors.length) { setPreview(out); return; }
      void refresh();
      notifications.show({ color: 'teal', message: t('fund.import.done', { n: formatInteger(out.rows.length), total: formatVnd(out.total) }) });
      onClose();
    },
    onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
  });
  const ok = preview && preview.errors.length === 0 && preview.rows.length > 0;

  return (
    <Modal opened onClose={onClose} title={t('fund.import.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">{t('fund.import.hint')}</Text>
        {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
        <FileInput label={t('fund.import.file')} accept=".xlsx" value={file} onChange={(f) => { setFile(f); setPreview(null); }} clearable error={errors.field('file')} />
        {preview && (
          <>
            <Text size="sm" fw={600}>{t('fund.import.summary', { n: formatInteger(preview.rows.length), total: formatVnd(preview.total), bad: formatInteger(preview.errors.length) })}</Text>
            {preview.errors.length > 0 && (
              <Alert color="red" title={t('fund.import.badRows')}>
                {preview.errors.map((e) => <Text key={`${e.row}-${e.field}`} size="sm">{t('fund.import.row', { row: e.row })}: {fieldText(e, i18n.language)}</Text>)}
              </Alert>
            )}
            <DataTable rows={preview.rows} rowKey={(r) => r.row} minWidth={560} maxHeight={300} columns={[
              { key: 'row', header: t('fund.import.rowHead'), cell: (r) => r.row },
              { key: 'name', header: t('fund.contributorName'), cell: (r) => r.name ?? '—' },
              { key: 'agency', header: t('fund.agency'), cell: (r) => r.agency },
              { key: 'receipt', header: t('fund.receiptNo'), cell: (r) => r.receiptNo },
              { key: 'amount', header: t('fund.amount'), align: 'right', cell: (r) => formatVnd(r.amount) },
            ]} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="light" disabled={!file} loading={check.isPending} onClick={() => { errors.clear(); check.mutate(); }}>{t('fund.import.check')}</Button>
          <Button disabled={!ok} loading={run.isPending} onClick={() => run.mutate()}>{t('fund.import.run')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
