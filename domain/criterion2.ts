// Criterion 2 (transportation) per commune, DOMAIN.md §1: for each road class, km total and km
// hardened (hardened before the work plus accepted segments), the share against the minimum of the
// commune's applied region, met or not; the commune meets criterion 2 when all four indicators do.
// Shares are in basis points (10000 = 100 %) so comparisons are exact. A projection tells when each
// unmet indicator would be met at the pace of the last campaign days.
import { addDays, dayOfWeek } from './dates.js';
import { INDICATOR_OF_CLASS, ROAD_CLASSES, type RoadClass } from './roads.js';

/** The seven regions of QĐ 318/QĐ-TTg; a commune applies one (which can differ from its geography). */
export const REGIONS = [
  { code: 'northern_midlands_mountains', vi: 'Trung du và miền núi phía Bắc', en: 'Northern midlands and mountains' },
  { code: 'red_river_delta', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
  { code: 'north_central', vi: 'Bắc Trung Bộ', en: 'North Central Coast' },
  { code: 'south_central_coast', vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' },
  { code: 'central_highlands', vi: 'Tây Nguyên', en: 'Central Highlands' },
  { code: 'southeast', vi: 'Đông Nam Bộ', en: 'Southeast' },
  { code: 'mekong_delta', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
] as const;
export type RegionCode = (typeof REGIONS)[number]['code'];
export const REGION_CODES = REGIONS.map((r) => r.code) as unknown as readonly [RegionCode, ...RegionCode[]];

export const INDICATORS = ['2.1', '2.2', '2.3', '2.4'] as const;
export type Indicator = (typeof INDICATORS)[number];
export const CLASS_OF_INDICATOR = Object.fromEntries(ROAD_CLASSES.map((c) => [INDICATOR_OF_CLASS[c], c])) as Record<Indicator, RoadClass>;

export interface Threshold { indicator: Indicator; minShareBp: number; confirmed: boolean; source: string }

/** Per class: total length, length hardened before the work, accepted length on the other roads. */
export interface ClassLengths { totalMm: number; hardenedBeforeMm: number; acceptedMm: number }

export interface IndicatorResult {
  indicator: Indicator;
  roadClass: RoadClass;
  totalMm: number;
  hardenedMm: number;
  hardenedBeforeMm: number;
  acceptedMm: number;
  /** Hardened share in basis points, rounded down (never shown as met when it is not). */
  shareBp: number;
  minShareBp: number;
  thresholdConfirmed: boolean;
  thresholdSource: string;
  /** null when the commune has no road of this class: nothing to harden, the indicator does not block. */
  met: boolean | null;
  /** Length still to harden to reach the minimum (0 when met). */
  missingMm: number;
}

export type CommuneStatus = 'met' | 'not_met' | 'thresholds_not_confirmed' | 'no_roads';

export interface Criterion2Result {
  indicators: IndicatorResult[];
  /** All four indicators met at the thresholds as they stand (confirmed or not). */
  metAtThresholds: boolean;
  /** What the commune's status reads: never "met" while a threshold is unconfirmed. */
  status: CommuneStatus;
}

/**
 * Evaluates criterion 2 for one commune.
 * @example evaluateCriterion2({ commune: { totalMm: 1e6, hardenedBeforeMm: 0, acceptedMm: 1e6 }, ... }, thresholds).indicators[0].met === true
 */
export function evaluateCriterion2(lengths: Partial<Record<RoadClass, ClassLengths>>, thresholds: readonly Threshold[]): Criterion2Result {
  const indicators = ROAD_CLASSES.map((roadClass): IndicatorResult => {
    const indicator = INDICATOR_OF_CLASS[roadClass];
    const l = lengths[roadClass] ?? { totalMm: 0, hardenedBeforeMm: 0, acceptedMm: 0 };
    const t = thresholds.find((x) => x.indicator === indicator) ?? { indicator, minShareBp: 10_000, confirmed: false, source: '' };
    const hardenedMm = Math.min(l.totalMm, l.hardenedBeforeMm + l.acceptedMm);
    const shareBp = l.totalMm ? Math.floor((hardenedMm * 10_000) / l.totalMm) : 0;
    // Needed length, rounded up to the millimetre: total × min share.
    const neededMm = Math.ceil((l.totalMm * t.minShareBp) / 10_000);
    const met = l.totalMm ? hardenedMm >= neededMm : null;
    return {
      indicator, roadClass, totalMm: l.totalMm, hardenedMm, hardenedBeforeMm: Math.min(l.totalMm, l.hardenedBeforeMm), acceptedMm: l.acceptedMm,
      shareBp, minShareBp: t.minShareBp, thresholdConfirmed: t.confirmed, thresholdSource: t.source, met, missingMm: Math.max(0, neededMm - hardenedMm),
    };
  });
  const anyRoad = indicators.some((i) => i.totalMm > 0);
  const metAtThresholds = anyRoad && indicators.every((i) => i.met !== false);
  const allConfirmed = indicators.every((i) => i.thresholdConfirmed);
  const status: CommuneStatus = !anyRoad ? 'no_roads' : !allConfirmed ? 'thresholds_not_confirmed' : metAtThresholds ? 'met' : 'not_met';
  return { indicators, metAtThresholds, status };
}

export type Projection =
  | { status: 'met' | 'no_roads' }
  | { status: 'not_at_this_pace'; paceMmPerDay: 0 }
  | { status: 'projected'; date: string; campaignDaysNeeded: number; withinCampaign: boolean; paceMmPerDay: number };

/**
 * When an indicator missing `missingMm` would be met at `paceMmPerDay` per campaign day: counted on
 * the campaign days after `asOf`, then on Saturdays after the campaign's last day.
 * @example projectIndicator(300_000, 150_000, ['2021-10-02', '2021-10-09'], '2021-09-25') // { status: 'projected', date: '2021-10-09', campaignDaysNeeded: 2, withinCampaign: true, ... }
 */
export function projectIndicator(missingMm: number, paceMmPerDay: number, futureCampaignDays: readonly string[], asOf: string): Projection {
  if (missingMm <= 0) return { status: 'met' };
  if (paceMmPerDay <= 0) return { status: 'not_at_this_pace', paceMmPerDay: 0 };
  const days = Math.ceil(missingMm / paceMmPerDay);
  if (days <= futureCampaignDays.length) {
    return { status: 'projected', date: futureCampaignDays[days - 1], campaignDaysNeeded: days, withinCampaign: true, paceMmPerDay };
  }
  // Past the campaign: one working Saturday a week after its last day (or after asOf).
  let last = futureCampaignDays.at(-1) ?? asOf;
  for (let i = futureCampaignDays.length; i < days; i++) {
    last = addDays(last, 7 - ((dayOfWeek(last) + 1) % 7));
  }
  return { status: 'projected', date: last, campaignDaysNeeded: days, withinCampaign: false, paceMmPerDay };
}

/**
 * Pace per campaign day: the length accepted on the last `n` campaign days up to `asOf`, divided by n
 * (fewer when the campaign has had fewer days). Rounded down to the millimetre.
 * @example paceOf([{ date: '2021-10-02', mm: 300_000 }], ['2021-09-25', '2021-10-02'], '2021-10-05', 2) // 150_000
 */
export function paceOf(accepted: ReadonlyArray<{ date: string; mm: number }>, campaignDays: readonly string[], asOf: string, n: number): { paceMmPerDay: number; window: string[] } {
  const window = [...campaignDays].filter((d) => d <= asOf).sort().slice(-n);
  if (!window.length) return { paceMmPerDay: 0, window };
  const first = window[0];
  const mm = accepted.filter((a) => a.date >= first && a.date <= asOf).reduce((s, a) => s + a.mm, 0);
  return { paceMmPerDay: Math.floor(mm / window.length), window };
}

/** Source of the 2.1 threshold (100 % in every region). */
export const SOURCE_21 = 'QĐ 318/QĐ-TTg ngày 08/3/2022: đường xã được nhựa hóa hoặc bê tông hóa (100 %)';
/** Source of the proposed 2.2–2.4 thresholds, which the admin must confirm. */
export const SOURCE_PROPOSED = 'Đề xuất theo QĐ 1980/QĐ-TTg ngày 17/10/2016; cần đối chiếu quyết định của UBND tỉnh (Hà Giang: QĐ 1174/2022)';
/** Proposed minimum shares (percent) of 2.2–2.4, in the order of REGIONS: to confirm. */
const PROPOSED_PERCENT: Record<'2.2' | '2.3' | '2.4', number[]> = {
  '2.2': [70, 100, 80, 80, 70, 100, 50],
  '2.3': [70, 100, 80, 80, 70, 100, 70],
  '2.4': [60, 100, 80, 80, 60, 100, 60],
};

/**
 * The thresholds a new installation starts with: 2.1 = 100 % (confirmed), the others proposed.
 * @example DEFAULT_THRESHOLDS.find((t) => t.region === 'northern_midlands_mountains' && t.indicator === '2.2')?.minShareBp === 7000
 */
export const DEFAULT_THRESHOLDS: ReadonlyArray<Threshold & { region: RegionCode }> = REGIONS.flatMap((r, i) => [
  { region: r.code, indicator: '2.1' as const, minShareBp: 10_000, confirmed: true, source: SOURCE_21 },
  ...(Object.entries(PROPOSED_PERCENT) as Array<['2.2' | '2.3' | '2.4', number[]]>).map(([indicator, pct]) => ({
    region: r.code, indicator, minShareBp: pct[i] * 100, confirmed: false, source: SOURCE_PROPOSED,
  })),
]);
