// Scheduled reminders: providers compute, each minute, the reminders that are due now; each one
// carries a dedupeKey, so however often a provider returns it (each tick, each app node) a user
// gets it once. Plans, registrations and reports register their own providers at start.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { enqueueNotification, type NotificationInput } from '../commands/enqueue-notification.js';

export interface ReminderContext { db: Kysely<Database>; now: Date }

/** A reminder due now: a notification whose dedupeKey names the occasion ('…:campaign 3:2021-09-11'). */
export type DueReminder = NotificationInput & { dedupeKey: string };

export interface ReminderProvider {
  /** Unique; registering the same name again replaces the provider. */
  name: string;
  /** The reminders due at `now`. Return one while it is due; the dedupe key keeps it to one delivery. */
  due(ctx: ReminderContext): Promise<DueReminder[]>;
}

const providers = new Map<string, ReminderProvider>();

export function registerReminderProvider(provider: ReminderProvider): void {
  providers.set(provider.name, provider);
}

export function reminderProviders(): ReminderProvider[] {
  return [...providers.values()];
}

export interface ReminderRunSummary { provider: string; due: number; notified: number; error?: string }

/** One tick: asks every provider and enqueues what is due, each reminder in its own transaction. */
export async function runReminders(db: Kysely<Database>, o: { now?: Date; providers?: ReminderProvider[]; log?: (m: string) => void } = {}): Promise<ReminderRunSummary[]> {
  const now = o.now ?? new Date();
  const out: ReminderRunSummary[] = [];
  for (const p of o.providers ?? reminderProviders()) {
    const summary: ReminderRunSummary = { provider: p.name, due: 0, notified: 0 };
    try {
      const due = await p.due({ db, now });
      summary.due = due.length;
      for (const r of due) {
        if (!r.dedupeKey) throw new Error(`reminder provider ${p.name} returned a reminder without dedupeKey`);
        const res = await db.transaction().execute((trx) => enqueueNotification({ db: trx }, r));
        summary.notified += res.userIds.length;
      }
    } catch (err) {
      // One broken provider must not stop the others.
      summary.error = (err as Error).message;
      o.log?.(`[reminders] ${p.name} failed: ${summary.error}`);
    }
    out.push(summary);
  }
  return out;
}
