// All SQL of the inbox and of the channel preferences. Every query is scoped to one user.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function listInbox(db: Kysely<Database>, userId: number, f: { limit: number; cursor?: number; unreadOnly?: boolean }) {
  return db.selectFrom('notifications').selectAll()
    .where('user_id', '=', userId)
    .$if(!!f.unreadOnly, (q) => q.where('read_at', 'is', null))
    .$if(!!f.cursor, (q) => q.where('id', '<', f.cursor!))
    .orderBy('id', 'desc').limit(f.limit + 1).execute();
}
export type InboxRow = Awaited<ReturnType<typeof listInbox>>[number];

/** One index-only count over the partial index of unread rows. */
export async function unreadCount(db: Kysely<Database>, userId: number): Promise<number> {
  const r = await db.selectFrom('notifications').select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow();
  return r.n;
}

/** Marks one of the user's notifications read (keeps the first read time); undefined when not theirs. */
export async function markRead(db: Kysely<Database>, userId: number, id: number, now: Date) {
  return db.updateTable('notifications').set({ read_at: sql<Date>`coalesce(read_at, ${now})` })
    .where('id', '=', id).where('user_id', '=', userId)
    .returning(['id', 'read_at']).executeTakeFirst();
}

export async function markAllRead(db: Kysely<Database>, userId: number, now: Date): Promise<number> {
  const r = await db.updateTable('notifications').set({ read_at: now })
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function getPreferences(db: Kysely<Database>, userId: number) {
  return db.selectFrom('notification_preferences').select(['event', 'email', 'webhook'])
    .where('user_id', '=', userId).orderBy('event').execute();
}

export async function upsertPreferences(db: Kysely<Database>, userId: number, items: Array<{ event: string; email: boolean; webhook: boolean }>) {
  if (!items.length) return;
  await db.insertInto('notification_preferences')
    .values(items.map((i) => ({ user_id: userId, event: i.event, email: i.email, webhook: i.webhook })))
    .onConflict((oc) => oc.columns(['user_id', 'event']).doUpdateSet((eb) => ({
      email: eb.ref('excluded.email'), webhook: eb.ref('excluded.webhook'), updated_at: sql<Date>`now()`,
    })))
    .execute();
}

export async function userEmail(db: Kysely<Database>, userId: number): Promise<string | null> {
  const r = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  return r?.email ?? null;
}
