// Agencies: searchable table (name, short name, staff count, contact, group) with create and edit.
// Buttons come from /auth/me permissions (create) and each agency's `actions` (edit).
import { ActionIcon, Badge, Button, Group, Paper, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconStarFilled } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInteger } from '../../lib/format';
import type { Agency } from '../../lib/types';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { SearchInput } from '../../ui/SearchInput';
import { useAgencies } from './api';
import { AgencyFormModal } from './AgencyFormModal';

export function AgenciesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [q, setQ] = useState('');
  const onSearch = useCallback((v: string) => setQ(v), []);
  const agencies = useAgencies(q);
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);

  return (
    <>
      <PageHeader title={t('agencies.title')} description={t('agencies.description')}
        actions={can('agencies.write') && <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('agencies.add')}</Button>} />
      <Group mb="sm" justify="space-between">
        <SearchInput label={t('agencies.search')} onSearch={onSearch} />
        {agencies.data && <Text size="sm" c="dimmed">{t('common.count', { n: formatInteger(agencies.data.items.length) })}</Text>}
      </Group>
      <Paper withBorder>
        <QueryState query={agencies} isEmpty={(d) => d.items.length === 0}
          empty={<Empty title={q ? t('common.noMatch', { q }) : t('agencies.empty')} />}>
          {(data) => (
            <DataTable label={t('agencies.title')} rows={data.items} rowKey={(a) => a.id} minWidth={720} highlightOnHover columns={[
              { key: 'name', header: t('agencies.name'), cell: (a) => a.name, td: () => ({ fw: 500 }) },
              { key: 'short', header: t('agencies.shortName'), cell: (a) => a.shortName ?? '—' },
              { key: 'staff', header: t('agencies.staffCount'), align: 'right', cell: (a) => formatInteger(a.staffCount) },
              { key: 'contact', header: t('agencies.contact'), cell: (a) => (a.contactName || a.contactPhone
                ? <><Text size="sm">{a.contactName}</Text><Text size="xs" c="dimmed">{a.contactPhone}</Text></>
                : <Text size="sm" c="dimmed">—</Text>) },
              { key: 'group', header: t('agencies.group'), cell: (a) => (
                <Group gap={4}>
                  {a.groups.length ? a.groups.map((g) => (
                    <Badge key={g.id} variant="light" color={g.isLead ? 'teal' : 'gray'} miw="max-content"
                      leftSection={g.isLead ? <IconStarFilled size={10} /> : undefined} title={g.isLead ? t('groups.lead') : undefined}>
                      {g.name}
                    </Badge>
                  )) : <Text size="sm" c="dimmed">—</Text>}
                </Group>
              ) },
              { key: 'actions', header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>, width: 50, cell: (a) => a.actions.includes('edit') && (
                <Tooltip label={t('common.edit')}>
                  <ActionIcon variant="subtle" aria-label={t('agencies.editNamed', { name: a.name })} onClick={() => setEditing(a)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Tooltip>
              ) },
            ]} />
          )}
        </QueryState>
      </Paper>
      {editing && <AgencyFormModal agency={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
