// Channel settings (issue 9): for each event, e-mail and webhook on or off; the inbox is always on.
// A channel the server has not configured (or an e-mail without an address) is shown but disabled.
import { Alert, Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationEvent } from '../../../domain/notifications';
import { useFormErrors } from '../../lib/errors';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { savePreferences, usePreferences } from './api';

type Choice = Record<string, { email: boolean; webhook: boolean }>;

export function PreferencesPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const prefs = usePreferences();
  const [choice, setChoice] = useState<Choice>({});
  const errors = useFormErrors(['items']);
  useEffect(() => {
    if (prefs.data) setChoice(Object.fromEntries(prefs.data.items.map((i) => [i.event, { email: i.email, webhook: i.webhook }])));
  }, [prefs.data]);
  const save = useMutation({
    mutationFn: () => savePreferences(Object.entries(choice).map(([event, c]) => ({ event: event as NotificationEvent, ...c }))),
    onSuccess: (data) => {
      client.setQueryData(['notifications', 'preferences'], data);
      notifications.show({ color: 'teal', message: t('notifications.prefsSaved') });
    },
    onError: errors.setError,
  });
  const set = (event: string, channel: 'email' | 'webhook', on: boolean) => setChoice((c) => ({ ...c, [event]: { ...c[event], [channel]: on } }));
  const eventLabel = (event: string) => t(`notifications.events.${event}`, { defaultValue: event });

  return (
    <>
      <PageHeader title={t('notifications.preferences')} description={t('notifications.prefsHint')} />
      <QueryState query={prefs}>
        {(d) => {
          const emailOk = d.channels.email.available && !!d.channels.email.address;
          const webhookOk = d.channels.webhook.available;
          return (
            <>
              {!emailOk && <Alert color="blue" variant="light" mb="sm">{d.channels.email.available ? t('notifications.noAddress') : t('notifications.noEmail')}</Alert>}
              {!webhookOk && <Alert color="blue" variant="light" mb="sm">{t('notifications.noWebhook')}</Alert>}
              {errors.general && <Alert color="red" mb="sm" role="alert">{errors.general}</Alert>}
              <Paper withBorder>
                <DataTable label={t('notifications.preferences')} rows={d.items} rowKey={(i) => i.event} minWidth={480} striped={false} columns={[
                  { key: 'event', header: t('notifications.event'), cell: (i) => <Text size="sm">{eventLabel(i.event)}</Text> },
                  { key: 'inApp', header: t('notifications.channels.inApp'), align: 'center', cell: (i) => (
                    <Group justify="center"><Checkbox checked readOnly disabled aria-label={`${eventLabel(i.event)}: ${t('notifications.channels.inApp')}`} /></Group>
                  ) },
                  { key: 'email', header: t('notifications.channels.email'), align: 'center', cell: (i) => (
                    <Group justify="center"><Checkbox checked={choice[i.event]?.email ?? i.email} disabled={!emailOk}
                      aria-label={`${eventLabel(i.event)}: ${t('notifications.channels.email')}`} onChange={(e) => set(i.event, 'email', e.currentTarget.checked)} /></Group>
                  ) },
                  { key: 'webhook', header: t('notifications.channels.webhook'), align: 'center', cell: (i) => (
                    <Group justify="center"><Checkbox checked={choice[i.event]?.webhook ?? i.webhook} disabled={!webhookOk}
                      aria-label={`${eventLabel(i.event)}: ${t('notifications.channels.webhook')}`} onChange={(e) => set(i.event, 'webhook', e.currentTarget.checked)} /></Group>
                  ) },
                ]} />
              </Paper>
              <Group justify="flex-end" mt="sm">
                <Button loading={save.isPending} disabled={!emailOk && !webhookOk} onClick={() => { errors.clear(); save.mutate(); }}>{t('common.save')}</Button>
              </Group>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
