// Plans test helpers (issue 6): the small world plus "today" pinned to Wednesday 20/10/2021, the
// default mix table, a road in each commune split into segments through the roads use-cases, a
// working 250 l mixer in each commune, and materials staged at a road through the materials
// use-cases (received, then passed or failed by the inspector).
import type { Kysely } from 'kysely';
import { TT10_2019_PCB40 } from '../../domain/concrete/index.js';
import type { Actor, Role } from '../../domain/roles.js';
import type { Database } from '../../server/db/schema.js';
import type { RequestContext } from '../../server/http/context.js';
import { createEquipment } from '../../server/modules/equipment/index.js';
import { createPoint, ensureDefaultMaterials, inspectLot, receiveLot } from '../../server/modules/materials/index.js';
import { createRoad, splitRoad } from '../../server/modules/roads/index.js';
import { makeWorld } from './factories.js';

export const TODAY = '2021-10-20';
/** The Saturday after TODAY: a campaign day of the test campaign. */
export const SATURDAY = '2021-10-23';
export const NEXT_SATURDAY = '2021-10-30';

export async function setToday(db: Kysely<Database>, day: string) {
  await db.insertInto('settings').values({ key: 'clock.today', value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

/** The TT 10/2019 PCB40 table as the default (tests empty every table, the migration's rows too). */
export async function ensureMixTable(db: Kysely<Database>) {
  const t = TT10_2019_PCB40;
  const existing = await db.selectFrom('mix_tables').select('id').where('code', '=', t.code).executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db.insertInto('mix_tables').values({ code: t.code, name: t.name, source: t.source, cement_type: t.cementType, note: t.note, is_default: true })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('mix_table_rows').values(t.rows.map((r) => ({ mix_table_id: id, grade: r.grade, stone: r.stone, cement_g: r.cementG, sand_cm3: r.sandCm3, stone_cm3: r.stoneCm3, water_ml: r.waterMl }))).execute();
  return id;
}

export function ctxAs(db: Kysely<Database>, user: { id: number; role: string; agency_id: number | null; unit_id: number | null }): RequestContext {
  const actor: Actor = { userId: user.id, role: user.role as Role, agencyId: user.agency_id, unitId: user.unit_id };
  return { db, actor, ip: 'test' };
}

/**
 * The world for plan tests. Road A (Tân Nam): 100 m × 3 m × 0.16 m, M250 stone 1x2, four 25 m
 * segments of 12 m³ each. Road B (Yên Thành): 50 m, two 25 m segments. One 250 l mixer per commune
 * (40 batches a day: 10 m³).
 */
export async function makePlanWorld(db: Kysely<Database>) {
  const w = await makeWorld(db);
  await setToday(db, TODAY);
  await ensureMixTable(db);
  await ensureDefaultMaterials(db);
  const office = ctxAs(db, w.users.coordinator);
  const road = async (communeId: number, name: string, lengthM: number) => {
    const r = await createRoad(office, { communeId, name, roadClass: 'village', lengthM, surfaceBefore: 'earth', widthM: 3, thicknessM: 0.16, grade: 'M250', stone: '1x2', villageIds: [] });
    const segs = await splitRoad(office, r.id, { segmentLengthM: 25 });
    return { id: r.id, name, segmentIds: segs.map((s) => s.id) };
  };
  const roadA = await road(w.units.tanNam.id, 'Đường trục thôn Nặm Khẳm', 100);
  const roadB = await road(w.units.yenThanh.id, 'Đường liên thôn Yên Sơn', 50);
  const mixerA = await createEquipment(office, { unitId: w.units.tanNam.id, kind: 'mixer', name: 'Máy trộn 250 l số 1', drumLitres: 250, origin: 'purchased' });
  const mixerB = await createEquipment(office, { unitId: w.units.yenThanh.id, kind: 'mixer', name: 'Máy trộn 250 l Yên Thành', drumLitres: 250, origin: 'purchased' });
  return { ...w, office, roadA, roadB, mixers: { a: mixerA.id, b: mixerB.id } };
}
export type PlanWorld = Awaited<ReturnType<typeof makePlanWorld>>;

/**
 * Materials received at a staging point of the road and inspected: `pass` false fails every lot.
 * Quantities in base units (kg of cement; litres of sand and stone).
 */
export async function stageMaterials(w: PlanWorld, db: Kysely<Database>, o: { roadId: number; communeId: number; cementKg: number; sandL: number; stoneL: number; pass?: boolean }) {
  const commune = o.communeId === w.units.tanNam.id ? w.users.commune : w.users.commune2;
  const ctx = ctxAs(db, commune);
  const inspector = ctxAs(db, w.users.inspector);
  const existing = await db.selectFrom('stock_points').select('id').where('road_id', '=', o.roadId).executeTakeFirst();
  const pointId = existing?.id ?? (await createPoint(ctx, { unitId: o.communeId, name: `Bãi tập kết tuyến ${o.roadId}`, kind: 'road', roadId: o.roadId })).id;
  for (const [code, quantity] of [['cement_pcb40', o.cementKg], ['sand', o.sandL], ['stone_1x2', o.stoneL]] as const) {
    if (quantity <= 0) continue;
    const lot = await receiveLot(ctx, { unitId: o.communeId, materialCode: code, pointId, quantity, source: 'purchase', supplier: 'Đại lý VLXD Yên Bình', receivedOn: '2021-10-18' });
    await inspectLot(inspector, lot.id, o.pass === false
      ? { inspectedOn: '2021-10-19', result: 'fail', checks: [], notes: 'Cát lẫn nhiều bùn, sét' }
      : { inspectedOn: '2021-10-19', result: 'pass', checks: [] });
  }
  return pointId;
}

/** Enough for 12 m³ of M250 (1x2, PCB40), which needs 3703 kg of cement, 6384 l of sand and 10512 l of stone. */
export const FOR_12_M3 = { cementKg: 3710, sandL: 6390, stoneL: 10520 };
