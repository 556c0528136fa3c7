// Each road's route schedule (lộ trình), commune by commune: on a desktop a Gantt-like grid, one row
// per segment in chainage order and one column per Saturday, a filled cell where the segment is
// planned and a mark where it is already poured; on a phone, a list of segments with their Saturdays.
import { Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SeasonView } from './api';

const ddmm = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;
const DONE = new Set(['poured', 'accepted']);

export function RouteSchedule({ v, phone, lang }: { v: SeasonView; phone: boolean; lang: string }) {
  const { t } = useTranslation();
  const team = new Map(v.teams.map((x) => [x.id, x.name]));
  const m3 = (l: number) => (l / 1000).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  return (
    <Stack gap="md" data-testid="season-routes">
      {v.communes.map((c) => {
        const roads = v.roads.filter((r) => r.communeId === c.communeId);
        if (!roads.length) return null;
        return (
          <Paper key={c.communeId} withBorder p="sm">
            <Text fw={700} mb="xs">{t('season.commune', { name: c.name })}</Text>
            {phone ? (
              <Stack gap="sm">
                {roads.map((r) => (
                  <div key={r.id} data-testid="season-route">
                    <Text fw={600} size="sm">{r.name}</Text>
                    {r.segments.map((s) => (
                      <Group key={s.id} gap={6} wrap="nowrap" align="flex-start">
                        <Text size="sm" style={{ minWidth: 150 }}>{s.chainage}</Text>
                        <Text size="sm" c={DONE.has(s.status) ? 'teal.8' : undefined}>
                          {DONE.has(s.status) ? t('season.poured') : s.plannedDays.length ? s.plannedDays.map(ddmm).join(', ') : t('season.notPlanned')}
                        </Text>
                      </Group>
                    ))}
                  </div>
                ))}
              </Stack>
            ) : (
              <Table.ScrollContainer minWidth={400 + v.days.length * 44}>
                {/* Hand-built, not DataTable: a Gantt grid, one column per Saturday, each road a heading row spanning every column above its segments. */}
                <Table withTableBorder withColumnBorders fz="xs" data-testid="season-gantt">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('season.segment')}</Table.Th>
                      <Table.Th>{t('season.group')}</Table.Th>
                      <Table.Th ta="right">{t('season.remaining')}</Table.Th>
                      {v.days.map((d) => <Table.Th key={d} ta="center" px={2}>{ddmm(d)}</Table.Th>)}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {roads.flatMap((r) => [
                      <Table.Tr key={`r${r.id}`}><Table.Td colSpan={3 + v.days.length} fw={700} bg="var(--mantine-color-gray-1)">{r.name}</Table.Td></Table.Tr>,
                      ...r.segments.map((s) => (
                        <Table.Tr key={s.id}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.chainage}</Table.Td>
                          <Table.Td>{s.teamId ? team.get(s.teamId) : '—'}</Table.Td>
                          <Table.Td ta="right">{DONE.has(s.status) ? <Badge size="xs" color="teal">{t('season.poured')}</Badge> : `${m3(s.remainingLitres)} m³`}</Table.Td>
                          {v.days.map((d) => {
                            const on = s.plannedDays.includes(d);
                            return <Table.Td key={d} p={0} aria-label={on ? t('season.plannedOn', { day: ddmm(d) }) : undefined}
                              style={{ background: on ? 'var(--mantine-color-blue-5)' : undefined, minWidth: 40 }} />;
                          })}
                        </Table.Tr>
                      )),
                    ])}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
