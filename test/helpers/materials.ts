// Materials test helpers: the default catalogue (tests truncate it), staging points, a road with
// segments straight into the tables, and a lot received through the command.
import type { Kysely } from 'kysely';
import type { SegmentStatus } from '../../domain/segment-status.js';
import type { Database } from '../../server/db/schema.js';
import { ensureDefaultMaterials } from '../../server/modules/materials/index.js';

let seq = 0;

export async function materialsReady(db: Kysely<Database>) {
  await ensureDefaultMaterials(db);
}

export async function makePoint(db: Kysely<Database>, unitId: number, v: { name?: string; roadId?: number } = {}) {
  return db.insertInto('stock_points').values({
    unit_id: unitId, name: v.name ?? `Điểm ${++seq}`, kind: v.roadId ? 'road' : 'store', road_id: v.roadId ?? null,
  }).returningAll().executeTakeFirstOrThrow();
}

/** A 300 m road of the commune with two 150 m segments (statuses as given). */
export async function makeRoad(db: Kysely<Database>, communeId: number, statuses: [SegmentStatus, SegmentStatus] = ['planned', 'planned']) {
  const n = ++seq;
  const mix = await db.insertInto('mix_tables').values({ code: `test-${n}`, name: `Bảng thử ${n}`, source: 'test' } as never).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('mix_table_rows').values({ mix_table_id: mix.id, grade: 'M200', stone: '1x2', cement_g: 265_475_000, sand_cm3: 541_200, stone_cm3: 893_000, water_ml: 187_575 }).execute();
  const road = await db.insertInto('roads').values({
    commune_id: communeId, name: `Đường thôn ${n}`, road_class: 'village', length_mm: 300_000, surface_before: 'earth', width_mm: 3_000,
    thickness_mm: 150, mix_table_id: mix.id, grade: 'M200', stone: '1x2', search_text: `duong thon ${n}`,
  }).returningAll().executeTakeFirstOrThrow();
  const segments = [];
  for (const [i, status] of statuses.entries()) {
    segments.push(await db.insertInto('segments').values({
      road_id: road.id, from_mm: i * 150_000, to_mm: (i + 1) * 150_000, status,
      poured_on: ['poured', 'accepted', 'rejected'].includes(status) ? '2021-10-02' : null, accepted_on: status === 'accepted' ? '2021-10-05' : null,
    }).returningAll().executeTakeFirstOrThrow());
  }
  return { road, segments };
}
