// Request and response shapes of the inbox, the channel settings and the admin's outbox view.
import { z } from '@hono/zod-openapi';
import { NOTIFICATION_EVENTS } from '../../../domain/notifications.js';

const Bilingual = z.object({ vi: z.string(), en: z.string() });
const Event = z.enum(NOTIFICATION_EVENTS).openapi({ description: 'Event type; the web app translates it (notifications.events.<key>)' });

export const NotificationOut = z.object({
  id: z.number(),
  event: Event,
  title: Bilingual,
  body: Bilingual,
  link: z.string().nullable().openapi({ description: 'An app path to open, e.g. /plans/12' }),
  entity: z.object({ type: z.string(), id: z.string() }).nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
}).openapi('Notification');

export const InboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.coerce.number().int().min(0).optional().openapi({ description: 'The nextCursor of the previous page' }),
  unread: z.enum(['true', 'false']).optional().openapi({ description: 'true: only unread notifications' }),
});

export const InboxOut = z.object({
  items: z.array(NotificationOut),
  nextCursor: z.number().nullable(),
  unreadCount: z.number(),
}).openapi('Inbox');

export const UnreadCountOut = z.object({ unreadCount: z.number() }).openapi('UnreadCount');
export const ReadAllOut = z.object({ updated: z.number(), unreadCount: z.number() }).openapi('ReadAll');
export const ReadOneOut = z.object({ id: z.number(), readAt: z.string(), unreadCount: z.number() }).openapi('ReadOne');

export const PreferenceItem = z.object({
  event: Event,
  inApp: z.literal(true).openapi({ description: 'The inbox is always on' }),
  email: z.boolean(),
  webhook: z.boolean(),
  /** false while the user keeps the default */
  custom: z.boolean().openapi({ description: 'false: the default (every channel on) applies' }),
});

export const PreferencesOut = z.object({
  channels: z.object({
    email: z.object({ available: z.boolean().openapi({ description: 'SMTP is configured on the server' }), address: z.string().nullable().openapi({ description: 'The user\'s e-mail address; null: no e-mail can be sent' }) }),
    webhook: z.object({ available: z.boolean().openapi({ description: 'A webhook (Zalo, SMS bridge) is configured' }) }),
  }),
  items: z.array(PreferenceItem),
}).openapi('NotificationPreferences');

export const PreferencesUpdate = z.object({
  items: z.array(z.object({ event: Event, email: z.boolean(), webhook: z.boolean() })).min(1).max(NOTIFICATION_EVENTS.length)
    .refine((items) => new Set(items.map((i) => i.event)).size === items.length, { message: 'each event once' })
    .openapi({ description: 'The events to change; events not listed keep their setting' }),
}).openapi('NotificationPreferencesUpdate');

export const OutboxOut = z.object({
  id: z.number(),
  deliveryId: z.string(),
  channel: z.enum(['email', 'webhook']),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  event: z.string(),
  title: Bilingual,
  user: z.object({ id: z.number(), username: z.string() }),
}).openapi('OutboxDelivery');

export const OutboxQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.coerce.number().int().min(0).optional(),
});

export const TestSendOut = z.object({ notificationId: z.number(), deliveries: z.number() }).openapi('TestNotification');

export type PreferencesUpdateInput = z.infer<typeof PreferencesUpdate>;
