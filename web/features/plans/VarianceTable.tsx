// Registered vs actual per group and day: what the group registered (as the commune left it)
// against the workday record, "chưa có biên bản" until one exists.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../../lib/format';
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
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" data-testid="variance">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registrations.day')}</Table.Th>
                  <Table.Th>{t('registrations.group')}</Table.Th>
                  <Table.Th ta="right">{t('registrations.variance.registered')}</Table.Th>
                  <Table.Th ta="right">{t('registrations.variance.actual')}</Table.Th>
                  <Table.Th ta="right">{t('registrations.variance.difference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((v) => (
                  <Table.Tr key={`${v.day}-${v.groupId}`}>
                    <Table.Td>{formatDate(v.day)}</Table.Td>
                    <Table.Td>{v.groupName}<Text size="xs" c="dimmed">{v.communeName}</Text></Table.Td>
                    <Table.Td ta="right">{t('registrations.figures', { people: formatInteger(v.registeredHeadcount), m3: num(v.registeredVolumeM3) })}</Table.Td>
                    <Table.Td ta="right">
                      {v.actualRecorded && v.actualHeadcount !== null && v.actualVolumeM3 !== null
                        ? t('registrations.figures', { people: formatInteger(v.actualHeadcount), m3: num(v.actualVolumeM3) })
                        : <Text span c="dimmed" size="sm">{t('registrations.variance.notRecorded')}</Text>}
                    </Table.Td>
                    <Table.Td ta="right">
                      {v.headcountVariance !== null && v.volumeVarianceM3 !== null
                        ? `${signed(v.headcountVariance, formatInteger)} ${t('registrations.variance.people')} · ${signed(v.volumeVarianceM3, num)} m³`
                        : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  );
}
