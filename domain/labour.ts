// Labour on a workday (PRODUCT.md §4 "Workdays and reports"): attendance per agency and local
// people, labour-days computed from it (1 person × full day = 1.0, half day = 0.5, kept as whole
// halves so sums never drift), the pour tolerance over a segment's remaining volume, and the check
// of materials issued against the mix norm for the volume poured. The server enforces these; the
// phone computes the same figures offline.

/** People of one agency (or the local people) on a workday: how many full days and half days. */
export interface AttendanceLine { fullDay: number; halfDay: number; names?: readonly string[] | null }

/**
 * Labour-days of one line, in halves (2 = one labour-day).
 * @example lineHalves({ fullDay: 12, halfDay: 3 }) === 27 // 13.5 labour-days
 */
export function lineHalves(line: AttendanceLine): number {
  return line.fullDay * 2 + line.halfDay;
}

/** People of one line. @example lineHeadcount({ fullDay: 12, halfDay: 3 }) === 15 */
export function lineHeadcount(line: AttendanceLine): number {
  return line.fullDay + line.halfDay;
}

export interface LabourTotals {
  /** Officials who came from agencies. */
  officials: number;
  /** Local people mobilised by the commune. */
  people: number;
  /** Labour-days in halves: officials' and people's together. */
  labourHalves: number;
}

/**
 * Totals of a workday's attendance.
 * @example labourTotals([{ fullDay: 10, halfDay: 0 }], { fullDay: 4, halfDay: 2 }) // { officials: 10, people: 6, labourHalves: 30 }
 */
export function labourTotals(officials: readonly AttendanceLine[], people: AttendanceLine | null): LabourTotals {
  return {
    officials: officials.reduce((s, l) => s + lineHeadcount(l), 0),
    people: people ? lineHeadcount(people) : 0,
    labourHalves: officials.reduce((s, l) => s + lineHalves(l), 0) + (people ? lineHalves(people) : 0),
  };
}

/** Halves to labour-days for display. @example halvesToDays(27) === 13.5 */
export function halvesToDays(halves: number): number {
  return halves / 2;
}

/**
 * Whether a labour-day figure someone typed matches the computed one (it may only be 0.5 steps).
 * @example typedLabourMatches(13.5, 27) === true
 * @example typedLabourMatches(14, 27) === false
 */
export function typedLabourMatches(typedDays: number, computedHalves: number): boolean {
  return Math.round(typedDays * 2) === computedHalves && Number.isInteger(typedDays * 2);
}

/**
 * Whether names, when given, match the headcount of their line.
 * @example namesMatch({ fullDay: 2, halfDay: 0, names: ['A', 'B'] }) === true
 * @example namesMatch({ fullDay: 2, halfDay: 0, names: [] }) === true // no names given
 */
export function namesMatch(line: AttendanceLine): boolean {
  return !line.names?.length || line.names.length === lineHeadcount(line);
}

/**
 * Whether pouring `litres` more on a segment fits what remains, with a tolerance in percent of the
 * segment's design volume (measured slabs come out a little thicker than drawn).
 * @example pourFits(5_200, 5_000, 67_500, 1) === true  // 200 l over, 675 l allowed
 * @example pourFits(6_000, 5_000, 67_500, 1) === false
 */
export function pourFits(litres: number, remainingLitres: number, designLitres: number, tolerancePercent: number): boolean {
  return litres <= remainingLitres + Math.floor((designLitres * tolerancePercent) / 100);
}

/** The largest pour allowed. @example maxPour(5_000, 67_500, 1) === 5_675 */
export function maxPour(remainingLitres: number, designLitres: number, tolerancePercent: number): number {
  return Math.max(0, remainingLitres + Math.floor((designLitres * tolerancePercent) / 100));
}

export type VarianceFlag = 'ok' | 'over' | 'under' | 'no_norm';

export interface MaterialVariance {
  code: string;
  /** Issued to the workday, in base units (kg, litres). */
  issued: number;
  /** What the mix table needs for the volume poured, same unit. */
  norm: number;
  /** (issued − norm) ÷ norm, in basis points (100 = 1 %); null without a norm. */
  varianceBp: number | null;
  flag: VarianceFlag;
}

/**
 * Issued against norm for one material: flagged when it differs by more than the tolerance.
 * @example materialVariance('cement_pcb40', 1_400, 1_327, 5).flag === 'over'  // +5.5 %
 * @example materialVariance('sand', 2_700, 2_706, 5).flag === 'ok'
 */
export function materialVariance(code: string, issued: number, norm: number, tolerancePercent: number): MaterialVariance {
  if (norm <= 0) return { code, issued, norm, varianceBp: null, flag: issued > 0 ? 'no_norm' : 'ok' };
  const varianceBp = Math.round(((issued - norm) * 10_000) / norm);
  const limit = tolerancePercent * 100;
  return { code, issued, norm, varianceBp, flag: varianceBp > limit ? 'over' : varianceBp < -limit ? 'under' : 'ok' };
}

/** Weather on the day, as the phone offers it. */
export const WEATHER = ['sunny', 'cloudy', 'light_rain', 'heavy_rain', 'other'] as const;
export type Weather = (typeof WEATHER)[number];

/** The two sides that enter a workday: the group's lead agency, and the commune. */
export type WorkdaySide = 'group' | 'commune';

/**
 * A quantity written the vi-VN way: thousands with dots, decimals after a comma, no trailing zeros.
 * @example formatQuantity(1234.5, 3) === '1.234,5'
 * @example formatQuantity(13, 1) === '13'
 */
export function formatQuantity(n: number, maxDecimals: number): string {
  const fixed = Math.abs(n).toFixed(maxDecimals);
  const [int, dec = ''] = fixed.split('.');
  const trimmed = dec.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (n < 0 ? '-' : '') + grouped + (trimmed ? `,${trimmed}` : '');
}
