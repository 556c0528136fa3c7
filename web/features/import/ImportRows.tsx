// Every row the import read from the file, as the file wrote it (the staff count as typed, "1.250"
// included), with what will happen to it and each of its problems, so the coordinator sees what the
// file said before anything is saved. A table on a wide screen; on a phone one card per row, so the
// status and the problems are in view without scrolling sideways.
import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../lib/errors';
import type { ImportOutcome } from '../../lib/types';

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
    <Paper withBorder p="xs" bg={row.status === 'error' ? 'red.0' : undefined} data-status={row.status}>
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
  const phone = useMediaQuery('(max-width: 48em)');
  if (!rows.length) return null;
  return (
    <Stack gap="xs" data-testid="import-rows">
      <Title order={3} fz={17}>{t('import.rowsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('import.rowsHint')}</Text>
      {phone ? (
        <Stack gap={6} role="list" aria-label={t('import.rowsTitle')}>
          {rows.map((r) => <div role="listitem" key={r.row} data-row={r.row}><RowCard row={r} /></div>)}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={4} aria-label={t('import.rowsTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={60}>{t('import.row')}</Table.Th>
                <Table.Th>{t('agencies.name')}</Table.Th>
                <Table.Th>{t('agencies.group')}</Table.Th>
                <Table.Th ta="right">{t('import.staffAsWritten')}</Table.Th>
                <Table.Th ta="center">{t('groups.lead')}</Table.Th>
                <Table.Th w={130}>{t('import.status')}</Table.Th>
                <Table.Th>{t('import.problems')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.row} bg={r.status === 'error' ? 'red.0' : undefined} data-status={r.status}>
                  <Table.Td fw={600}>{r.row}</Table.Td>
                  <Table.Td fw={r.kind === 'group' || r.kind === 'total' ? 600 : undefined}>{r.name || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.kind === 'group' ? '' : r.group ?? '—'}</Table.Td>
                  <Table.Td ta="right">{r.staff}</Table.Td>
                  <Table.Td ta="center">{r.isLead ? <IconCheck size={16} aria-label={t('common.yes')} /> : ''}</Table.Td>
                  <Table.Td><StatusBadge status={r.status} /></Table.Td>
                  <Table.Td><Problems row={r} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
