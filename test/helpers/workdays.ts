// Workday and report test helpers: a road of a commune with 150 m segments (3 m × 0.15 m: 67.5 m³
// each) on the TT 10/2019 M200 1x2 mix, lots of cement received (passed or not), the demo clock
// pinned to a day, a JPEG with EXIF time and GPS, and a workday body.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { Database } from '../../server/db/schema.js';
import { ensureDefaultMaterials } from '../../server/modules/materials/index.js';

let seq = 0;

/** Segment design volume in litres (150 m × 3 m × 0.15 m). */
export const SEGMENT_LITRES = 67_500;

export async function makeRoadWithSegments(db: Kysely<Database>, communeId: number, segments = 2) {
  const n = ++seq;
  const mix = await db.insertInto('mix_tables').values({ code: `wd-${n}`, name: `TT 10/2019 (thử ${n})`, source: 'TT 10/2019/TT-BXD', cement_type: 'PCB40' })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('mix_table_rows').values({ mix_table_id: mix.id, grade: 'M200', stone: '1x2', cement_g: 265_475, sand_cm3: 541_200, stone_cm3: 893_000, water_ml: 187_575 }).execute();
  const road = await db.insertInto('roads').values({
    commune_id: communeId, name: `Đường thôn Nặm Khẳm ${n}`, road_class: 'village', length_mm: segments * 150_000, surface_before: 'earth',
    width_mm: 3_000, thickness_mm: 150, mix_table_id: mix.id, grade: 'M200', stone: '1x2', search_text: `duong thon nam kham ${n}`,
  }).returningAll().executeTakeFirstOrThrow();
  const out = [];
  for (let i = 0; i < segments; i++) {
    out.push(await db.insertInto('segments').values({ road_id: road.id, from_mm: i * 150_000, to_mm: (i + 1) * 150_000 }).returningAll().executeTakeFirstOrThrow());
  }
  return { road, segments: out };
}

/** A store point of the commune and a lot of cement in it; inspected (passed) unless `passed` is false. */
export async function makeCementLot(db: Kysely<Database>, communeId: number, inspectorId: number, v: { kg?: number; passed?: boolean } = {}) {
  await ensureDefaultMaterials(db);
  const point = await db.insertInto('stock_points').values({ unit_id: communeId, name: `Kho xã ${++seq}`, kind: 'store' }).returningAll().executeTakeFirstOrThrow();
  const material = await db.selectFrom('materials').select('id').where('code', '=', 'cement_pcb40').executeTakeFirstOrThrow();
  const lot = await db.insertInto('stock_lots').values({
    unit_id: communeId, material_id: material.id, source: 'state', supplier: 'Đại lý VLXD Yên Bình', received_on: '2021-09-10', quantity: v.kg ?? 50_000, created_by: inspectorId,
  }).returningAll().executeTakeFirstOrThrow();
  await db.insertInto('stock_movements').values({
    unit_id: communeId, lot_id: lot.id, kind: 'receipt', from_point_id: null, to_point_id: point.id, quantity: v.kg ?? 50_000, moved_on: '2021-09-10', created_by: inspectorId,
  }).execute();
  if (v.passed !== false) {
    await db.insertInto('lot_inspections').values({ lot_id: lot.id, inspected_on: '2021-09-10', result: 'pass', checks: '[]', notes: null, inspector_id: inspectorId }).execute();
  }
  return { point, lot };
}

/** Pins the business date (the demo clock every module reads outside production). */
export async function setBusinessDate(db: Kysely<Database>, day: string) {
  await db.insertInto('settings').values({ key: 'clock.today', value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

/** A small JPEG with EXIF time (Vietnam local) and GPS, as a phone writes it. */
export async function photoWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#5a8f3c' } }).jpeg()
    .withExif({ IFD0: { Make: 'ntm-test' }, IFD2: { DateTimeOriginal: '2021:09:18 08:15:30' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 24/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 30/1 0/1' } })
    .toBuffer();
}

export function workdayBody(v: { campaignId: number; communeId: number; groupId: number; day?: string } & Record<string, unknown>) {
  return { clientId: randomUUID(), day: '2021-09-18', ...v };
}

interface Client { post(url: string, body?: unknown): Promise<{ status: number; body: any }>; patch(url: string, body?: unknown): Promise<{ status: number; body: any }> }

/**
 * A Saturday's work in one commune: the commune records people and a pour, the group lead its
 * officials. Returns the workday id.
 */
export async function recordSaturday(commune: Client, groupLead: Client | null, v: {
  campaignId: number; communeId: number; groupId: number; segmentId: number; day?: string; m3?: number;
  attendance?: Array<{ agencyId: number; fullDay: number; halfDay?: number }>;
}): Promise<number> {
  const res = await commune.post('/api/v1/workdays', workdayBody({ campaignId: v.campaignId, communeId: v.communeId, groupId: v.groupId, day: v.day ?? '2021-09-18',
    // The length follows the volume on these 3 m × 0.15 m segments (0.45 m³ a metre), as a plausible pour does.
    commune: { people: { fullDay: 6, halfDay: 2 }, pours: [{ segmentId: v.segmentId, lengthM: Math.round(((v.m3 ?? 9) / 0.45) * 1000) / 1000, volumeM3: v.m3 ?? 9 }], weather: 'sunny' } }));
  if (res.status !== 201) throw new Error(`workday: ${res.status} ${JSON.stringify(res.body)}`);
  if (groupLead && v.attendance) {
    const g = await groupLead.patch(`/api/v1/workdays/${res.body.id}/group`, { attendance: v.attendance });
    if (g.status !== 200) throw new Error(`attendance: ${g.status} ${JSON.stringify(g.body)}`);
  }
  return res.body.id;
}
