// The concrete calculator: volume = length × width × thickness, then cement (kg and whole 50 kg
// bags), sand, stone and water from a mix row, mixer batches for a drum size and a labour estimate
// from a norm. Used identically by the API, the web page, the phone and the CLI.
//
// Exactness: dimensions are whole millimetres, so a volume is an exact whole number of mm³ (below
// 2^53 for any road this app accepts). Materials are computed from the exact volume with BigInt and
// rounded once, half up, to grams / cm³ / millilitres; only then are they shown as kg, m³ (sand and
// stone to 4 decimals, as the tables print them; concrete to the litre) and
// litres. A sum of parts is computed by adding exact volumes first, so splitting a road into
// segments never changes its total volume, and its materials change by at most one base unit
// (1 g, 1 cm³, 1 ml) per part when parts are estimated one by one.
import type { MixRow, MixTable } from './mix-tables.js';

/** Cement is sold in bags of 50 kg. */
export const CEMENT_BAG_G = 50_000;
/** Caps on inputs: they keep every volume below 2^53 mm³. */
export const MAX_LENGTH_MM = 100_000_000; // 100 km
export const MAX_WIDTH_MM = 20_000; // 20 m
export const MAX_THICKNESS_MM = 1_000; // 1 m
const MM3_PER_M3 = 1_000_000_000n;

export interface CalculatorOptions {
  /** Mixer drum, litres of concrete per batch (250 l by default). */
  drumLitres: number;
  /** Labour norm in thousandths of a công (labour-day) per m³: 2000 = 2.000 công/m³. */
  labourNormMilli: number;
}

export interface ConcreteEstimate {
  mix: { table: string; tableName: string; source: string; grade: string; stone: string;
    perM3: { cementKg: number; sandM3: number; stoneM3: number; waterL: number } };
  /** Exact volume in mm³, and the same in litres and m³ rounded half up to the litre. */
  volume: { mm3: number; litres: number; m3: number };
  cement: { grams: number; kg: number; bags: number; bagKg: number };
  sand: { cm3: number; litres: number; m3: number };
  stone: { cm3: number; litres: number; m3: number };
  water: { ml: number; litres: number };
  mixer: { drumLitres: number; batches: number };
  labour: { normCongPerM3: number; congDays: number };
}

