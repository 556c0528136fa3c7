// The checks and writes each part of a workday shares between creating and correcting it: the
// group's attendance (member agencies only, names matching the headcount), a typed labour-day
// total (only checked, never stored), pours within each segment's remaining volume plus the
// tolerance (and the segments' progress moved along through the roads module), and materials
// issued through the materials ledger.
import { formatQuantity, labourTotals, maxPour, namesMatch, pourFits, typedLabourMatches } from '../../../../domain/labour.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { issueStock } from '../../materials/index.js';
import { advanceSegment } from '../../roads/index.js';
import type { GroupPartT, MaterialIssueT } from '../workdays.schema.js';
import { replacePours } from '../workdays.repository.js';
import { pouredSoFar, segmentFacts, tolerances, type SegmentFact, type Tolerances } from '../sources.js';

export interface WorkdayKey { id: number; campaignId: number; communeId: number; groupId: number; day: string }

/** Attendance lines of the group's part, checked against the group's members. */
export function checkAttendance(part: GroupPartT, memberIds: number[], prefix: string) {
  const seen = new Set<number>();
  part.attendance.forEach((line, i) => {
    const field = `${prefix}attendance.${i}`;
    if (!memberIds.includes(line.agencyId)) fail('VALIDATION', `${field}.agencyId`, 'Cơ quan không thuộc nhóm này', 'The agency is not a member of this group');
    if (seen.has(line.agencyId)) fail('VALIDATION', `${field}.agencyId`, 'Cơ quan được nhập hai lần', 'The agency appears twice');
    seen.add(line.agencyId);
    if (!namesMatch(line)) {
      fail('VALIDATION', `${field}.names`, `Danh sách có ${line.names!.length} tên nhưng số người là ${line.fullDay + line.halfDay}`,
        `${line.names!.length} names for ${line.fullDay + line.halfDay} people`);
    }
  });
  return part.attendance.map((l) => ({ agencyId: l.agencyId, fullDay: l.fullDay, halfDay: l.halfDay, names: l.names }));
}

/** A typed labour-day figure must equal the one computed from attendance (400 naming the field). */
export function checkTypedLabour(typed: number | undefined, halves: number, field: string): void {
  if (typed === undefined || typedLabourMatches(typed, halves)) return;
  const computed = formatQuantity(halves / 2, 1);
  fail('LABOUR_DAYS_MISMATCH', field, `Số ngày công nhập là ${formatQuantity(typed, 1)}, theo số người tham gia là ${computed}`,
    `${typed} labour-days typed; the attendance gives ${halves / 2}`);
}

export function groupHalves(lines: Array<{ fullDay: number; halfDay: number }>): number {
  return labourTotals(lines, null).labourHalves;
}

export interface PourInput { segmentId: number; lengthM: number; volumeM3: number; finished?: boolean }

/** What the caller already knows: a record created in this request has no pours yet; the campaign's tolerances. */
export interface PourContext { fresh?: boolean; tolerances?: Tolerances }

/**
 * Replaces the pours of a workday after checking every segment is in the commune and the volume
 * fits what remains (other workdays' pours deducted) plus the tolerance; then moves the segments.
 * The segments' facts and other workdays' litres are read once and serve both the check and the
 * moves (this workday's new litres are added in memory).
 */
