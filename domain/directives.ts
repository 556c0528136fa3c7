// Directives (kết luận, chỉ thị, kế hoạch, thông báo) and the status of their task instances:
// the kinds as data with their Vietnamese labels, the derived "overdue" status, the colour codes of
// the tracking table and the "overdue first" order. Pure: the server presents with it and the web
// app may use it offline.

export const DIRECTIVE_TYPES = ['ket_luan', 'chi_thi', 'ke_hoach', 'thong_bao'] as const;
export type DirectiveType = (typeof DIRECTIVE_TYPES)[number];

/** Label and the abbreviation used in document numbers ("02-KL/BCĐ"). */
export const DIRECTIVE_TYPE_LABELS: Record<DirectiveType, { vi: string; en: string; abbr: string }> = {
  ket_luan: { vi: 'Kết luận', en: 'Conclusion', abbr: 'KL' },
  chi_thi: { vi: 'Chỉ thị', en: 'Directive', abbr: 'CT' },
  ke_hoach: { vi: 'Kế hoạch', en: 'Plan', abbr: 'KH' },
  thong_bao: { vi: 'Thông báo', en: 'Notice', abbr: 'TB' },
};

/** Who a task is assigned to: an agency, an agency group (its lead), a commune, or every user of a role. */
export const ASSIGNEE_KINDS = ['agency', 'group', 'commune', 'role'] as const;
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];

/**
 * A record elsewhere in the system that completes a task by itself: the office's weekly plan when
 * published, a commune's weekly report when submitted, a media item when recorded.
 */
export const LINKED_RECORDS = ['weekly_plan', 'weekly_report', 'media_news', 'media_reportage'] as const;
export type LinkedRecord = (typeof LINKED_RECORDS)[number];

/** Kinds of record an instance's evidence may point to ("a record in the system: type + id"). */
export const EVIDENCE_RECORD_TYPES = ['weekly_plan', 'weekly_report', 'media_item', 'workday', 'inspection', 'acceptance', 'fund_entry', 'document'] as const;
export type EvidenceRecordType = (typeof EVIDENCE_RECORD_TYPES)[number];

/** Stored statuses; "overdue" is never stored, it is an open instance past its due date. */
export const STORED_TASK_STATUSES = ['open', 'done', 'cannot_do'] as const;
export type StoredTaskStatus = (typeof STORED_TASK_STATUSES)[number];
export const TASK_STATUSES = ['overdue', 'open', 'cannot_do', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The status shown: an open instance is overdue from the day after its due date (Vietnamese calendar).
 * @example taskStatus('open', '2021-09-11', '2021-09-12') === 'overdue'
 */
export function taskStatus(stored: StoredTaskStatus, dueOn: string, today: string): TaskStatus {
  return stored === 'open' && dueOn < today ? 'overdue' : stored;
}

/** Sort key for "overdue first": overdue, then open, then cannot do, then done. */
export function statusRank(status: TaskStatus): number {
  return TASK_STATUSES.indexOf(status);
}

export type Colour = 'red' | 'orange' | 'blue' | 'yellow' | 'green' | 'gray';

/**
 * Colour of one instance: red overdue, orange cannot do, blue open (not yet due), yellow done late,
 * green done on time.
 * @example instanceColour('done', false) === 'yellow'
 */
export function instanceColour(status: TaskStatus, onTime: boolean | null): Colour {
  switch (status) {
    case 'overdue': return 'red';
    case 'cannot_do': return 'orange';
    case 'open': return 'blue';
    default: return onTime === false ? 'yellow' : 'green';
  }
}

export interface StatusCounts { total: number; overdue: number; open: number; cannotDo: number; doneOnTime: number; doneLate: number }

export const EMPTY_COUNTS: Readonly<StatusCounts> = { total: 0, overdue: 0, open: 0, cannotDo: 0, doneOnTime: 0, doneLate: 0 };

/**
 * Colour of a tracking-table cell from its counts: the worst state wins (red, orange, blue, yellow,
 * green); gray when nothing has been scheduled yet.
 * @example cellColour({ total: 4, overdue: 0, open: 1, cannotDo: 0, doneOnTime: 3, doneLate: 0 }) === 'blue'
 */
export function cellColour(c: StatusCounts): Colour {
  if (!c.total) return 'gray';
  if (c.overdue) return 'red';
  if (c.cannotDo) return 'orange';
  if (c.open) return 'blue';
  if (c.doneLate) return 'yellow';
  return 'green';
}

/** A rate rounded to 4 decimals, or null when there is nothing to divide by. @example rate(2, 3) === 0.6667 */
export function rate(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/** The key of an assignee as a column of the tracking table. @example unitKey('agency', 12) === 'agency:12' */
export function unitKey(kind: AssigneeKind, ref: number | string): string {
  return `${kind}:${ref}`;
}
