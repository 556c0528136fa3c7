// Reads the session cookie and loads, in one statement, the session, the user behind it (with the
// names of their agency and unit), the groups a group lead's agency leads and the demo flag: all
// that `actor` and /auth/me need, so an ordinary request costs a single round trip before its own
// work. Expired sessions and disabled users count as signed out. Nothing is cached in the process,
// so a sign-out, password change or role change on any app node holds on the next request.
// last_seen_at is refreshed at most every five minutes to spare writes.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { Role } from '../../domain/roles.js';
import type { Database } from '../db/schema.js';
import type { AppEnv, SessionUser } from './context.js';

export const SESSION_COOKIE = 'ntm_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sessionQuery(db: Kysely<Database>, id: string) {
  return db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .leftJoin('admin_units', 'admin_units.id', 'users.unit_id')
    .select(['sessions.id as session_id', 'sessions.csrf_token', 'sessions.expires_at', 'sessions.last_seen_at',
      'users.id', 'users.username', 'users.display_name', 'users.email', 'users.role', 'users.agency_id',
      'users.unit_id', 'users.disabled', 'users.created_at', 'users.version',
      'agencies.name as agency_name', 'admin_units.name as unit_name'])
    // Only a group lead's row runs the subquery (CASE evaluates it on that branch only).
    .select(sql<SessionUser['led_groups']>`case when users.role = 'group_lead' then (
        select coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'campaign_id', g.campaign_id) order by g.id), '[]'::json)
        from groups g where g.lead_agency_id = users.agency_id) end`.as('led_groups'))
    .select(sql<unknown>`(select value from settings where key = 'demo')`.as('demo'))
    .where('sessions.id', '=', id);
}
type SessionRow = NonNullable<Awaited<ReturnType<ReturnType<typeof sessionQuery>['executeTakeFirst']>>>;

// Every request runs this query: it is built and compiled to SQL once per database handle, and
// each request only sends it with its own session id (its one parameter).
const compiled = new WeakMap<Kysely<Database>, CompiledQuery<SessionRow>>();

async function loadSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  let q = compiled.get(db);
  if (!q) {
    q = sessionQuery(db, '').compile();
    if (q.parameters.length !== 1) throw new Error('the session query must have the session id as its only parameter');
    compiled.set(db, q);
  }
  return (await db.executeQuery(CompiledQuery.raw(q.sql, [id]) as CompiledQuery<SessionRow>)).rows[0];
}

export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 200) {
    const db = c.var.deps.dbh.db;
    const row = await loadSession(db, hashToken(token));
    const now = Date.now();
    if (row && !row.disabled && new Date(row.expires_at).getTime() > now) {
      c.set('actor', { userId: row.id, role: row.role as Role, agencyId: row.agency_id, unitId: row.unit_id });
      const { session_id, csrf_token, expires_at, last_seen_at, demo, ...user } = row;
      c.set('session', { id: session_id, csrfToken: csrf_token, expiresAt: new Date(expires_at), user: { ...user, led_groups: user.led_groups ?? [] }, demo: demo === true });
      if (now - new Date(last_seen_at).getTime() > 5 * 60_000) {
        await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', session_id).execute();
      }
    }
  }
  await next();
};
