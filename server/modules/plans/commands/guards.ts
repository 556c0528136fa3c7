// Checks every plan command shares: the day is a campaign day and not past, the plan exists, is
// locked for this change, matches the If-Match version and allows the change; and the database's
// double-booking keys, when a racing writer trips them, answer with the same codes as the checks.
import { entryChangeAction, planTransition, type PlanAction } from '../../../../domain/plans.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { businessToday } from '../clock.js';
import { maySupervise } from '../plans.policy.js';
import { entriesOf, getPlan, lockPlan, type PlanRow } from '../plans.repository.js';

export async function requireCampaignDay(ctx: RequestContext, campaignId: number, day: string, field = 'day'): Promise<void> {
  const c = await ctx.db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst();
  if (!c) throw new AppError('NOT_FOUND');
  const d = await ctx.db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId).where('day', '=', day).executeTakeFirst();
  if (!d) fail('NOT_A_CAMPAIGN_DAY', field, `Ngày ${day} không phải là ngày ra quân của chiến dịch: thêm ngày này vào chiến dịch trước`, `${day} is not a campaign day: add it to the campaign first`);
}

export async function requireNotPast(ctx: RequestContext, day: string, field = 'day'): Promise<string> {
  const today = await businessToday(ctx.db);
  if (day < today) fail('PAST_DATE', field, `Ngày ${day} đã qua (hôm nay là ${today})`, `${day} is in the past (today is ${today})`);
  return today;
}

/**
 * The plan locked for a change ('change' = to its entries): 404 when missing, 412 when If-Match names an older version, the
 * plan's workflow must allow the action (a reason where it needs one), and its day not be past.
 */
export async function planForChange(ctx: RequestContext, planId: number, requested: PlanAction | 'change', o: { reason?: string | null; expectedVersion?: number; allowPast?: boolean } = {}): Promise<PlanRow> {
  const plan = await lockPlan(ctx.db, planId);
  if (!plan) throw new AppError('NOT_FOUND');
  if (o.expectedVersion !== undefined && o.expectedVersion !== plan.version) throw new AppError('STALE_VERSION');
  // 'change': a change to the entries, free in a draft, with a reason once published.
  const action = requested === 'change' ? entryChangeAction(plan.status) : requested;
  const to = planTransition(plan.status, action, o.reason);
  if (to === 'PLAN_TRANSITION_NOT_ALLOWED') {
    if (action === 'publish' || action === 'edit') throw new AppError('PLAN_NOT_DRAFT');
    throw new AppError('PLAN_TRANSITION_NOT_ALLOWED');
  }
  if (to === 'REASON_REQUIRED') {
    fail('REASON_REQUIRED', 'reason', action === 'amend' ? 'Kế hoạch đã công bố: cần ghi lý do thay đổi' : 'Cần ghi lý do',
      action === 'amend' ? 'The plan is published: say why it changes' : 'A reason is required');
  }
  if (!o.allowPast) await requireNotPast(ctx, plan.day, 'day');
  return plan;
}

function constraintOf(err: unknown): string | undefined {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  if (e?.code === '23505') return e.constraint ?? 'unknown';
  if (e?.cause?.code === '23505') return e.cause.constraint ?? 'unknown';
  return undefined;
}

/** Runs a write; a double booking caught by the database's unique keys becomes GROUP_ / SEGMENT_DOUBLE_BOOKED. */
export async function guardBookings<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const c = constraintOf(err);
    if (c === 'plan_entries_day_group') fail('GROUP_DOUBLE_BOOKED', 'groupId');
    if (c === 'plan_entry_segments_day_segment') fail('SEGMENT_DOUBLE_BOOKED', 'segmentIds');
    throw err;
  }
}

/**
 * A plan entry the commune (or the office) prepares on the ground: its supervisor, its site. 404 when
 * the entry is not in the plan, 403 outside the actor's commune, only on a draft or published plan
 * whose day is not past.
 */
export async function entryForFieldEdit(ctx: RequestContext, planId: number, entryId: number) {
  const plan = await getPlan(ctx.db, planId);
  const [entry] = await entriesOf(ctx.db, { ids: [entryId] });
  if (!plan || !entry || entry.plan_id !== planId) throw new AppError('NOT_FOUND');
  if (!maySupervise(ctx.actor, entry.commune_id)) throw new AppError('FORBIDDEN');
  if (plan.status !== 'draft' && plan.status !== 'published') throw new AppError('PLAN_TRANSITION_NOT_ALLOWED');
  await requireNotPast(ctx, plan.day);
  return { plan, entry };
}
