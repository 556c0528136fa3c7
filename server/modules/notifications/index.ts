// The notifications module's public surface. Other modules call enqueueNotification inside their
// own command's transaction; plans/reports add reminders with registerReminderProvider.
export { enqueueNotification, type NotificationInput, type EnqueueResult } from './commands/enqueue-notification.js';
export type { RecipientSelector } from './recipients.repository.js';
export { configureNotifications, channelSettings, type ChannelSettings } from './channels.js';
export { registerReminderProvider, runReminders, type ReminderProvider, type DueReminder, type ReminderContext } from './reminders/registry.js';
export { campaignDayReminder } from './reminders/campaign-day.js';
export { createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from './delivery/worker.js';
export { pruneDeliveredOutbox } from './outbox.repository.js';
export { signWebhook, verifyWebhookSignature } from './delivery/webhook.js';
export { notificationsRouter } from './notifications.http.js';
