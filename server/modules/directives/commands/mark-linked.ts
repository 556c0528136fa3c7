// Tasks completed by a record elsewhere in the system (the task's linked_record): the office's
// weekly-plan task when that week's plan is published, a commune's weekly-report task when its
// report is submitted, the media centre's news and reportage tasks when a media item is recorded.
// The evidence is the record itself (type + id). Called by other modules inside their own command's
// transaction; idempotent: an instance already reported is left alone.
import { addDays } from '../../../../domain/dates.js';
import type { LinkedRecord } from '../../../../domain/directives.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { businessToday } from '../clock.js';
import { canReportOn } from '../directives.policy.js';
import { listInstances, type InstanceRow } from '../instances.repository.js';
import { completeInstance } from './report-instance.js';
import { generateInstancesUntil } from './generate-instances.js';

async function linkedTaskIds(ctx: RequestContext, linked: LinkedRecord, f: { campaignId?: number; communeId?: number }): Promise<number[]> {
  let q = ctx.db.selectFrom('directive_tasks as t').innerJoin('directives as d', 'd.id', 't.directive_id').select('t.id').distinct()
    .where('t.linked_record', '=', linked);
  if (f.campaignId) q = q.where('d.campaign_id', '=', f.campaignId);
  if (f.communeId) {
    const communeId = f.communeId;
    q = q.where((eb) => eb.exists(eb.selectFrom('task_assignees as a').select('a.id').whereRef('a.task_id', '=', 't.id')
      .where('a.kind', '=', 'commune').where('a.unit_id', '=', communeId)));
  }
  return (await q.execute()).map((r) => r.id);
}

async function complete(ctx: RequestContext, rows: InstanceRow[], record: { type: string; id: number }, o: { doneOn: string; onTime?: boolean; note?: string | null }) {
  const done: number[] = [];
  for (const inst of rows) {
    const ok = await completeInstance(ctx, inst, {
      evidence_kind: 'record', evidence_file_id: null, evidence_url: null, evidence_record_type: record.type, evidence_record_id: record.id,
    }, o);
    if (!ok) continue;
    done.push(inst.id);
    await recordAudit(ctx, { action: 'complete', entity: 'task_instance', entityId: inst.id,
      summary: auditText('task.linked', { directive: inst.directive_number, item: inst.item_ordinal, label: inst.label, due: inst.due_on, type: record.type, id: record.id }),
      before: { status: inst.status }, after: { status: 'done', doneOn: o.doneOn, onTime: o.onTime ?? o.doneOn <= inst.due_on, evidenceRecordType: record.type, evidenceRecordId: record.id } });
  }
  return done;
}

/**
 * The week's plan of a campaign is published: its weekly-plan task instances are done. `weekStart`
 * is the Monday of the week whose Saturday the plan is for; the matching instance falls due in the
 * 7 days up to that Saturday (Sunday before … Saturday). Returns the instances marked done.
 */
export async function markWeeklyPlanTaskDone(ctx: RequestContext, campaignId: number, weekStart: string, planId: number): Promise<number[]> {
  const taskIds = await linkedTaskIds(ctx, 'weekly_plan', { campaignId });
  if (!taskIds.length) return [];
  const saturday = addDays(weekStart, 5);
  await generateInstancesUntil(ctx.db, saturday, taskIds);
  const today = await businessToday(ctx.db);
  const rows = await listInstances(ctx.db, { taskIds, status: 'pending' }, today);
  const inWeek = rows.filter((r) => r.occurs_on >= addDays(weekStart, -1) && r.occurs_on <= saturday);
  return complete(ctx, inWeek, { type: 'weekly_plan', id: planId }, { doneOn: today });
}

/**
 * A commune's weekly report is submitted: its weekly-report task instance is done, on time or not
 * as the reports module judged against its own deadline. `weekStart` is the Monday of the reported
 * week; the matching instance falls due from that week's Saturday to the next Friday.
 */
export async function markWeeklyReportTaskDone(ctx: RequestContext, communeId: number, weekStart: string, reportId: number, onTime: boolean): Promise<number[]> {
  const taskIds = await linkedTaskIds(ctx, 'weekly_report', { communeId });
  if (!taskIds.length) return [];
  const saturday = addDays(weekStart, 5);
  await generateInstancesUntil(ctx.db, addDays(saturday, 6), taskIds);
  const today = await businessToday(ctx.db);
  const rows = await listInstances(ctx.db, { taskIds, status: 'pending', unit: { kind: 'commune', ref: String(communeId) } }, today);
  const inWeek = rows.filter((r) => r.occurs_on >= saturday && r.occurs_on <= addDays(saturday, 6));
  return complete(ctx, inWeek, { type: 'weekly_report', id: reportId }, { doneOn: today, onTime });
}

/**
 * A media item is recorded (news), or a reportage aired or its not airing was explained: it
 * completes one open instance of the actor's news task (or the reportage task). With `instanceId`
 * that instance; otherwise the one with the latest occurrence on or before `publishedOn`, else the
 * next one to come. Done on `doneOn` (by default `publishedOn`), with an optional note. Returns its
 * id or null.
 */
export async function completeMediaTask(ctx: RequestContext, o: { linked: LinkedRecord; publishedOn: string; mediaItemId: number; instanceId?: number | null;
  doneOn?: string; note?: string | null }): Promise<number | null> {
  const today = await businessToday(ctx.db);
  let target: InstanceRow | undefined;
  if (o.instanceId) {
    target = (await listInstances(ctx.db, { ids: [o.instanceId] }, today))[0];
    if (!target) throw new AppError('VALIDATION', [{ field: 'taskInstanceId', code: 'not_found', vi: 'Không có nhiệm vụ này', en: 'No such task' }]);
    if (!canReportOn(ctx.actor, target)) throw new AppError('NOT_TASK_ASSIGNEE');
    if (target.status !== 'open') throw new AppError('TASK_NOT_OPEN');
  } else {
    const taskIds = await linkedTaskIds(ctx, o.linked, {});
    if (!taskIds.length) return null;
    // A month ahead, so that a reportage published before its month's due day finds that instance.
    await generateInstancesUntil(ctx.db, addDays(o.publishedOn, 31), taskIds);
    const open = (await listInstances(ctx.db, { taskIds, status: 'pending' }, today)).filter((r) => canReportOn(ctx.actor, r));
    const before = open.filter((r) => r.occurs_on <= o.publishedOn).sort((a, b) => b.occurs_on.localeCompare(a.occurs_on) || a.id - b.id);
    const after = open.filter((r) => r.occurs_on > o.publishedOn).sort((a, b) => a.occurs_on.localeCompare(b.occurs_on) || a.id - b.id);
    target = before[0] ?? after[0];
    if (!target) return null;
  }
  const [id] = await complete(ctx, [target], { type: 'media_item', id: o.mediaItemId }, { doneOn: o.doneOn ?? o.publishedOn, note: o.note });
  return id ?? null;
}
