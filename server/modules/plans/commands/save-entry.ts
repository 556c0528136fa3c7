// Add, change or remove an entry of a plan. Every rule is checked here and again by the database:
// the group and commune belong to the campaign, the segments to the commune and still have
// concrete to pour, the target volume fits what remains, the group is in one place and each
// segment in one entry that day. Once the plan is published a change needs a reason and makes a
// new version that the people concerned are told about.
import { lengthForVolume, volumeFits } from '../../../../domain/plans.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit, tail } from '../../audit/index.js';
import { businessToday } from '../clock.js';
import { notifyPlanChanged } from '../notify.js';
import { loadBundle, planView, snapshotOf } from '../plans.presenter.js';
import {
  deleteEntry, entriesOf, groupBookings, insertEntry, insertVersion, segmentBookings, setEntrySegments, touchPlan, updateEntry,
  type EntryRow, type EntryValues, type PlanRow,
} from '../plans.repository.js';
import type { EntryCreateInput, EntryUpdateInput } from '../plans.schema.js';
import { segmentFacts } from '../sources.js';
import { guardBookings, planForChange } from './guards.js';

type Full = Omit<EntryCreateInput, 'reason'>;

/** Checks an entry against the campaign, the roads and the day's other entries; returns what to store. */
export async function checkEntry(ctx: RequestContext, plan: PlanRow, input: Full, exceptEntryId?: number): Promise<{ values: EntryValues; segmentIds: number[] }> {
  const group = await ctx.db.selectFrom('groups').select(['id', 'name']).where('id', '=', input.groupId).where('campaign_id', '=', plan.campaign_id).executeTakeFirst();
  if (!group) fail('NOT_IN_CAMPAIGN', 'groupId', 'Nhóm không thuộc chiến dịch này', 'The group is not part of this campaign');
  const commune = await ctx.db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', plan.campaign_id).where('unit_id', '=', input.communeId).executeTakeFirst();
  if (!commune) fail('NOT_IN_CAMPAIGN', 'communeId', 'Xã không phải là xã của chiến dịch', 'The commune is not a target of this campaign');
  if (new Set(input.segmentIds).size !== input.segmentIds.length) fail('VALIDATION', 'segmentIds', 'Một đoạn được chọn hai lần', 'A segment is listed twice');
  const facts = new Map((await segmentFacts(ctx.db, { ids: input.segmentIds })).map((f) => [f.id, f]));
  const missing = input.segmentIds.filter((id) => !facts.has(id));
  if (missing.length) fail('VALIDATION', 'segmentIds', `Không có đoạn đường ${missing.join(', ')}`, `No segment ${missing.join(', ')}`);
  const ordered = input.segmentIds.map((id) => facts.get(id)!);
  const elsewhere = ordered.filter((f) => f.communeId !== input.communeId);
  if (elsewhere.length) {
    fail('VALIDATION', 'segmentIds', `Đoạn ${elsewhere.map((f) => `${f.roadName} ${f.chainage}`).join(', ')} thuộc xã khác`, 'A segment belongs to another commune');
  }
  const done = ordered.filter((f) => f.remainingLitres <= 0);
  if (done.length) {
    fail('VALIDATION', 'segmentIds', `Đoạn ${done.map((f) => `${f.roadName} ${f.chainage}`).join(', ')} đã đổ bê tông xong`, 'A segment is already poured');
  }
  const litres = Math.round(input.targetVolumeM3 * 1000);
  const remaining = ordered.map((f) => f.remainingLitres);
  if (!volumeFits(litres, remaining)) {
    const max = remaining.reduce((s, v) => s + v, 0) / 1000;
    fail('VOLUME_EXCEEDS_REMAINING', 'targetVolumeM3', `Các đoạn đã chọn chỉ còn ${max.toLocaleString('vi-VN')} m³ chưa đổ`, `The chosen segments have only ${max} m³ left to pour`);
  }
  const groupTaken = await groupBookings(ctx.db, plan.day, [input.groupId], exceptEntryId);
  if (groupTaken.length) {
    fail('GROUP_DOUBLE_BOOKED', 'groupId', `${group.name} đã có lịch ở xã ${groupTaken[0].commune_name} ngày này`, `${group.name} is already planned at ${groupTaken[0].commune_name} that day`);
  }
  const segTaken = await segmentBookings(ctx.db, plan.day, input.segmentIds, exceptEntryId);
  if (segTaken.length) {
    const f = facts.get(segTaken[0].segment_id)!;
    fail('SEGMENT_DOUBLE_BOOKED', 'segmentIds', `Đoạn ${f.roadName} ${f.chainage} đã bố trí cho ${segTaken[0].group_name} ngày này`, `Segment ${f.chainage} is already booked for ${segTaken[0].group_name} that day`);
  }
  const lengthMm = input.targetLengthM !== undefined ? Math.round(input.targetLengthM * 1000) : lengthForVolume(litres, ordered);
  return {
    segmentIds: input.segmentIds,
    values: {
      group_id: input.groupId, commune_id: input.communeId, headcount: input.headcount, target_litres: litres, target_length_mm: lengthMm,
      mixers: input.mixers, meeting_time: input.meetingTime ?? null, meeting_place: input.meetingPlace ?? null, notes: input.notes ?? null,
    },
  };
}

