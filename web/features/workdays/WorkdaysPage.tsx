// Workday records (issue 7): the campaign's records the user may see (a commune its own, a group
// lead its groups', the office all), filtered by day, commune and group, each a card with its
// figures (participants, labour-days, metres, m³, photos) that stacks on a phone; "New record"
// for those who may write.
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPhoto, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatQuantity } from '../../../domain/labour';
import { useCan, useMe } from '../../app/auth';
import { formatDate, formatInteger } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { useCampaign } from '../campaigns/api';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { useGroups } from '../groups/api';
import { useWorkdays, type Workday } from './api';
import { NewWorkdayModal } from './NewWorkdayModal';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0} align="flex-start">
      <Text fw={700}>{value}</Text>
      <Text size="xs" c="dimmed">{label}</Text>
    </Stack>
  );
}

function WorkdayCard({ w }: { w: Workday }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to={`/workdays/${w.id}`}>
      <Paper withBorder p="sm" data-testid="workday-card" style={{ borderLeft: `4px solid var(--mantine-color-${w.status === 'cancelled' ? 'red' : 'teal'}-6)` }}>
        <Group justify="space-between" gap="xs" mb={6}>
          <Text fw={600}>{w.group.name} · {w.commune.name}</Text>
          <Group gap={4}>
            {w.planEntryId === null && <Badge variant="light" color="grape" size="sm">{t('workdays.unplanned')}</Badge>}
            <Badge color={w.status === 'cancelled' ? 'red' : 'teal'} size="sm">{t(`workdays.status.${w.status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" mb={6}>{formatDate(w.day)}{w.cancelReason ? ` — ${w.cancelReason}` : ''}</Text>
        <SimpleGrid cols={{ base: 3, xs: 5 }} spacing="xs">
          <Figure label={t('workdays.participants')} value={formatInteger(w.totals.participants)} />
          <Figure label={t('workdays.labourDaysFigure')} value={formatQuantity(w.totals.labourDays, 1)} />
          <Figure label={t('workdays.metres')} value={formatQuantity(w.totals.lengthM, 3)} />
          <Figure label="m³" value={formatQuantity(w.totals.volumeM3, 3)} />
          <Group gap={4} align="center"><IconPhoto size={16} /><Text size="sm">{formatInteger(w.photos.length)}</Text></Group>
        </SimpleGrid>
      </Paper>
    </UnstyledButton>
  );
}

export function WorkdaysPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [communeId, setCommuneId] = useState<string | null>(null);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const campaign = useCampaign(campaignId ?? 0);
  const groups = useGroups(campaignId);
  const list = useWorkdays({ campaignId, day, communeId: communeId ? Number(communeId) : null, groupId: groupId ? Number(groupId) : null });
  const today = list.data?.today;
  const days = (campaign.data?.days ?? []).map((d) => d.day).filter((d) => !today || d <= today).sort().reverse();
  const isCommune = me.user.role === 'commune';
  return (
    <>
      <PageHeader title={t('workdays.title')} description={t('workdays.description')}
        actions={can('workdays.write') && campaign.data && today && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('workdays.new')}</Button>
        )} />
      <Group mb="sm" gap="xs" align="flex-end" wrap="wrap">
        <CampaignSelect value={campaignId} onChange={setCampaignId} />
        <Select label={t('workdays.day')} value={day} onChange={setDay} clearable placeholder={t('common.all')} w={150} comboboxProps={{ withinPortal: true }}
          data={days.map((d) => ({ value: d, label: formatDate(d) }))} />
        {!isCommune && (
          <Select label={t('workdays.commune')} value={communeId} onChange={setCommuneId} clearable placeholder={t('common.all')} w={170} comboboxProps={{ withinPortal: true }}
            data={(campaign.data?.communes ?? []).map((c) => ({ value: String(c.id), label: c.name }))} />
        )}
        <Select label={t('workdays.group')} value={groupId} onChange={setGroupId} clearable placeholder={t('common.all')} w={150} comboboxProps={{ withinPortal: true }}
          data={(groups.data?.items ?? []).map((g) => ({ value: String(g.id), label: g.name }))} />
      </Group>
      <QueryState query={list} isEmpty={(d) => d.items.length === 0} empty={<Paper withBorder><Empty title={t('workdays.empty')} /></Paper>}>
        {(d) => (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">{t('common.count', { n: formatInteger(d.items.length) })}</Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              {d.items.map((w) => <WorkdayCard key={w.id} w={w} />)}
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
      {creating && campaign.data && today && <NewWorkdayModal campaign={campaign.data} today={today} onClose={() => setCreating(false)} />}
    </>
  );
}
