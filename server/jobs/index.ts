// Background jobs of an app node, started by main.ts after the HTTP server: the notification
// outbox worker (every few seconds), the scheduled reminders (each minute) and the directives'
// task instances (every quarter hour). Every node may run them, at the same moments: the outbox
// claims rows with FOR UPDATE SKIP LOCKED, reminders and overdue notices insert under a unique
// (user, dedupe key), and newly overdue instances are claimed with SKIP LOCKED, so nothing is
// sent twice (server/jobs/two-nodes.test.ts). JOBS_ENABLED=false turns them off on a node.
import type { Config } from '../config.js';
import type { DbHandle } from '../db/client.js';
import {
  campaignDayReminder, configureNotifications, createOutboxWorker, pruneDeliveredOutbox, registerReminderProvider, runReminders,
  type ReminderProvider,
} from '../modules/notifications/index.js';
import { businessToday, generateDueInstances } from '../modules/directives/index.js'; // directives (issue 8)
import { reportMissingReminder } from '../modules/reports/index.js'; // weekly reports (issue 7)
import { registrationDeadlineReminder } from '../modules/plans/index.js'; // plans (issue 6): before the registration deadline
import { startPeriodic, type Runner } from './runner.js';

/** Reminder providers registered at start. Plans, registrations and reports add theirs here (or call registerReminderProvider). */
const REMINDER_PROVIDERS: ReminderProvider[] = [campaignDayReminder, reportMissingReminder /* issue 7 */, registrationDeadlineReminder /* issue 6 */];

const PRUNE_INTERVAL_MS = 6 * 3600_000;
const KEEP_DELIVERED_DAYS = 30;

export interface Jobs { stop(): Promise<void> }

/** The clock of reminders and directives: the real one, moved by JOBS_CLOCK_SHIFT_MINUTES outside production (config.ts). */
export function jobsClock(config: Pick<Config, 'jobsClockShiftMinutes'>): () => Date {
  const shiftMs = config.jobsClockShiftMinutes * 60_000;
  return () => new Date(Date.now() + shiftMs);
}

/** For tests: a clock of their own and shorter intervals than the configured ones. */
export interface JobsOptions {
  now?: () => Date;
  everyMs?: Partial<Record<'outbox' | 'reminders' | 'directives', number>>;
}

export function startJobs(deps: { config: Config; dbh: DbHandle }, log: (m: string) => void = console.error, o: JobsOptions = {}): Jobs {
  const { config } = deps;
  const settings = configureNotifications(config);
  if (!config.jobsEnabled) return { stop: async () => undefined };
  if (config.webhookUrl && !config.webhookSecret) log('[jobs] WEBHOOK_URL is set without WEBHOOK_SECRET: webhooks are off');
  for (const p of REMINDER_PROVIDERS) registerReminderProvider(p);

  const db = deps.dbh.db;
  const now = o.now ?? jobsClock(config);
  // Deliveries keep the real clock: their signatures carry a timestamp the receiver checks.
  const worker = createOutboxWorker(db, { settings, log });
  const runners: Runner[] = [
    startPeriodic({ name: 'notification-outbox', intervalMs: o.everyMs?.outbox ?? config.outboxIntervalSeconds * 1000, run: () => worker.drain() }, log, 1_000),
    startPeriodic({ name: 'reminders', intervalMs: o.everyMs?.reminders ?? config.reminderIntervalSeconds * 1000, run: () => runReminders(db, { log, now: now() }) }, log, 2_000),
    startPeriodic({
      name: 'directive-instances', intervalMs: o.everyMs?.directives ?? config.directiveJobMinutes * 60_000,
      run: async () => {
        const today = await businessToday(db, now());
        const r = await generateDueInstances(db, today);
        if (r.created || r.overdue) console.log(`[ntm-hub] directives: ${r.created} task instances created, ${r.overdue} newly overdue (${today})`);
      },
    }, log, 0),
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
