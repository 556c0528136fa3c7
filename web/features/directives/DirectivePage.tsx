// One directive (issue 8): heading, the tracking table (numbered items × units, each cell coloured
// by its worst status: overdue red, cannot do orange, open blue, done late yellow, done green),
// the numbered items with their tasks, and the overdue instances. The office (from the directive's
// `actions`) changes the heading, adds items and tasks; a cell opens its instances (reopen there).
import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFileText, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RecipientsCard } from '../recipients/RecipientsCard'; // issue 18
import { Link, useParams } from 'react-router';
import { formatDate, formatInteger, formatPeriod } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { COLOUR, useTracking, type Counts, type Task, type Tracking } from './api';
import { CellInstances } from './CellInstances';
import { DirectiveFormModal } from './DirectiveFormModal';
import { ProgressBadges } from './DirectivesPage';
import { ItemFormModal } from './ItemFormModal';
import { TaskFormModal } from './TaskFormModal';

/** "Hạn 29/10/2021", "Hằng tuần vào Thứ Bảy, 23/10/2021 – 27/11/2021", "Hằng tháng vào ngày 25, …". */
function scheduleText(task: Task, t: TFunction): string {
  if (task.repeat === 'none') return task.dueDate ? t('directives.dueOn', { date: formatDate(task.dueDate) }) : t('directives.repeat.none');
  const period = formatPeriod(task.startDate, task.endDate);
  if (task.repeat === 'weekly' && task.weekday !== null && task.weekday !== undefined) {
    return t('directives.form.weeklyOn', { day: t(`directives.form.weekdays.${task.weekday}`), period });
  }
  if (task.repeat === 'monthly' && task.monthDay) return t('directives.form.monthlyOn', { day: task.monthDay, period });
  return t(`directives.repeat.${task.repeat}`, { defaultValue: task.repeat });
}

type OpenCell = { itemId: number; itemLabel: string; unitKey: string; unitLabel: string };

function Cell({ c, onOpen }: { c: (Counts & { unitKey: string }) | undefined; onOpen?: () => void }) {
  const { t } = useTranslation();
  if (!c) return <Table.Td />;
  const done = c.doneOnTime + c.doneLate;
  const tip = t('directives.cellTip', { done, open: c.open, overdue: c.overdue, cannotDo: c.cannotDo });
  const style = { borderRadius: 4, background: `var(--mantine-color-${COLOUR[c.colour]}-${c.colour === 'gray' ? 2 : 6})`, color: c.colour === 'gray' ? 'black' : 'white' }; // shade 6 of the theme takes white text at ≥ 4.5:1
  const label = <Text size="xs" fw={700}>{formatInteger(done)}/{formatInteger(c.total)}</Text>;
  return (
    <Table.Td p={4}>
      <Tooltip label={tip}>
        {onOpen ? (
          <UnstyledButton onClick={onOpen} w="100%" data-colour={c.colour} ta="center" py={4} px={6} style={style} aria-label={`${formatInteger(done)}/${formatInteger(c.total)} — ${tip}`}>{label}</UnstyledButton>
        ) : (
          <Box data-colour={c.colour} ta="center" py={4} px={6} style={style} title={tip}>{label}</Box>
        )}
      </Tooltip>
    </Table.Td>
  );
}

