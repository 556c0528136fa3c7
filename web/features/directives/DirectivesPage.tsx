// Directives (issue 8): the list with each one's progress, and the units' completion rates.
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatDate, formatInteger } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { COLOUR, useCompletion, useDirectives, type Counts } from './api';
import { DirectiveFormModal } from './DirectiveFormModal';

export function ProgressBadges({ p }: { p: Counts }) {
  const { t } = useTranslation();
  const done = p.doneOnTime + p.doneLate;
  return (
    <Group gap={4}>
      <Badge color="teal" variant="light">{t('directives.count.done', { n: formatInteger(done) })}</Badge>
      {p.open > 0 && <Badge color="blue" variant="light">{t('directives.count.open', { n: formatInteger(p.open) })}</Badge>}
      {p.overdue > 0 && <Badge color="red" variant="filled">{t('directives.count.overdue', { n: formatInteger(p.overdue) })}</Badge>}
      {p.cannotDo > 0 && <Badge color="orange" variant="light">{t('directives.count.cannotDo', { n: formatInteger(p.cannotDo) })}</Badge>}
    </Group>
  );
}

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

function CompletionTable() {
  const { t } = useTranslation();
  const completion = useCompletion();
  return (
    <Paper withBorder>
      <QueryState query={completion} isEmpty={(d) => d.items.length === 0}>
        {(d) => (
          <DataTable label={t('directives.completion')} rows={d.items} rowKey={(u) => u.unit.key} minWidth={640} columns={[
            { key: 'unit', header: t('directives.unit'), cell: (u) => u.unit.label },
            { key: 'due', header: t('directives.due'), align: 'right', cell: (u) => formatInteger(u.due) },
            { key: 'done', header: t('directives.status.done'), align: 'right', cell: (u) => formatInteger(u.done) },
            { key: 'overdue', header: t('directives.status.overdue'), align: 'right', td: (u) => ({ c: u.overdue ? 'red.7' : undefined, fw: u.overdue ? 700 : undefined }), cell: (u) => formatInteger(u.overdue) },
            { key: 'cannotDo', header: t('directives.status.cannot_do'), align: 'right', td: (u) => ({ c: u.cannotDo ? 'orange.8' : undefined }), cell: (u) => formatInteger(u.cannotDo) },
            { key: 'rate', header: t('directives.completionRate'), width: 200, cell: (u) => (
              <Group gap="xs" wrap="nowrap">
                <Progress value={(u.completionRate ?? 0) * 100} color={COLOUR[u.colour]} w={110} />
                <Text size="sm">{pct(u.completionRate)}</Text>
              </Group>
            ) },
            { key: 'timeliness', header: t('directives.timeliness'), align: 'right', cell: (u) => pct(u.timelinessRate) },
          ]} />
        )}
      </QueryState>
    </Paper>
  );
}

export function DirectivesPage() {
  const { t, i18n } = useTranslation();
  const directives = useDirectives();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const can = useCan();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader title={t('directives.title')} description={t('directives.description')}
        actions={<>
          <Anchor component={Link} to="/tasks">{t('directives.myTasks')}</Anchor>
          {can('directives.write') && <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('directives.form.new')}</Button>}
        </>} />
      {creating && <DirectiveFormModal onClose={() => setCreating(false)} />}
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="list">{t('directives.list')}</Tabs.Tab>
          <Tabs.Tab value="completion">{t('directives.completion')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <QueryState query={directives} isEmpty={(d) => d.items.length === 0} empty={<Paper withBorder><Empty title={t('directives.empty')} /></Paper>}>
            {(d) => (
              <Stack gap="sm">
                {d.items.map((x) => (
                  <Paper key={x.id} withBorder p="md">
                    <Group justify="space-between" align="flex-start" gap="sm">
                      <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                        <Group gap="xs">
                          <Badge variant="outline">{x.typeLabel[lang]}</Badge>
                          <Anchor component={Link} to={`/directives/${x.id}`} fw={700}>{t('directives.numbered', { number: x.number, date: formatDate(x.issuedOn) })}</Anchor>
                        </Group>
                        <Text size="sm">{x.summary}</Text>
                        <Text size="xs" c="dimmed">{x.issuingBody} · {x.signerTitle} {x.signerName}</Text>
                      </Stack>
                      <ProgressBadges p={x.progress} />
                    </Group>
                  </Paper>
                ))}
              </Stack>
            )}
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="completion"><CompletionTable /></Tabs.Panel>
      </Tabs>
    </>
  );
}
