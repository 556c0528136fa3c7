// Create, change or delete a road. A commune user works only in its own commune; villages must lie
// under the road's commune; the grade and stone size must be a row of the chosen mix table; a road
// never becomes shorter than its last segment; a road with work started is never deleted.
import { metresToMm } from '../../../../domain/concrete/index.js';
import { geometryProblem, lineLengthM, normaliseGeometry, type RoadGeometry } from '../../../../domain/geo.js';
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { findMixTable } from '../mix-tables.repository.js';
import { requireMixRow } from '../mix-row-choice.js';
import { mayWriteRoadsOf, WORK_STARTED } from '../roads.policy.js';
import { getRoad, lockRoad, segmentsOf, setVillages, unitsByIds } from '../roads.repository.js';
import type { RoadCreateInput, RoadUpdateInput } from '../roads.schema.js';
import { roadView } from '../road-views.js';

const COMMUNE_LEVELS = ['commune', 'town', 'ward'];

/** The commune a new road goes to: a commune user's own when not given; 403 for another one. */
async function communeFor(ctx: RequestContext, communeId: number | undefined): Promise<number> {
  const actor = ctx.actor!;
  const id = communeId ?? (actor.role === 'commune' ? actor.unitId : null);
  if (!id) fail('VALIDATION', 'communeId', 'Hãy chọn xã, thị trấn', 'Choose a commune');
  const [unit] = await unitsByIds(ctx.db, [id]);
  if (!unit) fail('VALIDATION', 'communeId', 'Xã không tồn tại', 'No such commune');
  if (!COMMUNE_LEVELS.includes(unit.level)) fail('NOT_A_COMMUNE', 'communeId');
  if (!mayWriteRoadsOf(actor, id)) throw new AppError('FORBIDDEN');
  return id;
}

async function checkVillages(ctx: RequestContext, communeId: number, ids: number[]) {
  const units = await unitsByIds(ctx.db, ids);
  const bad = ids.filter((id) => !units.some((u) => u.id === id && u.level === 'village' && u.parent_id === communeId));
  if (bad.length) fail('VALIDATION', 'villageIds', `Không phải thôn, bản của xã này: ${bad.join(', ')}`, `Not a village of this commune: ${bad.join(', ')}`);
}

async function checkMix(ctx: RequestContext, mixTableId: number | undefined, grade: string, stone: string) {
  const table = await findMixTable(ctx.db, { id: mixTableId });
  if (!table) fail('VALIDATION', 'mixTableId', 'Bảng cấp phối không tồn tại', 'No such mix table');
  await requireMixRow(ctx.db, table, grade, stone);
  return table.id;
}

async function checkName(ctx: RequestContext, communeId: number, name: string, selfId?: number) {
  let q = ctx.db.selectFrom('roads').select('id').where('commune_id', '=', communeId)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('DUPLICATE_NAME', 'name', 'Xã đã có tuyến đường cùng tên', 'The commune already has a road with this name');
}

/** A valid geometry, normalised, with its measured length in mm; 400 on `field` otherwise. */
export function checkedGeometry(g: unknown, field = 'geometry'): { geometry: RoadGeometry; lengthMm: number } {
  const problem = geometryProblem(g);
  if (problem) {
    const why = { type: ['phải là LineString hoặc MultiLineString', 'must be a LineString or MultiLineString'],
      coordinates: ['mỗi đường cần ít nhất 2 điểm [kinh độ, vĩ độ]', 'each line needs at least 2 [lon, lat] points'],
      range: ['tọa độ nằm ngoài phạm vi kinh độ/vĩ độ', 'coordinates are out of lon/lat range'] }[problem];
    fail('GEOMETRY_INVALID', field, `Dữ liệu hình học ${why[0]}`, `The geometry ${why[1]}`);
  }
  const geometry = normaliseGeometry(g as RoadGeometry);
  return { geometry, lengthMm: Math.round(lineLengthM(geometry) * 1000) };
}

function dims(input: { lengthM?: number; widthM?: number; thicknessM?: number }) {
  const out: { length_mm?: number; width_mm?: number; thickness_mm?: number } = {};
  for (const [key, col] of [['lengthM', 'length_mm'], ['widthM', 'width_mm'], ['thicknessM', 'thickness_mm']] as const) {
    const v = input[key];
    if (v === undefined) continue;
    const mm = metresToMm(v);
    if (mm <= 0) fail('VALIDATION', key, 'Phải lớn hơn 0 (tính đến milimét)', 'Must be more than 0 (to the millimetre)');
    out[col] = mm;
  }
  return out;
}

