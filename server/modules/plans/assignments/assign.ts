// Assign a road (all its segments) or some of its segments to a group for the whole campaign, or
// take them back. A segment belongs to at most one group: moving it from another group needs
// `reassign: true`, and the primary key refuses a racing second writer.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { agencyTeam } from '../../groups/index.js';
import { segmentFacts } from '../sources.js';
import { assignmentsOf, deleteAssignments, putAssignments } from './assignments.repository.js';

/** To a group (groupId), or to one agency directly (agencyId: the agency then works as a group of one). */
export interface AssignInput { groupId?: number; agencyId?: number; roadId: number; segmentIds?: number[]; reassign?: boolean }

async function requireCampaign(ctx: RequestContext, campaignId: number) {
  if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
}

export async function assignSegments(ctx: RequestContext, campaignId: number, input: AssignInput) {
  await requireCampaign(ctx, campaignId);
  if ((input.groupId === undefined) === (input.agencyId === undefined)) {
    fail('VALIDATION', 'groupId', 'Chọn một nhóm hoặc một cơ quan để giao tuyến', 'Choose a group or an agency (one of them) to assign the road to');
  }
  const group = input.agencyId !== undefined
    ? await agencyTeam(ctx, campaignId, input.agencyId)
    : await ctx.db.selectFrom('groups').select(['id', 'name']).where('id', '=', input.groupId!).where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!group) fail('NOT_IN_CAMPAIGN', 'groupId', 'Nhóm không thuộc chiến dịch này', 'The group is not part of this campaign');
  const road = await ctx.db.selectFrom('roads').select(['id', 'name', 'commune_id']).where('id', '=', input.roadId).executeTakeFirst();
  if (!road) fail('VALIDATION', 'roadId', 'Không có tuyến đường này', 'No such road');
  const target = await ctx.db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).where('unit_id', '=', road.commune_id).executeTakeFirst();
  if (!target) fail('NOT_IN_CAMPAIGN', 'roadId', 'Tuyến đường không thuộc xã của chiến dịch', 'The road is not in a commune of this campaign');
  const facts = (await segmentFacts(ctx.db, { communeIds: [road.commune_id] })).filter((f) => f.roadId === road.id);
  let ids = facts.map((f) => f.id);
  if (input.segmentIds) {
    const wrong = input.segmentIds.filter((id) => !ids.includes(id));
    if (wrong.length) fail('VALIDATION', 'segmentIds', `Đoạn ${wrong.join(', ')} không thuộc tuyến ${road.name}`, `Segment ${wrong.join(', ')} is not on this road`);
    ids = [...new Set(input.segmentIds)];
  }
  if (!ids.length) fail('VALIDATION', 'segmentIds', 'Tuyến chưa được chia đoạn: chia đoạn trước khi phân công', 'The road has no segments yet');
  const current = await assignmentsOf(ctx.db, campaignId, ids);
  const others = current.filter((a) => a.group_id !== group.id);
  if (others.length && !input.reassign) {
    const f = facts.find((x) => x.id === others[0].segment_id)!;
    fail('SEGMENT_ASSIGNED_ELSEWHERE', 'segmentIds', `Đoạn ${f.chainage} đã phân công cho ${others[0].group_name}: chọn "chuyển phân công" nếu muốn chuyển`,
      `Segment ${f.chainage} is assigned to ${others[0].group_name}: set reassign to move it`);
  }
  const fresh = ids.filter((id) => !current.some((a) => a.segment_id === id && a.group_id === group.id));
  try {
    await putAssignments(ctx.db, campaignId, group.id, fresh, ctx.actor?.userId ?? null, !!input.reassign);
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    if (e?.code === '23505' || e?.cause?.code === '23505') fail('SEGMENT_ASSIGNED_ELSEWHERE', 'segmentIds');
    throw err;
  }
  await recordAudit(ctx, { action: 'assign', entity: 'road_assignment', entityId: campaignId, summary: auditText('road.assigned', { group: group.name, road: road.name, count: fresh.length }),
    before: others.map((o) => ({ segmentId: o.segment_id, groupId: o.group_id })), after: { groupId: group.id, agencyId: input.agencyId ?? null, roadId: road.id, segmentIds: fresh } });
  return { groupId: group.id, assigned: fresh, movedFrom: others.map((o) => ({ segmentId: o.segment_id, groupId: o.group_id })) };
}

export async function unassignSegments(ctx: RequestContext, campaignId: number, segmentIds: number[]) {
  await requireCampaign(ctx, campaignId);
  const current = await assignmentsOf(ctx.db, campaignId, segmentIds);
  const n = await deleteAssignments(ctx.db, campaignId, segmentIds);
  await recordAudit(ctx, { action: 'unassign', entity: 'road_assignment', entityId: campaignId, summary: auditText('road.unassigned', { count: n }),
    before: current.map((o) => ({ segmentId: o.segment_id, groupId: o.group_id })) });
  return { removed: current.map((c) => c.segment_id) };
}
