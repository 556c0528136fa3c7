// The role home's cards: each says what is waiting (or that nothing is), lists the first items,
// each a link to its own action, and ends with one button to the action itself, so the first
// daily action is one tap from home on a phone.
import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle, IconCalendarWeek, IconChecklist, IconClipboardList, IconFileReport, IconGauge, IconPackage, IconPhoto, IconRoad,
  IconUserCheck, IconUsers, type Icon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { weekLabel, weekLabelEn } from '../../../domain/reporting';
import { formatDate } from '../../lib/format';
import type { CardKind, HomeCard, HomeItem, ItemState } from './api';

const ICONS: Record<CardKind, Icon> = {
  record: IconClipboardList, nextDay: IconCalendarWeek, confirmRegistrations: IconUserCheck, register: IconUserCheck, reports: IconFileReport,
  reviewReports: IconFileReport, myTasks: IconChecklist, lateTasks: IconAlertTriangle, inspectLots: IconPackage, acceptSegments: IconRoad,
  dashboard: IconGauge, media: IconPhoto, users: IconUsers,
};
// Badge colours whose light variant keeps text at ≥ 4.5:1 on its tint.
const STATE_COLOUR: Record<ItemState, string> = { todo: 'blue', partial: 'yellow', done: 'teal', due: 'blue', overdue: 'red', waiting: 'yellow', red: 'red', ok: 'teal' };

function ItemLine({ kind, item }: { kind: CardKind; item: HomeItem }) {
  const { t, i18n } = useTranslation();
  const weekly = kind === 'reports' || kind === 'reviewReports';
  const week = weekly && item.day ? (i18n.language === 'en' ? weekLabelEn(item.day) : weekLabel(item.day)) : null;
  const material = item.material ? t(`reports.materialName.${item.material.code}`, { defaultValue: item.material.name }) : null;
  const text = [week, material, item.label && !(kind === 'reports') ? item.label : null].filter(Boolean).join(' · ');
  return (
    <List.Item>
      <Group gap={6} wrap="wrap">
        <Anchor component={Link} to={item.link} size="sm" fw={500}>{text}</Anchor>
        {item.people !== undefined && <Text size="xs" c="dimmed">{t('home.people', { count: item.people })}</Text>}
        {item.day && !weekly && <Text size="xs" c="dimmed">{formatDate(item.day)}</Text>}
        {item.state && <Badge size="sm" variant="light" color={STATE_COLOUR[item.state]}>{t(`home.state.${item.state}`)}</Badge>}
      </Group>
    </List.Item>
  );
}

function HomeCardView({ card }: { card: HomeCard }) {
  const { t } = useTranslation();
  const Icon = ICONS[card.kind];
  const day = card.day ? formatDate(card.day) : '';
  const waiting = card.count > 0;
  const titleId = `home-card-${card.kind}`;
  const summary = card.kind === 'nextDay'
    ? t(`home.plan.${card.status ?? 'none'}`) + (card.redItems ? ` · ${t('home.redItems', { count: card.redItems })}` : '')
    : ['dashboard', 'media', 'users'].includes(card.kind) ? t(`home.cards.${card.kind}.hint`)
      : waiting ? t(`home.cards.${card.kind}.count`, { count: card.count }) : t(`home.cards.${card.kind}.none`);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} data-testid={`home-card-${card.kind}`}
      style={waiting ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined}>
      <Stack gap="xs" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md" color={waiting ? 'orange' : 'teal'} aria-hidden><Icon size={20} /></ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text component="h2" id={titleId} fw={700} size="md" m={0}>{t(`home.cards.${card.kind}.title`, { day })}</Text>
            <Text size="sm" c={waiting ? 'orange.9' : 'dimmed'} fw={waiting ? 600 : 400}>{summary}</Text>
          </div>
        </Group>
        {card.items.length > 0 && (
          <List size="sm" spacing={4} listStyleType="none" pl={0}>
            {card.items.map((i) => <ItemLine key={`${card.kind}-${i.id}`} kind={card.kind} item={i} />)}
          </List>
        )}
        <Group mt="auto" pt={4}>
          <Button component={Link} to={card.link} size="sm" variant={waiting ? 'filled' : 'light'} data-testid={`home-action-${card.kind}`}>
            {t(`home.cards.${card.kind}.action`)}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** `first` is a card made on the phone rather than by the server (what waits to be sent). */
export function HomeCards({ cards, first }: { cards: HomeCard[]; first?: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mb="lg">
      {first}
      {cards.map((c) => <HomeCardView key={c.kind} card={c} />)}
    </SimpleGrid>
  );
}
