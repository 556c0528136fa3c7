// Tells the user when the page shows what the phone kept rather than what the server says now: a
// "Mất mạng" badge in the header (wide screens; a phone's header has no room), and above the page a
// line with the time the kept answers date from ("cập nhật lúc HH:mm"), which on a phone also says
// that the network is gone.
import { Alert, Badge, Text, Tooltip } from '@mantine/core';
import { IconCloudOff, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useCachedAt, useOnline } from './cached-at';

export function OfflineBadge() {
  const { t } = useTranslation();
  const online = useOnline();
  if (online) return null;
  return (
    <Tooltip label={t('offline.offlineHint')} multiline w={260}>
      <Badge color="orange" variant="light" leftSection={<IconCloudOff size={14} />} visibleFrom="sm" data-testid="offline-badge">{t('offline.offline')}</Badge>
    </Tooltip>
  );
}

/** "HH:mm" today, "HH:mm dd/MM/yyyy" on an earlier day (Vietnam time). */
export function formatAsOf(at: Date, now = new Date()): string {
  const [date, time] = formatDateTime(at.toISOString()).split(' ');
  return date === formatDateTime(now.toISOString()).split(' ')[0] ? time : `${time} ${date}`;
}

/**
 * Above a page: when offline, or when some answers on screen came from the phone (the network failed
 * or was too slow), with their time. Nothing when online with fresh answers. `prefixes` narrows it to
 * the API paths of one page (see useCachedAt).
 */
export function DataAsOf({ prefixes = [] }: { prefixes?: string[] }) {
  const { t } = useTranslation();
  const online = useOnline();
  const at = useCachedAt(...prefixes);
  if (online && !at) return null;
  const asOf = at ? t('offline.dataAsOf', { time: formatAsOf(at) }) : null;
  return (
    <Alert color="orange" variant="light" icon={online ? <IconHistory size={18} /> : <IconCloudOff size={18} />} mb="md" py={6} data-testid="data-as-of">
      {!online && <Text size="sm" fw={600} span>{t('offline.offline')}. </Text>}
      <Text size="sm" span>{asOf ?? t('offline.offlineHint')}</Text>
    </Alert>
  );
}
