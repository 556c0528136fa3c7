// The mix tables as loaded: for each table its source and cement type, the rows with their figures
// per m³, and the rows its source covers whose figures are not confirmed, flagged and without
// figures (so a missing M300 reads "not confirmed", not "forgotten").
import { Accordion, Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMixTables } from '../roads/api';
import { formatDecimal } from '../roads/shared';

export function MixTablesPanel() {
  const { t } = useTranslation();
  const tables = useMixTables();
  const items = tables.data?.items ?? [];
  return (
    <Paper withBorder p="md" mt="md">
      <Title order={2} fz="lg">{t('mixTables.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('mixTables.description')}</Text>
      <Accordion multiple variant="separated">
        {items.map((m) => (
          <Accordion.Item key={m.code} value={m.code}>
            <Accordion.Control>
              <Stack gap={2}>
                <Text fw={600} size="sm">{m.name}{m.isDefault ? ` (${t('mixTables.default')})` : ''}</Text>
                <Group gap={6}>
                  <Badge variant="light" color="teal" size="sm">{t('mixTables.loaded', { n: m.rows.length })}</Badge>
                  {m.unconfirmed.length > 0 && <Badge variant="light" color="orange" size="sm">{t('mixTables.unconfirmedCount', { n: m.unconfirmed.length })}</Badge>}
                </Group>
              </Stack>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="xs" c="dimmed">{m.source}</Text>
              <Text size="xs" c="dimmed" mb="xs">{m.cementType ? t('mixTables.cement', { type: m.cementType }) : t('mixTables.cementUnknown')}{m.note ? ` · ${m.note}` : ''}</Text>
              <ScrollArea type="auto">
                <Table verticalSpacing={4} withTableBorder miw={420} aria-label={m.name}>
                  <Table.Thead><Table.Tr>
                    <Table.Th>{t('mixTables.grade')}</Table.Th><Table.Th>{t('mixTables.stone')}</Table.Th>
                    <Table.Th ta="right">{t('mixTables.cementKg')}</Table.Th><Table.Th ta="right">{t('mixTables.sandM3')}</Table.Th>
                    <Table.Th ta="right">{t('mixTables.stoneM3')}</Table.Th><Table.Th ta="right">{t('mixTables.waterL')}</Table.Th>
                  </Table.Tr></Table.Thead>
                  <Table.Tbody>
                    {[...m.rows.map((r) => ({ ...r, flagged: false as const })), ...m.unconfirmed.map((u) => ({ ...u, flagged: true as const }))]
                      .sort((a, b) => `${a.grade}${a.stone}`.localeCompare(`${b.grade}${b.stone}`))
                      .map((r) => (
                        <Table.Tr key={`${r.grade}${r.stone}`}>
                          <Table.Td>{r.grade}</Table.Td><Table.Td>{r.stone}</Table.Td>
                          {r.flagged
                            ? <Table.Td colSpan={4} title={r.reason}><Badge variant="light" color="orange" size="sm">{t('mixTables.unconfirmed')}</Badge></Table.Td>
                            : <>
                              <Table.Td ta="right">{formatDecimal(r.cementKg, 3)}</Table.Td><Table.Td ta="right">{formatDecimal(r.sandM3, 4)}</Table.Td>
                              <Table.Td ta="right">{formatDecimal(r.stoneM3, 4)}</Table.Td><Table.Td ta="right">{formatDecimal(r.waterL, 3)}</Table.Td>
                            </>}
                        </Table.Tr>
                      ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}
