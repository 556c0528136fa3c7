// Weekly commune reports as pure rules (PRODUCT.md §3 step 5, Nghị định 09/2019/NĐ-CP: every
// report has a period, a data cut-off and a deadline): the ISO week of a report, the days its
// figures cover, its deadline, whether it came on time, late or is missing, the report workflow
// as a transition table, and the ratings a commune gives each group.
import { addDays, dayOfWeek, isoWeek } from './dates.js';

/** When a weekly report is due and which days it covers (campaign settings). */
export interface ReportCalendar {
  /** Weekday of the data cut-off (0 = Sunday … 6 = Saturday): the period is the 7 days ending then. */
  cutoffWeekday: number;
  /** Weekday of the deadline, strictly after the cut-off day. */
  deadlineWeekday: number;
  /** Local time of the deadline, 'HH:MM' (Asia/Ho_Chi_Minh). */
  deadlineTime: string;
}

export const DEFAULT_CALENDAR: ReportCalendar = { cutoffWeekday: 0, deadlineWeekday: 1, deadlineTime: '17:00' };

/**
 * Monday of the ISO week of a date.
 * @example weekStartOf('2021-09-11') === '2021-09-06'
 * @example weekStartOf('2021-09-12') === '2021-09-06' // Sunday closes the ISO week
 */
export function weekStartOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** Whether a date is a Monday. @example isWeekStart('2021-09-06') === true */
export function isWeekStart(date: string): boolean {
  return dayOfWeek(date) === 1;
}

/** The week's label as reports write it. @example weekLabel('2021-09-06') === 'Tuần 36/2021' */
export function weekLabel(weekStart: string): string {
  const w = isoWeek(weekStart);
  return `Tuần ${w.week}/${w.year}`;
}

/** The week's label in English. @example weekLabelEn('2021-09-06') === 'Week 36/2021' */
export function weekLabelEn(weekStart: string): string {
  const w = isoWeek(weekStart);
  return `Week ${w.week}/${w.year}`;
}

/**
 * The days a week's figures cover: the 7 days ending on the cut-off day, which is the first
 * cut-off weekday on or after the week's Saturday (the campaign day is always inside).
 * @example reportPeriod('2021-09-06', DEFAULT_CALENDAR) // { from: '2021-09-06', to: '2021-09-12' }
 * @example reportPeriod('2021-09-06', { ...DEFAULT_CALENDAR, cutoffWeekday: 6 }) // { from: '2021-09-05', to: '2021-09-11' }
 */
export function reportPeriod(weekStart: string, cal: ReportCalendar): { from: string; to: string } {
  const saturday = addDays(weekStart, 5);
  const to = addDays(saturday, (cal.cutoffWeekday - 6 + 7) % 7);
  return { from: addDays(to, -6), to };
}

/**
 * The deadline instant: the first deadline weekday strictly after the cut-off day, at the time.
 * @example reportDeadline('2021-09-06', DEFAULT_CALENDAR).toISOString() === '2021-09-13T10:00:00.000Z' // Monday 17:00 in Vietnam
 */
export function reportDeadline(weekStart: string, cal: ReportCalendar): Date {
  const { to } = reportPeriod(weekStart, cal);
  let ahead = (cal.deadlineWeekday - dayOfWeek(to) + 7) % 7;
  if (ahead === 0) ahead = 7;
  const day = addDays(to, ahead);
  const [h, m] = cal.deadlineTime.split(':').map(Number);
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h - 7, m));
}

/** on_time / late: submitted (first time) by the deadline or after; missing: past the deadline, never submitted; due: not yet. */
export type Timeliness = 'on_time' | 'late' | 'missing' | 'due' | 'not_started';

/**
 * A report's timeliness at `now`.
 * @example timeliness('2021-09-06', null, new Date('2021-09-14T00:00:00Z'), DEFAULT_CALENDAR) === 'missing'
 */
export function timeliness(weekStart: string, firstSubmittedAt: Date | null, now: Date, cal: ReportCalendar, today?: string): Timeliness {
  const deadline = reportDeadline(weekStart, cal);
  if (firstSubmittedAt) return firstSubmittedAt.getTime() <= deadline.getTime() ? 'on_time' : 'late';
  if (today !== undefined && weekStart > today) return 'not_started';
  return now.getTime() > deadline.getTime() ? 'missing' : 'due';
}

// --- workflow ---------------------------------------------------------------------------------

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type ReportAction = 'edit' | 'submit' | 'return' | 'approve' | 'unlock';

interface ReportMove { action: ReportAction; to: ReportStatus; by: 'commune' | 'office'; commentRequired: boolean }

