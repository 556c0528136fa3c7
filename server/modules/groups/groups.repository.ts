// All SQL of groups and their members.
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

export interface GroupRow {
  id: number; campaign_id: number; name: string; kind: 'group' | 'agency'; ordinal: number; lead_agency_id: number; lead_agency_name: string;
  version: number; members: Array<{ id: number; name: string; short_name: string | null; staff_count: number }>;
}

export async function listGroups(db: Kysely<Database>, f: { campaignId?: number; q?: string; ids?: number[] }): Promise<GroupRow[]> {
  let q = db.selectFrom('groups').innerJoin('agencies as lead', 'lead.id', 'groups.lead_agency_id').select((eb) => [
    'groups.id', 'groups.campaign_id', 'groups.name', 'groups.kind', 'groups.ordinal', 'groups.lead_agency_id', 'groups.version',
    'lead.name as lead_agency_name',
    sql<GroupRow['members']>`coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name, 'short_name', a.short_name, 'staff_count', a.staff_count) order by (a.id = ${eb.ref('groups.lead_agency_id')}) desc, a.name)
      from group_members m join agencies a on a.id = m.agency_id where m.group_id = ${eb.ref('groups.id')}), '[]'::json)`.as('members'),
  ]);
  if (f.campaignId) q = q.where('groups.campaign_id', '=', f.campaignId);
  if (f.q) {
    const pattern = likePattern(f.q);
    // A group is found by its own name or by the name of any member agency.
    q = q.where((eb) => eb.or([
      eb('groups.search_text', 'like', pattern),
      eb.exists(eb.selectFrom('group_members as gm').innerJoin('agencies as ma', 'ma.id', 'gm.agency_id')
        .select('gm.agency_id').whereRef('gm.group_id', '=', 'groups.id').where('ma.search_text', 'like', pattern)),
    ]));
  }
  if (f.ids) q = q.where('groups.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('groups.campaign_id').orderBy('groups.ordinal').orderBy('groups.id').execute();
}

export async function getGroup(db: Kysely<Database>, id: number) {
  return (await listGroups(db, { ids: [id] }))[0];
}

/** Which of these agencies already sit in another group of the campaign. */
export function membershipsElsewhere(db: Kysely<Database>, campaignId: number, agencyIds: number[], exceptGroupId?: number) {
  let q = db.selectFrom('group_members').innerJoin('groups', 'groups.id', 'group_members.group_id')
    .innerJoin('agencies', 'agencies.id', 'group_members.agency_id')
    .select(['group_members.agency_id', 'agencies.name as agency_name', 'groups.name as group_name', 'groups.kind as group_kind'])
    .where('group_members.campaign_id', '=', campaignId)
    .where('group_members.agency_id', 'in', agencyIds.length ? agencyIds : [0]);
  if (exceptGroupId) q = q.where('group_members.group_id', '!=', exceptGroupId);
  return q.execute();
}

export async function replaceMembers(db: Kysely<Database>, groupId: number, campaignId: number, agencyIds: number[]) {
  await db.deleteFrom('group_members').where('group_id', '=', groupId).execute();
  if (agencyIds.length) {
    await db.insertInto('group_members').values(agencyIds.map((agency_id) => ({ group_id: groupId, campaign_id: campaignId, agency_id }))).execute();
  }
}
