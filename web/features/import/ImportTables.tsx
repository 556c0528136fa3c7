// The tables of an import preview (or result): agencies and groups with what will happen to each,
// and every bad row with its row number and reason in the current language.
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import type { ImportOutcome } from '../../lib/types';

const ACTION_COLOR = { create: 'teal', update: 'blue', unchanged: 'gray' } as const;

export function ImportSummary({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const count = (action: string) => outcome.agencies.filter((a) => a.action === action).length;
  return (
    <Group gap="xs" data-testid="import-summary">
      <Badge color="teal" variant="light" size="lg">{t('import.willCreate', { n: count('create') })}</Badge>
      <Badge color="blue" variant="light" size="lg">{t('import.willUpdate', { n: count('update') })}</Badge>
      <Badge color="gray" variant="light" size="lg">{t('import.unchanged', { n: count('unchanged') })}</Badge>
      {/* Groups are planned only for a file without errors: no count rather than a wrong "0". */}
      {(outcome.groups.length > 0 || !outcome.errors.length) && <Badge color="grape" variant="light" size="lg">{t('import.groupCount', { n: outcome.groups.length })}</Badge>}
      <Badge color={outcome.errors.length ? 'red' : 'gray'} variant={outcome.errors.length ? 'filled' : 'light'} size="lg">
        {t('import.errorCount', { n: outcome.errors.length })}
      </Badge>
    </Group>
  );
}

export function ImportErrors({ errors }: { errors: ImportOutcome['errors'] }) {
  const { t, i18n } = useTranslation();
  if (!errors.length) return null;
  return (
    <Stack gap="xs">
      <Title order={2} fz={17} c="red.8">{t('import.errorsTitle')}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing={4} aria-label={t('import.errorsTitle')} data-testid="import-errors">
          <Table.Thead>
            <Table.Tr><Table.Th w={80}>{t('import.row')}</Table.Th><Table.Th w={140}>{t('import.field')}</Table.Th><Table.Th>{t('import.reason')}</Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((e, i) => (
              <Table.Tr key={i} bg="red.0">
                <Table.Td fw={600}>{e.row > 0 ? e.row : '—'}</Table.Td>
                <Table.Td>{t(`import.fields.${e.field}`, { defaultValue: e.field })}</Table.Td>
                <Table.Td>{fieldText(e, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The agencies and groups with their outcome; `groupsOnly` when the rows table shows the agencies. */
export function ImportTables({ outcome, groupsOnly = false }: { outcome: ImportOutcome; groupsOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {!groupsOnly && <Stack gap="xs">
        <Title order={2} fz={17}>{t('import.agenciesTitle')}</Title>
        <Table.ScrollContainer minWidth={620}>
          <Table striped verticalSpacing={4} aria-label={t('import.agenciesTitle')} data-testid="import-agencies">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('import.row')}</Table.Th>
                <Table.Th>{t('agencies.name')}</Table.Th>
                <Table.Th ta="right">{t('agencies.staffCount')}</Table.Th>
                <Table.Th>{t('agencies.group')}</Table.Th>
                <Table.Th ta="center">{t('groups.lead')}</Table.Th>
                <Table.Th>{t('import.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outcome.agencies.map((a) => (
                <Table.Tr key={a.row}>
                  <Table.Td>{a.row}</Table.Td>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td ta="right">{formatInteger(a.staffCount)}</Table.Td>
                  <Table.Td>{a.group ?? '—'}</Table.Td>
                  <Table.Td ta="center">{a.isLead ? <IconCheck size={16} aria-label={t('common.yes')} /> : ''}</Table.Td>
                  <Table.Td><Badge variant="light" color={ACTION_COLOR[a.action]}>{t(`import.actions.${a.action}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>}
      {outcome.groups.length > 0 && (
        <Stack gap="xs">
          <Title order={2} fz={17}>{t('import.groupsTitle')}</Title>
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing={4} aria-label={t('import.groupsTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('import.row')}</Table.Th>
                  <Table.Th>{t('groups.name')}</Table.Th>
                  <Table.Th>{t('groups.lead')}</Table.Th>
                  <Table.Th ta="right">{t('groups.members')}</Table.Th>
                  <Table.Th>{t('import.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outcome.groups.map((g) => (
                  <Table.Tr key={g.row}>
                    <Table.Td>{g.row}</Table.Td>
                    <Table.Td>{g.name}</Table.Td>
                    <Table.Td>{g.lead}</Table.Td>
                    <Table.Td ta="right">{formatInteger(g.members)}</Table.Td>
                    <Table.Td><Badge variant="light" color={ACTION_COLOR[g.action]}>{t(`import.actions.${g.action}`)}</Badge></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {!outcome.agencies.length && !outcome.errors.length && !outcome.rows.length && <Text c="dimmed">{t('import.nothing')}</Text>}
    </Stack>
  );
}
