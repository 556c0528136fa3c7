// Campaigns, newest first: name, district, period, target communes, days and groups; create.
import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { formatInteger, formatPeriod } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
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
            <DataTable label={t('campaigns.title')} rows={data.items} rowKey={(c) => c.id} minWidth={720} striped={false} highlightOnHover verticalSpacing="sm" columns={[
              { key: 'name', header: t('campaigns.name'), cell: (c) => (
                <>
                  <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600}>{c.name}</Anchor>
                  <Text size="xs" c="dimmed">{c.district.name} · {t('campaigns.criterionShort', { no: c.criterionNo })}</Text>
                </>
              ) },
              { key: 'period', header: t('campaigns.period'), nowrap: true, cell: (c) => formatPeriod(c.startDate, c.endDate) },
              { key: 'communes', header: t('campaigns.communes'), cell: (c) => <Group gap={4}>{c.communes.map((m) => <Badge key={m.id} variant="outline">{m.name}</Badge>)}</Group> },
              { key: 'days', header: t('campaigns.dayCount'), align: 'right', cell: (c) => formatInteger(c.days.length) },
              { key: 'groups', header: t('campaigns.groupCount'), align: 'right', cell: (c) => formatInteger(c.groupCount) },
            ]} />
          )}
        </QueryState>
      </Paper>
      {adding && <CampaignFormModal onClose={() => setAdding(false)} />}
    </>
  );
}
