// One definition of each figure the district's leaders read (PRODUCT.md §4, issue 14). The
// dashboard, the weekly and district reports, the ranking, the public page and the workday lists
// all count through these functions, over rows of the same SQL (server: workdays' `figuresOf` and
// the roads' segments), so the same filter gives the same figure on every page and document.
//
// What each figure counts:
// - officials: attendances of agencies' officials on recorded workdays (a person on two Saturdays
//   counts twice); people: local people mobilised by the commune, counted the same way;
//   participants = officials + people.
// - labour-days: a full day is 1, a half day 0.5, officials' and people's together.
// - metres and m³ poured: what the recorded workdays poured (their pours), never a segment's
//   design volume.
// - km finished: segments whose status is poured or accepted (the whole segment is done), as of a
//   day by their pouring date; km accepted: accepted segments by their acceptance date. A campaign's
//   figures count only segments poured on or after its first day (`since`): a segment whose pouring
//   date is earlier was concreted before the campaign (outside its workday records) and is counted
//   apart as km finished before the campaign; criterion 2 counts every hardened km, whoever built it.
// - reporting rate (DHIS2): reports received ÷ reports expected, expected = target communes ×
//   weeks due (weeks holding a campaign day whose deadline has passed, never before the campaign's
//   first day); on time: received by the deadline.
// - participation rate: attendances ÷ (staff × campaign days worked), never above 100 % because
//   attendance and registrations are refused above an agency's staff (domain/plausibility.ts).
import { reportDeadline, reportWeekOf, type ReportCalendar } from './reporting.js';

/**
 * One workday record as the figures read it (recorded or cancelled), or the sums of `count`
 * records of the same status: every figure below is a sum, so the database may add the records up
 * by commune, day or group first (GROUP BY) and the definitions still apply to what it returns.
 */
export interface WorkRecord {
  status: 'recorded' | 'cancelled';
  /** How many records this row adds up (1 when absent). */
  count?: number;
  /** Officials' attendances (full + half days) and their labour in halves. */
  officials: number;
  officialHalves: number;
  peopleFull: number;
  peopleHalf: number;
  /** Poured on the day, over all its pours. */
  litres: number;
  lengthMm: number;
}

export interface WorkTotals {
  /** Recorded workdays; cancelled ones count apart and add nothing else. */
  workdays: number;
  cancelled: number;
  officials: number;
  people: number;
  participants: number;
  labourDays: number;
  lengthM: number;
  volumeM3: number;
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The figures of a set of workday records.
 * @example workTotals([{ status: 'recorded', officials: 12, officialHalves: 22, peopleFull: 20, peopleHalf: 4, litres: 21_500, lengthMm: 40_000 }])
 * // { workdays: 1, cancelled: 0, officials: 12, people: 24, participants: 36, labourDays: 33, lengthM: 40, volumeM3: 21.5 }
 */
export function workTotals(rows: readonly WorkRecord[]): WorkTotals {
  let workdays = 0, cancelled = 0, officials = 0, people = 0, halves = 0, litres = 0, lengthMm = 0;
  for (const r of rows) {
    const n = r.count ?? 1;
    if (r.status !== 'recorded') { cancelled += n; continue; }
    workdays += n;
    officials += r.officials;
    people += r.peopleFull + r.peopleHalf;
    halves += r.officialHalves + r.peopleFull * 2 + r.peopleHalf;
    litres += r.litres;
    lengthMm += r.lengthMm;
  }
  return { workdays, cancelled, officials, people, participants: officials + people, labourDays: halves / 2,
    lengthM: round3(lengthMm / 1000), volumeM3: round3(litres / 1000) };
}

/** The figures of one record (a cancelled day counts nothing). */
export function recordFigures(r: WorkRecord): Omit<WorkTotals, 'workdays' | 'cancelled'> {
  const { workdays: _w, cancelled: _c, ...rest } = workTotals([r]);
  return rest;
}

// --- roads ------------------------------------------------------------------------------------

export const SEGMENT_STATUSES = ['planned', 'ready', 'in_progress', 'poured', 'accepted', 'rejected'] as const;
export type SegmentStatusName = (typeof SEGMENT_STATUSES)[number];

/** A segment, or `count` segments of the same status and dates with their lengths summed (GROUP BY). */
export interface SegmentRecord { status: string; lengthMm: number; pouredOn: string | null; acceptedOn: string | null; count?: number }

export interface RoadProgress {
  /** Segments poured or accepted (whole segments finished), poured on or after `since`. */
  finishedKm: number;
  /** Segments finished, poured before `since` (before the campaign: no workday record behind them). */
  beforeKm: number;
  acceptedKm: number;
  totalKm: number;
  segments: Record<SegmentStatusName, number>;
}

const km = (mm: number) => Math.round(mm / 1000) / 1000;
const FINISHED = new Set(['poured', 'accepted']);

/** Whether a finished segment was poured before `since` (the campaign's first day). */
export function pouredBefore(s: SegmentRecord, since?: string): boolean {
  return !!since && FINISHED.has(s.status) && !!s.pouredOn && s.pouredOn < since;
}

/** Whether a segment is finished (poured or accepted) by `asOf` (no date: now), poured on or after `since`. */
export function finishedBy(s: SegmentRecord, asOf?: string, since?: string): boolean {
  return FINISHED.has(s.status) && (!asOf || (s.pouredOn ?? s.acceptedOn ?? '') <= asOf) && !pouredBefore(s, since);
}

/** Whether a segment is accepted by `asOf`, poured on or after `since`. */
export function acceptedBy(s: SegmentRecord, asOf?: string, since?: string): boolean {
  return s.status === 'accepted' && (!asOf || (s.acceptedOn ?? '') <= asOf) && !pouredBefore(s, since);
}

/**
 * Progress of a set of segments, as of a day (cumulative) or now; with `since` (a campaign's first
 * day), segments poured before it count in `beforeKm` only.
 * @example roadProgress([{ status: 'accepted', lengthMm: 200_000, pouredOn: '2021-09-18', acceptedOn: '2021-09-25' }]).finishedKm === 0.2
 * @example roadProgress([{ status: 'accepted', lengthMm: 200_000, pouredOn: '2021-08-21', acceptedOn: '2021-09-25' }], undefined, '2021-09-11').beforeKm === 0.2
 */
export function roadProgress(segments: readonly SegmentRecord[], asOf?: string, since?: string): RoadProgress {
  const count = Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, 0])) as Record<SegmentStatusName, number>;
  let finished = 0, before = 0, accepted = 0, total = 0;
  for (const s of segments) {
    total += s.lengthMm;
    if (finishedBy(s, asOf, since)) finished += s.lengthMm;
    if (pouredBefore(s, since)) before += s.lengthMm;
    if (acceptedBy(s, asOf, since)) accepted += s.lengthMm;
    if (s.status in count) count[s.status as SegmentStatusName] += s.count ?? 1;
  }
  return { finishedKm: km(finished), beforeKm: km(before), acceptedKm: km(accepted), totalKm: km(total), segments: count };
}

