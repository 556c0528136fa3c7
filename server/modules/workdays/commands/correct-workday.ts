// Corrections of a workday, each side its own part: the group's lead its officials' attendance,
// the commune its local people, pours, materials, supervisor, weather and incidents; the office
// either. Also cancelling a day (rain): with a reason, only while nothing was poured or issued.
import { reportWeekOf } from '../../../../domain/reporting.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { mayEditCommunePart, mayEditGroupPart, sideOf } from '../workdays.policy.js';
import { attendanceOf, getWorkday, groupFacts, lockWorkday, poursOf, replaceAttendance, weekReported, type WorkdayRow } from '../workdays.repository.js';
import type { CommunePatchT, GroupPartT } from '../workdays.schema.js';
import { assessWorkday } from '../plausibility.js';
import { issuedTo, tolerances } from '../sources.js';
import { checkAttendance, checkTypedLabour, groupHalves, issueMaterials, savePours } from './parts.js';

/** Locks the record, checks the version, the actor's side, and that the record is still open. */
async function open(ctx: RequestContext, id: number, expectedVersion: number | undefined, part: 'group' | 'commune') {
  if (!(await lockWorkday(ctx.db, id))) throw new AppError('NOT_FOUND');
  const w = (await getWorkday(ctx.db, id))!;
  const side = sideOf(ctx.actor!, { communeId: w.commune_id, groupId: w.group_id, leadAgencyId: w.lead_agency_id });
  if (!side) throw new AppError(ctx.actor!.role === 'commune' || ctx.actor!.role === 'group_lead' ? 'NOT_FOUND' : 'FORBIDDEN');
  if (part === 'group' && !mayEditGroupPart(side)) fail('NOT_YOUR_PART', 'attendance', 'Phần người tham gia của các cơ quan do cơ quan trưởng nhóm nhập', "The group's attendance is entered by its lead agency");
  if (part === 'commune' && !mayEditCommunePart(side)) fail('NOT_YOUR_PART', 'commune', 'Phần này do xã nhập', 'This part is entered by the commune');
  if (expectedVersion !== undefined && expectedVersion !== w.version) throw new AppError('STALE_VERSION');
  if (w.status === 'cancelled') throw new AppError('WORKDAY_CANCELLED');
  const { calendar } = await tolerances(ctx.db, w.campaign_id);
  if (await weekReported(ctx.db, w.campaign_id, w.commune_id, reportWeekOf(w.day, calendar), part)) throw new AppError('WORKDAY_REPORTED');
  return { w, side };
}

async function bump(ctx: RequestContext, w: WorkdayRow, set: Record<string, unknown> = {}) {
  await ctx.db.updateTable('workdays').set({ ...set, updated_at: new Date(), version: w.version + 1 }).where('id', '=', w.id).execute();
  return (await getWorkday(ctx.db, w.id))!;
}

const keyOf = (w: WorkdayRow) => ({ id: w.id, campaignId: w.campaign_id, communeId: w.commune_id, groupId: w.group_id, day: w.day });

export async function correctGroupPart(ctx: RequestContext, id: number, input: GroupPartT, expectedVersion?: number) {
  const { w } = await open(ctx, id, expectedVersion, 'group');
  const group = (await groupFacts(ctx.db, w.group_id))!;
  const lines = checkAttendance(input, group.memberIds, '');
  checkTypedLabour(input.labourDays, groupHalves(lines), 'labourDays');
  const before = { attendance: await attendanceOf(ctx.db, [id]), note: w.group_note };
  await replaceAttendance(ctx.db, id, lines);
  await assessWorkday(ctx, id, { finished: new Set(), fields: { commune: 'commune.', group: '' }, agencyOrder: input.attendance.map((a) => a.agencyId) });
  const after = await bump(ctx, w, { group_note: input.note === undefined ? w.group_note : input.note });
  await recordAudit(ctx, { action: 'update_group_part', entity: 'workday', entityId: id, summary: `${w.group_name} · ${w.commune_name} · ${w.day}`,
    before, after: { attendance: lines, note: after.group_note } });
  return after;
}

export async function correctCommunePart(ctx: RequestContext, id: number, input: CommunePatchT, expectedVersion?: number) {
  const { w } = await open(ctx, id, expectedVersion, 'commune');
  const before = { people: { fullDay: w.people_full, halfDay: w.people_half }, pours: await poursOf(ctx.db, [id]),
    supervisorName: w.supervisor_name, weather: w.weather, incidents: w.incidents };
  const set: Record<string, unknown> = {};
  if (input.people !== undefined) { set.people_full = input.people?.fullDay ?? 0; set.people_half = input.people?.halfDay ?? 0; }
  const fields: Array<[keyof CommunePatchT, string]> = [['supervisorName', 'supervisor_name'], ['supervisorPhone', 'supervisor_phone'],
    ['weather', 'weather'], ['incidents', 'incidents'], ['note', 'commune_note']];
  for (const [k, col] of fields) if (input[k] !== undefined) set[col] = input[k];
  if (input.pours) await savePours(ctx, keyOf(w), input.pours, '');
  if (input.materials?.length) await issueMaterials(ctx, keyOf(w), input.materials, '');
  if (Object.keys(set).length) await ctx.db.updateTable('workdays').set(set).where('id', '=', id).execute();
  await assessWorkday(ctx, id, { finished: new Set((input.pours ?? []).filter((p) => p.finished).map((p) => p.segmentId)),
    fields: { commune: '', group: 'group.' }, pourOrder: input.pours?.map((p) => p.segmentId) });
  const after = await bump(ctx, w, set);
  await recordAudit(ctx, { action: 'update_commune_part', entity: 'workday', entityId: id, summary: `${w.group_name} · ${w.commune_name} · ${w.day}`,
    before, after: input });
  return after;
}

export async function cancelWorkday(ctx: RequestContext, id: number, reason: string, expectedVersion?: number) {
  const { w } = await open(ctx, id, expectedVersion, 'commune');
  if ((await poursOf(ctx.db, [id])).length || (await issuedTo(ctx.db, [id])).length) {
    fail('CONFLICT', 'reason', 'Buổi này đã có khối lượng đổ hoặc vật liệu xuất: hãy xóa chúng trước khi hủy', 'Concrete was poured or materials issued that day: remove them before cancelling');
  }
  const after = await bump(ctx, w, { status: 'cancelled', cancel_reason: reason });
  await recordAudit(ctx, { action: 'cancel', entity: 'workday', entityId: id, summary: `${w.group_name} · ${w.commune_name} · ${w.day}: ${reason}`,
    before: { status: w.status }, after: { status: 'cancelled', reason } });
  return after;
}
