// One directive (issue 8): heading, the tracking table (numbered items × units, each cell coloured
// by its worst status: overdue red, cannot do orange, open blue, done late yellow, done green),
// the numbered items with their tasks, and the overdue instances.
import { Anchor, Badge, Box, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatInteger } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { COLOUR, useTracking, type Counts, type Tracking } from './api';
import { ProgressBadges } from './DirectivesPage';

function Cell({ c }: { c: (Counts & { unitKey: string }) | undefined }) {
  const { t } = useTranslation();
  if (!c) return <Table.Td />;
  const done = c.doneOnTime + c.doneLate;
  const tip = t('directives.cellTip', { done, open: c.open, overdue: c.overdue, cannotDo: c.cannotDo });
  return (
    <Table.Td p={4}>
      <Tooltip label={tip}>
        <Box data-colour={c.colour} ta="center" py={4} px={6} style={{ borderRadius: 4, background: `var(--mantine-color-${COLOUR[c.colour]}-${c.colour === 'gray' ? 2 : 6})`, color: c.colour === 'yellow' || c.colour === 'gray' ? 'black' : 'white' }}
          aria-label={tip}>
          <Text size="xs" fw={700}>{formatInteger(done)}/{formatInteger(c.total)}</Text>
        </Box>
      </Tooltip>
    </Table.Td>
  );
}

function TrackingTable({ data }: { data: Tracking }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={Math.max(600, 240 + data.units.length * 80)}>
        <Table withColumnBorders verticalSpacing={4} aria-label={t('directives.tracking')} data-testid="tracking-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={240}>{t('directives.item')}</Table.Th>
              {data.units.map((u) => <Table.Th key={u.key} ta="center" fz="xs" style={{ minWidth: 76 }}>{u.label}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.item.id}>
                <Table.Td><Text size="sm" fw={600}>{r.item.ordinal}. {r.item.title ?? r.item.body.slice(0, 80)}</Text></Table.Td>
                {data.units.map((u) => <Cell key={u.key} c={r.cells.find((c) => c.unitKey === u.key)} />)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('directives.total')}</Table.Th>
              {data.units.map((u) => <Cell key={u.key} c={data.totals.byUnit.find((c) => c.unitKey === u.key)} />)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" p="xs">
        {(['green', 'yellow', 'blue', 'red', 'orange'] as const).map((c) => <Badge key={c} color={COLOUR[c]} variant="filled" size="sm">{t(`directives.legend.${c}`)}</Badge>)}
      </Group>
    </Paper>
  );
}

export function DirectivePage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().id);
  const tracking = useTracking(id);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <QueryState query={tracking}>
      {(d) => (
        <>
          <PageHeader title={`${d.directive.typeLabel[lang]} ${t('directives.numbered', { number: d.directive.number, date: formatDate(d.directive.issuedOn) })}`}
            description={<>{d.directive.summary}<br />{d.directive.issuingBody} · {d.directive.signerTitle} {d.directive.signerName}</>}
            actions={<ProgressBadges p={d.directive.progress} />} />
          <Title order={3} size="h4" mb="xs">{t('directives.tracking')}</Title>
          <TrackingTable data={d} />
          {d.overdue.length > 0 && (
            <>
              <Title order={3} size="h4" mt="lg" mb="xs" c="red.7">{t('directives.overdueList', { n: d.overdue.length })}</Title>
              <Paper withBorder p="sm">
                <Stack gap={4}>
                  {d.overdue.map((o) => (
                    <Text key={o.id} size="sm"><Badge color="red" size="sm" mr={6}>{formatDate(o.dueOn)}</Badge>{o.assignee.label}: {o.description}</Text>
                  ))}
                </Stack>
              </Paper>
            </>
          )}
          <Title order={3} size="h4" mt="lg" mb="xs">{t('directives.items')}</Title>
          <Stack gap="sm">
            {d.rows.map((r) => (
              <Paper key={r.item.id} withBorder p="md">
                <Text fw={700}>{r.item.ordinal}. {r.item.title}</Text>
                <Text size="sm" c="dimmed" mb="xs">{r.item.body}</Text>
                <Stack gap={6}>
                  {r.tasks.map((task) => (
                    <Group key={task.id} justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                      <Stack gap={0} style={{ flex: '1 1 300px', minWidth: 0 }}>
                        <Text size="sm">{r.item.ordinal}.{task.ordinal}. {task.description}</Text>
                        <Text size="xs" c="dimmed">
                          {task.repeat === 'none' && task.dueDate ? t('directives.dueOn', { date: formatDate(task.dueDate) }) : t(`directives.repeat.${task.repeat}`, { defaultValue: task.repeat })}
                          {' · '}{task.unitKeys.map((k) => d.units.find((u) => u.key === k)?.label ?? k).join(', ')}
                        </Text>
                      </Stack>
                      <ProgressBadges p={task.progress} />
                    </Group>
                  ))}
                </Stack>
              </Paper>
            ))}
          </Stack>
          <Anchor component={Link} to="/directives" mt="md" display="block">{t('directives.back')}</Anchor>
        </>
      )}
    </QueryState>
  );
}