/** Km finished and accepted on one day (segments whose pouring or acceptance date is that day), poured on or after `since`. */
export function finishedOn(segments: readonly SegmentRecord[], day: string, since?: string): { finishedKm: number; acceptedKm: number } {
  const mm = (f: (s: SegmentRecord) => boolean) => segments.filter((s) => !pouredBefore(s, since)).filter(f).reduce((a, s) => a + s.lengthMm, 0);
  return { finishedKm: km(mm((s) => FINISHED.has(s.status) && s.pouredOn === day)), acceptedKm: km(mm((s) => s.status === 'accepted' && s.acceptedOn === day)) };
}

// --- reporting rate ---------------------------------------------------------------------------

/**
 * The weeks (Mondays) a weekly report is expected for: the report weeks of the campaign days, and
 * only those whose deadline has passed at `now` (a week still open is not yet expected).
 * @example weeksDue(['2021-09-11', '2021-09-18'], { cutoffWeekday: 0, deadlineWeekday: 1, deadlineTime: '17:00' }, new Date('2021-09-14T00:00:00Z')) // ['2021-09-06']
 */
export function weeksDue(campaignDays: readonly string[], cal: ReportCalendar, now: Date): string[] {
  return reportWeeks(campaignDays, cal).filter((w) => reportDeadline(w, cal).getTime() < now.getTime());
}

/**
 * Every week a report belongs to: the report weeks of the campaign days, so never a week before
 * the campaign's first day (nor a week the campaign skips).
 * @example reportWeeks(['2021-09-11', '2021-09-18'], { cutoffWeekday: 0, deadlineWeekday: 1, deadlineTime: '17:00' }) // ['2021-09-06', '2021-09-13']
 */
export function reportWeeks(campaignDays: readonly string[], cal: ReportCalendar): string[] {
  return [...new Set(campaignDays.map((d) => reportWeekOf(d, cal)))].sort();
}

export interface ReportingRate {
  expected: number;
  received: number;
  onTime: number;
  /** received ÷ expected, percent with one decimal; null when nothing is expected yet. */
  ratePercent: number | null;
  /** on time ÷ expected, percent with one decimal. */
  onTimePercent: number | null;
}

/**
 * DHIS2's reporting rate: received ÷ expected, and the on-time rate over the same expected.
 * @example reportingRate(12, 2, 2) // { expected: 12, received: 2, onTime: 2, ratePercent: 16.7, onTimePercent: 16.7 }
 */
export function reportingRate(expected: number, received: number, onTime: number): ReportingRate {
  const pct = (n: number) => (expected > 0 ? Math.round((n * 1000) / expected) / 10 : null);
  return { expected, received, onTime, ratePercent: pct(received), onTimePercent: pct(onTime) };
}

// --- participation ----------------------------------------------------------------------------

/**
 * Participation in basis points (10 000 = every official came every day). Registrations and
 * attendance above an agency's staff are refused, so this stays within 100 %; the cap only guards
 * against a staff count lowered after the fact.
 * @example participationBp(30, 40) === 7500
 * @example participationBp(16, 10) === 10000
 */
export function participationBp(participants: number, possible: number): number {
  return possible > 0 ? Math.min(10_000, Math.round((participants * 10_000) / possible)) : 0;
}
