// Small season-plan instances whose optimum is worked out by hand in the tests that use them.
import type { SeasonInput, SeasonSegment } from './season-types.js';

export const DAYS = ['2021-10-23', '2021-10-30', '2021-11-06', '2021-11-13'];

/** A segment of `litres` over `mm` on road `roadId`, starting at `fromMm`. */
export function seg(id: number, roadId: number, fromMm: number, mm: number, litres: number, teamId: number | null): SeasonSegment {
  return { id, roadId, chainage: `Km${fromMm / 1000}–Km${(fromMm + mm) / 1000}`, fromMm, toMm: fromMm + mm, remainingLitres: litres, remainingMm: mm, teamId,
    perM3: { cementG: 265_475, sandCm3: 541_200, stoneCm3: 893_000 } };
}

/**
 * One commune, one 250 l mixer × 8 batches = 2 m³ a day; one team of 10 expected people at 2 công/m³
 * = 5 m³ a day; one village road of three 2 m³ segments of 10 m; 2.2 misses 20 m.
 */
export function oneRoad(over: Partial<SeasonInput> = {}): SeasonInput {
  return {
    days: DAYS, deadline: '2021-12-31',
    teams: [{ id: 1, name: 'Nhóm 1', staff: 12, expectedHeadcount: 10 }],
    communes: [{ id: 9, name: 'Tân Nam', mixers: [250], missingMm: { '2.2': 20_000 } }],
    roads: [{ id: 5, name: 'Thôn Nà Chảo', communeId: 9, roadClass: 'village' }],
    segments: [seg(101, 5, 0, 10_000, 2000, 1), seg(102, 5, 10_000, 10_000, 2000, 1), seg(103, 5, 20_000, 10_000, 2000, 1)],
    settings: { labourNormMilli: 2000, batchesPerMixerDay: 8 },
    ...over,
  };
}
