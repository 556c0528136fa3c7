// "Tổng quan": first the user's work waiting (what the phone still has to send, then the role's cards
// from GET /home, each linking to the action), then the current campaign (period, target communes, campaign days) with its groups,
// agencies and staff total, and links to the other pages.
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconMapPin, IconUsers, IconUsersGroup, IconBuildingCommunity } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { NAV_ITEMS } from '../../app/nav';
import { formatInteger, formatPeriod } from '../../lib/format';
import type { Campaign } from '../../lib/types';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { currentCampaign, useCampaigns } from '../campaigns/api';
import { OutboxCard } from '../field/OutboxCard';
import { useGroups } from '../groups/api';
import { useHome } from './api';
import { HomeCards } from './HomeCards';

function Stat({ icon, label, value, testId }: { icon: ReactNode; label: string; value: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg" radius="md">{icon}</ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
          <Text fw={700} fz={22} data-testid={testId}>{value}</Text>
        </div>
      </Group>
    </Card>
  );
}

function CampaignOverview({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const can = useCan();
  const groups = useGroups(can('groups.read') ? campaign.id : null);
  const list = groups.data?.items ?? [];
  const agencyCount = new Set(list.flatMap((g) => g.members.map((m) => m.id))).size;
  const staffTotal = list.reduce((s, g) => s + g.staffTotal, 0);
  const pending = groups.isPending && can('groups.read');

  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 240px' }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{t('home.currentCampaign')}</Text>
            <Title order={2} fz={{ base: 18, sm: 22 }}>
              <Anchor component={Link} to={`/campaigns/${campaign.id}`} inherit>{campaign.name}</Anchor>
            </Title>
            <Text size="sm" mt={4}>
              {t('campaigns.period')}: <b>{formatPeriod(campaign.startDate, campaign.endDate)}</b> · {t('campaigns.district')}: {campaign.district.name}
            </Text>
          </div>
          <Badge variant="light">{t('campaigns.criterionShort', { no: campaign.criterionNo })}</Badge>
        </Group>
        <Group gap={6} mt="sm">
          <Text size="sm" c="dimmed">{t('campaigns.communes')}:</Text>
          {campaign.communes.length
            ? campaign.communes.map((c) => <Badge key={c.id} color="teal" variant="outline" leftSection={<IconMapPin size={12} />}>{c.name}</Badge>)
            : <Text size="sm">—</Text>}
        </Group>
      </Card>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Stat testId="stat-days" icon={<IconCalendarEvent size={20} />} label={t('home.campaignDays')} value={formatInteger(campaign.days.length)} />
        <Stat testId="stat-groups" icon={<IconUsersGroup size={20} />} label={t('home.groups')} value={formatInteger(campaign.groupCount)} />
        <Stat testId="stat-agencies" icon={<IconBuildingCommunity size={20} />} label={t('home.agencies')} value={pending ? '…' : formatInteger(agencyCount)} />
        <Stat testId="stat-staff" icon={<IconUsers size={20} />} label={t('home.staffTotal')} value={pending ? '…' : formatInteger(staffTotal)} />
      </SimpleGrid>
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const can = useCan();
  const campaigns = useCampaigns();
  const home = useHome();
  const links = NAV_ITEMS.filter((i) => i.to !== '/' && (!i.permission || can(i.permission)));

  return (
    <>
      <PageHeader title={t('home.title')} description={t('home.description')} />
      <QueryState query={home}>{(d) => <HomeCards cards={d.cards} first={<OutboxCard />} />}</QueryState>
      <QueryState query={campaigns}>
        {(data) => {
          const current = currentCampaign(data.items);
          return current ? <CampaignOverview campaign={current} /> : <Empty title={t('home.noCampaign')} />;
        }}
      </QueryState>
      <Title order={2} fz={18} mt="xl" mb="sm">{t('home.goTo')}</Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {links.map((l) => (
          <Card key={l.to} component={Link} to={l.to} withBorder padding="sm" className="nav-card">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="light" color="gray" radius="md"><l.icon size={18} /></ThemeIcon>
              <div>
                <Text fw={600} size="sm">{t(l.label)}</Text>
                <Text size="xs" c="dimmed">{t(`${l.label}Hint`)}</Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
