// My tasks (issue 8): my unit's task instances, overdue first, each with "report done" (evidence: a
// file, a link, or a record) and "cannot do" with the reason, as the instance's `actions` allow.
import { Alert, Anchor, Badge, Button, FileInput, Group, Modal, NumberInput, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVIDENCE_RECORD_TYPES } from '../../../domain/directives';
import { typedApi, type BodyOf, type Unfilled } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { COLOUR, useMyTasks, type Instance } from './api';

function ReportModal({ inst, kind, onClose }: { inst: Instance; kind: 'done' | 'cannot_do'; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [evidence, setEvidence] = useState<'file' | 'link' | 'record'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [recordType, setRecordType] = useState<string | null>(null);
  const [recordId, setRecordId] = useState<number | string>('');
  const [text, setText] = useState('');
  const errors = useFormErrors(['evidence', 'reason', 'note', 'file']);
  const save = useMutation({
    mutationFn: async () => {
      if (kind === 'cannot_do') return typedApi.post('/task-instances/{id}/cannot-do', { reason: text.trim() }, { path: { id: inst.id } });
      let ev: Unfilled<BodyOf<'/task-instances/{id}/done', 'post'>['evidence']>;
      if (evidence === 'file') {
        const form = new FormData();
        form.set('entity', 'task_instance');
        form.set('entityId', String(inst.id));
        if (file) form.set('file', file);
        const stored = await typedApi.upload('/files', form);
        ev = { kind: 'file', fileId: stored.id };
      } else if (evidence === 'link') ev = { kind: 'link', url: url.trim() };
      else ev = { kind: 'record', recordType: EVIDENCE_RECORD_TYPES.find((r) => r === recordType), recordId: recordId === '' ? undefined : Number(recordId) };
      return typedApi.postForm('/task-instances/{id}/done', { evidence: ev, note: text.trim() || null }, { path: { id: inst.id } });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['directives'] });
      notifications.show({ color: 'teal', message: t(kind === 'done' ? 'directives.reportedDone' : 'directives.reportedCannotDo') });
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
    <Modal opened onClose={onClose} title={t(kind === 'done' ? 'directives.reportDone' : 'directives.cannotDo')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{inst.description}</Text>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          {kind === 'done' && (
            <>
              <SegmentedControl value={evidence} onChange={(v) => setEvidence(v as 'file' | 'link' | 'record')}
                data={(['file', 'link', 'record'] as const).map((k) => ({ value: k, label: t(`directives.evidence.${k}`) }))} />
              {evidence === 'file' && <FileInput label={t('directives.evidence.file')} value={file} onChange={setFile} required error={errors.field('file') ?? errors.field('evidence')} />}
              {evidence === 'link' && <TextInput label={t('directives.evidence.url')} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} required error={errors.field('evidence')} />}
              {evidence === 'record' && (
                <Group grow align="flex-start">
                  <Select label={t('directives.evidence.recordType')} value={recordType} onChange={setRecordType} required
                    data={EVIDENCE_RECORD_TYPES.map((r) => ({ value: r, label: t(`directives.records.${r}`) }))} error={errors.field('evidence')} />
                  <NumberInput label={t('directives.evidence.recordId')} value={recordId} onChange={setRecordId} min={1} allowDecimal={false} required />
                </Group>
              )}
            </>
          )}
          <Textarea label={t(kind === 'done' ? 'directives.note' : 'directives.reason')} value={text} onChange={(e) => setText(e.currentTarget.value)}
            required={kind === 'cannot_do'} autosize minRows={2} error={errors.field(kind === 'done' ? 'note' : 'reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" color={kind === 'done' ? 'teal' : 'orange'} loading={save.isPending}>{t(kind === 'done' ? 'directives.reportDone' : 'directives.cannotDo')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function MyTasksPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const tasks = useMyTasks(status);
  const [dialog, setDialog] = useState<{ inst: Instance; kind: 'done' | 'cannot_do' } | null>(null);
  return (
    <>
      <PageHeader title={t('directives.myTasks')} description={t('directives.myTasksHint')} />
      <SegmentedControl mb="sm" value={status} onChange={(v) => setStatus(v as 'pending' | 'all')}
        data={[{ value: 'pending', label: t('directives.pending') }, { value: 'all', label: t('common.all') }]} />
      <QueryState query={tasks} isEmpty={(d) => d.items.length === 0} empty={<Paper withBorder><Empty title={t('directives.noTasks')} /></Paper>}>
        {(d) => (
          <Stack gap="xs">
            {d.items.map((i) => (
              <Paper key={i.id} withBorder p="sm" data-testid={`task-${i.id}`} style={{ borderLeft: `4px solid var(--mantine-color-${COLOUR[i.colour]}-6)` }}>
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ flex: '1 1 300px', minWidth: 0 }}>
                    <Group gap="xs">
                      <Badge color={COLOUR[i.colour]} variant={i.status === 'overdue' ? 'filled' : 'light'}>{t(`directives.status.${i.status}`)}</Badge>
                      <Text size="xs" c="dimmed">{t('directives.dueOn', { date: formatDate(i.dueOn) })}</Text>
                      <Anchor size="xs" component={Link} to={`/directives/${i.directive.id}`}>{i.directive.number} · {t('directives.itemNo', { n: i.item.ordinal })}</Anchor>
                    </Group>
                    <Text size="sm" fw={i.status === 'overdue' ? 600 : 400}>{i.description}</Text>
                    {i.reason && <Text size="xs" c="orange.8">{t('directives.reason')}: {i.reason}</Text>}
                    {i.evidence?.url && <Anchor size="xs" href={i.evidence.url} target="_blank" rel="noopener">{i.evidence.url}</Anchor>}
                    {i.evidence?.fileUrl && <Anchor size="xs" href={i.evidence.fileUrl} target="_blank">{t('directives.evidence.file')}</Anchor>}
                  </Stack>
                  <Group gap="xs">
                    {i.actions.includes('done') && <Button size="xs" color="teal" onClick={() => setDialog({ inst: i, kind: 'done' })}>{t('directives.reportDone')}</Button>}
                    {i.actions.includes('cannot_do') && <Button size="xs" variant="light" color="orange" onClick={() => setDialog({ inst: i, kind: 'cannot_do' })}>{t('directives.cannotDo')}</Button>}
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {dialog && <ReportModal inst={dialog.inst} kind={dialog.kind} onClose={() => setDialog(null)} />}
    </>
  );
}
