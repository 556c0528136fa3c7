// All SQL of roads and segments. Writers of a road's segments first lock the road's row, so
// concurrent writers take turns; the exclusion constraint on segments is the last word.
import type { Grade, StoneSize } from '../../../domain/concrete/mix-tables.js';
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

export interface RoadRow {
  id: number; commune_id: number; commune_name: string; name: string; road_class: string; length_mm: number;
  surface_before: string; width_mm: number; thickness_mm: number; mix_table_id: number; mix_code: string; mix_name: string;
  grade: Grade; stone: StoneSize; geometry: unknown; geometry_length_mm: number | null; note: string | null; version: number;
  villages: Array<{ id: number; name: string }>;
}

export interface SegmentRow {
  id: number; road_id: number; from_mm: number; to_mm: number; label: string | null; width_mm: number | null;
  thickness_mm: number | null; status: string; poured_on: string | null; accepted_on: string | null; note: string | null; version: number;
}

export interface RoadFilter { ids?: number[]; communeId?: number; roadClass?: string; q?: string; limit?: number; cursor?: number; withGeometry?: boolean }

export async function listRoads(db: Kysely<Database>, f: RoadFilter): Promise<RoadRow[]> {
  let q = db.selectFrom('roads')
    .innerJoin('admin_units as c', 'c.id', 'roads.commune_id')
    .innerJoin('mix_tables as m', 'm.id', 'roads.mix_table_id')
    .select((eb) => [
      'roads.id', 'roads.commune_id', 'c.name as commune_name', 'roads.name', 'roads.road_class', 'roads.length_mm',
      'roads.surface_before', 'roads.width_mm', 'roads.thickness_mm', 'roads.mix_table_id', 'm.code as mix_code', 'm.name as mix_name',
      'roads.grade', 'roads.stone', 'roads.geometry_length_mm', 'roads.note', 'roads.version',
      (f.withGeometry ? sql<unknown>`roads.geometry` : sql<unknown>`null`).as('geometry'),
      sql<RoadRow['villages']>`coalesce((select json_agg(json_build_object('id', v.id, 'name', v.name) order by v.name)
        from road_villages rv join admin_units v on v.id = rv.village_id where rv.road_id = ${eb.ref('roads.id')}), '[]'::json)`.as('villages'),
    ]);
  if (f.ids) q = q.where('roads.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.communeId) q = q.where('roads.commune_id', '=', f.communeId);
  if (f.roadClass) q = q.where('roads.road_class', '=', f.roadClass);
  if (f.q) q = q.where('roads.search_text', 'like', likePattern(f.q));
  if (f.cursor) q = q.where('roads.id', '>', f.cursor);
  if (f.limit) q = q.limit(f.limit + 1);
  return q.orderBy('roads.id').execute() as Promise<RoadRow[]>;
}

export async function getRoad(db: Kysely<Database>, id: number, withGeometry = true): Promise<RoadRow | undefined> {
  return (await listRoads(db, { ids: [id], withGeometry }))[0];
}

/** Locks the road's row until the transaction ends: one writer of its segments at a time. */
export async function lockRoad(db: Kysely<Database>, id: number): Promise<boolean> {
  return !!(await db.selectFrom('roads').select('id').where('id', '=', id).forUpdate().executeTakeFirst());
}

export async function segmentsOf(db: Kysely<Database>, roadIds: number[]): Promise<SegmentRow[]> {
  if (!roadIds.length) return [];
  return db.selectFrom('segments').select(['id', 'road_id', 'from_mm', 'to_mm', 'label', 'width_mm', 'thickness_mm', 'status', 'poured_on', 'accepted_on', 'note', 'version'])
    .where('road_id', 'in', roadIds).orderBy('road_id').orderBy('from_mm').execute();
}

export async function getSegment(db: Kysely<Database>, id: number): Promise<SegmentRow | undefined> {
  return db.selectFrom('segments').select(['id', 'road_id', 'from_mm', 'to_mm', 'label', 'width_mm', 'thickness_mm', 'status', 'poured_on', 'accepted_on', 'note', 'version'])
    .where('id', '=', id).executeTakeFirst();
}

export async function segmentsByIds(db: Kysely<Database>, ids: number[]): Promise<SegmentRow[]> {
  if (!ids.length) return [];
  return db.selectFrom('segments').select(['id', 'road_id', 'from_mm', 'to_mm', 'label', 'width_mm', 'thickness_mm', 'status', 'poured_on', 'accepted_on', 'note', 'version'])
    .where('id', 'in', ids).orderBy('id').execute();
}

/** Segments of the road overlapping [fromMm, toMm), other than `exceptId`. */
export async function overlapping(db: Kysely<Database>, roadId: number, fromMm: number, toMm: number, exceptId?: number): Promise<SegmentRow[]> {
  let q = db.selectFrom('segments').select(['id', 'road_id', 'from_mm', 'to_mm', 'label', 'width_mm', 'thickness_mm', 'status', 'poured_on', 'accepted_on', 'note', 'version'])
    .where('road_id', '=', roadId).where('from_mm', '<', toMm).where('to_mm', '>', fromMm);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.orderBy('from_mm').execute();
}

export type HistoryRow = Awaited<ReturnType<typeof segmentHistory>>[number];

export async function segmentHistory(db: Kysely<Database>, segmentId: number) {
  return db.selectFrom('segment_history').leftJoin('users', 'users.id', 'segment_history.user_id')
    .select(['segment_history.at', 'segment_history.user_id', 'users.display_name', 'segment_history.from_status',
      'segment_history.to_status', 'segment_history.on_date', 'segment_history.reason'])
    .where('segment_id', '=', segmentId).orderBy('segment_history.id').execute();
}

export async function addHistory(db: Kysely<Database>, h: { segmentId: number; userId: number | null; from: string | null; to: string; date?: string | null; reason?: string | null }) {
  await db.insertInto('segment_history').values({
    segment_id: h.segmentId, user_id: h.userId, from_status: h.from, to_status: h.to, on_date: h.date ?? null, reason: h.reason ?? null,
  }).execute();
}

export async function setVillages(db: Kysely<Database>, roadId: number, villageIds: number[]) {
  await db.deleteFrom('road_villages').where('road_id', '=', roadId).execute();
  if (villageIds.length) await db.insertInto('road_villages').values(villageIds.map((village_id) => ({ road_id: roadId, village_id }))).execute();
}

/** Units with their level and parent, to check communes and villages. */
export async function unitsByIds(db: Kysely<Database>, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('admin_units').select(['id', 'level', 'parent_id', 'name']).where('id', 'in', ids).execute();
}
