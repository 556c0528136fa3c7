// The notifications module's public surface. Other modules call enqueueNotification inside their
// own command's transaction; plans/reports add reminders with registerReminderProvider.
export { enqueueNotification, type NotificationInput, type EnqueueResult } from './commands/enqueue-notification.js';
export type { RecipientSelector } from './recipients.repository.js';
export { configureNotifications, channelSettings, type ChannelSettings } from './channels.js';
