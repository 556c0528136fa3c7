// The fund statement on screen: each commune (allocated, spent by category, balance, pending) and
// each agency (contributions and amount), from GET /funds/:id/statement.
import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatVnd } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Empty, QueryState } from '../../ui/QueryState';
import { useStatement } from './api';


// An amount keeps its ₫ on its line ("100.000.000 ₫", not "100.000.000 / ₫" at 360 px): its columns are `nowrap`.
export function CommuneTable({ fundId }: { fundId: number }) {
  const { t } = useTranslation();
  const st = useStatement(fundId);
  return (
    <Paper withBorder>
      <QueryState query={st} isEmpty={(d) => d.communes.length === 0} empty={<Empty title={t('fund.noCommunes')} />}>
        {(d) => (
          <DataTable label={t('fund.tabs.communes')} testId="commune-table" rows={d.communes} rowKey={(c) => c.commune.id} minWidth={760} columns={[
            { key: 'commune', header: t('fund.commune'), td: () => ({ fw: 500 }), cell: (c) => c.commune.name },
            { key: 'allocated', header: t('fund.totals.allocated'), align: 'right', nowrap: true, cell: (c) => formatVnd(c.allocated) },
            { key: 'materials', header: t('fund.categories.materials'), align: 'right', nowrap: true, cell: (c) => formatVnd(c.spentByCategory.materials) },
            { key: 'equipment', header: t('fund.categories.equipment'), align: 'right', nowrap: true, cell: (c) => formatVnd(c.spentByCategory.equipment) },
            { key: 'other', header: t('fund.categories.other'), align: 'right', nowrap: true, cell: (c) => formatVnd(c.spentByCategory.other) },
            { key: 'spent', header: t('fund.totals.spent'), align: 'right', nowrap: true, td: () => ({ fw: 600 }), cell: (c) => formatVnd(c.spent) },
            { key: 'balance', header: t('fund.balance'), align: 'right', nowrap: true, td: () => ({ fw: 600, c: 'teal.8' }), cell: (c) => formatVnd(c.balance) },
            { key: 'pending', header: t('fund.totals.pending'), align: 'right', nowrap: true, td: (c) => ({ c: c.pending ? 'orange.7' : 'dimmed' }), cell: (c) => formatVnd(c.pending) },
          ]} />
        )}
      </QueryState>
    </Paper>
  );
}

export function AgencyTable({ fundId }: { fundId: number }) {
  const { t } = useTranslation();
  const st = useStatement(fundId);
  return (
    <Paper withBorder>
      <QueryState query={st} isEmpty={(d) => d.agencies.length === 0} empty={<Empty title={t('fund.noContributions')} />}>
        {(d) => (
          <DataTable label={t('fund.tabs.agencies')} rows={d.agencies} rowKey={(a) => a.agency.id} minWidth={480} columns={[
            { key: 'agency', header: t('fund.agency'), cell: (a) => a.agency.name },
            { key: 'count', header: t('fund.contributionCount'), align: 'right', nowrap: true, cell: (a) => formatInteger(a.contributions) },
            { key: 'amount', header: t('fund.amount'), align: 'right', nowrap: true, td: () => ({ fw: 600 }), cell: (a) => formatVnd(a.amount) },
          ]} footer={(
            <Table.Tr>
              <Table.Th>{t('fund.total')}</Table.Th>
              <Table.Th ta="right">{formatInteger(d.agencies.reduce((s, a) => s + a.contributions, 0))}</Table.Th>
              <Table.Th ta="right"><Text fw={700} span>{formatVnd(d.totals.received)}</Text></Table.Th>
            </Table.Tr>
          )} />
        )}
      </QueryState>
    </Paper>
  );
}
