// The ranking as a table: rank, name (and group for an agency), participation (attendances out of
// staff × days worked), labour-days, concrete, the communes' average rating, the score and, when
// scores are equal, why one stands above the other. Scrolls sideways on a phone.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import { formatDecimal } from '../roads/shared';
import type { RankRow } from './api';

const podium = (r: RankRow) => r.rank <= 3 && r.score > 0;

export function RankingTable({ rows, label, withGroup, testId }: { rows: Array<RankRow & { kind?: 'group' | 'agency'; group?: { name: string; kind: 'group' | 'agency' } }>; label: string; withGroup?: boolean; testId: string }) {
  const { t, i18n } = useTranslation();
  const tie = (r: RankRow) => (r.tie ? (i18n.language === 'en' ? r.tie.en : r.tie.vi) : null);
  return (
    <Table.ScrollContainer minWidth={withGroup ? 1040 : 920}>
      <Table striped verticalSpacing="xs" aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="center">{t('ranking.col.rank')}</Table.Th>
            <Table.Th>{t('ranking.col.name')}</Table.Th>
            {withGroup && <Table.Th>{t('ranking.col.group')}</Table.Th>}
            <Table.Th ta="right">{t('ranking.col.participation')}</Table.Th>
            <Table.Th ta="right">{t('ranking.col.labourDays')}</Table.Th>
            <Table.Th ta="right">{t('ranking.col.volume')}</Table.Th>
            <Table.Th ta="right">{t('ranking.col.rating')}</Table.Th>
            <Table.Th ta="right">{t('ranking.col.score')}</Table.Th>
            <Table.Th>{t('ranking.col.tie')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              {/* The first three places stand out only when they scored something. */}
              <Table.Td ta="center"><Badge variant={podium(r) ? 'filled' : 'light'} color={podium(r) ? 'yellow.7' : 'gray'} circle>{r.rank}</Badge></Table.Td>
              <Table.Td fw={500} miw={withGroup ? 200 : 90} style={withGroup ? undefined : { whiteSpace: 'nowrap' }}>
                {r.name}
                {/* An agency assigned work on its own is ranked beside the groups, and says so. */}
                {r.kind === 'agency' && <Badge ml="xs" size="sm" variant="light" color="grape">{t('ranking.ownAgency')}</Badge>}
              </Table.Td>
              {withGroup && <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.group?.kind === 'agency' ? t('ranking.worksOnItsOwn') : r.group?.name}</Table.Td>}
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatDecimal(r.participationPercent, 2)}%
                <Text span size="xs" c="dimmed"> ({formatInteger(r.participants)}/{formatInteger(r.possible)})</Text>
              </Table.Td>
              <Table.Td ta="right">{formatDecimal(r.labourDays, 1)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatDecimal(r.volumeM3, 3)} m³</Table.Td>
              <Table.Td ta="right">{r.rating === null ? '—' : `${formatDecimal(r.rating, 2)}/4`}</Table.Td>
              <Table.Td ta="right" fw={700}>{formatDecimal(r.score, 2)}</Table.Td>
              <Table.Td><Text size="xs" c="dimmed" maw={360} lineClamp={3} title={tie(r) ?? undefined}>{tie(r)}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
