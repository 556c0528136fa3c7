// All SQL of road assignments (phân công tuyến): which group of a campaign a segment belongs to.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';

/** segment id → group id, for a campaign. */
export async function assignmentMap(db: Kysely<Database>, campaignId: number): Promise<Map<number, number>> {
  const rows = await db.selectFrom('road_assignments').select(['segment_id', 'group_id']).where('campaign_id', '=', campaignId).execute();
  return new Map(rows.map((r) => [r.segment_id, r.group_id]));
}

export async function assignmentsOf(db: Kysely<Database>, campaignId: number, segmentIds: number[]) {
  if (!segmentIds.length) return [];
  return db.selectFrom('road_assignments as a').innerJoin('groups as g', 'g.id', 'a.group_id')
    .select(['a.segment_id', 'a.group_id', 'g.name as group_name']).where('a.campaign_id', '=', campaignId).where('a.segment_id', 'in', segmentIds).execute();
}

export async function putAssignments(db: Kysely<Database>, campaignId: number, groupId: number, segmentIds: number[], userId: number | null, replace: boolean) {
  if (!segmentIds.length) return;
  const values = segmentIds.map((segment_id) => ({ campaign_id: campaignId, segment_id, group_id: groupId, assigned_by: userId }));
  let q = db.insertInto('road_assignments').values(values);
  if (replace) q = q.onConflict((oc) => oc.columns(['campaign_id', 'segment_id']).doUpdateSet({ group_id: groupId, assigned_by: userId, assigned_at: new Date() }));
  await q.execute();
}

export async function deleteAssignments(db: Kysely<Database>, campaignId: number, segmentIds: number[]) {
  if (!segmentIds.length) return 0;
  const r = await db.deleteFrom('road_assignments').where('campaign_id', '=', campaignId).where('segment_id', 'in', segmentIds).executeTakeFirst();
  return Number(r.numDeletedRows);
}
