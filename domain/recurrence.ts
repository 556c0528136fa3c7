// Schedules of directive tasks: one-off with a due date, or recurring weekly on a weekday or
// monthly on a day of the month, always between a start and an END date. Everything is a calendar
// date in Asia/Ho_Chi_Minh written 'YYYY-MM-DD' (see dates.ts): an occurrence is a local day,
// never an instant, so no server time zone can move it. Pure: used by the server's instance
// generator and by the web form to preview a schedule.
import { addDays, dayOfWeek, isIsoDate } from './dates.js';
import type { ErrorCode } from './errors.js';

export const REPEATS = ['none', 'weekly', 'monthly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** The longest schedule accepted: about three years of occurrences. */
export const MAX_SCHEDULE_DAYS = 3 * 366;
/** The most days after an occurrence its instance may be due (a Saturday's news due on Monday: 2). */
export const MAX_DUE_AFTER_DAYS = 31;

export type Schedule =
  | { repeat: 'none'; dueDate: string }
  | { repeat: 'weekly'; weekday: number; startDate: string; endDate: string; dueAfterDays?: number }
  | { repeat: 'monthly'; monthDay: number; startDate: string; endDate: string; dueAfterDays?: number };

/** One scheduled occurrence: the day it happens and the day it is due. */
export interface Occurrence { occursOn: string; dueOn: string }

/** @example daysInMonth(2024, 2) === 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The given day of a month, moved back to the month's last day when the month is shorter.
 * @example monthlyDate(2021, 2, 31) === '2021-02-28'
 */
export function monthlyDate(year: number, month: number, day: number): string {
  const d = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first and last day a schedule can produce an occurrence on. */
export function scheduleBounds(s: Schedule): { start: string; end: string } {
  return s.repeat === 'none' ? { start: s.dueDate, end: s.dueDate } : { start: s.startDate, end: s.endDate };
}

/**
 * Every occurrence of the schedule, in date order, with occursOn within [from, to] (both optional,
 * both included) and within the schedule's own start and end.
 * @example occurrences({ repeat: 'monthly', monthDay: 31, startDate: '2021-01-15', endDate: '2021-03-31' })
 *   .map((o) => o.occursOn) // ['2021-01-31', '2021-02-28', '2021-03-31']
 */
export function occurrences(s: Schedule, range: { from?: string; to?: string } = {}): Occurrence[] {
  const bounds = scheduleBounds(s);
  const from = range.from && range.from > bounds.start ? range.from : bounds.start;
  const to = range.to && range.to < bounds.end ? range.to : bounds.end;
  if (from > to) return [];
  if (s.repeat === 'none') return [{ occursOn: s.dueDate, dueOn: s.dueDate }];
  const after = s.dueAfterDays ?? 0;
  const out: Occurrence[] = [];
  const push = (day: string) => out.push({ occursOn: day, dueOn: after ? addDays(day, after) : day });
  if (s.repeat === 'weekly') {
    for (let day = addDays(from, (s.weekday - dayOfWeek(from) + 7) % 7); day <= to; day = addDays(day, 7)) push(day);
    return out;
  }
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const day = monthlyDate(year, month, s.monthDay);
    if (day > to) break;
    if (day >= from) push(day);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return out;
}

/** A problem with a schedule: the field it is about and the error catalogue code to answer with. */
export interface ScheduleIssue { field: string; code: ErrorCode }

/** The input shape of a schedule before validation: every field may be missing. */
export interface ScheduleInput {
  repeat: Repeat;
  dueDate?: string | null;
  weekday?: number | null;
  monthDay?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  dueAfterDays?: number | null;
}

/**
 * Checks a schedule against the directive it belongs to: nothing may fall due before the directive
 * is issued, a recurrence needs an end, and the end comes after the start. Returns the schedule
 * when there is no issue.
 * @example checkSchedule({ repeat: 'weekly', weekday: 6, startDate: '2021-09-11' }, '2021-09-09').issues
 *   // [{ field: 'endDate', code: 'RECURRENCE_END_REQUIRED' }]
 */
export function checkSchedule(input: ScheduleInput, notBefore: string): { schedule: Schedule | null; issues: ScheduleIssue[] } {
  const issues: ScheduleIssue[] = [];
  const date = (field: 'dueDate' | 'startDate' | 'endDate', required: ErrorCode) => {
    const v = input[field];
    if (v == null || v === '') { issues.push({ field, code: required }); return null; }
    if (!isIsoDate(v)) { issues.push({ field, code: 'VALIDATION' }); return null; }
    return v;
  };
  if (input.repeat === 'none') {
    const dueDate = date('dueDate', 'VALIDATION');
    if (dueDate && dueDate < notBefore) issues.push({ field: 'dueDate', code: 'DUE_BEFORE_DIRECTIVE' });
    return issues.length ? { schedule: null, issues } : { schedule: { repeat: 'none', dueDate: dueDate! }, issues };
  }
  const startDate = date('startDate', 'VALIDATION');
  const endDate = date('endDate', 'RECURRENCE_END_REQUIRED');
  if (startDate && startDate < notBefore) issues.push({ field: 'startDate', code: 'DUE_BEFORE_DIRECTIVE' });
  if (startDate && endDate && endDate < startDate) issues.push({ field: 'endDate', code: 'VALIDATION' });
  if (startDate && endDate && endDate > addDays(startDate, MAX_SCHEDULE_DAYS)) issues.push({ field: 'endDate', code: 'SCHEDULE_TOO_LONG' });
  const dueAfterDays = input.dueAfterDays ?? 0;
  if (!Number.isInteger(dueAfterDays) || dueAfterDays < 0 || dueAfterDays > MAX_DUE_AFTER_DAYS) issues.push({ field: 'dueAfterDays', code: 'VALIDATION' });
  let schedule: Schedule | null = null;
  if (input.repeat === 'weekly') {
    const w = input.weekday;
    if (w == null || !Number.isInteger(w) || w < 0 || w > 6) issues.push({ field: 'weekday', code: 'VALIDATION' });
    else if (!issues.length) schedule = { repeat: 'weekly', weekday: w, startDate: startDate!, endDate: endDate!, dueAfterDays };
  } else {
    const m = input.monthDay;
    if (m == null || !Number.isInteger(m) || m < 1 || m > 31) issues.push({ field: 'monthDay', code: 'VALIDATION' });
    else if (!issues.length) schedule = { repeat: 'monthly', monthDay: m, startDate: startDate!, endDate: endDate!, dueAfterDays };
  }
  if (!schedule) return { schedule: null, issues };
  // A schedule that never occurs (a few days that miss the weekday) is a mistake worth naming.
  if (!occurrences(schedule).length) {
    return { schedule: null, issues: [{ field: schedule.repeat === 'weekly' ? 'weekday' : 'monthDay', code: 'SCHEDULE_EMPTY' }] };
  }
  return { schedule, issues };
}