function TrackingTable({ data, onOpen }: { data: Tracking; onOpen: (c: OpenCell) => void }) {
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
                {data.units.map((u) => (
                  <Cell key={u.key} c={r.cells.find((c) => c.unitKey === u.key)}
                    onOpen={() => onOpen({ itemId: r.item.id, itemLabel: `${r.item.ordinal}. ${r.item.title ?? r.item.body.slice(0, 40)}`, unitKey: u.key, unitLabel: u.label })} />
                ))}
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
  const [editing, setEditing] = useState(false);
  const [addingItem, setAddingItem] = useState(false);
  const [taskFor, setTaskFor] = useState<{ id: number; label: string } | null>(null);
  const [cell, setCell] = useState<OpenCell | null>(null);
  return (
    <QueryState query={tracking}>
      {(d) => {
        const actions = d.directive.actions ?? [];
        return (
        <>
          <PageHeader title={`${d.directive.typeLabel[lang]} ${t('directives.numbered', { number: d.directive.number, date: formatDate(d.directive.issuedOn) })}`}
            description={<>{d.directive.summary}<br />{d.directive.issuingBody} · {d.directive.signerTitle} {d.directive.signerName}</>}
            actions={<>
              <ProgressBadges p={d.directive.progress} />
              {actions.includes('edit') && <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
            </>} />
          {(d.directive.documents ?? []).length > 0 && (
            <Group gap="xs" mb="md">
              {d.directive.documents!.map((f) => (
                <Anchor key={f.id} href={f.url} target="_blank" size="sm"><Group gap={4} component="span"><IconFileText size={16} />{f.filename}</Group></Anchor>
              ))}
            </Group>
          )}
          {editing && <DirectiveFormModal directive={d.directive} onClose={() => setEditing(false)} />}
          {addingItem && <ItemFormModal directiveId={id} nextOrdinal={Math.max(0, ...d.rows.map((r) => r.item.ordinal)) + 1} onClose={() => setAddingItem(false)} />}
          {taskFor && <TaskFormModal itemId={taskFor.id} itemLabel={taskFor.label} campaignId={d.directive.campaignId ?? null} onClose={() => setTaskFor(null)} />}
          <CellInstances directiveId={id} cell={cell} onClose={() => setCell(null)} />
          <Title order={2} size="h4" mb="xs">{t('directives.tracking')}</Title>
          {d.rows.length === 0 ? <Paper withBorder p="md"><Text size="sm" c="dimmed">{t('directives.form.noItems')}</Text></Paper> : <TrackingTable data={d} onOpen={setCell} />}
          {d.overdue.length > 0 && (
            <>
              <Title order={2} size="h4" mt="lg" mb="xs" c="red.7">{t('directives.overdueList', { n: d.overdue.length })}</Title>
              <Paper withBorder p="sm">
                <Stack gap={4}>
                  {d.overdue.map((o) => (
                    <Text key={o.id} size="sm"><Badge color="red" size="sm" mr={6}>{formatDate(o.dueOn)}</Badge>{o.assignee.label}: {o.description}</Text>
                  ))}
                </Stack>
              </Paper>
            </>
          )}
          <RecipientsCard directiveId={id} />
          <Group justify="space-between" mt="lg" mb="xs">
            <Title order={2} size="h4">{t('directives.items')}</Title>
            {actions.includes('addItem') && <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAddingItem(true)}>{t('directives.form.addItem')}</Button>}
          </Group>
          <Stack gap="sm">
            {d.rows.map((r) => (
              <Paper key={r.item.id} withBorder p="md">
                <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                  <Text fw={700}>{r.item.ordinal}. {r.item.title}</Text>
                  {actions.includes('addTask') && (
                    <Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />}
                      onClick={() => setTaskFor({ id: r.item.id, label: `${r.item.ordinal}. ${r.item.title ?? r.item.body.slice(0, 40)}` })}>
                      {t('directives.form.addTask')}
                    </Button>
                  )}
                </Group>
                <Text size="sm" c="dimmed" mb="xs">{r.item.body}</Text>
                <Stack gap={6}>
                  {r.tasks.map((task) => (
                    <Group key={task.id} justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                      <Stack gap={0} style={{ flex: '1 1 300px', minWidth: 0 }}>
                        <Text size="sm">{r.item.ordinal}.{task.ordinal}. {task.description}</Text>
                        <Text size="xs" c="dimmed">
                          {scheduleText(task, t)}
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
        );
      }}
    </QueryState>
  );
}
