// Create, change, delete and split segments. Every writer of a road's segments locks the road row
// first, checks the chainage lies within the road and overlaps no other segment, and the exclusion
// constraint refuses an overlap that slipped past anyway (reported as the same 409).
import { metresToMm } from '../../../../domain/concrete/index.js';
import { formatChainageRange } from '../../../../domain/chainage.js';
import { EDITABLE_STATUSES, type SegmentStatus } from '../../../../domain/segment-status.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { mayWriteRoadsOf } from '../roads.policy.js';
import { addHistory, getRoad, getSegment, lockRoad, overlapping, type RoadRow } from '../roads.repository.js';
import type { SegmentCreateInput, SegmentUpdateInput, SplitInputT } from '../roads.schema.js';
import { roadView, segmentView } from '../road-views.js';

/** Most segments one split may create. */
export const MAX_SPLIT = 500;

async function lockedRoad(ctx: RequestContext, roadId: number): Promise<RoadRow> {
  if (!(await lockRoad(ctx.db, roadId))) throw new AppError('NOT_FOUND');
  const road = (await getRoad(ctx.db, roadId, false))!;
  if (!mayWriteRoadsOf(ctx.actor!, road.commune_id)) throw new AppError('FORBIDDEN');
  return road;
}

function checkRange(road: RoadRow, fromMm: number, toMm: number) {
  if (toMm <= fromMm) fail('VALIDATION', 'toM', 'Điểm cuối phải sau điểm đầu', 'toM must be after fromM');
  if (toMm > road.length_mm) {
    fail('SEGMENT_OUTSIDE_ROAD', 'toM', `Tuyến chỉ dài ${road.length_mm / 1000} m`, `The road is only ${road.length_mm / 1000} m long`);
  }
}

async function checkFree(ctx: RequestContext, roadId: number, fromMm: number, toMm: number, exceptId?: number) {
  const other = await overlapping(ctx.db, roadId, fromMm, toMm, exceptId);
  if (other.length) {
    const where = other.map((o) => formatChainageRange(o.from_mm, o.to_mm)).join(', ');
    fail('SEGMENT_OVERLAP', 'fromM', `Trùng với đoạn ${where}`, `Overlaps the segment ${where}`);
  }
}

