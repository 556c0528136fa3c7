// Campaigns, newest first: name, district, period, target communes, days and groups; create.
import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatInteger, formatPeriod } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { useCampaigns } from './api';
import { CampaignFormModal } from './CampaignFormModal';

export function CampaignsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const campaigns = useCampaigns();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader title={t('campaigns.title')} description={t('campaigns.description')}
        actions={can('campaigns.write') && <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('campaigns.add')}</Button>} />
      <Paper withBorder>
        <QueryState query={campaigns} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('campaigns.empty')} />}>
          {(data) => (
            <Table.ScrollContainer minWidth={720}>
              <Table highlightOnHover verticalSpacing="sm" aria-label={t('campaigns.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('campaigns.name')}</Table.Th>
                    <Table.Th>{t('campaigns.period')}</Table.Th>
                    <Table.Th>{t('campaigns.communes')}</Table.Th>
                    <Table.Th ta="right">{t('campaigns.dayCount')}</Table.Th>
                    <Table.Th ta="right">{t('campaigns.groupCount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600}>{c.name}</Anchor>
                        <Text size="xs" c="dimmed">{c.district.name} · {t('campaigns.criterionShort', { no: c.criterionNo })}</Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(c.startDate, c.endDate)}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>{c.communes.map((m) => <Badge key={m.id} variant="outline">{m.name}</Badge>)}</Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatInteger(c.days.length)}</Table.Td>
                      <Table.Td ta="right">{formatInteger(c.groupCount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      {adding && <CampaignFormModal onClose={() => setAdding(false)} />}
    </>
  );
}
