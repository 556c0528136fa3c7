// Every row the import read from the file, as the file wrote it (the staff count as typed, "1.250"
// included), with what will happen to it and each of its problems, so the coordinator sees what the
// file said before anything is saved. A table on a wide screen; on a phone one card per row, so the
// status and the problems are in view without scrolling sideways.
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../lib/errors';
import type { ImportOutcome } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';

type Row = ImportOutcome['rows'][number];
const STATUS_COLOR: Record<Row['status'], string> = {
  create: 'teal', update: 'blue', unchanged: 'gray', group: 'grape', total: 'gray', after_total: 'gray', error: 'red',
};

function StatusBadge({ status }: { status: Row['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant={status === 'error' ? 'filled' : 'light'} color={STATUS_COLOR[status]}
      styles={{ root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}>
      {t(`import.statuses.${status}`)}
    </Badge>
  );
}

function Problems({ row }: { row: Row }) {
  const { i18n } = useTranslation();
  if (!row.problems.length) return null;
  return (
    <List size="sm" c="red.9" spacing={2}>
      {row.problems.map((p, i) => <List.Item key={i}>{fieldText(p, i18n.language)}</List.Item>)}
    </List>
  );
}

function RowCard({ row }: { row: Row }) {
  const { t } = useTranslation();
  const strong = row.kind === 'group' || row.kind === 'total';
  return (
    <Paper withBorder p="xs" bg={row.status === 'error' ? 'red.0' : undefined} data-status={row.status} data-row={row.row}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text size="sm" fw={strong ? 700 : 500}>{t('import.row')} {row.row} · {row.name || '—'}</Text>
        <StatusBadge status={row.status} />
      </Group>
      {row.kind === 'agency' && (
        <Text size="sm" c="dimmed">
          {row.group ?? '—'} · {t('import.staffAsWritten')}: {row.staff || '—'}{row.isLead ? ` · ${t('groups.lead')}` : ''}
        </Text>
      )}
      {row.kind === 'total' && row.staff && <Text size="sm" c="dimmed">{t('import.staffAsWritten')}: {row.staff}</Text>}
      <Problems row={row} />
    </Paper>
  );
}

export function ImportRows({ rows }: { rows: ImportOutcome['rows'] }) {
  const { t } = useTranslation();
  if (!rows.length) return null;
  return (
    <Stack gap="xs" data-testid="import-rows">
      <Title order={2} fz={17}>{t('import.rowsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('import.rowsHint')}</Text>
      <DataTable label={t('import.rowsTitle')} rows={rows} rowKey={(r) => r.row} minWidth={720} striped={false} verticalSpacing={4}
        card={(r) => <RowCard row={r} />}
        rowProps={(r) => ({ bg: r.status === 'error' ? 'red.0' : undefined, 'data-status': r.status })} columns={[
          { key: 'row', header: t('import.row'), width: 60, td: () => ({ fw: 600 }), cell: (r) => r.row },
          { key: 'name', header: t('agencies.name'), td: (r) => ({ fw: r.kind === 'group' || r.kind === 'total' ? 600 : undefined }), cell: (r) => r.name || '—' },
          { key: 'group', header: t('agencies.group'), nowrap: true, cell: (r) => (r.kind === 'group' ? '' : r.group ?? '—') },
          { key: 'staff', header: t('import.staffAsWritten'), align: 'right', cell: (r) => r.staff },
          { key: 'lead', header: t('groups.lead'), align: 'center', cell: (r) => (r.isLead ? <IconCheck size={16} aria-label={t('common.yes')} /> : '') },
          { key: 'status', header: t('import.status'), width: 130, cell: (r) => <StatusBadge status={r.status} /> },
          { key: 'problems', header: t('import.problems'), cell: (r) => <Problems row={r} /> },
        ]} />
    </Stack>
  );
}
