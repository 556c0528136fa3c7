// The ledger, newest first: each entry's date, kind, who, amount and status; a reversal shows what it
// reverses and why, a reversed entry is struck through. Buttons follow each entry's `actions`:
// receipt PDF, approve, reject (comment required), reverse (reason required), attach a scan.
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconArrowBackUp, IconCheck, IconPaperclip, IconReceipt, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { errorText } from '../../lib/errors';
import { formatDate, formatInteger, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Empty, QueryState } from '../../ui/QueryState';
import { entryParty, receiptUrl, useEntries, useRefreshFund, type Entry, type EntryFilter } from './api';
import { AttachScanModal, ReasonModal } from './ReasonModal';

const KIND_COLOR = { contribution: 'teal', allocation: 'blue', expenditure: 'grape', reversal: 'red' } as const;
const STATUS_COLOR = { counted: 'gray', pending: 'orange', rejected: 'red' } as const;

function Details({ e }: { e: Entry }) {
  const { t } = useTranslation();
  if (e.contribution) {
    const c = e.contribution;
    return <Text size="xs" c="dimmed">{t('fund.receiptNo')}: {c.receiptNo}{c.collectedBy ? ` · ${t('fund.collectedBy')}: ${c.collectedBy}` : ''}{c.publicNameConsent ? ` · ${t('fund.consentShort')}` : ''}</Text>;
  }
  if (e.allocation) {
    const a = e.allocation;
    return <Text size="xs" c="dimmed">{t('fund.decision', { no: a.decisionNo, date: formatDate(a.decisionDate) })} · {a.signer} · {a.purpose}</Text>;
  }
  if (e.expenditure) {
    const x = e.expenditure;
    return (
      <Stack gap={0}>
        <Text size="sm">{x.item} <Text span size="xs" c="dimmed">({t(`fund.categories.${x.category}`)})</Text></Text>
        <Text size="xs" c="dimmed">
          {formatInteger(x.quantity)} {x.unit} × {formatVnd(x.unitPrice)} · {x.vendor} · {t('fund.invoice', { no: x.invoiceNo, date: formatDate(x.invoiceDate) })}
        </Text>
        {x.decision && (
          <Text size="xs" c={x.decision.decision === 'approved' ? 'teal.8' : 'red.7'}>
            {t(`fund.decided.${x.decision.decision}`, { by: x.decision.by })}{x.decision.comment ? `: ${x.decision.comment}` : ''}
          </Text>
        )}
      </Stack>
    );
  }
  if (e.reversal) return <Text size="xs" c="red.7">{t('fund.reverses', { id: e.reversal.reversesId })}: {e.reversal.reason}</Text>;
  return null;
}