export async function savePours(ctx: RequestContext, w: WorkdayKey, pours: PourInput[], prefix: string, known: PourContext = {}): Promise<void> {
  const before = known.fresh ? [] : (await ctx.db.selectFrom('workday_pours').select('segment_id').where('workday_id', '=', w.id).execute()).map((p) => p.segment_id);
  const ids = pours.map((p) => p.segmentId);
  const touched = [...new Set([...before, ...ids])];
  const facts = await segmentFacts(ctx.db, touched);
  const done = await pouredSoFar(ctx.db, touched, w.id);
  const tol = known.tolerances ?? await tolerances(ctx.db, w.campaignId);
  const seen = new Set<number>();
  const rows = pours.map((p, i) => {
    const field = `${prefix}pours.${i}`;
    const f = facts.get(p.segmentId);
    if (!f || f.communeId !== w.communeId) fail('VALIDATION', `${field}.segmentId`, 'Đoạn đường không thuộc xã này', 'The segment is not in this commune');
    if (seen.has(p.segmentId)) fail('VALIDATION', `${field}.segmentId`, 'Đoạn đường được nhập hai lần', 'The segment appears twice');
    seen.add(p.segmentId);
    const litres = Math.round(p.volumeM3 * 1000);
    const remaining = Math.max(0, f.designLitres - (done.get(p.segmentId) ?? 0));
    if (!pourFits(litres, remaining, f.designLitres, tol.pourPercent)) {
      const max = maxPour(remaining, f.designLitres, tol.pourPercent) / 1000;
      fail('POUR_EXCEEDS_SEGMENT', `${field}.volumeM3`,
        `Đoạn ${f.roadName} ${f.chainage} còn ${formatQuantity(remaining / 1000, 3)} m³; được đổ tối đa ${formatQuantity(max, 3)} m³ (sai số ${tol.pourPercent}%)`,
        `${f.roadName} ${f.chainage} has ${remaining / 1000} m³ left; at most ${max} m³ may be poured (${tol.pourPercent}% tolerance)`);
    }
    return { segmentId: p.segmentId, lengthMm: Math.round(p.lengthM * 1000), litres };
  });
  await replacePours(ctx.db, w.id, rows, known.fresh);
  const mine = new Map(rows.map((r) => [r.segmentId, r.litres]));
  const finished = new Set(pours.filter((p) => p.finished).map((p) => p.segmentId));
  await advanceSegments(ctx, touched, facts, (id) => (done.get(id) ?? 0) + (mine.get(id) ?? 0), finished, w.day);
}

const PATH_TO_POURING: Record<string, Array<'ready' | 'in_progress'>> = { planned: ['ready', 'in_progress'], ready: ['in_progress'], rejected: ['ready', 'in_progress'] };

/**
 * Poured volume moves the segments along (roads module's workflow): work started → in progress;
 * the whole design volume poured, or the commune says the segment is finished → poured.
 */
async function advanceSegments(ctx: RequestContext, ids: number[], facts: Map<number, SegmentFact>, pouredLitres: (id: number) => number,
  finished: Set<number>, day: string): Promise<void> {
  for (const id of ids) {
    const f = facts.get(id)!;
    const total = pouredLitres(id);
    if (total <= 0) continue;
    const moves: Array<{ to: 'ready' | 'in_progress' | 'poured'; date?: string }> = (PATH_TO_POURING[f.status] ?? []).map((to) => ({ to }));
    const status = (PATH_TO_POURING[f.status] ? 'in_progress' : f.status);
    if (status === 'in_progress' && (total >= f.designLitres || finished.has(id))) moves.push({ to: 'poured', date: day });
    await advanceSegment(ctx, id, moves);
  }
}

/** Issues materials to the workday through the materials ledger; its refusals name our fields. */
export async function issueMaterials(ctx: RequestContext, w: WorkdayKey, list: MaterialIssueT[], prefix: string): Promise<void> {
  for (const [i, m] of list.entries()) {
    try {
      await issueStock(ctx, { lotId: m.lotId, pointId: m.pointId, quantity: m.quantity, movedOn: w.day, segmentId: m.segmentId ?? null,
        workdayId: w.id, campaignId: w.campaignId, note: m.note ?? null });
    } catch (e) {
      if (e instanceof AppError && e.fields.length) {
        throw new AppError(e.code, e.fields.map((f) => ({ ...f, field: `${prefix}materials.${i}.${f.field}` })), e.detail);
      }
      throw e;
    }
  }
}

/** The labour-days check over both parts: what the record will hold after this write. */
export async function recordHalves(ctx: RequestContext, workdayId: number): Promise<number> {
  const w = await ctx.db.selectFrom('workdays').select(['people_full', 'people_half']).where('id', '=', workdayId).executeTakeFirstOrThrow();
  const lines = await ctx.db.selectFrom('workday_attendance').select(['full_day', 'half_day']).where('workday_id', '=', workdayId).execute();
  return labourTotals(lines.map((l) => ({ fullDay: l.full_day, halfDay: l.half_day })), { fullDay: w.people_full, halfDay: w.people_half }).labourHalves;
}
