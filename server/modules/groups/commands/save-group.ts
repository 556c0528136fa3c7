// Create or change a group. The lead agency is always a member; an agency sits in at most one
// group per campaign (checked here for a clear message, and by a unique key for racing writers).
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getGroup, membershipsElsewhere, replaceMembers, type GroupRow } from '../groups.repository.js';
import { presentGroup } from '../groups.presenter.js';
import type { GroupCreateInput, GroupUpdateInput } from '../groups.schema.js';

async function checkMembers(ctx: RequestContext, campaignId: number, leadId: number, memberIds: number[], selfId?: number): Promise<number[]> {
  const ids = [...new Set([leadId, ...memberIds])];
  const found = await ctx.db.selectFrom('agencies').select('id').where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) fail('VALIDATION', missing.includes(leadId) ? 'leadAgencyId' : 'memberAgencyIds', `Cơ quan không tồn tại: ${missing.join(', ')}`, `No such agency: ${missing.join(', ')}`);
  const clash = await membershipsElsewhere(ctx.db, campaignId, ids, selfId);
  if (clash.length) {
    throw new AppError('AGENCY_IN_OTHER_GROUP', clash.map((c) => ({
      field: c.agency_id === leadId ? 'leadAgencyId' : 'memberAgencyIds', code: 'AGENCY_IN_OTHER_GROUP',
      // An agency working alone is its own team, named after it: "X is already in X" would say nothing.
      ...(c.group_kind === 'agency'
        ? { vi: `${c.agency_name} được giao trực tiếp, làm tuyến đường riêng: không xếp vào nhóm`, en: `${c.agency_name} works its own road (assigned directly): it joins no group` }
        : { vi: `${c.agency_name} đã thuộc ${c.group_name}`, en: `${c.agency_name} is already in ${c.group_name}` }),
    })));
  }
  return ids;
}

/** An agency working on its own keeps its name and its one member: it is the agency, not a group to fill. */
function refuseAgencyTeamChange(current: GroupRow, input: GroupUpdateInput) {
  if (input.name !== undefined && input.name !== current.name) {
    fail('AGENCY_TEAM_FIXED', 'name', `${current.name} được phân công trực tiếp: tên là tên cơ quan`, `${current.name} is assigned directly: its name is the agency's`);
  }
  if (input.leadAgencyId !== undefined && input.leadAgencyId !== current.lead_agency_id) {
    fail('AGENCY_TEAM_FIXED', 'leadAgencyId', `${current.name} được phân công trực tiếp: không đổi cơ quan`, `${current.name} is assigned directly: the agency cannot change`);
  }
  if (input.memberAgencyIds !== undefined && input.memberAgencyIds.some((id) => id !== current.lead_agency_id)) {
    fail('AGENCY_TEAM_FIXED', 'memberAgencyIds', `${current.name} được phân công trực tiếp: không thêm cơ quan khác (lập một nhóm nếu cần)`,
      `${current.name} is assigned directly: other agencies cannot join (make a group instead)`);
  }
}

async function checkName(ctx: RequestContext, campaignId: number, name: string, selfId?: number) {
  let q = ctx.db.selectFrom('groups').select('id').where('campaign_id', '=', campaignId).where('name', '=', name);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('DUPLICATE_NAME', 'name', 'Chiến dịch đã có nhóm cùng tên', 'This campaign already has a group with this name');
}

export async function createGroup(ctx: RequestContext, input: GroupCreateInput) {
  const campaign = await ctx.db.selectFrom('campaigns').select('id').where('id', '=', input.campaignId).executeTakeFirst();
  if (!campaign) fail('VALIDATION', 'campaignId', 'Chiến dịch không tồn tại', 'No such campaign');
  await checkName(ctx, input.campaignId, input.name);
  const members = await checkMembers(ctx, input.campaignId, input.leadAgencyId, input.memberAgencyIds);
  const ordinal = input.ordinal ?? Number((await ctx.db.selectFrom('groups').select((eb) => eb.fn.coalesce(eb.fn.max('ordinal'), eb.val(0)).as('m'))
    .where('campaign_id', '=', input.campaignId).executeTakeFirstOrThrow()).m) + 1;
  const { id } = await ctx.db.insertInto('groups').values({
    campaign_id: input.campaignId, name: input.name, ordinal, lead_agency_id: input.leadAgencyId, search_text: searchKey(input.name),
  }).returning('id').executeTakeFirstOrThrow();
  await replaceMembers(ctx.db, id, input.campaignId, members);
  const group = presentGroup((await getGroup(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'create', entity: 'group', entityId: id, summary: group.name, after: group });
  return group;
}

export async function updateGroup(ctx: RequestContext, id: number, input: GroupUpdateInput, expectedVersion?: number) {
  const current = await getGroup(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (current.kind === 'agency') refuseAgencyTeamChange(current, input);
  const name = input.name ?? current.name;
  await checkName(ctx, current.campaign_id, name, id);
  const leadId = input.leadAgencyId ?? current.lead_agency_id;
  const memberIds = input.memberAgencyIds ?? current.members.map((m) => m.id);
  const members = await checkMembers(ctx, current.campaign_id, leadId, memberIds, id);
  const before = presentGroup(current, ctx.actor!);
  await ctx.db.updateTable('groups').set({
    name, ordinal: input.ordinal ?? current.ordinal, lead_agency_id: leadId, search_text: searchKey(name),
    updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  await replaceMembers(ctx.db, id, current.campaign_id, members);
  const after = presentGroup((await getGroup(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'update', entity: 'group', entityId: id, summary: after.name, before, after });
  return after;
}
