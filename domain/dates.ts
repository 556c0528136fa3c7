// Calendar dates in Asia/Ho_Chi_Minh as 'YYYY-MM-DD' strings: campaign days are local dates, never
// instants, so they are never shifted by a server's time zone.

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. @example isIsoDate('2021-02-30') === false */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another. @example daysBetween('2021-09-30', '2021-10-02') === 2 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Adds days to a calendar date. @example addDays('2021-09-30', 1) === '2021-10-01' */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Day of week, 0 = Sunday … 6 = Saturday. @example dayOfWeek('2021-09-11') === 6 */
export function dayOfWeek(date: string): number {
  return toUtc(date).getUTCDay();
}

/**
 * Every Saturday from `from` to `to`, both included.
 * @example saturdaysBetween('2021-09-09', '2021-09-25') // ['2021-09-11', '2021-09-18', '2021-09-25']
 */
export function saturdaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let day = addDays(from, (6 - dayOfWeek(from) + 7) % 7);
  while (day <= to) {
    out.push(day);
    day = addDays(day, 7);
  }
  return out;
}

/** Today's date in Vietnam. @example todayInVietnam(new Date('2021-09-10T18:00:00Z')) === '2021-09-11' */
export function todayInVietnam(now: Date = new Date()): string {
  // Vietnam has had no daylight saving since 1975: UTC+7 all year.
  return fromUtc(new Date(now.getTime() + 7 * 3600_000));
}

/**
 * ISO week number and its year, as Vietnamese reports label weeks ("Tuần 36/2021").
 * @example isoWeek('2021-09-11') // { year: 2021, week: 36 }
 */
export function isoWeek(date: string): { year: number; week: number } {
  const d = toUtc(date);
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const yearStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - yearStart.getTime()) / 86400_000 + 1) / 7);
  return { year: d.getUTCFullYear(), week };
}
