// Reports on a task instance: done with evidence (a file attached to the instance, a link, or a
// record in the system), "cannot do" with a reason, or — for the coordination office — reopened.
// Only the assignee's users or the coordinator may report; a report is taken only once (409 after).
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { canReportOn } from '../directives.policy.js';
import { presentInstance } from '../directives.presenter.js';
import type { DoneInput } from '../directives.schema.js';
import { fileOfInstance, getInstance, writeReport, type InstanceReport, type InstanceRow } from '../instances.repository.js';

async function loadForReport(ctx: RequestContext, id: number, today: string): Promise<InstanceRow> {
  const inst = await getInstance(ctx.db, id, today);
  if (!inst) throw new AppError('NOT_FOUND');
  if (!canReportOn(ctx.actor, inst)) throw new AppError('NOT_TASK_ASSIGNEE');
  if (inst.status !== 'open') throw new AppError('TASK_NOT_OPEN');
  return inst;
}

function snapshot(r: InstanceRow) {
  return { status: r.status, dueOn: r.due_on, doneOn: r.done_on, onTime: r.on_time, reason: r.reason, evidenceKind: r.evidence_kind,
    evidenceFileId: r.evidence_file_id, evidenceUrl: r.evidence_url, evidenceRecordType: r.evidence_record_type, evidenceRecordId: r.evidence_record_id, note: r.note };
}

async function finish(ctx: RequestContext, id: number, today: string, action: string, before: InstanceRow, ok: boolean) {
  // Someone else reported between our read and our write: the first report stands.
  if (!ok) throw new AppError('TASK_NOT_OPEN');
  const after = (await getInstance(ctx.db, id, today))!;
  await recordAudit(ctx, { action, entity: 'task_instance', entityId: id, summary: `${after.directive_number} · ${after.item_ordinal} · ${after.label} · ${after.due_on}`,
    before: snapshot(before), after: snapshot(after) });
  return presentInstance(after, today, ctx.actor!);
}

const CLEARED: Omit<InstanceReport, 'status' | 'reported_by' | 'reported_at'> = {
  done_on: null, on_time: null, reason: null, evidence_kind: null, evidence_file_id: null, evidence_url: null,
  evidence_record_type: null, evidence_record_id: null, note: null,
};

/**
 * Marks an instance done on `doneOn` (today unless a linked record says when) with its evidence.
 * `onTime` defaults to doneOn ≤ due date.
 */
export async function completeInstance(ctx: RequestContext, inst: InstanceRow, evidence: Pick<InstanceReport, 'evidence_kind' | 'evidence_file_id' | 'evidence_url' | 'evidence_record_type' | 'evidence_record_id'>,
  o: { doneOn: string; onTime?: boolean; note?: string | null }) {
  return writeReport(ctx.db, inst.id, 'open', {
    ...CLEARED, ...evidence, status: 'done', done_on: o.doneOn, on_time: o.onTime ?? o.doneOn <= inst.due_on, note: o.note ?? null,
    reported_by: ctx.actor?.userId ?? null, reported_at: new Date(),
  });
}

export async function reportDone(ctx: RequestContext, id: number, input: DoneInput, today: string) {
  const inst = await loadForReport(ctx, id, today);
  const e = input.evidence;
  if (e.kind === 'file' && !(await fileOfInstance(ctx.db, e.fileId, id))) {
    fail('VALIDATION', 'evidence.fileId', 'Tệp minh chứng phải được tải lên cho chính nhiệm vụ này', 'Upload the evidence file to this task first');
  }
  if (e.kind === 'record' && e.recordType === 'media_item'
    && !(await ctx.db.selectFrom('media_items').select('id').where('id', '=', e.recordId).executeTakeFirst())) {
    fail('VALIDATION', 'evidence.recordId', 'Không có tin, bài này', 'No such media item');
  }
  const ok = await completeInstance(ctx, inst, {
    evidence_kind: e.kind, evidence_file_id: e.kind === 'file' ? e.fileId : null, evidence_url: e.kind === 'link' ? e.url : null,
    evidence_record_type: e.kind === 'record' ? e.recordType : null, evidence_record_id: e.kind === 'record' ? e.recordId : null,
  }, { doneOn: today, note: input.note });
  return finish(ctx, id, today, 'complete', inst, ok);
}

export async function reportCannotDo(ctx: RequestContext, id: number, reason: string, today: string) {
  const inst = await loadForReport(ctx, id, today);
  const ok = await writeReport(ctx.db, id, 'open', { ...CLEARED, status: 'cannot_do', reason, reported_by: ctx.actor!.userId, reported_at: new Date() });
  return finish(ctx, id, today, 'cannot_do', inst, ok);
}

/** The coordination office reopens a report it does not accept (wrong evidence, reason refused). */
export async function reopenInstance(ctx: RequestContext, id: number, today: string) {
  const inst = await getInstance(ctx.db, id, today);
  if (!inst) throw new AppError('NOT_FOUND');
  if (inst.status === 'open') fail('CONFLICT', 'status', 'Nhiệm vụ đang mở', 'The task is already open');
  const ok = await writeReport(ctx.db, id, 'closed', { ...CLEARED, status: 'open', reported_by: null, reported_at: null });
  return finish(ctx, id, today, 'reopen', inst, ok);
}