/** Rounds a/b half up, for a ≥ 0 and b > 0. */
function divRound(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}
function divCeil(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
/** Whole units of 1/1000 shown as a number with up to three decimals (exact in decimal). */
const thousandths = (n: number) => Number((n / 1000).toFixed(3));

/**
 * Metres (as typed, e.g. 0.18) to whole millimetres, rounded to the nearest millimetre.
 * @example metresToMm(0.18) === 180
 */
export function metresToMm(metres: number): number {
  return Math.round(metres * 1000);
}

/** @example mmToMetres(150500) === 150.5 */
export function mmToMetres(mm: number): number {
  return thousandths(mm);
}

/**
 * Exact volume in mm³ of a slab.
 * @example volumeMm3(1_000_000, 3_000, 150) === 450_000_000_000 // 1 km × 3 m × 0.15 m = 450 m³
 */
export function volumeMm3(lengthMm: number, widthMm: number, thicknessMm: number): number {
  return Number(BigInt(lengthMm) * BigInt(widthMm) * BigInt(thicknessMm));
}

type Totals = CombinedEstimate['total'];

/** Shows exact base-unit totals in the units people read, and counts bags, batches and labour. */
function presentTotals(mm3: number, cementG: number, sandCm3: number, stoneCm3: number, waterMl: number, opts: CalculatorOptions): Totals {
  const v = BigInt(mm3);
  const litres = Number(divRound(v, 1_000_000n));
  return {
    volume: { mm3, litres, m3: thousandths(litres) },
    cement: { grams: cementG, kg: thousandths(cementG), bags: Number(divCeil(BigInt(cementG), BigInt(CEMENT_BAG_G))), bagKg: CEMENT_BAG_G / 1000 },
    sand: { cm3: sandCm3, litres: Number(divRound(BigInt(sandCm3), 1000n)), m3: Number((sandCm3 / 1e6).toFixed(4)) },
    stone: { cm3: stoneCm3, litres: Number(divRound(BigInt(stoneCm3), 1000n)), m3: Number((stoneCm3 / 1e6).toFixed(4)) },
    water: { ml: waterMl, litres: Number(divRound(BigInt(waterMl), 1000n)) },
    mixer: { drumLitres: opts.drumLitres, batches: Number(divCeil(v, BigInt(opts.drumLitres) * 1_000_000n)) },
    // Labour in tenths of a công: volume (m³) × norm (công/m³), rounded half up.
    labour: { normCongPerM3: thousandths(opts.labourNormMilli), congDays: Number(divRound(v * BigInt(opts.labourNormMilli), 100_000_000_000n)) / 10 },
  };
}

/**
 * Materials, batches and labour for an exact volume of one mix.
 * @example estimateVolume(459e9, TT10_2019_PCB40, findMixRow(TT10_2019_PCB40, 'M250', '1x2')!, { drumLitres: 250, labourNormMilli: 2000 }).cement.bags === 2833
 */
export function estimateVolume(mm3: number, table: Pick<MixTable, 'code' | 'name' | 'source'>, row: MixRow, opts: CalculatorOptions): ConcreteEstimate {
  const v = BigInt(mm3);
  const part = (perM3: number) => Number(divRound(v * BigInt(perM3), MM3_PER_M3));
  return {
    mix: {
      table: table.code, tableName: table.name, source: table.source, grade: row.grade, stone: row.stone,
      perM3: { cementKg: thousandths(row.cementG), sandM3: row.sandCm3 / 1e6, stoneM3: row.stoneCm3 / 1e6, waterL: thousandths(row.waterMl) },
    },
    ...presentTotals(mm3, part(row.cementG), part(row.sandCm3), part(row.stoneCm3), part(row.waterMl), opts),
  };
}

export interface SlabDimensions { lengthMm: number; widthMm: number; thicknessMm: number }

/**
 * The estimate for one slab.
 * @example estimateConcrete({ lengthMm: 1_000_000, widthMm: 3_000, thicknessMm: 150 }, TT10_2019_PCB40, row, opts).volume.m3 === 450
 */
export function estimateConcrete(dim: SlabDimensions, table: Pick<MixTable, 'code' | 'name' | 'source'>, row: MixRow, opts: CalculatorOptions): ConcreteEstimate {
  return estimateVolume(volumeMm3(dim.lengthMm, dim.widthMm, dim.thicknessMm), table, row, opts);
}

/** A part of a larger total: an exact volume and its mix. */
export interface VolumePart { mm3: number; table: Pick<MixTable, 'code' | 'name' | 'source'>; row: MixRow }

export interface CombinedEstimate {
  /** One estimate per mix (table, grade, stone), from the summed exact volume of its parts. */
  byMix: ConcreteEstimate[];
  /** Totals over all mixes; bags and batches are counted on the totals, not summed per mix. */
  total: { volume: ConcreteEstimate['volume']; cement: ConcreteEstimate['cement']; sand: ConcreteEstimate['sand'];
    stone: ConcreteEstimate['stone']; water: ConcreteEstimate['water']; mixer: ConcreteEstimate['mixer']; labour: ConcreteEstimate['labour'] };
}

/**
 * Several parts (segments, roads) at once: volumes of the same mix are added exactly before any
 * rounding, so the result does not depend on how the total was cut into parts.
 * @example estimateParts([{ mm3: 1e14, table, row }, { mm3: 2e14, table, row }], opts).total.volume.m3 === 300
 */
export function estimateParts(parts: VolumePart[], opts: CalculatorOptions): CombinedEstimate {
  const groups = new Map<string, VolumePart>();
  for (const p of parts) {
    const key = `${p.table.code}|${p.row.grade}|${p.row.stone}`;
    const g = groups.get(key);
    groups.set(key, g ? { ...g, mm3: g.mm3 + p.mm3 } : { ...p });
  }
  const byMix = [...groups.values()].map((g) => estimateVolume(g.mm3, g.table, g.row, opts));
  const sum = (f: (e: ConcreteEstimate) => number) => byMix.reduce((s, e) => s + f(e), 0);
  return {
    byMix,
    total: presentTotals(sum((e) => e.volume.mm3), sum((e) => e.cement.grams), sum((e) => e.sand.cm3), sum((e) => e.stone.cm3), sum((e) => e.water.ml), opts),
  };
}
