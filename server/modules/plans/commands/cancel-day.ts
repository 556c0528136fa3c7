// Cancel a campaign day (rain, a holiday) with a reason: the plan is kept as a cancelled version,
// its entries move to the next campaign day (or the day named), into a draft there. An entry whose
// group already works elsewhere that day stays behind (reported); segments already booked that day
// are dropped from the moved entry, its volume capped to what its remaining segments hold. The
// day's registrations are cancelled: the groups register again for the new day.
import { lengthForVolume } from '../../../../domain/plans.js';
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { businessToday } from '../clock.js';
import { notifyPlanChanged } from '../notify.js';
import { loadBundle, planView, snapshotOf } from '../plans.presenter.js';
import {
  campaignDaysAfter, deleteEntry, groupBookings, insertPlan, insertVersion, lockPlan, planOfDay, segmentBookings, setEntrySegments, touchPlan, updateEntry,
} from '../plans.repository.js';
import { cancelRegistrationsOfDay } from '../registrations/commands/cancel-for-day.js';
import { guardBookings, planForChange, requireCampaignDay } from './guards.js';

export async function cancelDay(ctx: RequestContext, planId: number, input: { reason?: string; toDay?: string }, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'cancel', { reason: input.reason, expectedVersion });
  const reason = input.reason!.trim();
  const today = await businessToday(ctx.db);

  let toDay = input.toDay;
  if (toDay) {
    await requireCampaignDay(ctx, plan.campaign_id, toDay, 'toDay');
    if (toDay <= plan.day) fail('VALIDATION', 'toDay', 'Ngày chuyển đến phải sau ngày bị hủy', 'The new day must come after the cancelled one');
  } else {
    toDay = (await campaignDaysAfter(ctx.db, plan.campaign_id, plan.day))[0];
    if (!toDay) fail('VALIDATION', 'toDay', 'Không còn ngày ra quân nào sau ngày này: thêm một ngày bù vào chiến dịch trước', 'No campaign day follows: add a make-up day to the campaign first');
  }
  let target = await planOfDay(ctx.db, plan.campaign_id, toDay);
  if (target && target.status !== 'draft') fail('PLAN_NOT_DRAFT', 'toDay', `Kế hoạch ngày ${toDay} đã công bố: chọn ngày khác hoặc thêm ngày bù`, `The plan for ${toDay} is already published: pick another day`);
  const targetId = target ? target.id : await insertPlan(ctx.db, { campaignId: plan.campaign_id, day: toDay, userId: ctx.actor?.userId ?? null });
  target = (await lockPlan(ctx.db, targetId))!;

  // The cancelled plan as it stood, kept whole.
  const before = (await loadBundle(ctx.db, plan))!;
  const versionNo = plan.version_no + 1;
  const snapshot = { ...snapshotOf(before, today), status: 'cancelled', cancelReason: reason };

  const moved: number[] = [];
  const skipped: Array<{ groupId: number; groupName: string; vi: string; en: string }> = [];
  for (const e of before.entries) {
    if ((await groupBookings(ctx.db, toDay, [e.group_id])).length) {
      skipped.push({ groupId: e.group_id, groupName: e.group_name, vi: `${e.group_name} đã có lịch ngày ${toDay}`, en: `${e.group_name} is already planned on ${toDay}` });
      await deleteEntry(ctx.db, e.id);
      continue;
    }
    const taken = new Set((await segmentBookings(ctx.db, toDay, e.segment_ids)).map((s) => s.segment_id));
    const keep = e.segment_ids.filter((id) => !taken.has(id));
    if (!keep.length) {
      skipped.push({ groupId: e.group_id, groupName: e.group_name, vi: `Các đoạn của ${e.group_name} đã được bố trí ngày ${toDay}`, en: `The segments of ${e.group_name} are already booked on ${toDay}` });
      await deleteEntry(ctx.db, e.id);
      continue;
    }
    if (keep.length < e.segment_ids.length) {
      const facts = keep.map((id) => before.facts.get(id)!);
      const litres = Math.min(e.target_litres, facts.reduce((s, f) => s + f.remainingLitres, 0));
      await setEntrySegments(ctx.db, { id: e.id, day: plan.day }, keep);
      await updateEntry(ctx.db, e.id, { target_litres: litres, target_length_mm: lengthForVolume(litres, facts) });
    }
    // Moving the entry to the other plan and day carries its segments along (ON UPDATE CASCADE).
    await guardBookings(() => ctx.db.updateTable('plan_entries').set({ plan_id: target!.id, day: toDay!, supervisor_name: null, supervisor_phone: null, supervisor_set_by: null })
      .where('id', '=', e.id).execute());
    moved.push(e.id);
  }

  await touchPlan(ctx.db, plan.id, { status: 'cancelled', version_no: versionNo, cancel_reason: reason, moved_to_plan_id: target.id });
  await insertVersion(ctx.db, { planId: plan.id, versionNo, kind: 'cancel', status: 'cancelled', reason, redItems: snapshot.totals.redItems,
    redReason: null, snapshot, userId: ctx.actor?.userId ?? null });
  await touchPlan(ctx.db, target.id);
  const regs = await cancelRegistrationsOfDay(ctx, plan.campaign_id, plan.day, reason);
  if (plan.status === 'published') {
    await notifyPlanChanged(ctx, { ...plan, version_no: versionNo }, reason, before.entries.map((e) => e.group_id), before.entries.map((e) => e.commune_id), true);
  }
  await recordAudit(ctx, { action: 'cancel', entity: 'plan', entityId: plan.id, summary: `${plan.day} → ${toDay} · ${reason}`,
    before: { status: plan.status }, after: { status: 'cancelled', reason, toPlanId: target.id, toDay, moved, skipped, registrationsCancelled: regs } });
  return {
    cancelled: (await planView(ctx.db, ctx.actor, plan.id))!,
    target: (await planView(ctx.db, ctx.actor, target.id))!,
    moved, skipped,
  };
}
