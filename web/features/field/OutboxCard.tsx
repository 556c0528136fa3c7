// The home's "waiting to send" card: what the phone still holds for the server (each write by its
// own label, waiting or refused), read live from the outbox so it empties itself as items are sent,
// with one tap to the waiting list where each can be opened, sent again or discarded. The clerk and
// the group lead always see it (an empty outbox is good news on a Saturday evening); other roles
// only when something waits.
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCloudCheck, IconCloudUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth';
import { OUTBOX_HASH, useOutboxItems } from './use-outbox';

/** Roles that record in the field and so always see the card. */
const FIELD_ROLES = new Set(['commune', 'group_lead']);
/** The card lists the first few items; the waiting list has them all. */
const SHOWN = 5;

export function OutboxCard() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const items = useOutboxItems(me.user.id);
  if (!items.length && !FIELD_ROLES.has(me.user.role)) return null;
  const refused = items.filter((i) => i.state === 'refused').length;
  const waiting = items.length > 0;
  const summary = !waiting ? t('field.home.none')
    : [t('field.home.count', { count: items.length }), refused ? t('field.refusedCount', { count: refused }) : null].filter(Boolean).join(' · ');
  const Icon = waiting ? IconCloudUpload : IconCloudCheck;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="home-card-outbox-title" data-testid="home-card-outbox"
      style={waiting ? { borderLeft: `4px solid var(--mantine-color-${refused ? 'red' : 'orange'}-7)` } : undefined}>
      <Stack gap="xs" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="lg" radius="md" color={waiting ? 'orange' : 'teal'} aria-hidden><Icon size={20} /></ThemeIcon>
          <div style={{ minWidth: 0 }}>
            <Text component="h2" id="home-card-outbox-title" fw={700} size="md" m={0}>{t('field.outboxTitle')}</Text>
            <Text size="sm" c={waiting ? 'orange.9' : 'dimmed'} fw={waiting ? 600 : 400} data-testid="home-outbox-summary">{summary}</Text>
          </div>
        </Group>
        {waiting && (
          <List size="sm" spacing={4} listStyleType="none" pl={0}>
            {items.slice(0, SHOWN).map((i) => {
              const label = i18n.language === 'en' ? i.label.en : i.label.vi;
              return (
                <List.Item key={i.id} data-testid="home-outbox-item">
                  <Group gap={6} wrap="wrap">
                    {i.state === 'refused' && i.href ? <Anchor component={Link} to={i.href} size="sm" fw={500}>{label}</Anchor> : <Text span size="sm" fw={500}>{label}</Text>}
                    <Badge size="sm" variant="light" color={i.state === 'refused' ? 'red' : 'yellow'}>{t(i.state === 'refused' ? 'field.stateRefused' : 'field.stateWaiting')}</Badge>
                  </Group>
                </List.Item>
              );
            })}
            {items.length > SHOWN && <List.Item><Text size="xs" c="dimmed">{t('field.home.more', { count: items.length - SHOWN })}</Text></List.Item>}
          </List>
        )}
        {waiting && (
          <Group mt="auto" pt={4}>
            <Button component={Link} to={OUTBOX_HASH} size="sm" data-testid="home-action-outbox">{t('field.home.action')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
