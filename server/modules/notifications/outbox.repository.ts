// All SQL of the outbox. A worker claims due rows by pushing their next_attempt_at past a lease
// in one short statement (FOR UPDATE SKIP LOCKED: two app nodes never claim the same row), sends
// outside any transaction, then marks each row sent, retried or failed.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface ClaimedDelivery {
  id: number;
  deliveryId: string;
  channel: 'email' | 'webhook';
  /** This attempt's number, 1 for the first. */
  attempt: number;
  notification: {
    id: number; event: string; titleVi: string; titleEn: string; bodyVi: string; bodyEn: string;
    link: string | null; entityType: string | null; entityId: string | null; createdAt: Date;
  };
  recipient: { id: number; username: string; displayName: string; email: string | null; role: string };
}

/** Claims up to `limit` due rows for `leaseMs`: if the worker dies, they come due again then. */
export async function claimDue(db: Kysely<Database>, o: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(o.now.getTime() + o.leaseMs);
  const claimed = await sql<{ id: number; attempts: number }>`
    with due as (
      select id from notification_outbox
      where status = 'pending' and next_attempt_at <= ${o.now}
      order by next_attempt_at, id
      limit ${o.limit}
      for update skip locked
    )
    update notification_outbox o set attempts = o.attempts + 1, next_attempt_at = ${leaseUntil}
    from due where o.id = due.id
    returning o.id, o.attempts`.execute(db);
  if (!claimed.rows.length) return [];
  const attempts = new Map(claimed.rows.map((r) => [r.id, r.attempts]));
  const rows = await db.selectFrom('notification_outbox as o')
    .innerJoin('notifications as n', 'n.id', 'o.notification_id')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['o.id', 'o.delivery_id', 'o.channel', 'n.id as n_id', 'n.event', 'n.title_vi', 'n.title_en', 'n.body_vi', 'n.body_en',
      'n.link', 'n.entity_type', 'n.entity_id', 'n.created_at', 'u.id as u_id', 'u.username', 'u.display_name', 'u.email', 'u.role'])
    .where('o.id', 'in', [...attempts.keys()])
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({
    id: r.id, deliveryId: r.delivery_id, channel: r.channel, attempt: attempts.get(r.id)!,
    notification: { id: r.n_id, event: r.event, titleVi: r.title_vi, titleEn: r.title_en, bodyVi: r.body_vi, bodyEn: r.body_en,
      link: r.link, entityType: r.entity_type, entityId: r.entity_id, createdAt: r.created_at },
    recipient: { id: r.u_id, username: r.username, displayName: r.display_name, email: r.email, role: r.role },
  }));
}

/** Gives back a claimed row not yet tried: due now, its attempt not counted. */
export async function release(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('notification_outbox').set((eb) => ({ next_attempt_at: now, attempts: eb('attempts', '-', 1) }))
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

export async function markSent(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db.updateTable('notification_outbox').set({ status: 'sent', sent_at: now, last_error: null })
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

export async function markRetry(db: Kysely<Database>, id: number, nextAttemptAt: Date, error: string): Promise<void> {
  await db.updateTable('notification_outbox').set({ next_attempt_at: nextAttemptAt, last_error: error.slice(0, 1000) })
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

export async function markFailed(db: Kysely<Database>, id: number, error: string): Promise<void> {
  await db.updateTable('notification_outbox').set({ status: 'failed', last_error: error.slice(0, 1000) })
    .where('id', '=', id).where('status', '=', 'pending').execute();
}

export interface OutboxFilter { status?: 'pending' | 'sent' | 'failed'; cursor?: number; limit: number; id?: number }

/** The outbox for the admin's delivery page, newest first. */
export async function listOutbox(db: Kysely<Database>, f: OutboxFilter) {
  return db.selectFrom('notification_outbox as o')
    .innerJoin('notifications as n', 'n.id', 'o.notification_id')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['o.id', 'o.delivery_id', 'o.channel', 'o.status', 'o.attempts', 'o.next_attempt_at', 'o.last_error', 'o.created_at',
      'o.sent_at', 'n.event', 'n.title_vi', 'n.title_en', 'u.id as user_id', 'u.username'])
    .$if(!!f.status, (q) => q.where('o.status', '=', f.status!))
    .$if(!!f.id, (q) => q.where('o.id', '=', f.id!))
    .$if(!!f.cursor, (q) => q.where('o.id', '<', f.cursor!))
    .orderBy('o.id', 'desc').limit(f.limit + 1).execute();
}

/** Puts a failed delivery back in the queue, due now, with a fresh attempt count. */
export async function requeue(db: Kysely<Database>, id: number, now: Date): Promise<boolean> {
  const r = await db.updateTable('notification_outbox').set({ status: 'pending', attempts: 0, next_attempt_at: now })
    .where('id', '=', id).where('status', '=', 'failed').executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Deletes sent deliveries older than `before`: the inbox row stays; the outbox is a queue, not a log. */
export async function pruneDeliveredOutbox(db: Kysely<Database>, before: Date): Promise<number> {
  const r = await db.deleteFrom('notification_outbox').where('status', '=', 'sent').where('sent_at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
