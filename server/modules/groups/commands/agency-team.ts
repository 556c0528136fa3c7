// An agency assigned work on its own (the conclusion's §2: a road "cho Ban chỉ huy Quân sự huyện").
// The first time, its team is made: kind 'agency', named as the agency, with the agency as its one
// member; after that the same team is found. An agency already in a group must leave it first:
// the office decides that, so this refuses and names the group.
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getGroup, membershipsElsewhere, replaceMembers } from '../groups.repository.js';
import { presentGroup } from '../groups.presenter.js';

export async function agencyTeam(ctx: RequestContext, campaignId: number, agencyId: number, field = 'agencyId'): Promise<{ id: number; name: string; created: boolean }> {
  const existing = await ctx.db.selectFrom('groups').select(['id', 'name']).where('campaign_id', '=', campaignId)
    .where('kind', '=', 'agency').where('lead_agency_id', '=', agencyId).executeTakeFirst();
  if (existing) return { ...existing, created: false };
  const agency = await ctx.db.selectFrom('agencies').select(['id', 'name']).where('id', '=', agencyId).executeTakeFirst();
  if (!agency) fail('VALIDATION', field, `Không có cơ quan số ${agencyId}`, `No agency ${agencyId}`);
  const [clash] = await membershipsElsewhere(ctx.db, campaignId, [agencyId]);
  if (clash) {
    throw new AppError('AGENCY_IN_OTHER_GROUP', [{ field, code: 'AGENCY_IN_OTHER_GROUP',
      vi: `${agency.name} đang thuộc ${clash.group_name}: đưa cơ quan ra khỏi nhóm trước khi giao việc riêng`,
      en: `${agency.name} is in ${clash.group_name}: take it out of that group before assigning it work of its own` }]);
  }
  const taken = await ctx.db.selectFrom('groups').select('id').where('campaign_id', '=', campaignId).where('name', '=', agency.name).executeTakeFirst();
  if (taken) fail('DUPLICATE_NAME', field, `Chiến dịch đã có nhóm tên "${agency.name}"`, `The campaign already has a group named "${agency.name}"`);
  const ordinal = Number((await ctx.db.selectFrom('groups').select((eb) => eb.fn.coalesce(eb.fn.max('ordinal'), eb.val(0)).as('m'))
    .where('campaign_id', '=', campaignId).executeTakeFirstOrThrow()).m) + 1;
  const { id } = await ctx.db.insertInto('groups').values({
    campaign_id: campaignId, name: agency.name, kind: 'agency', ordinal, lead_agency_id: agency.id, search_text: searchKey(agency.name),
  }).returning('id').executeTakeFirstOrThrow();
  await replaceMembers(ctx.db, id, campaignId, [agency.id]);
  const team = presentGroup((await getGroup(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'create', entity: 'group', entityId: id, summary: `${agency.name} (cơ quan được phân công trực tiếp)`, after: team });
  return { id, name: agency.name, created: true };
}
