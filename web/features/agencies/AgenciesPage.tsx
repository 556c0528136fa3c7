// Agencies: searchable table (name, short name, staff count, contact, group) with create and edit.
// Buttons come from /auth/me permissions (create) and each agency's `actions` (edit).
import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus, IconStarFilled } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInteger } from '../../lib/format';
import type { Agency } from '../../lib/types';
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
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('agencies.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('agencies.name')}</Table.Th>
                    <Table.Th>{t('agencies.shortName')}</Table.Th>
                    <Table.Th ta="right">{t('agencies.staffCount')}</Table.Th>
                    <Table.Th>{t('agencies.contact')}</Table.Th>
                    <Table.Th>{t('agencies.group')}</Table.Th>
                    <Table.Th w={50}><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td fw={500}>{a.name}</Table.Td>
                      <Table.Td>{a.shortName ?? '—'}</Table.Td>
                      <Table.Td ta="right">{formatInteger(a.staffCount)}</Table.Td>
                      <Table.Td>
                        {a.contactName || a.contactPhone
                          ? <><Text size="sm">{a.contactName}</Text><Text size="xs" c="dimmed">{a.contactPhone}</Text></>
                          : <Text size="sm" c="dimmed">—</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {a.groups.length ? a.groups.map((g) => (
                            <Badge key={g.id} variant="light" color={g.isLead ? 'teal' : 'gray'} miw="max-content"
                              leftSection={g.isLead ? <IconStarFilled size={10} /> : undefined} title={g.isLead ? t('groups.lead') : undefined}>
                              {g.name}
                            </Badge>
                          )) : <Text size="sm" c="dimmed">—</Text>}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {a.actions.includes('edit') && (
                          <Tooltip label={t('common.edit')}>
                            <ActionIcon variant="subtle" aria-label={t('agencies.editNamed', { name: a.name })} onClick={() => setEditing(a)}>
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      {editing && <AgencyFormModal agency={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
