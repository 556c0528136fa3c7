// Reads the session cookie, loads the user behind it and sets `actor`. Expired sessions and disabled
// users count as signed out. last_seen_at is refreshed at most every five minutes to spare writes.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { createHash } from 'node:crypto';
import type { Role } from '../../domain/roles.js';
import type { AppEnv } from './context.js';

export const SESSION_COOKIE = 'ntm_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('actor', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token && token.length <= 200) {
    const db = c.var.deps.dbh.db;
    const row = await db.selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['sessions.id', 'sessions.csrf_token', 'sessions.expires_at', 'sessions.last_seen_at',
        'users.id as user_id', 'users.role', 'users.agency_id', 'users.unit_id', 'users.disabled'])
      .where('sessions.id', '=', hashToken(token))
      .executeTakeFirst();
    const now = Date.now();
    if (row && !row.disabled && new Date(row.expires_at).getTime() > now) {
      c.set('actor', { userId: row.user_id, role: row.role as Role, agencyId: row.agency_id, unitId: row.unit_id });
      c.set('session', { id: row.id, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) });
      if (now - new Date(row.last_seen_at).getTime() > 5 * 60_000) {
        await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', row.id).execute();
      }
    }
  }
  await next();
};
