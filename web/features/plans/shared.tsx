// Pieces the plan and registration pages share: status badges, vi-VN numbers, the day's label
// ("Thứ Bảy 23/10/2021"), the green/red go/no-go list and the "reload" message for a stale edit.
import { Alert, Badge, Button, Group, List, Stack, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconRefresh, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOfWeek } from '../../../domain/dates';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { Check, PlanStatus, RegistrationStatus } from './api';

export const PLAN_COLOURS: Record<PlanStatus, string> = { draft: 'yellow', published: 'blue', closed: 'gray', cancelled: 'red' };
export const REGISTRATION_COLOURS: Record<RegistrationStatus, string> = {
  submitted: 'yellow', confirmed: 'teal', amended: 'cyan', declined: 'red', withdrawn: 'gray', cancelled: 'gray',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Badge color={PLAN_COLOURS[status]} variant="light" style={{ minWidth: 'max-content' }}>{t(`plans.statuses.${status}`)}</Badge>;
}

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const { t } = useTranslation();
  return <Badge color={REGISTRATION_COLOURS[status]} variant="light" style={{ minWidth: 'max-content' }}>{t(`registrations.statuses.${status}`)}</Badge>;
}

const decimals = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** @example num(12.5) === '12,5' (vi-VN, the office's format in both languages) */
export const num = (n: number) => decimals.format(n);

/** "Thứ Bảy, 23/10/2021" */
export function useDayLabel() {
  const { t } = useTranslation();
  return (day: string) => `${t(`plans.weekday.${dayOfWeek(day)}`)}, ${formatDate(day)}`;
}

/** The go/no-go checklist of an entry: each item green or red with the server's reason. */
export function ReadinessList({ items }: { items: Check[] }) {
  const { t, i18n } = useTranslation();
  return (
    <List spacing={4} size="sm" center data-testid="readiness">
      {items.map((c) => (
        <List.Item key={c.item} data-ok={c.ok}
          icon={<ThemeIcon color={c.ok ? 'teal' : 'red'} size={20} radius="xl" aria-hidden>
            {c.ok ? <IconCheck size={13} /> : <IconX size={13} />}
          </ThemeIcon>}>
          {/* The icon is decoration; its meaning is read out as text (a list item carries no label of its own). */}
          <VisuallyHidden>{c.ok ? t('plans.ready') : t('plans.notReady')}: </VisuallyHidden>
          <Text size="sm" fw={500} span>{t(`plans.checks.${c.item}`)}</Text>
          <Text size="xs" c={c.ok ? 'dimmed' : 'red.8'}>{i18n.language === 'en' ? c.en : c.vi}</Text>
        </List.Item>
      ))}
    </List>
  );
}

/** True when a write was refused because someone else changed the record first (If-Match). */
export const isStale = (e: unknown) => e instanceof ApiError && e.code === 'STALE_VERSION';

/**
 * The error of a form: for a stale version, a "reload" message with a button that reads the
 * record again while the form keeps what the user typed; otherwise the error text.
 */
export function FormError({ error, text, onReload, onReloaded }: {
  error: unknown; text: string | null; onReload?: () => Promise<unknown> | void; onReloaded?: () => void;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  // The message goes once the fresh record is in, so the next save sends its version.
  async function reload() {
    setLoading(true);
    try {
      await onReload?.();
      onReloaded?.();
    } finally {
      setLoading(false);
    }
  }
  if (isStale(error)) {
    return (
      <Alert color="orange" role="alert" title={t('plans.staleTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('plans.staleHint')}</Text>
          {onReload && <Group><Button size="xs" variant="light" color="orange" leftSection={<IconRefresh size={14} />} loading={loading} onClick={() => void reload()}>{t('plans.reload')}</Button></Group>}
        </Stack>
      </Alert>
    );
  }
  return text ? <Alert color="red" role="alert">{text}</Alert> : null;
}
