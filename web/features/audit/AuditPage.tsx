// Audit log (admin, coordinator): filter by entity, user, action and date range; newest first, more
// on demand; each row opens to show before and after side by side.
import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useInfiniteQuery } from '@tanstack/react-query';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { typedApi } from '../../lib/typed-api';
import { formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { DATE_FORMAT } from '../campaigns/CampaignFormModal';
import { accentFilter } from '../../lib/combobox';
import { useUsers } from '../users/api';
import { AuditDiff } from './AuditDiff';
import { renderAuditText } from '../../../domain/audit-text';

import moreLabels from './i18n/vi.json';

// The first modules' entities and actions, then those of the later ones (this folder's i18n names them all).
const ENTITIES = ['agency', 'group', 'campaign', 'admin_unit', 'user', ...Object.keys(moreLabels.audit.entities)];
const ACTIONS = ['create', 'update', 'import', 'add_day', 'remove_day', 'login', 'change_password', 'update+reset_password', 'upload',
  ...Object.keys(moreLabels.audit.actions)];

interface Filters { entity: string | null; userId: string | null; action: string | null; range: [string | null, string | null] }

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const can = useCan();
  const [f, setF] = useState<Filters>({ entity: null, userId: null, action: null, range: [null, null] });
  const [open, setOpen] = useState<Set<number>>(new Set());
  // Only the admin may list users; others pick from the people seen in the log so far.
  const users = useUsers('', can('users.read'));

  const query = useInfiniteQuery({
    queryKey: ['audit', f],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => typedApi.get('/audit-log', { query: {
      entity: f.entity ?? undefined, userId: f.userId ? Number(f.userId) : undefined, action: f.action ?? undefined,
      from: f.range[0] ?? undefined, to: f.range[1] ?? f.range[0] ?? undefined, cursor: pageParam, limit: 50,
    } }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const entries = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);

  const [seenUsers, setSeenUsers] = useState<Map<string, string>>(new Map());
  const fresh = entries.filter((e) => e.user && !seenUsers.has(String(e.user.id)));
  if (fresh.length) {
    const next = new Map(seenUsers);
    for (const e of fresh) next.set(String(e.user!.id), `${e.user!.displayName ?? ''} (${e.user!.username ?? ''})`);
    setSeenUsers(next);
  }
  const userOptions = users.data
    ? users.data.items.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))
    : [...seenUsers].map(([value, label]) => ({ value, label }));

  const toggle = (id: number) => setOpen((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id); else n.add(id);
    return n;
  });
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setF((p) => ({ ...p, [k]: v }));

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select label={t('audit.entity')} placeholder={t('common.all')} value={f.entity} onChange={(v) => set('entity', v)} clearable
            data={ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) }))} searchable filter={accentFilter} w={{ base: '100%', xs: 180 }} />
          <Select label={t('audit.user')} placeholder={t('common.all')} value={f.userId} onChange={(v) => set('userId', v)} clearable searchable
            data={userOptions} w={{ base: '100%', xs: 240 }} />
          <Select label={t('audit.action')} placeholder={t('common.all')} value={f.action} onChange={(v) => set('action', v)} clearable
            data={ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))} searchable filter={accentFilter} w={{ base: '100%', xs: 200 }} />
          <DatePickerInput type="range" label={t('audit.dates')} placeholder={t('audit.datesPlaceholder')} value={f.range}
            onChange={(v) => set('range', v as Filters['range'])} valueFormat={DATE_FORMAT} clearable allowSingleDateInRange
            w={{ base: '100%', xs: 260 }} popoverProps={{ withinPortal: true }} />
        </Group>
      </Paper>
      <Paper withBorder>
        <QueryState query={{ ...query, data: query.data ? entries : undefined }} isEmpty={(d) => d.length === 0} empty={<Empty title={t('audit.empty')} />}>
          {(items) => (
            <>
              <DataTable label={t('audit.title')} rows={items} rowKey={(e) => e.id} minWidth={760} striped={false} verticalSpacing={6}
                rowProps={(e) => ({ onClick: () => toggle(e.id), style: { cursor: 'pointer' }, 'data-testid': 'audit-row' })}
                detailCell={{ bg: 'gray.0' }}
                detail={(e) => open.has(e.id) && (
                  <Stack gap={4} p={4}>
                    <AuditDiff before={e.before} after={e.after} />
                    {e.ip && <Text size="xs" c="dimmed">IP: {e.ip}</Text>}
                  </Stack>
                )} columns={[
                  { key: 'toggle', width: 36, cell: (e) => (
                    <ActionIcon variant="subtle" size="sm" aria-expanded={open.has(e.id)} aria-label={t(open.has(e.id) ? 'audit.hide' : 'audit.show')}
                      onClick={(ev) => { ev.stopPropagation(); toggle(e.id); }}>
                      {open.has(e.id) ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                    </ActionIcon>
                  ) },
                  { key: 'at', header: t('audit.at'), width: 140, nowrap: true, cell: (e) => formatDateTime(e.at) },
                  { key: 'user', header: t('audit.user'), cell: (e) => (e.user ? (e.user.displayName ?? e.user.username) : <Text span size="sm" c="dimmed">{t('audit.system')}</Text>) },
                  { key: 'action', header: t('audit.action'), nowrap: true, cell: (e) => (
                    <Badge variant="light" miw="max-content" color={e.action === 'create' ? 'teal' : e.action === 'update' ? 'blue' : 'gray'}>
                      {t(`audit.actions.${e.action}`, { defaultValue: e.action })}</Badge>
                  ) },
                  { key: 'entity', header: t('audit.entity'), cell: (e) => `${t(`audit.entities.${e.entity}`, { defaultValue: e.entity })}${e.entityId ? ` #${e.entityId}` : ''}` },
                  { key: 'summary', header: t('audit.summary'), cell: (e) => (e.summaryText && renderAuditText(e.summaryText, lang)) ?? e.summary },
                ]} />
              {query.hasNextPage && (
                <Group justify="center" p="sm">
                  <Button variant="light" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>{t('common.loadMore')}</Button>
                </Group>
              )}
            </>
          )}
        </QueryState>
      </Paper>
    </>
  );
}
