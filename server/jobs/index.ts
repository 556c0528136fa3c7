// Background jobs of an app node, started by main.ts after the HTTP server: the notification
// outbox worker (every few seconds) and the scheduled reminders (each minute). Every node may run
// them: the outbox claims rows with SKIP LOCKED and reminders dedupe by key, so nothing is sent
// twice. JOBS_ENABLED=false turns them off on a node.
import type { Config } from '../config.js';
import type { DbHandle } from '../db/client.js';
import {
  campaignDayReminder, configureNotifications, createOutboxWorker, pruneDeliveredOutbox, registerReminderProvider, runReminders,
  type ReminderProvider,
} from '../modules/notifications/index.js';
import { reportMissingReminder } from '../modules/reports/index.js'; // weekly reports (issue 7)
import { registrationDeadlineReminder } from '../modules/plans/index.js'; // plans (issue 6): before the registration deadline
import { startPeriodic, type Runner } from './runner.js';

/** Reminder providers registered at start. Plans, registrations and reports add theirs here (or call registerReminderProvider). */
const REMINDER_PROVIDERS: ReminderProvider[] = [campaignDayReminder, reportMissingReminder /* issue 7 */, registrationDeadlineReminder /* issue 6 */];

export const OUTBOX_INTERVAL_MS = 5_000;
export const REMINDER_INTERVAL_MS = 60_000;
const PRUNE_INTERVAL_MS = 6 * 3600_000;
const KEEP_DELIVERED_DAYS = 30;

export interface Jobs { stop(): Promise<void> }

export function startJobs(deps: { config: Config; dbh: DbHandle }, log: (m: string) => void = console.error): Jobs {
  const settings = configureNotifications(deps.config);
  if (!deps.config.jobsEnabled) return { stop: async () => undefined };
  if (deps.config.webhookUrl && !deps.config.webhookSecret) log('[jobs] WEBHOOK_URL is set without WEBHOOK_SECRET: webhooks are off');
  for (const p of REMINDER_PROVIDERS) registerReminderProvider(p);

  const db = deps.dbh.db;
  const worker = createOutboxWorker(db, { settings, log });
  const runners: Runner[] = [
    startPeriodic({ name: 'notification-outbox', intervalMs: OUTBOX_INTERVAL_MS, run: () => worker.drain() }, log, 1_000),
    startPeriodic({ name: 'reminders', intervalMs: REMINDER_INTERVAL_MS, run: () => runReminders(db, { log }) }, log, 2_000),
    startPeriodic({
      name: 'outbox-prune', intervalMs: PRUNE_INTERVAL_MS,
      run: () => pruneDeliveredOutbox(db, new Date(Date.now() - KEEP_DELIVERED_DAYS * 86400_000)),
    }, log, 60_000),
  ];
  return {
    async stop() {
      await Promise.all(runners.map((r) => r.stop()));
      worker.close();
    },
  };
}
