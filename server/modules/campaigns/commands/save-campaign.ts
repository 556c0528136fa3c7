// Create or change a campaign. A new campaign gets every Saturday of its period as a campaign day;
// changing the period drops days outside it and adds the Saturdays of any new stretch.
import { daysBetween, saturdaysBetween } from '../../../../domain/dates.js';
import { CAMPAIGN_DAYS_MAX } from '../../../../domain/limits.js';
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { addDays, getCampaign, setCommunes } from '../campaigns.repository.js';
import { presentCampaign } from '../campaigns.presenter.js';
import type { CampaignCreateInput, CampaignUpdateInput } from '../campaigns.schema.js';

async function checkDistrict(ctx: RequestContext, districtId: number) {
  const u = await ctx.db.selectFrom('admin_units').select('level').where('id', '=', districtId).executeTakeFirst();
  if (!u || !['district', 'province'].includes(u.level)) {
    fail('VALIDATION', 'districtId', 'Phải chọn một huyện (hoặc tỉnh)', 'Choose a district (or province)');
  }
}

async function checkCommunes(ctx: RequestContext, ids: number[]) {
  if (!ids.length) return;
  const rows = await ctx.db.selectFrom('admin_units').select(['id', 'level']).where('id', 'in', ids).execute();
  const bad = ids.filter((id) => !rows.some((r) => r.id === id && ['commune', 'town', 'ward'].includes(r.level)));
  if (bad.length) fail('NOT_A_COMMUNE', 'communeIds', `Không phải xã, thị trấn: ${bad.join(', ')}`, `Not a commune or town: ${bad.join(', ')}`);
}

/** A campaign is bounded in length, so its days (and every figure over them) stay bounded too. */
function checkLength(startDate: string, endDate: string) {
  if (daysBetween(startDate, endDate) + 1 > CAMPAIGN_DAYS_MAX) {
    fail('VALIDATION', 'endDate', `Chiến dịch dài quá ${CAMPAIGN_DAYS_MAX} ngày`, `A campaign lasts at most ${CAMPAIGN_DAYS_MAX} days`);
  }
}

export async function createCampaign(ctx: RequestContext, input: CampaignCreateInput) {
  checkLength(input.startDate, input.endDate);
  await checkDistrict(ctx, input.districtId);
  const communeIds = [...new Set(input.communeIds)];
  await checkCommunes(ctx, communeIds);
  const { id } = await ctx.db.insertInto('campaigns').values({
    name: input.name, district_id: input.districtId, start_date: input.startDate, end_date: input.endDate,
    criterion_no: input.criterionNo, description: input.description ?? null, search_text: searchKey(input.name),
  }).returning('id').executeTakeFirstOrThrow();
  await setCommunes(ctx.db, id, communeIds);
  await addDays(ctx.db, id, saturdaysBetween(input.startDate, input.endDate).map((day) => ({ day, note: null })));
  const campaign = presentCampaign((await getCampaign(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'create', entity: 'campaign', entityId: id, summary: campaign.name, after: { ...campaign, days: campaign.days.length } });
  return campaign;
}

export async function updateCampaign(ctx: RequestContext, id: number, input: CampaignUpdateInput, expectedVersion?: number) {
  const current = await getCampaign(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  const startDate = input.startDate ?? current.start_date;
  const endDate = input.endDate ?? current.end_date;
  if (endDate < startDate) fail('VALIDATION', 'endDate', 'Ngày kết thúc phải sau ngày bắt đầu', 'endDate must not be before startDate');
  checkLength(startDate, endDate);
  if (input.districtId) await checkDistrict(ctx, input.districtId);
  if (input.communeIds) await checkCommunes(ctx, input.communeIds);
  const before = presentCampaign(current, ctx.actor!);
  const name = input.name ?? current.name;
  await ctx.db.updateTable('campaigns').set({
    name, district_id: input.districtId ?? current.district_id, start_date: startDate, end_date: endDate,
    criterion_no: input.criterionNo ?? current.criterion_no,
    description: input.description !== undefined ? input.description : current.description,
    search_text: searchKey(name), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  if (input.communeIds) await setCommunes(ctx.db, id, [...new Set(input.communeIds)]);
  if (startDate !== current.start_date || endDate !== current.end_date) {
    await ctx.db.deleteFrom('campaign_days').where('campaign_id', '=', id)
      .where((eb) => eb.or([eb('day', '<', startDate), eb('day', '>', endDate)])).execute();
    const added = saturdaysBetween(startDate, endDate).filter((d) => d < current.start_date || d > current.end_date);
    await addDays(ctx.db, id, added.map((day) => ({ day, note: null })));
  }
  const after = presentCampaign((await getCampaign(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'update', entity: 'campaign', entityId: id, summary: after.name,
    before: { ...before, days: before.days.length }, after: { ...after, days: after.days.length } });
  return after;
}
