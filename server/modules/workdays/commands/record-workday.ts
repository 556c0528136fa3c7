// Records a workday (buổi lao động): one per group, commune and day, from a plan entry or
// unplanned, with the actor's own part. The phone's client id makes it safe to resend: the same
// id with the same body returns the first record and writes nothing; with another body it is 409.
import { createHash } from 'node:crypto';
import { labourTotals } from '../../../../domain/labour.js';
import type { Actor } from '../../../../domain/roles.js';
import { reportWeekOf } from '../../../../domain/reporting.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { businessToday } from '../../directives/index.js';
import { mayEditCommunePart, mayEditGroupPart, sideOf } from '../workdays.policy.js';
import { getByClientId, getWorkday, groupFacts, replaceAttendance, weekReported, type WorkdayRow } from '../workdays.repository.js';
import type { WorkdayCreateT } from '../workdays.schema.js';
import { assessWorkday } from '../plausibility.js';
import { planEntryFacts, tolerances } from '../sources.js';
import { checkAttendance, checkTypedLabour, groupHalves, issueMaterials, savePours } from './parts.js';

/** Stable JSON (keys sorted), so the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function bodyHash(input: unknown): string {
  return createHash('sha256').update(canonical(input)).digest('hex');
}

/** The campaign, commune, group and day must belong together; the day is in the campaign and not ahead. */
async function checkPlace(ctx: RequestContext, input: WorkdayCreateT) {
  // The campaign and whether the commune is one of its targets, in one statement.
  const campaign = await ctx.db.selectFrom('campaigns').select(['id', 'start_date', 'end_date'])
    .select((eb) => eb.exists(eb.selectFrom('campaign_communes').select('unit_id').whereRef('campaign_id', '=', 'campaigns.id').where('unit_id', '=', input.communeId)).as('targeted'))
    .where('id', '=', input.campaignId).executeTakeFirst();
  if (!campaign) fail('VALIDATION', 'campaignId', 'Chiến dịch không tồn tại', 'No such campaign');
  if (!campaign.targeted) fail('VALIDATION', 'communeId', 'Xã không phải là xã mục tiêu của chiến dịch', 'The commune is not a target of the campaign');
  const group = await groupFacts(ctx.db, input.groupId);
  if (!group || group.campaign_id !== input.campaignId) fail('VALIDATION', 'groupId', 'Nhóm không thuộc chiến dịch này', 'The group is not in this campaign');
  if (input.day < campaign.start_date || input.day > campaign.end_date) fail('DATE_OUTSIDE_CAMPAIGN', 'day');
  if (input.day > (await businessToday(ctx.db))) fail('VALIDATION', 'day', 'Không ghi nhận trước buổi lao động', 'A workday cannot be recorded ahead of its day');
  if (input.planEntryId) {
    const e = await planEntryFacts(ctx.db, input.planEntryId);
    if (!e || e.groupId !== input.groupId || e.communeId !== input.communeId || e.day !== input.day) {
      fail('VALIDATION', 'planEntryId', 'Mục kế hoạch không khớp với nhóm, xã và ngày', 'The plan entry does not match the group, commune and day');
    }
  }
  return group;
}

/** Sides the input touches, refused when the actor may not write them. */
function checkSides(actor: Actor, input: WorkdayCreateT, side: ReturnType<typeof sideOf>) {
  if (!side) throw new AppError('FORBIDDEN');
  if (input.group && !mayEditGroupPart(side)) fail('NOT_YOUR_PART', 'group', 'Phần người tham gia của các cơ quan do cơ quan trưởng nhóm nhập', "The group's attendance is entered by its lead agency");
  if (input.commune && !mayEditCommunePart(side)) fail('NOT_YOUR_PART', 'commune', 'Phần này do xã nhập', 'This part is entered by the commune');
  if (input.materials?.length && !mayEditCommunePart(side)) fail('NOT_YOUR_PART', 'materials', 'Vật liệu do xã xuất kho', 'Materials are issued by the commune');
  if (input.cancelReason && !mayEditCommunePart(side)) fail('NOT_YOUR_PART', 'cancelReason', 'Xã ghi nhận buổi bị hủy', 'The commune records a cancelled day');
  if (input.cancelReason && (input.commune?.pours?.length || input.materials?.length || input.group?.attendance.length)) {
    fail('VALIDATION', 'cancelReason', 'Buổi bị hủy không có khối lượng đổ, vật liệu hay người tham gia', 'A cancelled day has no pour, materials or attendance');
  }
  void actor;
}

