// Add a campaign day (a make-up day after rain, a holiday swap) or remove one.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getCampaign } from '../campaigns.repository.js';
import { presentCampaign } from '../campaigns.presenter.js';

async function load(ctx: RequestContext, id: number) {
  const c = await getCampaign(ctx.db, id);
  if (!c) throw new AppError('NOT_FOUND');
  return c;
}

export async function addCampaignDay(ctx: RequestContext, campaignId: number, day: string, note: string | null) {
  const c = await load(ctx, campaignId);
  if (day < c.start_date || day > c.end_date) fail('DATE_OUTSIDE_CAMPAIGN', 'day');
  if (c.days.some((d) => d.day === day)) fail('CONFLICT', 'day', 'Ngày này đã là ngày ra quân', 'This day is already a campaign day');
  await ctx.db.insertInto('campaign_days').values({ campaign_id: campaignId, day, note }).execute();
  await ctx.db.updateTable('campaigns').set({ version: c.version + 1, updated_at: new Date() }).where('id', '=', campaignId).execute();
  await recordAudit(ctx, { action: 'add_day', entity: 'campaign', entityId: campaignId, summary: day, after: { day, note } });
  return presentCampaign((await load(ctx, campaignId)), ctx.actor!);
}

export async function removeCampaignDay(ctx: RequestContext, campaignId: number, day: string) {
  const c = await load(ctx, campaignId);
  const existing = c.days.find((d) => d.day === day);
  if (!existing) throw new AppError('NOT_FOUND');
  await ctx.db.deleteFrom('campaign_days').where('campaign_id', '=', campaignId).where('day', '=', day).execute();
  await ctx.db.updateTable('campaigns').set({ version: c.version + 1, updated_at: new Date() }).where('id', '=', campaignId).execute();
  await recordAudit(ctx, { action: 'remove_day', entity: 'campaign', entityId: campaignId, summary: day, before: existing });
  return presentCampaign((await load(ctx, campaignId)), ctx.actor!);
}
