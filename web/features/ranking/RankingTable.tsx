// The ranking as a table: rank, name (and group for an agency), participation (attendances out of
// staff × days worked), labour-days, concrete, the communes' average rating, the score and, when
// scores are equal, why one stands above the other. Scrolls sideways on a phone.
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { formatDecimal } from '../roads/shared';
import type { RankRow } from './api';

const podium = (r: RankRow) => r.rank <= 3 && r.score > 0;

export function RankingTable({ rows, label, withGroup, testId }: { rows: Array<RankRow & { kind?: 'group' | 'agency'; group?: { name: string; kind: 'group' | 'agency' } }>; label: string; withGroup?: boolean; testId: string }) {
  const { t, i18n } = useTranslation();
  const tie = (r: RankRow) => (r.tie ? (i18n.language === 'en' ? r.tie.en : r.tie.vi) : null);
  return (
    <DataTable label={label} testId={testId} rows={rows} rowKey={(r) => r.id} minWidth={withGroup ? 1040 : 920} columns={[
      // The first three places stand out only when they scored something.
      { key: 'rank', header: t('ranking.col.rank'), align: 'center',
        cell: (r) => <Badge variant={podium(r) ? 'filled' : 'light'} color={podium(r) ? 'yellow.7' : 'gray'} circle>{r.rank}</Badge> },
      { key: 'name', header: t('ranking.col.name'), td: () => ({ fw: 500, miw: withGroup ? 200 : 90, style: withGroup ? undefined : { whiteSpace: 'nowrap' } }), cell: (r) => (
        <>
          {r.name}
          {/* An agency assigned work on its own is ranked beside the groups, and says so. */}
          {r.kind === 'agency' && <Badge ml="xs" size="sm" variant="light" color="grape">{t('ranking.ownAgency')}</Badge>}
        </>
      ) },
      withGroup && { key: 'group', header: t('ranking.col.group'), nowrap: true, cell: (r) => (r.group?.kind === 'agency' ? t('ranking.worksOnItsOwn') : r.group?.name) },
      { key: 'participation', header: t('ranking.col.participation'), align: 'right', nowrap: true, cell: (r) => (
        <>
          {formatDecimal(r.participationPercent, 2)}%
          <Text span size="xs" c="dimmed"> ({formatInteger(r.participants)}/{formatInteger(r.possible)})</Text>
        </>
      ) },
      { key: 'labourDays', header: t('ranking.col.labourDays'), align: 'right', cell: (r) => formatDecimal(r.labourDays, 1) },
      { key: 'volume', header: t('ranking.col.volume'), align: 'right', nowrap: true, cell: (r) => `${formatDecimal(r.volumeM3, 3)} m³` },
      { key: 'rating', header: t('ranking.col.rating'), align: 'right', cell: (r) => (r.rating === null ? '—' : `${formatDecimal(r.rating, 2)}/4`) },
      { key: 'score', header: t('ranking.col.score'), align: 'right', td: () => ({ fw: 700 }), cell: (r) => formatDecimal(r.score, 2) },
      { key: 'tie', header: t('ranking.col.tie'), cell: (r) => <Text size="xs" c="dimmed" maw={360} lineClamp={3} title={tie(r) ?? undefined}>{tie(r)}</Text> },
    ]} />
  );
}