export async function recordWorkday(ctx: RequestContext, input: WorkdayCreateT): Promise<{ row: WorkdayRow; replayed: boolean }> {
  const actor = ctx.actor!;
  const hash = bodyHash(input);
  const prior = await getByClientId(ctx.db, input.clientId);
  if (prior) {
    if (prior.client_hash !== hash || prior.created_by !== actor.userId) fail('CLIENT_ID_REUSED', 'clientId');
    return { row: (await getWorkday(ctx.db, prior.id))!, replayed: true };
  }
  const group = await checkPlace(ctx, input);
  const side = sideOf(actor, { communeId: input.communeId, groupId: input.groupId, leadAgencyId: group.lead_agency_id });
  checkSides(actor, input, side);
  const lines = input.group ? checkAttendance(input.group, group.memberIds, 'group.') : [];
  if (input.group) checkTypedLabour(input.group.labourDays, groupHalves(lines), 'group.labourDays');
  const tol = await tolerances(ctx.db, input.campaignId);
  const { calendar } = tol;
  if (await weekReported(ctx.db, input.campaignId, input.communeId, reportWeekOf(input.day, calendar))) fail('WORKDAY_REPORTED', 'day');
  const existing = await ctx.db.selectFrom('workdays').select('id')
    .where('group_id', '=', input.groupId).where('commune_id', '=', input.communeId).where('day', '=', input.day).executeTakeFirst();
  if (existing) {
    fail('WORKDAY_EXISTS', 'day', `Nhóm đã có bản ghi số ${existing.id} ở xã này trong ngày này: hãy sửa bản ghi đó`,
      `The group already has record ${existing.id} in this commune that day: correct that one`);
  }

  const c = input.commune;
  const inserted = await ctx.db.insertInto('workdays').values({
    client_id: input.clientId, client_hash: hash, campaign_id: input.campaignId, commune_id: input.communeId, group_id: input.groupId,
    day: input.day, plan_entry_id: input.planEntryId ?? null,
    supervisor_name: c?.supervisorName ?? null, supervisor_phone: c?.supervisorPhone ?? null, weather: c?.weather ?? null,
    incidents: c?.incidents ?? null, commune_note: c?.note ?? null, group_note: input.group?.note ?? null,
    people_full: c?.people?.fullDay ?? 0, people_half: c?.people?.halfDay ?? 0,
    latitude: input.position?.latitude ?? null, longitude: input.position?.longitude ?? null,
    gps_accuracy_m: input.position?.accuracyM ?? null, located_at: input.position ? new Date(input.position.at) : null,
    created_by: actor.userId, created_side: side!,
    ...(input.cancelReason ? { status: 'cancelled' as const, cancel_reason: input.cancelReason } : {}),
  }).onConflict((oc) => oc.column('client_id').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) {
    // Another request with the same client id committed while this one ran: answer as a resend.
    const again = (await getByClientId(ctx.db, input.clientId))!;
    if (again.client_hash !== hash || again.created_by !== actor.userId) fail('CLIENT_ID_REUSED', 'clientId');
    return { row: (await getWorkday(ctx.db, again.id))!, replayed: true };
  }
  const key = { id: inserted.id, campaignId: input.campaignId, communeId: input.communeId, groupId: input.groupId, day: input.day };
  // The record is new: nothing to replace, and its labour-days are those of this request's parts.
  if (lines.length) await replaceAttendance(ctx.db, inserted.id, lines, true);
  if (c?.pours?.length) await savePours(ctx, key, c.pours, 'commune.', { fresh: true, tolerances: tol });
  if (input.materials?.length) await issueMaterials(ctx, key, input.materials, '');
  checkTypedLabour(input.labourDays, labourTotals(lines, { fullDay: c?.people?.fullDay ?? 0, halfDay: c?.people?.halfDay ?? 0 }).labourHalves, 'labourDays');
  // Plausibility (domain/plausibility.ts): refusals undo the whole write, warnings stay on the record.
  await assessWorkday(ctx, inserted.id, { finished: new Set((c?.pours ?? []).filter((p) => p.finished).map((p) => p.segmentId)),
    fields: { commune: 'commune.', group: 'group.' }, pourOrder: c?.pours?.map((p) => p.segmentId), agencyOrder: input.group?.attendance.map((a) => a.agencyId) });
  const row = (await getWorkday(ctx.db, inserted.id))!;
  await recordAudit(ctx, { action: 'create', entity: 'workday', entityId: row.id,
    summary: `${row.group_name} · ${row.commune_name} · ${row.day}`, after: { ...input, side } });
  return { row, replayed: false };
}
