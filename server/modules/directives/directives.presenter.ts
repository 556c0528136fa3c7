// Directive, task, assignee and instance rows → API JSON.
import { cellColour, DIRECTIVE_TYPE_LABELS, instanceColour, taskStatus, unitKey, type StatusCounts } from '../../../domain/directives.js';
import type { Actor } from '../../../domain/roles.js';
import { directiveActions, instanceActions } from './directives.policy.js';
import type { AssigneeRow, CountRow, DirectiveListRow, TaskRow } from './directives.repository.js';
import type { InstanceRow } from './instances.repository.js';

export function toCounts(r: CountRow): StatusCounts {
  return { total: r.total, overdue: r.overdue, open: r.open, cannotDo: r.cannot_do, doneOnTime: r.done_on_time, doneLate: r.done_late };
}

export function presentCounts(r: CountRow | StatusCounts) {
  const c = 'cannot_do' in r ? toCounts(r) : r;
  return { ...c, colour: cellColour(c) };
}

export function assigneeKeyOf(a: Pick<AssigneeRow, 'kind' | 'agency_id' | 'group_id' | 'unit_id' | 'role'>): string {
  return unitKey(a.kind, a.kind === 'agency' ? a.agency_id! : a.kind === 'group' ? a.group_id! : a.kind === 'commune' ? a.unit_id! : a.role!);
}

export function presentAssignee(a: Pick<AssigneeRow, 'kind' | 'agency_id' | 'group_id' | 'unit_id' | 'role' | 'label'> & { id: number }) {
  return {
    id: a.id, key: assigneeKeyOf(a), kind: a.kind, agencyId: a.agency_id, groupId: a.group_id, communeId: a.unit_id, role: a.role, label: a.label,
  };
}

export function presentTask(t: TaskRow, assignees: AssigneeRow[]) {
  return {
    id: t.id, itemId: t.item_id, ordinal: t.ordinal, description: t.description, repeat: t.repeat,
    dueDate: t.repeat === 'none' ? t.end_date : null, weekday: t.weekday, monthDay: t.month_day,
    startDate: t.start_date, endDate: t.end_date, dueAfterDays: t.due_after_days, linkedRecord: t.linked_record,
    assignees: assignees.filter((a) => a.task_id === t.id).map(presentAssignee),
    progress: presentCounts(t),
  };
}

function head(d: Omit<DirectiveListRow, 'item_count' | 'task_count'>) {
  return {
    id: d.id, type: d.type, typeLabel: DIRECTIVE_TYPE_LABELS[d.type], number: d.number, issuedOn: d.issued_on,
    issuingBody: d.issuing_body, signerName: d.signer_name, signerTitle: d.signer_title, summary: d.summary,
    campaignId: d.campaign_id, progress: presentCounts(d), version: d.version,
  };
}

export function presentDirectiveSummary(d: DirectiveListRow) {
  return { ...head(d), itemCount: d.item_count, taskCount: d.task_count };
}

export function presentDirective(
  d: DirectiveListRow,
  items: Array<{ id: number; ordinal: number; title: string | null; body: string }>,
  tasks: TaskRow[], assignees: AssigneeRow[], documents: Array<{ id: number; filename: string; mime: string }>, actor: Actor,
) {
  return {
    ...head(d),
    documents: documents.map((f) => ({ ...f, url: `/api/v1/files/${f.id}/content` })),
    items: items.map((it) => ({
      id: it.id, ordinal: it.ordinal, title: it.title, body: it.body,
      tasks: tasks.filter((t) => t.item_id === it.id).map((t) => presentTask(t, assignees)),
    })),
    actions: directiveActions(actor),
  };
}

export function presentInstance(r: InstanceRow, today: string, actor: Actor) {
  const status = taskStatus(r.status, r.due_on, today);
  return {
    id: r.id, taskId: r.task_id,
    directive: { id: r.directive_id, number: r.directive_number, type: r.directive_type },
    item: { id: r.item_id, ordinal: r.item_ordinal, title: r.item_title },
    description: r.description, repeat: r.repeat, linkedRecord: r.linked_record,
    assignee: presentAssignee({ ...r, id: r.assignee_id }),
    occursOn: r.occurs_on, dueOn: r.due_on, status, onTime: r.on_time, doneOn: r.done_on,
    colour: instanceColour(status, r.on_time),
    reason: r.reason, note: r.note,
    evidence: r.evidence_kind ? {
      kind: r.evidence_kind, fileId: r.evidence_file_id, fileUrl: r.evidence_file_id ? `/api/v1/files/${r.evidence_file_id}/content` : null,
      url: r.evidence_url, recordType: r.evidence_record_type, recordId: r.evidence_record_id,
    } : null,
    reportedBy: r.reported_by ? { id: r.reported_by, displayName: r.reporter_name ?? '' } : null,
    reportedAt: r.reported_at ? new Date(r.reported_at).toISOString() : null,
    actions: instanceActions(actor, r, r.status),
    version: r.version,
  };
}
export type InstanceJson = ReturnType<typeof presentInstance>;
