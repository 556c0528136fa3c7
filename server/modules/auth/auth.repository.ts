// SQL for sign-in: users by name, sessions, and the login attempts that rate limits count.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export function findUserByUsername(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
}

export async function countRecentFailures(db: Kysely<Database>, username: string, ip: string, minutes: number): Promise<number> {
  const row = await db.selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Failed sign-ins from one address, whatever the username (password spraying). */
export async function countRecentFailuresFromAddress(db: Kysely<Database>, ip: string, minutes: number): Promise<number> {
  const row = await db.selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ip', '=', ip)
    .where('succeeded', '=', false)
    .where('at', '>', sql<Date>`now() - make_interval(mins => ${minutes})`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function recordAttempt(db: Kysely<Database>, username: string, ip: string, succeeded: boolean): Promise<void> {
  await db.insertInto('login_attempts').values({ username: username.slice(0, 100), ip, succeeded }).execute();
}

export async function insertSession(db: Kysely<Database>, s: { id: string; userId: number; csrfToken: string; expiresAt: Date }) {
  await db.insertInto('sessions').values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt }).execute();
  // Housekeeping on the way: expired sessions and old attempts go.
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('login_attempts').where('at', '<', sql<Date>`now() - interval '7 days'`).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteOtherSessions(db: Kysely<Database>, userId: number, keepId: string | null) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  await q.execute();
}
