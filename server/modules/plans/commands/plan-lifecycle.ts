// A plan's life: created as a draft for a campaign day (today or later), published (version 1,
// kept whole; red go/no-go items only with a written reason; the people concerned are told and the
// directive's weekly-plan task is done), and closed on or after its day.
import { weekStart } from '../../../../domain/plans.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { markWeeklyPlanTaskDone } from '../../directives/index.js';
import { businessNow, businessToday } from '../clock.js';
import { notifyPlanPublished } from '../notify.js';
import { loadBundle, planView, snapshotOf } from '../plans.presenter.js';
import { insertPlan, insertVersion, planOfDay, touchPlan } from '../plans.repository.js';
import { planForChange, requireCampaignDay, requireNotPast } from './guards.js';

/** A new empty draft; one plan per campaign day. Returns its id. */
export async function createDraft(ctx: RequestContext, campaignId: number, day: string): Promise<number> {
  await requireCampaignDay(ctx, campaignId, day);
  await requireNotPast(ctx, day);
  if (await planOfDay(ctx.db, campaignId, day)) fail('CONFLICT', 'day', 'Ngày này đã có kế hoạch', 'This day already has a plan');
  const id = await insertPlan(ctx.db, { campaignId, day, userId: ctx.actor?.userId ?? null });
  await recordAudit(ctx, { action: 'create', entity: 'plan', entityId: id, summary: day, after: { campaignId, day, status: 'draft' } });
  return id;
}

export async function createPlan(ctx: RequestContext, campaignId: number, day: string) {
  const id = await createDraft(ctx, campaignId, day);
  return (await planView(ctx.db, ctx.actor, id))!;
}

export async function publishPlan(ctx: RequestContext, planId: number, reason: string | undefined, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'publish', { expectedVersion });
  const today = await businessToday(ctx.db);
  const b = (await loadBundle(ctx.db, plan))!;
  if (!b.entries.length) fail('VALIDATION', 'entries', 'Kế hoạch chưa có nhóm nào', 'The plan has no entry yet');
  const red = [...b.ready.values()].reduce((s, r) => s + r.checks.filter((c) => !c.ok).length, 0);
  if (red > 0 && !reason?.trim()) {
    fail('RED_ITEMS_NEED_REASON', 'reason', `Còn ${red} mục chưa sẵn sàng: ghi lý do vẫn công bố`, `${red} go/no-go item(s) are red: write why you publish anyway`);
  }
  const versionNo = plan.version_no + 1;
  await touchPlan(ctx.db, plan.id, { status: 'published', version_no: versionNo, published_at: await businessNow(ctx.db) });
  const after = (await loadBundle(ctx.db, plan.id))!;
  const snapshot = snapshotOf(after, today);
  await insertVersion(ctx.db, { planId: plan.id, versionNo, kind: 'publish', status: 'published', reason: null, redItems: red,
    redReason: red > 0 ? reason!.trim() : null, snapshot, userId: ctx.actor?.userId ?? null });
  await notifyPlanPublished(ctx, { ...plan, version_no: versionNo }, b.entries.map((e) => e.group_id), b.entries.map((e) => e.commune_id));
  const tasks = await markWeeklyPlanTaskDone(ctx, plan.campaign_id, weekStart(plan.day), plan.id);
  await recordAudit(ctx, { action: 'publish', entity: 'plan', entityId: plan.id, summary: red ? auditText('plan.publishedRed', { day: plan.day, version: versionNo, red, reason }) : auditText('plan.published', { day: plan.day, version: versionNo }),
    before: { status: plan.status }, after: { status: 'published', versionNo, redItems: red, redReason: red ? reason : null, directiveTasksDone: tasks } });
  return (await planView(ctx.db, ctx.actor, plan.id))!;
}

export async function closePlan(ctx: RequestContext, planId: number, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'close', { expectedVersion, allowPast: true });
  const today = await businessToday(ctx.db);
  if (plan.day > today) fail('VALIDATION', 'day', `Chỉ đóng kế hoạch từ ngày ${plan.day} trở đi`, `A plan is closed on or after its day (${plan.day})`);
  await touchPlan(ctx.db, plan.id, { status: 'closed', closed_at: await businessNow(ctx.db) });
  await recordAudit(ctx, { action: 'close', entity: 'plan', entityId: plan.id, summary: plan.day, before: { status: plan.status }, after: { status: 'closed' } });
  return (await planView(ctx.db, ctx.actor, plan.id))!;
}

/** Every version of a plan (404 when the plan is missing). */
export async function requirePlan(ctx: RequestContext, planId: number) {
  const b = await loadBundle(ctx.db, planId);
  if (!b) throw new AppError('NOT_FOUND');
  return b;
}
