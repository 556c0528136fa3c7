// Groups of a campaign: lead agency, members with their staff counts, staff total; search by group
// or member agency; create and edit (from permissions and each group's `actions`).
import { Badge, Button, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconStarFilled } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { formatInteger } from '../../lib/format';
import type { Group as AgencyGroup } from '../../lib/types';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { SearchInput } from '../../ui/SearchInput';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { useGroups } from './api';
import { GroupFormModal } from './GroupFormModal';

function GroupCard({ group, onEdit }: { group: AgencyGroup; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="group-card" aria-label={group.name} component="section">
      <Group justify="space-between" wrap="nowrap" align="flex-start" mb="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz={18}>{group.name}</Title>
          {group.kind === 'agency'
            ? <Badge variant="light" color="grape">{t('groups.ownAgency')}</Badge>
            : <Text size="sm" c="dimmed">{t('groups.lead')}: <Text span c="var(--mantine-color-text)" fw={500}>{group.leadAgency.name}</Text></Text>}
        </div>
        {group.actions.includes('edit') && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={t('groups.editNamed', { name: group.name })}
            style={{ flexShrink: 0 }}>
            {t('common.edit')}
          </Button>
        )}
      </Group>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('groups.memberAgency')}</Table.Th>
            <Table.Th ta="right">{t('agencies.staffCount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {group.members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {m.isLead && <IconStarFilled size={12} color="var(--mantine-color-teal-6)" aria-label={t('groups.lead')} />}
                  <span>{m.name}</span>
                </Group>
              </Table.Td>
              <Table.Td ta="right">{formatInteger(m.staffCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('groups.staffTotal')} ({t('groups.memberCount', { n: group.members.length })})</Table.Th>
            <Table.Th ta="right" data-testid="group-staff-total">{formatInteger(group.staffTotal)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Card>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const onSearch = useCallback((v: string) => setQ(v), []);
  const onCampaign = useCallback((id: number | null) => setCampaignId(id), []);
  const groups = useGroups(campaignId, q);
  const [editing, setEditing] = useState<AgencyGroup | 'new' | null>(null);
  const items = groups.data?.items ?? [];

  return (
    <>
      <PageHeader title={t('groups.title')} description={t('groups.description')}
        actions={can('groups.write') && campaignId !== null && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('groups.add')}</Button>
        )} />
      <Group mb="md" align="flex-end" gap="sm">
        <CampaignSelect value={campaignId} onChange={onCampaign} />
        <SearchInput label={t('groups.search')} onSearch={onSearch} />
      </Group>
      {campaignId === null ? <Empty title={t('campaigns.choose')} /> : (
        <QueryState query={groups} isEmpty={(d) => d.items.length === 0}
          empty={<Empty title={q ? t('common.noMatch', { q }) : t('groups.empty')} />}>
          {() => (
            <>
              <Group gap="md" mb="sm">
                <Badge variant="light" size="lg">{t('groups.summaryGroups', { n: formatInteger(items.length) })}</Badge>
                <Badge variant="light" size="lg" color="gray">
                  {t('groups.summaryStaff', { n: formatInteger(items.reduce((s, g) => s + g.staffTotal, 0)) })}
                </Badge>
              </Group>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                {items.map((g) => <GroupCard key={g.id} group={g} onEdit={() => setEditing(g)} />)}
              </SimpleGrid>
            </>
          )}
        </QueryState>
      )}
      {editing && campaignId !== null && (
        <GroupFormModal campaignId={campaignId} group={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
