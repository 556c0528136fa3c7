// What a date or week picker opens on: the one that is due. Every picker of a campaign day or week
// asks here, so each opens on the same Saturday: the one just worked for what is recorded or
// reported, the next one for what is planned or registered. `today` is the business date the
// server answers (the demo runs on 20/10/2021), never the phone's clock.
import { addDays } from './dates.js';

/** Days ('YYYY-MM-DD') sorted ascending, without repeats. */
const ascending = (days: readonly string[]) => [...new Set(days)].sort();

/**
 * The last day on or before today (the Saturday to record), else the first day.
 * @example dueDay(['2021-10-09', '2021-10-16', '2021-10-23'], '2021-10-20') === '2021-10-16'
 */
export function dueDay(days: readonly string[], today: string): string | null {
  const sorted = ascending(days);
  return sorted.filter((d) => d <= today).at(-1) ?? sorted[0] ?? null;
}

/**
 * The first day on or after today (the Saturday to plan or register for), else the last day.
 * @example nextDay(['2021-10-09', '2021-10-16', '2021-10-23'], '2021-10-20') === '2021-10-23'
 */
export function nextDay(days: readonly string[], today: string): string | null {
  const sorted = ascending(days);
  return sorted.find((d) => d >= today) ?? sorted.at(-1) ?? null;
}

/**
 * Of weeks (their Mondays), the one whose Saturday is the last on or before today: the week due
 * for its report. Before the first such Saturday, the first week.
 * @example dueWeek(['2021-10-04', '2021-10-11', '2021-10-18'], '2021-10-20') === '2021-10-11'
 */
export function dueWeek(weeks: readonly string[], today: string): string | null {
  const sorted = ascending(weeks);
  return sorted.filter((w) => addDays(w, 5) <= today).at(-1) ?? sorted[0] ?? null;
}

/**
 * The day within [from, to] nearest to today: where a calendar opens (its month).
 * @example dayWithin('2021-08-01', '2021-12-31', '2026-12-08') === '2021-12-31'
 */
export function dayWithin(from: string, to: string, today: string): string {
  return today < from ? from : today > to ? to : today;
}
