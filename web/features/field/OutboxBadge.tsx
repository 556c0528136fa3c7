// The header's "N chờ gửi" badge and the list behind it: every write still on the phone, in the
// order it will leave, with its state (waiting, a photo's upload progress, or the server's refusal
// and its reason in the user's language), to open and correct, send again, or discard on purpose.
// Mounted once in the header, it also starts the sending when the app opens for a signed-in user.
import { Alert, Badge, Button, Drawer, Group, Paper, Progress, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCloudUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMe } from '../../app/auth';
import { formatDateTime } from '../../lib/format';
import type { OutboxItem } from './db';
import { discard, onAcceptedUnheard, resend, sendNow, setOutboxUser } from './outbox';
import { RefusalText } from './DraftNotices';
import { useUploadProgress } from './progress';
import { OUTBOX_HASH, useOutboxItems } from './use-outbox';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

function ItemRow({ item, blocked, progress, onClose }: { item: OutboxItem; blocked: boolean; progress: number | undefined; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const refused = item.state === 'refused';
  return (
    <Paper withBorder p="xs" data-testid="outbox-item" data-state={item.state}>
      <Stack gap={4}>
        <Group justify="space-between" gap={6} wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} style={{ minWidth: 0 }}>{i18n.language === 'en' ? item.label.en : item.label.vi}</Text>
          <Badge size="sm" color={refused ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
            {t(refused ? 'field.stateRefused' : 'field.stateWaiting')}
          </Badge>
        </Group>
        {refused && <Alert color="red" p={6} title={t('field.reason')}><RefusalText item={item} /></Alert>}
        {!refused && progress !== undefined && (
          <>
            <Progress value={progress * 100} size="sm" />
            <Text size="xs" c="dimmed">{t('field.uploading', { percent: Math.round(progress * 100) })}</Text>
          </>
        )}
        {!refused && progress === undefined && blocked && <Text size="xs" c="dimmed">{t('field.waitsForRecord')}</Text>}
        {!refused && progress === undefined && !blocked && item.attempts > 0 && (
          <Text size="xs" c="dimmed">{t('field.attempts', { count: item.attempts, at: formatDateTime(new Date(item.nextAt).toISOString()) })}</Text>
        )}
        <Group gap="xs">
          {refused && item.href && <Button size="xs" component={Link} to={item.href} onClick={onClose}>{t('field.open')}</Button>}
          {refused && <Button size="xs" variant="light" onClick={() => void resend(item.id)}>{t('field.resend')}</Button>}
          <Button size="xs" variant="subtle" color="red" onClick={() => {
            if (window.confirm(t('field.discardConfirm'))) void discard(item.id);
          }}>{t('field.discard')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function OutboxBadge() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const userId = me.user.id;
  const items = useOutboxItems(userId);
  const progress = useUploadProgress();
  const online = useOnline();
  const [tapped, setTapped] = useState(false);
  // The home's "waiting to send" card links here by the address (#outbox), so the list also opens
  // from a link; closing it drops the address's mark so Back does not open it again.
  const location = useLocation();
  const navigate = useNavigate();
  const linked = location.hash === OUTBOX_HASH;
  const opened = tapped || linked;
  const setOpened = (open: boolean) => {
    setTapped(open);
    if (!open && linked) void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  };

  // The app opened (or the user changed): send what this user left waiting.
  useEffect(() => {
    setOutboxUser(userId);
    return () => setOutboxUser(null);
  }, [userId]);
  useEffect(() => onAcceptedUnheard((item) => {
    if (item.kind !== 'workday.photo') {
      notifications.show({ color: 'teal', message: t('field.sent', { label: i18n.language === 'en' ? item.label.en : item.label.vi }) });
    }
  }), [t, i18n.language]);

  if (!items.length) return null;
  const refused = items.filter((i) => i.state === 'refused').length;
  const label = refused ? t('field.refusedCount', { count: refused }) : t('field.waiting', { count: items.length });
  const ids = new Set(items.map((i) => i.id));
  return (
    <>
      {/* On a phone the header has room for the count only; the words show from 576 px (and are spoken everywhere). */}
      <UnstyledButton onClick={() => setOpened(true)} aria-label={`${label} — ${t('field.outboxTitle')}`} data-testid="outbox-badge">
        <Badge color={refused ? 'red' : 'orange'} variant="filled" px={6} style={{ cursor: 'pointer', flexShrink: 0 }}
          leftSection={refused ? <IconAlertTriangle size={12} /> : <IconCloudUpload size={12} />}>
          {refused || items.length}<Text span inherit visibleFrom="xs">{' '}{t(refused ? 'field.refusedWord' : 'field.waitingWord')}</Text>
        </Badge>
      </UnstyledButton>
      <Drawer opened={opened} onClose={() => setOpened(false)} title={t('field.outboxTitle')} position="right" size="md">
        <Stack gap="xs">
          <Text size="xs" c="dimmed">{t('field.outboxHint')}</Text>
          {!online && <Alert color="gray" p={6}>{t('field.offlineNow')}</Alert>}
          {online && <Button size="xs" variant="light" leftSection={<IconCloudUpload size={14} />} onClick={() => void sendNow()}>{t('field.sendNow')}</Button>}
          {items.map((i) => (
            <ItemRow key={i.id} item={i} blocked={!!i.parentId && ids.has(i.parentId)} progress={progress.get(i.id)} onClose={() => setOpened(false)} />
          ))}
        </Stack>
      </Drawer>
    </>
  );
}