/**
 * The commune edits and submits; the office returns it (with a comment) or approves it; an approved
 * report is locked, and only an explicit unlock (with a reason, logged) sends it back to the commune.
 */
export const REPORT_TRANSITIONS: Record<ReportStatus, readonly ReportMove[]> = {
  draft: [
    { action: 'edit', to: 'draft', by: 'commune', commentRequired: false },
    { action: 'submit', to: 'submitted', by: 'commune', commentRequired: false },
  ],
  submitted: [
    { action: 'return', to: 'returned', by: 'office', commentRequired: true },
    { action: 'approve', to: 'approved', by: 'office', commentRequired: false },
  ],
  returned: [
    { action: 'edit', to: 'returned', by: 'commune', commentRequired: false },
    { action: 'submit', to: 'submitted', by: 'commune', commentRequired: false },
  ],
  approved: [{ action: 'unlock', to: 'returned', by: 'office', commentRequired: true }],
};

/**
 * The status after an action, or why not.
 * @example reportTransition('submitted', 'return', 'office', '') === 'REASON_REQUIRED'
 * @example reportTransition('approved', 'edit', 'commune', null) === 'REPORT_LOCKED'
 * @example reportTransition('draft', 'submit', 'commune', null) === 'submitted'
 */
export function reportTransition(from: ReportStatus, action: ReportAction, by: 'commune' | 'office', comment: string | null | undefined):
  ReportStatus | 'REPORT_TRANSITION_NOT_ALLOWED' | 'REPORT_LOCKED' | 'REASON_REQUIRED' | 'FORBIDDEN' {
  const move = REPORT_TRANSITIONS[from].find((m) => m.action === action);
  if (!move) return from === 'approved' ? 'REPORT_LOCKED' : 'REPORT_TRANSITION_NOT_ALLOWED';
  if (move.by !== by) return 'FORBIDDEN';
  if (move.commentRequired && !comment?.trim()) return 'REASON_REQUIRED';
  return move.to;
}

/** The actions open to a side in a status. @example reportActions('submitted', 'office') // ['return', 'approve'] */
export function reportActions(status: ReportStatus, by: 'commune' | 'office'): ReportAction[] {
  return REPORT_TRANSITIONS[status].filter((m) => m.by === by).map((m) => m.action);
}

// --- ratings ----------------------------------------------------------------------------------

export const RATINGS = ['tot', 'kha', 'trung_binh', 'yeu'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_LABELS: Record<Rating, { vi: string; en: string; score: number }> = {
  tot: { vi: 'Tốt', en: 'Good', score: 4 },
  kha: { vi: 'Khá', en: 'Fairly good', score: 3 },
  trung_binh: { vi: 'Trung bình', en: 'Average', score: 2 },
  yeu: { vi: 'Yếu', en: 'Weak', score: 1 },
};

/**
 * One group's score from a rating (responsibility and effectiveness weigh the same), out of 4.
 * @example ratingScore('tot', 'kha') === 3.5
 */
export function ratingScore(responsibility: Rating, effectiveness: Rating): number {
  return (RATING_LABELS[responsibility].score + RATING_LABELS[effectiveness].score) / 2;
}

/** The months a district monthly report may cover. @example monthRange('2021-09') // { from: '2021-09-01', to: '2021-09-30' } */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Whether a string is a month 'YYYY-MM'. @example isMonth('2021-13') === false */
export function isMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return !!m && +m[2] >= 1 && +m[2] <= 12;
}

/**
 * The weeks (Mondays) whose Saturday falls in a period: a monthly report takes those weeks.
 * @example weeksWithSaturdayIn('2021-09-01', '2021-09-30') // ['2021-09-06', '2021-09-13', '2021-09-20', '2021-09-27']
 */
export function weeksWithSaturdayIn(from: string, to: string): string[] {
  const out: string[] = [];
  let sat = addDays(from, (6 - dayOfWeek(from) + 7) % 7);
  while (sat <= to) {
    out.push(addDays(sat, -5));
    sat = addDays(sat, 7);
  }
  return out;
}

/**
 * The week (its Monday) whose report period holds a day.
 * @example reportWeekOf('2021-09-12', DEFAULT_CALENDAR) === '2021-09-06'
 * @example reportWeekOf('2021-09-12', { ...DEFAULT_CALENDAR, cutoffWeekday: 6 }) === '2021-09-13'
 */
export function reportWeekOf(day: string, cal: ReportCalendar): string {
  const monday = weekStartOf(day);
  for (const candidate of [monday, addDays(monday, 7), addDays(monday, -7)]) {
    const p = reportPeriod(candidate, cal);
    if (day >= p.from && day <= p.to) return candidate;
  }
  return monday;
}