export async function createRoad(ctx: RequestContext, input: RoadCreateInput) {
  const communeId = await communeFor(ctx, input.communeId);
  const villageIds = [...new Set(input.villageIds ?? [])];
  await checkVillages(ctx, communeId, villageIds);
  const mixTableId = await checkMix(ctx, input.mixTableId, input.grade, input.stone);
  await checkName(ctx, communeId, input.name);
  const d = dims(input);
  const geo = input.geometry ? checkedGeometry(input.geometry) : null;
  const { id } = await ctx.db.insertInto('roads').values({
    commune_id: communeId, name: input.name, road_class: input.roadClass, length_mm: d.length_mm!, surface_before: input.surfaceBefore,
    width_mm: d.width_mm!, thickness_mm: d.thickness_mm!, mix_table_id: mixTableId, grade: input.grade, stone: input.stone,
    geometry: geo ? JSON.stringify(geo.geometry) : null, geometry_length_mm: geo?.lengthMm ?? null,
    note: input.note ?? null, search_text: searchKey(input.name),
  }).returning('id').executeTakeFirstOrThrow();
  await setVillages(ctx.db, id, villageIds);
  const road = await roadView(ctx, id);
  await recordAudit(ctx, { action: 'create', entity: 'road', entityId: id, summary: road.name, after: auditable(road) });
  return road;
}

/** The audit keeps the road's fields, not its derived figures or its whole line. */
function auditable(r: Awaited<ReturnType<typeof roadView>>) {
  const { materials: _m, segments: _s, progress: _p, volume: _v, actions: _a, geometry: _g, ...rest } = r;
  return rest;
}

export async function updateRoad(ctx: RequestContext, id: number, input: RoadUpdateInput, expectedVersion?: number) {
  if (!(await lockRoad(ctx.db, id))) throw new AppError('NOT_FOUND');
  const current = (await getRoad(ctx.db, id))!;
  if (!mayWriteRoadsOf(ctx.actor!, current.commune_id)) throw new AppError('FORBIDDEN');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  const d = dims(input);
  if (d.length_mm !== undefined) {
    const last = Math.max(0, ...(await segmentsOf(ctx.db, [id])).map((s) => s.to_mm));
    if (d.length_mm < last) fail('SEGMENT_OUTSIDE_ROAD', 'lengthM', `Tuyến có đoạn đến ${last / 1000} m: không thể ngắn hơn`, `A segment ends at ${last / 1000} m: the road cannot be shorter`);
  }
  if (input.villageIds) await checkVillages(ctx, current.commune_id, [...new Set(input.villageIds)]);
  const grade = input.grade ?? current.grade;
  const stone = input.stone ?? current.stone;
  const mixTableId = (input.mixTableId !== undefined || input.grade || input.stone) ? await checkMix(ctx, input.mixTableId ?? current.mix_table_id, grade, stone) : current.mix_table_id;
  const name = input.name ?? current.name;
  await checkName(ctx, current.commune_id, name, id);
  const geo = input.geometry === undefined ? undefined : input.geometry === null ? null : checkedGeometry(input.geometry);
  const before = await roadView(ctx, id);
  await ctx.db.updateTable('roads').set({
    name, road_class: input.roadClass ?? current.road_class, surface_before: input.surfaceBefore ?? current.surface_before,
    ...d, mix_table_id: mixTableId, grade, stone,
    ...(geo !== undefined ? { geometry: geo ? JSON.stringify(geo.geometry) : null, geometry_length_mm: geo?.lengthMm ?? null } : {}),
    note: input.note !== undefined ? input.note : current.note,
    search_text: searchKey(name), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  if (input.villageIds) await setVillages(ctx.db, id, [...new Set(input.villageIds)]);
  const after = await roadView(ctx, id);
  await recordAudit(ctx, { action: 'update', entity: 'road', entityId: id, summary: after.name, before: auditable(before), after: auditable(after) });
  return after;
}

export async function deleteRoad(ctx: RequestContext, id: number) {
  if (!(await lockRoad(ctx.db, id))) throw new AppError('NOT_FOUND');
  const before = await roadView(ctx, id);
  if (!mayWriteRoadsOf(ctx.actor!, before.commune.id)) throw new AppError('FORBIDDEN');
  if (before.segments!.some((s) => (WORK_STARTED as readonly string[]).includes(s.status))) fail('ROAD_HAS_WORK', 'id');
  await ctx.db.deleteFrom('roads').where('id', '=', id).execute();
  await recordAudit(ctx, { action: 'delete', entity: 'road', entityId: id, summary: before.name, before: auditable(before) });
}

/** Sets or clears the line (drawn on the map or imported from a file). */
export async function setRoadGeometry(ctx: RequestContext, id: number, geometry: unknown | null, source: string) {
  if (!(await lockRoad(ctx.db, id))) throw new AppError('NOT_FOUND');
  const current = (await getRoad(ctx.db, id, false))!;
  if (!mayWriteRoadsOf(ctx.actor!, current.commune_id)) throw new AppError('FORBIDDEN');
  const geo = geometry === null ? null : checkedGeometry(geometry);
  await ctx.db.updateTable('roads').set({
    geometry: geo ? JSON.stringify(geo.geometry) : null, geometry_length_mm: geo?.lengthMm ?? null,
    updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  const after = await roadView(ctx, id);
  await recordAudit(ctx, { action: geo ? 'set_geometry' : 'clear_geometry', entity: 'road', entityId: id, summary: auditText('road.geometry', { road: after.name, source }),
    before: { measuredLengthM: current.geometry_length_mm === null ? null : current.geometry_length_mm / 1000 },
    after: { measuredLengthM: after.lengthCheck?.measuredM ?? null, source } });
  return after;
}
