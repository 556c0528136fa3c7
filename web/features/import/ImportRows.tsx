// Every row the import read from the file, as the file wrote it (the staff count as typed, "1.250"
// included), with what will happen to it and each of its problems, so the coordinator sees what the
// file said before anything is saved.
import { Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../lib/errors';
import type { ImportOutcome } from '../../lib/types';

type Status = ImportOutcome['rows'][number]['status'];
const STATUS_COLOR: Record<Status, string> = {
  create: 'teal', update: 'blue', unchanged: 'gray', group: 'grape', total: 'gray', after_total: 'gray', error: 'red',
};

export function ImportRows({ rows }: { rows: ImportOutcome['rows'] }) {
  const { t, i18n } = useTranslation();
  if (!rows.length) return null;
  return (
    <Stack gap="xs">
      <Title order={3} fz={17}>{t('import.rowsTitle')}</Title>
      <Text size="sm" c="dimmed">{t('import.rowsHint')}</Text>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} aria-label={t('import.rowsTitle')} data-testid="import-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('import.row')}</Table.Th>
              <Table.Th>{t('agencies.name')}</Table.Th>
              <Table.Th>{t('agencies.group')}</Table.Th>
              <Table.Th ta="right">{t('import.staffAsWritten')}</Table.Th>
              <Table.Th ta="center">{t('groups.lead')}</Table.Th>
              <Table.Th>{t('import.status')}</Table.Th>
              <Table.Th>{t('import.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.row} bg={r.status === 'error' ? 'red.0' : undefined} data-status={r.status}>
                <Table.Td fw={600}>{r.row}</Table.Td>
                <Table.Td fw={r.kind === 'group' || r.kind === 'total' ? 600 : undefined}>{r.name || '—'}</Table.Td>
                <Table.Td>{r.kind === 'group' ? '' : r.group ?? '—'}</Table.Td>
                <Table.Td ta="right">{r.staff}</Table.Td>
                <Table.Td ta="center">{r.isLead ? <IconCheck size={16} aria-label={t('common.yes')} /> : ''}</Table.Td>
                <Table.Td><Badge variant={r.status === 'error' ? 'filled' : 'light'} color={STATUS_COLOR[r.status]} style={{ whiteSpace: 'nowrap' }}>{t(`import.statuses.${r.status}`)}</Badge></Table.Td>
                <Table.Td>
                  {r.problems.length > 0 && (
                    <List size="sm" c="red.9" spacing={2}>
                      {r.problems.map((p, i) => <List.Item key={i}>{fieldText(p, i18n.language)}</List.Item>)}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
