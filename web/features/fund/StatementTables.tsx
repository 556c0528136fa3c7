// The fund statement on screen: each commune (allocated, spent by category, balance, pending) and
// each agency (contributions and amount), from GET /funds/:id/statement.
import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatVnd } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { useStatement } from './api';

// An amount keeps its ₫ on its line ("100.000.000 ₫", not "100.000.000 / ₫" at 360 px).
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function CommuneTable({ fundId }: { fundId: number }) {
  const { t } = useTranslation();
  const st = useStatement(fundId);
  return (
    <Paper withBorder>
      <QueryState query={st} isEmpty={(d) => d.communes.length === 0} empty={<Empty title={t('fund.noCommunes')} />}>
        {(d) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" aria-label={t('fund.tabs.communes')} data-testid="commune-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fund.commune')}</Table.Th>
                  <Table.Th ta="right">{t('fund.totals.allocated')}</Table.Th>
                  <Table.Th ta="right">{t('fund.categories.materials')}</Table.Th>
                  <Table.Th ta="right">{t('fund.categories.equipment')}</Table.Th>
                  <Table.Th ta="right">{t('fund.categories.other')}</Table.Th>
                  <Table.Th ta="right">{t('fund.totals.spent')}</Table.Th>
                  <Table.Th ta="right">{t('fund.balance')}</Table.Th>
                  <Table.Th ta="right">{t('fund.totals.pending')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.communes.map((c) => (
                  <Table.Tr key={c.commune.id}>
                    <Table.Td fw={500}>{c.commune.name}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{formatVnd(c.allocated)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{formatVnd(c.spentByCategory.materials)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{formatVnd(c.spentByCategory.equipment)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{formatVnd(c.spentByCategory.other)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP} fw={600}>{formatVnd(c.spent)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP} fw={600} c="teal.8">{formatVnd(c.balance)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP} c={c.pending ? 'orange.7' : 'dimmed'}>{formatVnd(c.pending)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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
          <Table.ScrollContainer minWidth={480}>
            <Table striped verticalSpacing="xs" aria-label={t('fund.tabs.agencies')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fund.agency')}</Table.Th>
                  <Table.Th ta="right">{t('fund.contributionCount')}</Table.Th>
                  <Table.Th ta="right">{t('fund.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.agencies.map((a) => (
                  <Table.Tr key={a.agency.id}>
                    <Table.Td>{a.agency.name}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP}>{formatInteger(a.contributions)}</Table.Td>
                    <Table.Td ta="right" style={NOWRAP} fw={600}>{formatVnd(a.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('fund.total')}</Table.Th>
                  <Table.Th ta="right">{formatInteger(d.agencies.reduce((s, a) => s + a.contributions, 0))}</Table.Th>
                  <Table.Th ta="right"><Text fw={700} span>{formatVnd(d.totals.received)}</Text></Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Paper>
  );
}
