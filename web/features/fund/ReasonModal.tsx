// Two small dialogs of the ledger: reject a pending expenditure or reverse an entry, both with the
// required comment/reason; and attach a scanned invoice to an expenditure (POST /files).
import { Alert, Button, FileInput, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { API_BASE } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatVnd } from '../../lib/format';
import { entryParty, useRefreshFund, type Entry } from './api';

export function ReasonModal({ fundId, kind, entry, onClose }: { fundId: number; kind: 'reject' | 'reverse'; entry: Entry; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshFund();
  const [text, setText] = useState('');
  const field = kind === 'reject' ? 'comment' : 'reason';
  const errors = useFormErrors([field]);
  const save = useMutation({
    mutationFn: () => kind === 'reject'
      ? typedApi.post('/funds/{id}/entries/{entryId}/reject', { comment: text.trim() }, { path: { id: fundId, entryId: entry.id } })
      : typedApi.post('/funds/{id}/entries/{entryId}/reverse', { reason: text.trim() }, { path: { id: fundId, entryId: entry.id } }),
    onSuccess: () => { void refresh(); notifications.show({ color: 'teal', message: t(kind === 'reject' ? 'fund.rejected' : 'fund.reversed') }); onClose(); },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t(kind === 'reject' ? 'fund.rejectTitle' : 'fund.reverseTitle', { id: entry.id })}>
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t(`fund.kinds.${entry.kind}`)}: {entryParty(entry)} — <b>{formatVnd(entry.amount)}</b></Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <Textarea label={t(kind === 'reject' ? 'fund.comment' : 'fund.reason')} value={text} onChange={(e) => setText(e.currentTarget.value)}
            required autosize minRows={2} data-autofocus error={errors.field(field)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color="red" loading={save.isPending}>{t(kind === 'reject' ? 'fund.reject' : 'fund.reverse')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function AttachScanModal({ entry, onClose }: { entry: Entry; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['files', 'fund_entry', entry.id];
  const files = useQuery({ queryKey: key, queryFn: () => typedApi.get('/files', { query: { entity: 'fund_entry', entityId: entry.id } }) });
  const [file, setFile] = useState<File | null>(null);
  const errors = useFormErrors(['file']);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.set('entity', 'fund_entry');
      form.set('entityId', String(entry.id));
      form.set('file', file!);
      return typedApi.upload('/files', form);
    },
    onSuccess: () => { setFile(null); void client.invalidateQueries({ queryKey: key }); notifications.show({ color: 'teal', message: t('fund.attached') }); },
    onError: errors.setError,
  });
  return (
    <Modal opened onClose={onClose} title={t('fund.attachTitle', { id: entry.id })}>
      <Stack>
        <Text size="sm">{entryParty(entry)} — {entry.expenditure?.item}</Text>
        {files.data && files.data.items.length > 0 && (
          <List size="sm">
            {files.data.items.map((f) => <List.Item key={f.id}><a href={`${API_BASE}/files/${f.id}/content`} target="_blank" rel="noopener">{f.filename}</a></List.Item>)}
          </List>
        )}
        {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
        <FileInput label={t('fund.scan')} description={t('fund.scanHint')} accept="image/*,application/pdf" value={file} onChange={setFile} clearable error={errors.field('file')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('fund.close')}</Button>
          <Button disabled={!file} loading={upload.isPending} onClick={() => { errors.clear(); upload.mutate(); }}>{t('fund.upload')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