export function EntriesTable({ fundId, filter, emptyText }: { fundId: number; filter: EntryFilter; emptyText?: string }) {
  const { t } = useTranslation();
  const entries = useEntries(fundId, filter);
  const refresh = useRefreshFund();
  const [dialog, setDialog] = useState<{ kind: 'reject' | 'reverse' | 'attach'; entry: Entry } | null>(null);
  const approve = useMutation({
    mutationFn: (e: Entry) => typedApi.post('/funds/{id}/entries/{entryId}/approve', {}, { path: { id: fundId, entryId: e.id } }),
    onSuccess: () => { void refresh(); notifications.show({ color: 'teal', message: t('fund.approved') }); },
    onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
  });
  const query = { ...entries, data: entries.data ? entries.data.pages.flatMap((p) => p.items) : undefined };

  return (
    <Paper withBorder>
      <QueryState query={query} isEmpty={(d) => d.length === 0} empty={<Empty title={emptyText ?? t('fund.noEntries')} />}>
        {(items) => (
          <>
            <DataTable label={t('fund.tabs.ledger')} testId="fund-entries" striped={false} rows={items} rowKey={(e) => e.id} minWidth={820}
              rowProps={(e) => ({ id: `entry-${e.id}`, 'data-testid': `entry-${e.id}`, style: e.reversedBy ? { opacity: 0.65 } : undefined })} columns={[
                { key: 'id', header: '#', width: 60, td: () => ({ c: 'dimmed' }), cell: (e) => e.id },
                { key: 'date', header: t('fund.date'), width: 100, cell: (e) => formatDate(e.date) },
                { key: 'kind', header: t('fund.kind'), width: 120, cell: (e) => (
                  <Stack gap={2} align="flex-start">
                    <Badge variant="light" color={KIND_COLOR[e.kind]}>{t(`fund.kinds.${e.kind}`)}</Badge>
                    {e.status !== 'counted' && <Badge size="sm" color={STATUS_COLOR[e.status]}>{t(`fund.status.${e.status}`)}</Badge>}
                  </Stack>
                ) },
                { key: 'party', header: t('fund.party'), cell: (e) => (
                  <>
                    <Text size="sm" fw={500} td={e.reversedBy ? 'line-through' : undefined}>{entryParty(e)}</Text>
                    <Details e={e} />
                    {e.reversedBy && <Anchor size="xs" c="red.7" href={`#entry-${e.reversedBy}`}>{t('fund.reversedBy', { id: e.reversedBy })}</Anchor>}
                    {e.note && <Text size="xs" fs="italic" c="dimmed">{e.note}</Text>}
                  </>
                ) },
                { key: 'amount', header: t('fund.amount'), align: 'right', width: 150, nowrap: true,
                  td: (e) => ({ fw: 600, td: e.reversedBy ? 'line-through' : undefined }), cell: (e) => formatVnd(e.amount) },
                { key: 'actions', header: t('common.actions'), width: 150, cell: (e) => (
                  <Group gap={4} wrap="nowrap">
                    {e.actions.includes('receipt') && (
                      <Tooltip label={t('fund.receipt')}><ActionIcon component="a" href={receiptUrl(fundId, e.id)} target="_blank" variant="subtle" aria-label={t('fund.receipt')}><IconReceipt size={16} /></ActionIcon></Tooltip>
                    )}
                    {e.actions.includes('approve') && (
                      <Tooltip label={t('fund.approve')}><ActionIcon color="teal" variant="light" aria-label={t('fund.approve')} loading={approve.isPending} onClick={() => approve.mutate(e)}><IconCheck size={16} /></ActionIcon></Tooltip>
                    )}
                    {e.actions.includes('reject') && (
                      <Tooltip label={t('fund.reject')}><ActionIcon color="red" variant="light" aria-label={t('fund.reject')} onClick={() => setDialog({ kind: 'reject', entry: e })}><IconX size={16} /></ActionIcon></Tooltip>
                    )}
                    {e.actions.includes('attach') && (
                      <Tooltip label={t('fund.attach')}><ActionIcon variant="subtle" aria-label={t('fund.attach')} onClick={() => setDialog({ kind: 'attach', entry: e })}><IconPaperclip size={16} /></ActionIcon></Tooltip>
                    )}
                    {e.actions.includes('reverse') && (
                      <Tooltip label={t('fund.reverse')}><ActionIcon color="red" variant="subtle" aria-label={t('fund.reverse')} onClick={() => setDialog({ kind: 'reverse', entry: e })}><IconArrowBackUp size={16} /></ActionIcon></Tooltip>
                    )}
                  </Group>
                ) },
              ]} />
            {entries.hasNextPage && (
              <Group justify="center" p="sm"><Button variant="default" loading={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>{t('common.loadMore')}</Button></Group>
            )}
          </>
        )}
      </QueryState>
      {dialog?.kind === 'attach' && <AttachScanModal entry={dialog.entry} onClose={() => setDialog(null)} />}
      {dialog && dialog.kind !== 'attach' && <ReasonModal fundId={fundId} kind={dialog.kind} entry={dialog.entry} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
