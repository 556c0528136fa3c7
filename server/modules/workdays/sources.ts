// What workdays read from other modules, in one place: segments with their design volume and mix
// (roads tables, read with SQL until the roads module's index.ts exports segment facts), the
// materials issued to a workday (the materials ledger's movements), and the tolerances of the
// campaign's report settings. Writes go through the other modules' exported commands instead:
// issueStock (materials) and transitionSegment (roads).
import { sql, type Kysely } from 'kysely';
import { formatChainageRange } from '../../../domain/chainage.js';
import { volumeMm3 } from '../../../domain/concrete/index.js';
import { DEFAULT_CALENDAR, type ReportCalendar } from '../../../domain/reporting.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export interface SegmentFact {
  id: number; roadId: number; roadName: string; communeId: number; chainage: string; status: string; designLitres: number;
  mix: { cementType: string | null; stone: string; cementG: number; sandCm3: number; stoneCm3: number; waterMl: number } | null;
}

export async function segmentFacts(db: Db, ids: number[]): Promise<Map<number, SegmentFact>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id')
    .innerJoin('mix_tables as mt', 'mt.id', 'r.mix_table_id')
    .leftJoin('mix_table_rows as mr', (j) => j.onRef('mr.mix_table_id', '=', 'r.mix_table_id').onRef('mr.grade', '=', 'r.grade').onRef('mr.stone', '=', 'r.stone'))
    .select(['s.id', 's.road_id', 'r.name as road_name', 'r.commune_id', 's.from_mm', 's.to_mm', 's.status', 's.width_mm', 's.thickness_mm',
      'r.width_mm as road_width', 'r.thickness_mm as road_thickness', 'r.stone', 'mt.cement_type', 'mr.cement_g', 'mr.sand_cm3', 'mr.stone_cm3', 'mr.water_ml'])
    .where('s.id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, {
    id: r.id, roadId: r.road_id, roadName: r.road_name, communeId: r.commune_id, chainage: formatChainageRange(r.from_mm, r.to_mm), status: r.status,
    designLitres: Math.round(volumeMm3(r.to_mm - r.from_mm, r.width_mm ?? r.road_width, r.thickness_mm ?? r.road_thickness) / 1e6),
    mix: r.cement_g === null ? null : { cementType: r.cement_type, stone: r.stone, cementG: r.cement_g, sandCm3: r.sand_cm3!, stoneCm3: r.stone_cm3!, waterMl: r.water_ml! },
  }]));
}

/** Litres already poured on each segment by recorded workdays other than `exceptWorkdayId`. */
export async function pouredSoFar(db: Db, segmentIds: number[], exceptWorkdayId: number | null): Promise<Map<number, number>> {
  if (!segmentIds.length) return new Map();
  let q = db.selectFrom('workday_pours as p').innerJoin('workdays as w', 'w.id', 'p.workday_id')
    .select(['p.segment_id', (eb) => eb.fn.sum<number>('p.litres').as('litres')])
    .where('p.segment_id', 'in', segmentIds).where('w.status', '=', 'recorded').groupBy('p.segment_id');
  if (exceptWorkdayId) q = q.where('w.id', '<>', exceptWorkdayId);
  return new Map((await q.execute()).map((r) => [r.segment_id, Number(r.litres)]));
}

export interface IssuedMaterial {
  movementId: number; workdayId: number; lotId: number; code: string; name: string; kind: string; quantity: number;
  baseUnit: string; flaggedUnpassed: boolean;
}

/** Issues of the materials ledger linked to these workdays, without those reversed. */
export async function issuedTo(db: Db, workdayIds: number[]): Promise<IssuedMaterial[]> {
  if (!workdayIds.length) return [];
  const rows = await db.selectFrom('stock_movements as m').innerJoin('stock_lots as l', 'l.id', 'm.lot_id')
    .innerJoin('materials as mat', 'mat.id', 'l.material_id')
    .leftJoin('stock_movements as rev', 'rev.reverses_id', 'm.id')
    .select(['m.id', 'm.workday_id', 'm.lot_id', 'mat.code', 'mat.name', 'mat.kind', 'm.quantity', 'mat.base_unit', 'm.flagged_unpassed'])
    .where('m.workday_id', 'in', workdayIds).where('m.kind', '=', 'issue').where('rev.id', 'is', null)
    .orderBy('m.id').execute();
  return rows.map((r) => ({ movementId: r.id, workdayId: r.workday_id!, lotId: r.lot_id, code: r.code, name: r.name, kind: r.kind,
    quantity: Number(r.quantity), baseUnit: r.base_unit, flaggedUnpassed: r.flagged_unpassed }));
}

export interface Tolerances { pourPercent: number; materialPercent: number; calendar: ReportCalendar }

/** The campaign's tolerances and report calendar (report settings), defaults until the office sets them. */
export async function tolerances(db: Db, campaignId: number): Promise<Tolerances> {
  const row = await db.selectFrom('report_settings').select(['pour_tolerance_pct', 'material_tolerance_pct', 'cutoff_weekday', 'deadline_weekday', 'deadline_time'])
    .where('campaign_id', '=', campaignId).executeTakeFirst();
  return {
    pourPercent: row?.pour_tolerance_pct ?? 5, materialPercent: row?.material_tolerance_pct ?? 10,
    calendar: row ? { cutoffWeekday: row.cutoff_weekday, deadlineWeekday: row.deadline_weekday, deadlineTime: row.deadline_time } : DEFAULT_CALENDAR,
  };
}

/**
 * A plan entry's group, commune and day (plans module's table, read with SQL so this module does not
 * depend on the plans schema; null when there is no such entry or no plans table).
 */
export async function planEntryFacts(db: Db, id: number): Promise<{ groupId: number; communeId: number; day: string } | null> {
  const table = await sql<{ t: string | null }>`select to_regclass('plan_entries')::text as t`.execute(db);
  if (!table.rows[0]?.t) return null;
  const r = await sql<{ group_id: number; commune_id: number; day: string }>`
    select group_id, commune_id, to_char(day, 'YYYY-MM-DD') as day from plan_entries where id = ${id}`.execute(db);
  const row = r.rows[0];
  return row ? { groupId: row.group_id, communeId: row.commune_id, day: row.day } : null;
}

/** The plan entry of a group in a commune on a day, if the plans module made one. */
export async function planEntryFor(db: Db, groupId: number, communeId: number, day: string): Promise<number | null> {
  const table = await sql<{ t: string | null }>`select to_regclass('plan_entries')::text as t`.execute(db);
  if (!table.rows[0]?.t) return null;
  const r = await sql<{ id: number }>`
    select id from plan_entries where group_id = ${groupId} and commune_id = ${communeId} and day = ${day}::date order by id limit 1`.execute(db);
  return r.rows[0]?.id ?? null;
}
