// The header bell: the unread count as a badge (polled every minute and on focus), a link to the inbox.
import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInteger } from '../../lib/format';
import { useUnreadCount } from './api';

export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  const label = unread ? t('notifications.bellUnread', { n: formatInteger(unread) }) : t('notifications.bell');
  return (
    <Tooltip label={label}>
      <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={!unread} offset={4} data-testid="bell-badge">
        <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray" size="lg" aria-label={label} data-testid="bell">
          <IconBell size={20} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