/** Runs an insert or update, turning the exclusion constraint's refusal into SEGMENT_OVERLAP. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === '23P01') fail('SEGMENT_OVERLAP', 'fromM');
    throw e;
  }
}

const optMm = (v: number | null | undefined) => (v === undefined ? undefined : v === null ? null : metresToMm(v));

export async function createSegment(ctx: RequestContext, roadId: number, input: SegmentCreateInput) {
  const road = await lockedRoad(ctx, roadId);
  const fromMm = metresToMm(input.fromM);
  const toMm = metresToMm(input.toM);
  checkRange(road, fromMm, toMm);
  await checkFree(ctx, roadId, fromMm, toMm);
  const { id } = await guarded(() => ctx.db.insertInto('segments').values({
    road_id: roadId, from_mm: fromMm, to_mm: toMm, label: input.label ?? null,
    width_mm: optMm(input.widthM) ?? null, thickness_mm: optMm(input.thicknessM) ?? null, note: input.note ?? null,
  }).returning('id').executeTakeFirstOrThrow());
  await addHistory(ctx.db, { segmentId: id, userId: ctx.actor!.userId, from: null, to: 'planned' });
  const segment = await segmentView(ctx, id);
  await recordAudit(ctx, { action: 'create', entity: 'segment', entityId: id, summary: `${road.name}: ${segment.chainage}`, after: auditable(segment) });
  return segment;
}

function auditable(s: Awaited<ReturnType<typeof segmentView>>) {
  const { estimate: _e, history: _h, actions: _a, nextStatuses: _n, ...rest } = s;
  return rest;
}

async function editableSegment(ctx: RequestContext, id: number) {
  const s = await getSegment(ctx.db, id);
  if (!s) throw new AppError('NOT_FOUND');
  const road = await lockedRoad(ctx, s.road_id);
  // Re-read under the road's lock: another writer may have changed it meanwhile.
  const seg = (await getSegment(ctx.db, id))!;
  if (!EDITABLE_STATUSES.includes(seg.status as SegmentStatus)) fail('SEGMENT_LOCKED', 'status');
  return { road, seg };
}

export async function updateSegment(ctx: RequestContext, id: number, input: SegmentUpdateInput, expectedVersion?: number) {
  const { road, seg } = await editableSegment(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== seg.version) throw new AppError('STALE_VERSION');
  const fromMm = input.fromM !== undefined ? metresToMm(input.fromM) : seg.from_mm;
  const toMm = input.toM !== undefined ? metresToMm(input.toM) : seg.to_mm;
  checkRange(road, fromMm, toMm);
  await checkFree(ctx, road.id, fromMm, toMm, id);
  const before = await segmentView(ctx, id);
  await guarded(() => ctx.db.updateTable('segments').set({
    from_mm: fromMm, to_mm: toMm, label: input.label !== undefined ? input.label : seg.label,
    width_mm: input.widthM !== undefined ? optMm(input.widthM)! : seg.width_mm,
    thickness_mm: input.thicknessM !== undefined ? optMm(input.thicknessM)! : seg.thickness_mm,
    note: input.note !== undefined ? input.note : seg.note, updated_at: new Date(), version: seg.version + 1,
  }).where('id', '=', id).execute());
  const after = await segmentView(ctx, id);
  await recordAudit(ctx, { action: 'update', entity: 'segment', entityId: id, summary: `${road.name}: ${after.chainage}`, before: auditable(before), after: auditable(after) });
  return after;
}

export async function deleteSegment(ctx: RequestContext, id: number) {
  const { road } = await editableSegment(ctx, id);
  const before = await segmentView(ctx, id);
  await ctx.db.deleteFrom('segments').where('id', '=', id).execute();
  await recordAudit(ctx, { action: 'delete', entity: 'segment', entityId: id, summary: `${road.name}: ${before.chainage}`, before: auditable(before) });
}

/** Cuts [from, to) of the road (default: all of it) into segments of N metres, the last one shorter. */
export async function splitRoad(ctx: RequestContext, roadId: number, input: SplitInputT) {
  const road = await lockedRoad(ctx, roadId);
  const step = metresToMm(input.segmentLengthM);
  const fromMm = input.fromM !== undefined ? metresToMm(input.fromM) : 0;
  const toMm = input.toM !== undefined ? metresToMm(input.toM) : road.length_mm;
  if (step <= 0) fail('VALIDATION', 'segmentLengthM', 'Phải lớn hơn 0', 'Must be more than 0');
  checkRange(road, fromMm, toMm);
  const count = Math.ceil((toMm - fromMm) / step);
  if (count > MAX_SPLIT) fail('VALIDATION', 'segmentLengthM', `Sẽ tạo ${count} đoạn, tối đa ${MAX_SPLIT}`, `That makes ${count} segments; at most ${MAX_SPLIT}`);
  await checkFree(ctx, roadId, fromMm, toMm);
  const values = Array.from({ length: count }, (_, i) => ({
    road_id: roadId, from_mm: fromMm + i * step, to_mm: Math.min(toMm, fromMm + (i + 1) * step), label: null, width_mm: null, thickness_mm: null, note: null,
  }));
  const ids = (await guarded(() => ctx.db.insertInto('segments').values(values).returning('id').execute())).map((r) => r.id);
  await ctx.db.insertInto('segment_history').values(ids.map((segment_id) => ({ segment_id, user_id: ctx.actor!.userId, from_status: null, to_status: 'planned' }))).execute();
  const view = await roadView(ctx, roadId);
  await recordAudit(ctx, { action: 'split', entity: 'road', entityId: roadId, summary: `${road.name}: ${count} × ${step / 1000} m`,
    after: { fromM: fromMm / 1000, toM: toMm / 1000, segmentLengthM: step / 1000, segmentIds: ids } });
  return view.segments!.filter((s) => ids.includes(s.id));
}
