// What plans read from other modules, in one place: segments with their status and remaining
// volume and the road's mix (roads, issue 3), the labour norm (road settings), the staged and
// passed stock at a road (materials: stagedPassedStock) and the commune's working mixers
// (equipment: listEquipment). Segment facts are read with SQL over the roads tables and the
// workdays' pours (neither module's index.ts has a read model of remaining volume); swapping the
// body of a function here changes nothing else in this module.
import type { Kysely } from 'kysely';
import { volumeMm3, type MixRow } from '../../../domain/concrete/index.js';
import { formatChainageRange } from '../../../domain/chainage.js';
import { DEFAULT_ROAD_SETTINGS, type RoadSettings } from '../../../domain/roads.js';
import { TO_POUR_STATUSES, type SegmentStatus } from '../../../domain/segment-status.js';
import type { Database } from '../../db/schema.js';
import { listEquipment } from '../equipment/index.js';
import { getRoadSettings } from '../roads/index.js';
import { stagedPassedStock } from '../materials/index.js';

export interface SegmentFact {
  id: number; roadId: number; roadName: string; communeId: number; communeName: string;
  label: string | null; chainage: string; fromMm: number; toMm: number; lengthMm: number;
  /** Design volume; poured so far by recorded workdays; what remains to pour (0 once poured or accepted). */
  status: SegmentStatus; volumeLitres: number; pouredLitres: number; remainingLitres: number;
  mix: { code: string; name: string; source: string; cementType: string | null; row: MixRow } | null;
}

/** Segments by id, or every segment of some communes; ordered by road and chainage. */
export async function segmentFacts(db: Kysely<Database>, f: { ids?: number[]; communeIds?: number[] }): Promise<SegmentFact[]> {
  if ((f.ids && !f.ids.length) || (f.communeIds && !f.communeIds.length)) return [];
  let q = db.selectFrom('segments as s')
    .innerJoin('roads as r', 'r.id', 's.road_id')
    .innerJoin('admin_units as c', 'c.id', 'r.commune_id')
    .innerJoin('mix_tables as mt', 'mt.id', 'r.mix_table_id')
    .leftJoin('mix_table_rows as mr', (j) => j.onRef('mr.mix_table_id', '=', 'r.mix_table_id').onRef('mr.grade', '=', 'r.grade').onRef('mr.stone', '=', 'r.stone'))
    .select(['s.id', 's.road_id', 'r.name as road_name', 'r.commune_id', 'c.name as commune_name', 's.label', 's.from_mm', 's.to_mm', 's.status',
      's.width_mm', 's.thickness_mm', 'r.width_mm as road_width', 'r.thickness_mm as road_thickness', 'r.grade', 'r.stone',
      'mt.code as mix_code', 'mt.name as mix_name', 'mt.source as mix_source', 'mt.cement_type', 'mr.cement_g', 'mr.sand_cm3', 'mr.stone_cm3', 'mr.water_ml',
      // Concrete already poured on the segment by recorded workdays (workdays module, issue 7).
      (eb) => eb.selectFrom('workday_pours as p').innerJoin('workdays as w', 'w.id', 'p.workday_id')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('p.litres'), e.lit(0)).as('poured')).whereRef('p.segment_id', '=', 's.id').where('w.status', '=', 'recorded')
        .as('poured_litres')]);
  if (f.ids) q = q.where('s.id', 'in', f.ids);
  if (f.communeIds) q = q.where('r.commune_id', 'in', f.communeIds);
  const rows = await q.orderBy('s.road_id').orderBy('s.from_mm').execute();
  return rows.map((r) => {
    const mm3 = volumeMm3(r.to_mm - r.from_mm, r.width_mm ?? r.road_width, r.thickness_mm ?? r.road_thickness);
    const litres = Math.round(mm3 / 1e6);
    const status = r.status as SegmentStatus;
    // The foreign key (mix_table_id, grade, stone) on roads makes the row exist; the left join is for safety.
    const row = r.cement_g === null ? null
      : { grade: r.grade, stone: r.stone, cementG: r.cement_g, sandCm3: r.sand_cm3!, stoneCm3: r.stone_cm3!, waterMl: r.water_ml! } as MixRow;
    return {
      id: r.id, roadId: r.road_id, roadName: r.road_name, communeId: r.commune_id, communeName: r.commune_name,
      label: r.label, chainage: formatChainageRange(r.from_mm, r.to_mm), fromMm: r.from_mm, toMm: r.to_mm, lengthMm: r.to_mm - r.from_mm,
      status, volumeLitres: litres, pouredLitres: Number(r.poured_litres ?? 0),
      remainingLitres: TO_POUR_STATUSES.includes(status) ? Math.max(0, litres - Number(r.poured_litres ?? 0)) : 0,
      mix: row ? { code: r.mix_code, name: r.mix_name, source: r.mix_source, cementType: r.cement_type, row } : null,
    };
  });
}

/** The road settings the proposal and the materials check use (labour norm, drum size). */
export async function roadSettings(db: Kysely<Database>): Promise<RoadSettings> {
  return getRoadSettings(db);
}

/** Staged stock at the roads' points from lots that passed inspection, in base units (kg, litres), by `road|code`. */
export async function stagedPassed(db: Kysely<Database>, pairs: Array<{ roadId: number; code: string }>): Promise<Map<string, number>> {
  return stagedPassedStock(db, pairs);
}

export interface CommuneMixers { communeId: number; /** Drum litres of each working mixer not booked elsewhere that day. */ drums: number[] }

/**
 * The working mixers of each commune on a day (equipment module): mixers booked that day for a
 * place outside the day's planned roads are busy elsewhere and left out.
 */
export async function mixersOn(db: Kysely<Database>, communeIds: number[], day: string, plannedRoadIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  const planned = new Set(plannedRoadIds);
  // One query for every commune of the day.
  const all = (await listEquipment(db, { unitIds: communeIds })).filter((e) => e.kind === 'mixer' && e.status === 'working');
  for (const communeId of communeIds) {
    const rows = all.filter((e) => e.unit_id === communeId);
    const free = rows.filter((e) => {
      const b = e.bookings.find((x) => x.day === day);
      return !b || (b.roadId !== null && planned.has(b.roadId));
    });
    out.set(communeId, free.map((e) => e.drum_litres ?? DEFAULT_ROAD_SETTINGS.drumLitres).sort((a, b) => b - a));
  }
  return out;
}

/** The material codes (materials catalogue) a road's mix draws on. */
export function materialCodesOf(mix: NonNullable<SegmentFact['mix']>): { cement: string; sand: string; stone: string } {
  const cement = `cement_${(mix.cementType ?? 'PCB40').toLowerCase()}`;
  return { cement, sand: 'sand', stone: `stone_${mix.row.stone}` };
}
