// The catalogue of notification events (issue 9) and the channels a user may choose for each.
// Pure data: the server writes and delivers, the web app lists the events on its settings page
// and translates each key through web/i18n (notifications.events.<key>).

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
/** The channels delivered through the outbox; in-app is the inbox row itself and always on. */
export type OutboxChannel = Exclude<NotificationChannel, 'in_app'>;

export const NOTIFICATION_EVENTS = [
  'plan.published',
  'plan.changed',
  'registration.confirmed',
  'registration.amended',
  'registration.declined',
  'lot.failed_inspection',
  'report.returned',
  'task.assigned',
  'task.overdue',
  'reminder.registration_deadline',
  'reminder.campaign_day',
  'reminder.report_missing',
  'system.test',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** A user who has never changed a setting gets e-mail and webhook for every event (when configured). */
export const DEFAULT_CHANNELS: Readonly<Record<OutboxChannel, boolean>> = { email: true, webhook: true };

/** @example isNotificationEvent('plan.published') === true */
export function isNotificationEvent(value: string): value is NotificationEvent {
  return (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

/** Text in both languages: Vietnamese first, English for the English UI and logs. */
export interface BilingualText { vi: string; en: string }
