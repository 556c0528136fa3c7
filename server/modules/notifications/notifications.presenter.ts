// Rows → API JSON for the inbox, the preferences and the outbox: the only path to the wire.
import { DEFAULT_CHANNELS, NOTIFICATION_EVENTS, type NotificationEvent } from '../../../domain/notifications.js';
import type { InboxRow } from './inbox.repository.js';
import type { listOutbox } from './outbox.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentNotification(r: InboxRow) {
  return {
    id: r.id,
    event: r.event as NotificationEvent,
    title: { vi: r.title_vi, en: r.title_en },
    body: { vi: r.body_vi, en: r.body_en },
    link: r.link,
    entity: r.entity_type ? { type: r.entity_type, id: r.entity_id ?? '' } : null,
    createdAt: iso(r.created_at),
    readAt: r.read_at ? iso(r.read_at) : null,
  };
}

export function presentPreferences(
  stored: Array<{ event: string; email: boolean; webhook: boolean }>,
  channels: { email: boolean; webhook: boolean; address: string | null },
) {
  const byEvent = new Map(stored.map((s) => [s.event, s]));
  return {
    channels: { email: { available: channels.email, address: channels.address }, webhook: { available: channels.webhook } },
    items: NOTIFICATION_EVENTS.map((event) => {
      const s = byEvent.get(event);
      return { event, inApp: true as const, email: s?.email ?? DEFAULT_CHANNELS.email, webhook: s?.webhook ?? DEFAULT_CHANNELS.webhook, custom: !!s };
    }),
  };
}

type OutboxRow = Awaited<ReturnType<typeof listOutbox>>[number];

export function presentOutbox(r: OutboxRow) {
  return {
    id: r.id, deliveryId: r.delivery_id, channel: r.channel, status: r.status, attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at), lastError: r.last_error, createdAt: iso(r.created_at),
    sentAt: r.sent_at ? iso(r.sent_at) : null, event: r.event, title: { vi: r.title_vi, en: r.title_en },
    user: { id: r.user_id, username: r.username },
  };
}
