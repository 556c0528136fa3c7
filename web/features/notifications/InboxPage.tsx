// The inbox (issue 9): my notifications newest first, unread in bold, a link to the record each one
// is about (opening it marks it read), mark one or all read, and a filter for the unread only.
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChecks, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime, formatInteger } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { useInbox, useMarkRead, useUnreadCount, type Notification } from './api';

function Item({ n }: { n: Notification }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const unread = !n.readAt;
  function open() {
    if (unread) mark.mutate(n.id);
    if (n.link) navigate(n.link);
  }
  return (
    <Paper withBorder p="sm" data-testid={`notification-${n.id}`} data-unread={unread || undefined}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-teal-6)' } : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Badge size="sm" variant="light" color={unread ? 'teal' : 'gray'}>{t(`notifications.events.${n.event}`, { defaultValue: n.event })}</Badge>
            <Text size="xs" c="dimmed">{formatDateTime(n.createdAt)}</Text>
          </Group>
          {n.link ? (
            <UnstyledButton onClick={open}><Text fw={unread ? 700 : 400} c="teal.9" td="underline">{n.title[lang]}</Text></UnstyledButton>
          ) : <Text fw={unread ? 700 : 400}>{n.title[lang]}</Text>}
          <Text size="sm" c={unread ? undefined : 'dimmed'} fw={unread ? 600 : 400}>{n.body[lang]}</Text>
        </Stack>
        {unread && (
          <Button size="xs" variant="subtle" style={{ flexShrink: 0 }} leftSection={<IconCheck size={14} />} loading={mark.isPending} onClick={() => mark.mutate(n.id)}>
            {t('notifications.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const inbox = useInbox(show === 'unread');
  const unread = useUnreadCount().data ?? 0;
  const markAll = useMarkRead();
  const query = { ...inbox, data: inbox.data ? inbox.data.pages.flatMap((p) => p.items) : undefined };
  return (
    <>
      <PageHeader title={t('notifications.title')} description={unread ? t('notifications.unreadCount', { n: formatInteger(unread) }) : t('notifications.noUnread')}
        actions={(
          <>
            <Button variant="light" leftSection={<IconChecks size={16} />} disabled={!unread} loading={markAll.isPending} onClick={() => markAll.mutate('all')}>{t('notifications.markAllRead')}</Button>
            <Button variant="default" component={Link} to="/notifications/preferences" leftSection={<IconSettings size={16} />}>{t('notifications.preferences')}</Button>
          </>
        )} />
      <SegmentedControl mb="sm" value={show} onChange={(v) => setShow(v as 'all' | 'unread')}
        data={[{ value: 'all', label: t('common.all') }, { value: 'unread', label: t('notifications.unreadOnly') }]} />
      <QueryState query={query} isEmpty={(d) => d.length === 0} empty={<Paper withBorder><Empty title={t('notifications.empty')} /></Paper>}>
        {(items) => (
          <Stack gap="xs">
            {items.map((n) => <Item key={n.id} n={n} />)}
            {inbox.hasNextPage && (
              <Group justify="center"><Anchor component="button" onClick={() => void inbox.fetchNextPage()}>{t('common.loadMore')}</Anchor></Group>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