/** After any change to the entries: a new row version, and, once published, a new version kept whole and told. */
export async function afterEntriesChanged(ctx: RequestContext, plan: PlanRow, reason: string | null | undefined, affected: { groupIds: number[]; communeIds: number[] }) {
  if (plan.status !== 'published') { await touchPlan(ctx.db, plan.id); return; }
  const versionNo = plan.version_no + 1;
  await touchPlan(ctx.db, plan.id, { version_no: versionNo });
  const b = (await loadBundle(ctx.db, plan.id))!;
  const snapshot = snapshotOf(b, await businessToday(ctx.db));
  await insertVersion(ctx.db, { planId: plan.id, versionNo, kind: 'amend', status: 'published', reason: reason!.trim(), redItems: snapshot.totals.redItems,
    redReason: null, snapshot, userId: ctx.actor?.userId ?? null });
  const groups = [...affected.groupIds, ...b.entries.map((e) => e.group_id)];
  const communes = [...affected.communeIds, ...b.entries.map((e) => e.commune_id)];
  await notifyPlanChanged(ctx, { ...plan, version_no: versionNo }, reason!.trim(), groups, communes);
}

async function entryOf(ctx: RequestContext, planId: number, entryId: number): Promise<EntryRow> {
  const [e] = await entriesOf(ctx.db, { ids: [entryId] });
  if (!e || e.plan_id !== planId) throw new AppError('NOT_FOUND');
  return e;
}

export async function addEntry(ctx: RequestContext, planId: number, input: EntryCreateInput, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'change', { reason: input.reason, expectedVersion });
  const { values, segmentIds } = await checkEntry(ctx, plan, input);
  const id = await guardBookings(() => insertEntry(ctx.db, plan, values, segmentIds));
  await afterEntriesChanged(ctx, plan, input.reason, { groupIds: [values.group_id], communeIds: [values.commune_id] });
  await recordAudit(ctx, { action: 'add_entry', entity: 'plan', entityId: plan.id, summary: auditText('plan.entry', { day: plan.day, entry: id, reason: tail(input.reason) }),
    after: { entryId: id, ...values, segmentIds, reason: input.reason ?? null } });
  return { entryId: id, plan: (await planView(ctx.db, ctx.actor, plan.id))! };
}

export async function changeEntry(ctx: RequestContext, planId: number, entryId: number, input: EntryUpdateInput, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'change', { reason: input.reason, expectedVersion });
  const current = await entryOf(ctx, planId, entryId);
  const merged: Full = {
    groupId: input.groupId ?? current.group_id, communeId: input.communeId ?? current.commune_id, segmentIds: input.segmentIds ?? current.segment_ids,
    headcount: input.headcount ?? current.headcount, targetVolumeM3: input.targetVolumeM3 ?? current.target_litres / 1000,
    // The length follows the volume and segments unless it is given (or kept because neither changed).
    targetLengthM: input.targetLengthM ?? (input.targetVolumeM3 === undefined && input.segmentIds === undefined ? current.target_length_mm / 1000 : undefined),
    mixers: input.mixers ?? current.mixers,
    meetingTime: input.meetingTime !== undefined ? input.meetingTime : current.meeting_time,
    meetingPlace: input.meetingPlace !== undefined ? input.meetingPlace : current.meeting_place,
    notes: input.notes !== undefined ? input.notes : current.notes,
  };
  const { values, segmentIds } = await checkEntry(ctx, plan, merged, entryId);
  await guardBookings(async () => {
    // Changed by hand: the coordinator's figures, no longer a proposal to compare with its registration.
    await updateEntry(ctx.db, entryId, { ...values, proposal_basis: null });
    if (input.segmentIds) await setEntrySegments(ctx.db, { id: entryId, day: plan.day }, segmentIds);
  });
  await afterEntriesChanged(ctx, plan, input.reason, { groupIds: [current.group_id, values.group_id], communeIds: [current.commune_id, values.commune_id] });
  const { segment_ids: before, ...rest } = current;
  await recordAudit(ctx, { action: 'change_entry', entity: 'plan', entityId: plan.id, summary: auditText('plan.entry', { day: plan.day, entry: entryId, reason: tail(input.reason) }),
    before: { entryId, ...rest, segmentIds: before }, after: { entryId, ...values, segmentIds, reason: input.reason ?? null } });
  return (await planView(ctx.db, ctx.actor, plan.id))!;
}

export async function removeEntry(ctx: RequestContext, planId: number, entryId: number, reason: string | undefined, expectedVersion?: number) {
  const plan = await planForChange(ctx, planId, 'change', { reason, expectedVersion });
  const current = await entryOf(ctx, planId, entryId);
  await deleteEntry(ctx.db, entryId);
  await afterEntriesChanged(ctx, plan, reason, { groupIds: [current.group_id], communeIds: [current.commune_id] });
  await recordAudit(ctx, { action: 'remove_entry', entity: 'plan', entityId: plan.id, summary: auditText('plan.entry', { day: plan.day, entry: entryId, reason: tail(reason) }),
    before: current, after: { reason: reason ?? null } });
  return (await planView(ctx.db, ctx.actor, plan.id))!;
}
