// Dự kiến nhân công (seed §2): what the remaining segments of a road, and of a commune, still need:
// labour-days at the labour norm, people per remaining Saturday, cement bags, sand, stone and
// mixer-days, all from the concrete calculator so the figures match every other page.
import { estimateParts, type CombinedEstimate, type MixRow, type MixTable, type VolumePart } from './concrete/index.js';

export interface EstimateSegment {
  roadId: number; communeId: number;
  /** Concrete still to pour, litres. */
  remainingLitres: number;
  mix: { table: Pick<MixTable, 'code' | 'name' | 'source'>; row: MixRow } | null;
}

export interface LabourEstimate {
  key: number;
  litres: number;
  labourDays: number;
  /** People needed on each remaining Saturday to finish by the deadline (rounded up). */
  peoplePerSaturday: number;
  cementBags: number; cementKg: number; sandM3: number; stoneM3: number;
  /** Days of one mixer at the drum size and batches per day. */
  mixerDays: number;
  /** Litres with no mix row: left out of the materials (the road's mix must be set). */
  litresWithoutMix: number;
}

export interface EstimateOptions { labourNormMilli: number; drumLitres: number; batchesPerMixerDay: number; saturdaysLeft: number }

/**
 * Sums by a key (road or commune).
 * @example estimateLabour([{ roadId: 1, communeId: 9, remainingLitres: 10_000, mix }], (s) => s.roadId, opts)[0].labourDays === 20 // 10 m³ × 2 công/m³
 */
export function estimateLabour(segments: readonly EstimateSegment[], keyOf: (s: EstimateSegment) => number, o: EstimateOptions): LabourEstimate[] {
  const by = new Map<number, EstimateSegment[]>();
  for (const s of segments) if (s.remainingLitres > 0) by.set(keyOf(s), [...(by.get(keyOf(s)) ?? []), s]);
  return [...by.entries()].map(([key, list]) => {
    const litres = list.reduce((t, s) => t + s.remainingLitres, 0);
    const parts: VolumePart[] = list.filter((s) => s.mix).map((s) => ({ mm3: s.remainingLitres * 1_000_000, table: s.mix!.table as VolumePart['table'], row: s.mix!.row }));
    const est: CombinedEstimate['total'] | null = parts.length ? estimateParts(parts, { drumLitres: o.drumLitres, labourNormMilli: o.labourNormMilli }).total : null;
    // Labour counts every litre, mixed or not: litres × norm, in whole labour-days rounded up.
    const labourDays = Math.ceil((litres * o.labourNormMilli) / 1_000_000);
    const mixerDays = Math.ceil(litres / (o.drumLitres * o.batchesPerMixerDay));
    return {
      key, litres, labourDays, peoplePerSaturday: o.saturdaysLeft > 0 ? Math.ceil(labourDays / o.saturdaysLeft) : labourDays,
      cementBags: est?.cement.bags ?? 0, cementKg: est?.cement.kg ?? 0, sandM3: est?.sand.m3 ?? 0, stoneM3: est?.stone.m3 ?? 0,
      mixerDays, litresWithoutMix: list.filter((s) => !s.mix).reduce((t, s) => t + s.remainingLitres, 0),
    };
  });
}
