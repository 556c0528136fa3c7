// The season plan's writes: solve and keep the plan, pin or forbid a group's Saturday, remove an
// edit, change the settings. Each one is audited in the request's transaction.
import { planSeason } from '../../../domain/season-plan.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { loadSolver } from '../../lib/solver/highs.js';
import { auditText, recordAudit } from '../audit/index.js';
import { businessToday } from '../directives/index.js';
import { loadSeasonInput } from './season.inputs.js';
import { deleteOverride, getSeasonSettings, putOverride, saveSeasonSettings, storePlan } from './season.repository.js';
import { buildView } from './season.view.js';

export async function solveSeason(ctx: RequestContext, campaignId: number) {
  const loaded = await loadSeasonInput(ctx, campaignId);
  if (!loaded) throw new AppError('NOT_FOUND');
  const solver = await loadSolver();
  const plan = planSeason(loaded.input, solver, loaded.context.timeLimitSeconds);
  const view = buildView(loaded.input, loaded.context, plan, new Date());
  await storePlan(ctx.db, campaignId, view, ctx.actor?.userId ?? null);
  await recordAudit(ctx, { action: 'solve', entity: 'season_plan', entityId: campaignId,
    summary: auditText('season.solved', { method: plan.method, count: plan.entries.length, status: plan.solver.status }),
    after: { method: plan.method, status: plan.solver.status, gap: plan.solver.gap, seconds: plan.solver.seconds, entries: plan.entries.length, unmetLitres: plan.unmetLitres } });
  return view;
}

export interface OverrideInput { groupId: number; roadId: number | null; day: string; kind: 'pin' | 'forbid' }

export async function addOverride(ctx: RequestContext, campaignId: number, o: OverrideInput) {
  const db = ctx.db;
  if (!(await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
  if (!(await db.selectFrom('groups').select('id').where('id', '=', o.groupId).where('campaign_id', '=', campaignId).executeTakeFirst())) {
    fail('VALIDATION', 'groupId', 'Nhóm không thuộc chiến dịch này', 'The group is not in this campaign');
  }
  if (o.kind === 'pin' && o.roadId === null) fail('VALIDATION', 'roadId', 'Ghim cần chọn tuyến đường', 'A pin needs a road');
  if (o.roadId !== null) {
    const road = await db.selectFrom('roads as r').innerJoin('campaign_communes as cc', 'cc.unit_id', 'r.commune_id')
      .select('r.id').where('r.id', '=', o.roadId).where('cc.campaign_id', '=', campaignId).executeTakeFirst();
    if (!road) fail('VALIDATION', 'roadId', 'Tuyến đường không thuộc các xã của chiến dịch', "The road is not in the campaign's communes");
  }
  const day = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId).where('day', '=', o.day).executeTakeFirst();
  if (!day) fail('VALIDATION', 'day', 'Ngày không phải là ngày ra quân của chiến dịch', 'The day is not a campaign day');
  if (o.day < (await businessToday(db))) fail('VALIDATION', 'day', 'Ngày đã qua', 'The day is past');
  const id = await putOverride(db, campaignId, o, ctx.actor?.userId ?? null);
  await recordAudit(ctx, { action: o.kind, entity: 'season_plan', entityId: campaignId, summary: auditText('season.constraint', { kind: o.kind, day: o.day, group: o.groupId, road: o.roadId ? ` · #${o.roadId}` : null }), after: { id, ...o } });
  return { id, ...o };
}

export async function removeOverride(ctx: RequestContext, campaignId: number, id: number) {
  const gone = await deleteOverride(ctx.db, campaignId, id);
  if (!gone) throw new AppError('NOT_FOUND');
  await recordAudit(ctx, { action: 'delete', entity: 'season_plan', entityId: campaignId, summary: auditText('season.constraint', { kind: gone.kind, day: gone.day, group: gone.groupId }), before: gone });
}

export async function changeSeasonSettings(ctx: RequestContext, campaignId: number, s: { timeLimitSeconds: number; defaultTurnoutPercent: number; materialsBind?: boolean }, expectedVersion?: number) {
  if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
  const before = await getSeasonSettings(ctx.db, campaignId);
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new AppError('STALE_VERSION');
  await saveSeasonSettings(ctx.db, campaignId, { ...s, materialsBind: s.materialsBind ?? before.materialsBind }, ctx.actor?.userId ?? null);
  const after = await getSeasonSettings(ctx.db, campaignId);
  await recordAudit(ctx, { action: 'update', entity: 'season_plan_settings', entityId: campaignId, summary: auditText('campaign.settings', { campaign: campaignId }), before, after });
  return after;
}
