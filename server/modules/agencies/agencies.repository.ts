// All SQL of agencies.
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

export interface AgencyRow {
  id: number; name: string; short_name: string | null; staff_count: number; contact_name: string | null;
  contact_phone: string | null; district_id: number | null; version: number;
  groups: Array<{ id: number; name: string; campaign_id: number; lead_agency_id: number }>;
}

export async function listAgencies(db: Kysely<Database>, f: { q?: string; ids?: number[]; limit?: number; cursor?: number }): Promise<AgencyRow[]> {
  let q = db.selectFrom('agencies').select((eb) => [
    'agencies.id', 'agencies.name', 'agencies.short_name', 'agencies.staff_count', 'agencies.contact_name',
    'agencies.contact_phone', 'agencies.district_id', 'agencies.version',
    sql<AgencyRow['groups']>`coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'campaign_id', g.campaign_id, 'lead_agency_id', g.lead_agency_id) order by g.id)
      from group_members m join groups g on g.id = m.group_id where m.agency_id = ${eb.ref('agencies.id')}), '[]'::json)`.as('groups'),
  ]);
  if (f.q) q = q.where('agencies.search_text', 'like', likePattern(f.q));
  if (f.ids) q = q.where('agencies.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.cursor) q = q.where('agencies.id', '>', f.cursor);
  if (f.limit) q = q.limit(f.limit + 1);
  return q.orderBy('agencies.id').execute();
}

export async function getAgency(db: Kysely<Database>, id: number) {
  return (await listAgencies(db, { ids: [id] }))[0];
}

/** Agencies in the groups this agency leads (itself included). */
export async function agenciesLedBy(db: Kysely<Database>, leadAgencyId: number): Promise<number[]> {
  const rows = await db.selectFrom('group_members').innerJoin('groups', 'groups.id', 'group_members.group_id')
    .select('group_members.agency_id').where('groups.lead_agency_id', '=', leadAgencyId).execute();
  return [...new Set([leadAgencyId, ...rows.map((r) => r.agency_id)])];
}
