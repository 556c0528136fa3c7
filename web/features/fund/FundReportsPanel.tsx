// The fund's reports to the Standing Committee (báo cáo Thường trực Huyện ủy): each period's report
// with its number, date and state, downloads in DOCX, PDF and XLSX; the office drafts a period from
// the ledger, edits the text (outstanding issues drafted for it) and submits it with number and date.
import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/format';
import { API_BASE } from '../../lib/api';
import { typedApi, type Schema } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { formatVnd } from '../../lib/format';
import { QueryState } from '../../ui/QueryState';
import { DateField } from './DateField';

type FundReport = Schema<'FundReport'>;

const key = (fundId: number) => ['fund', fundId, 'reports'] as const;
const exportUrl = (id: number, f: 'docx' | 'pdf' | 'xlsx') => `${API_BASE}/fund-reports/${id}/export?format=${f}`;

function DraftEditor({ fundId, r }: { fundId: number; r: FundReport }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [v, setV] = useState({ number: r.number ?? '', reportDate: r.reportDate ?? '', narrative: r.narrative ?? '', issues: r.issues ?? '', proposals: r.proposals ?? '' });
  const errors = useFormErrors(['number', 'reportDate', 'narrative', 'issues', 'proposals', 'status']);
  const body = () => ({ number: v.number.trim() || null, reportDate: v.reportDate || null, narrative: v.narrative, issues: v.issues, proposals: v.proposals.trim() || null });
  const save = useMutation({
    mutationFn: () => typedApi.patch('/fund-reports/{id}', body(), { path: { id: r.id }, version: r.version }),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: key(fundId) }); notifications.show({ color: 'teal', message: t('fund.reports.saved') }); },
    onError: errors.setError,
  });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await typedApi.patch('/fund-reports/{id}', body(), { path: { id: r.id }, version: r.version });
      return typedApi.post('/fund-reports/{id}/submit', {}, { path: { id: r.id }, version: saved.version });
    },
    onSuccess: (x) => { void qc.invalidateQueries({ queryKey: key(fundId) }); notifications.show({ color: 'teal', message: t('fund.reports.submitted', { number: x.number }) }); },
    // The text was saved before the refused submission: reload so the next try carries the new version.
    onError: (e) => { void qc.invalidateQueries({ queryKey: key(fundId) }); errors.setError(e); },
  });
  const set = (k: keyof typeof v) => (e: { currentTarget: { value: string } }) => setV({ ...v, [k]: e.currentTarget.value });
  return (
    <Stack gap="xs" data-testid="fund-report-draft">
      {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
      <Group grow align="flex-start">
        <TextInput label={t('fund.reports.number')} value={v.number} onChange={set('number')} error={errors.field('number')} placeholder="05/BC-VPĐP" />
        <DateField label={t('fund.reports.date')} value={v.reportDate} onChange={(d) => setV({ ...v, reportDate: d })} error={errors.field('reportDate')} required={false} />
      </Group>
      <Textarea label={t('fund.reports.narrative')} value={v.narrative} onChange={set('narrative')} autosize minRows={3} error={errors.field('narrative')} />
      <Textarea label={t('fund.reports.issues')} value={v.issues} onChange={set('issues')} autosize minRows={3} error={errors.field('issues')} />
      <Textarea label={t('fund.reports.proposals')} value={v.proposals} onChange={set('proposals')} autosize minRows={2} error={errors.field('proposals')} />
      <Group justify="flex-end">
        <Button variant="default" loading={save.isPending} onClick={() => { errors.clear(); save.mutate(); }}>{t('fund.reports.save')}</Button>
        <Button loading={submit.isPending} onClick={() => { errors.clear(); submit.mutate(); }}>{t('fund.reports.submit')}</Button>
      </Group>
    </Stack>
  );
}

export function FundReportsPanel({ fundId, mayDraft }: { fundId: number; mayDraft: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: key(fundId), queryFn: () => typedApi.get('/funds/{id}/reports', { path: { id: fundId } }) });
  const [period, setPeriod] = useState({ from: '', to: '' });
  const errors = useFormErrors(['periodFrom', 'periodTo']);
  const create = useMutation({
    mutationFn: () => typedApi.post('/funds/{id}/reports', { periodFrom: period.from, periodTo: period.to }, { path: { id: fundId } }),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: key(fundId) }); notifications.show({ color: 'teal', message: t('fund.reports.drafted') }); },
    onError: errors.setError,
  });
  return (
    <Stack>
      <Text size="sm" c="dimmed">{t('fund.reports.description')}</Text>
      {mayDraft && (
        <Card withBorder>
          <Group align="flex-end" wrap="wrap">
            <DateField label={t('fund.reports.from')} value={period.from} onChange={(d) => setPeriod({ ...period, from: d })} error={errors.field('periodFrom')} />
            <DateField label={t('fund.reports.to')} value={period.to} onChange={(d) => setPeriod({ ...period, to: d })} error={errors.field('periodTo')} />
            <Button loading={create.isPending} onClick={() => { errors.clear(); create.mutate(); }}>{t('fund.reports.draft')}</Button>
          </Group>
          {errors.general && <Alert mt="xs" color="red" role="alert">{errors.general}</Alert>}
        </Card>
      )}
      <QueryState query={q}>
        {(data) => data.items.length === 0 ? <Text c="dimmed">{t('fund.reports.none')}</Text> : (
          <Stack>
            {data.items.map((r) => (
              <Card withBorder key={r.id} data-testid="fund-report" aria-label={t('fund.reports.title', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) })}>
                <Group justify="space-between" wrap="wrap" mb="xs">
                  <Title order={2} size="h4">{t('fund.reports.title', { from: formatDate(r.periodFrom), to: formatDate(r.periodTo) })}</Title>
                  {r.status === 'submitted'
                    ? <Badge color="teal">{t('fund.reports.sent', { number: r.number, date: formatDate(r.reportDate!) })}</Badge>
                    : <Badge color="gray">{t('fund.reports.draftBadge')}</Badge>}
                </Group>
                <Table.ScrollContainer minWidth={320}>
                  <Table fz="sm" aria-label={t('fund.reports.figures')}>
                    <Table.Tbody>
                      <Table.Tr><Table.Td>{t('fund.reports.received')}</Table.Td><Table.Td ta="right">{formatVnd(r.figures.totals.received)}</Table.Td></Table.Tr>
                      <Table.Tr><Table.Td>{t('fund.reports.allocated')}</Table.Td><Table.Td ta="right">{formatVnd(r.figures.totals.allocated)}</Table.Td></Table.Tr>
                      <Table.Tr><Table.Td>{t('fund.reports.spent')}</Table.Td><Table.Td ta="right">{formatVnd(r.figures.totals.spent)}</Table.Td></Table.Tr>
                      <Table.Tr><Table.Td>{t('fund.reports.purchases')}</Table.Td><Table.Td ta="right">{r.figures.purchases.length}</Table.Td></Table.Tr>
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {r.submittedBy && <Text size="xs" c="dimmed">{t('fund.reports.by', { name: r.submittedBy })}</Text>}
                <Group gap="xs" my="xs">
                  <Button size="xs" variant="light" component="a" href={exportUrl(r.id, 'docx')} download>DOCX</Button>
                  <Button size="xs" variant="light" component="a" href={exportUrl(r.id, 'pdf')} target="_blank" rel="noopener">PDF</Button>
                  <Button size="xs" variant="light" component="a" href={exportUrl(r.id, 'xlsx')} download>XLSX</Button>
                </Group>
                {r.actions.includes('edit') && <DraftEditor fundId={fundId} r={r} />}
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
