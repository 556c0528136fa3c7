// All SQL of users.
import type { Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom('users')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .leftJoin('admin_units', 'admin_units.id', 'users.unit_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.email', 'users.role', 'users.agency_id',
      'users.unit_id', 'users.disabled', 'users.created_at', 'users.version',
      'agencies.name as agency_name', 'admin_units.name as unit_name']);
}

export type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export function getUser(db: Kysely<Database>, id: number) {
  return baseQuery(db).where('users.id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>, f: { q?: string; limit: number; cursor?: number }) {
  let q = baseQuery(db);
  if (f.q) q = q.where('users.search_text', 'like', likePattern(f.q));
  if (f.cursor) q = q.where('users.id', '>', f.cursor);
  return q.orderBy('users.id').limit(f.limit + 1).execute();
}

/** The groups whose lead agency is this agency, in campaigns still running or to come. */
export function groupsLedBy(db: Kysely<Database>, agencyId: number) {
  return db.selectFrom('groups').select(['id', 'name', 'campaign_id']).where('lead_agency_id', '=', agencyId).orderBy('id').execute();
}
