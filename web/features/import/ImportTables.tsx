// The tables of an import preview (or result): agencies and groups with what will happen to each,
// and every bad row with its row number and reason in the current language.
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import type { ImportOutcome } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';

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
      <DataTable label={t('import.errorsTitle')} testId="import-errors" minWidth={480} striped={false} verticalSpacing={4} rows={errors} rowKey={(_, i) => i}
        rowProps={() => ({ bg: 'red.0' })} columns={[
          { key: 'row', header: t('import.row'), width: 80, td: () => ({ fw: 600 }), cell: (e) => (e.row > 0 ? e.row : '—') },
          { key: 'field', header: t('import.field'), width: 140, cell: (e) => t(`import.fields.${e.field}`, { defaultValue: e.field }) },
          { key: 'reason', header: t('import.reason'), cell: (e) => fieldText(e, i18n.language) },
        ]} />
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
        <DataTable label={t('import.agenciesTitle')} testId="import-agencies" minWidth={620} verticalSpacing={4} rows={outcome.agencies} rowKey={(a) => a.row} columns={[
          { key: 'row', header: t('import.row'), width: 70, cell: (a) => a.row },
          { key: 'name', header: t('agencies.name'), cell: (a) => a.name },
          { key: 'staff', header: t('agencies.staffCount'), align: 'right', cell: (a) => formatInteger(a.staffCount) },
          { key: 'group', header: t('agencies.group'), cell: (a) => a.group ?? '—' },
          { key: 'lead', header: t('groups.lead'), align: 'center', cell: (a) => (a.isLead ? <IconCheck size={16} aria-label={t('common.yes')} /> : '') },
          { key: 'action', header: t('import.action'), cell: (a) => <Badge variant="light" color={ACTION_COLOR[a.action]}>{t(`import.actions.${a.action}`)}</Badge> },
        ]} />
      </Stack>}
      {outcome.groups.length > 0 && (
        <Stack gap="xs">
          <Title order={2} fz={17}>{t('import.groupsTitle')}</Title>
          <DataTable label={t('import.groupsTitle')} minWidth={520} verticalSpacing={4} rows={outcome.groups} rowKey={(g) => g.row} columns={[
            { key: 'row', header: t('import.row'), width: 70, cell: (g) => g.row },
            { key: 'name', header: t('groups.name'), cell: (g) => g.name },
            { key: 'lead', header: t('groups.lead'), cell: (g) => g.lead },
            { key: 'members', header: t('groups.members'), align: 'right', cell: (g) => formatInteger(g.members) },
            { key: 'action', header: t('import.action'), cell: (g) => <Badge variant="light" color={ACTION_COLOR[g.action]}>{t(`import.actions.${g.action}`)}</Badge> },
          ]} />
        </Stack>
      )}
      {!outcome.agencies.length && !outcome.errors.length && !outcome.rows.length && <Text c="dimmed">{t('import.nothing')}</Text>}
    </Stack>
  );
}
