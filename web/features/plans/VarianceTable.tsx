// Registered vs actual per group and day: what the group registered (as the commune left it)
// against the workday record, "chưa có biên bản" until one exists.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Empty, QueryState } from '../../ui/QueryState';
import { useVariance } from './api';
import { num } from './shared';

const signed = (n: number, f: (x: number) => string) => (n > 0 ? `+${f(n)}` : f(n));

export function VarianceTable({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const q = useVariance(campaignId);
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">{t('registrations.variance.description')}</Text>
      <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('registrations.variance.empty')} />}>
        {(d) => (
          <DataTable testId="variance" rows={d.items} rowKey={(v) => `${v.day}-${v.groupId}`} minWidth={640} columns={[
            { key: 'day', header: t('registrations.day'), cell: (v) => formatDate(v.day) },
            { key: 'group', header: t('registrations.group'), cell: (v) => <>{v.groupName}<Text size="xs" c="dimmed">{v.communeName}</Text></> },
            { key: 'registered', header: t('registrations.variance.registered'), align: 'right',
              cell: (v) => t('registrations.figures', { people: formatInteger(v.registeredHeadcount), m3: num(v.registeredVolumeM3) }) },
            { key: 'actual', header: t('registrations.variance.actual'), align: 'right', cell: (v) => (v.actualRecorded && v.actualHeadcount !== null && v.actualVolumeM3 !== null
              ? t('registrations.figures', { people: formatInteger(v.actualHeadcount), m3: num(v.actualVolumeM3) })
              : <Text span c="dimmed" size="sm">{t('registrations.variance.notRecorded')}</Text>) },
            { key: 'difference', header: t('registrations.variance.difference'), align: 'right', cell: (v) => (v.headcountVariance !== null && v.volumeVarianceM3 !== null
              ? `${signed(v.headcountVariance, formatInteger)} ${t('registrations.variance.people')} · ${signed(v.volumeVarianceM3, num)} m³`
              : '—') },
          ]} />
        )}
      </QueryState>
    </>
  );
}
