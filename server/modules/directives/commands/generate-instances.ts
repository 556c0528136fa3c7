// Creates task instances on schedule. Idempotent: each task remembers how far it has been
// generated (generated_until) and instances are unique per assignee and occurrence, so running it
// twice, or from two app nodes at once, creates nothing twice. One-off tasks get their instance at
// once; recurring tasks get every occurrence up to LOOKAHEAD_DAYS ahead, so "my tasks" shows the
// coming week. The same run notifies assignees of newly overdue instances.
import type { Kysely } from 'kysely';
import { addDays } from '../../../../domain/dates.js';
import { occurrences, type Schedule } from '../../../../domain/recurrence.js';
import type { Database } from '../../../db/schema.js';
import { bumpDataVersion } from '../../../http/read-cache.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { notifyTaskOverdue } from '../notify.js';

type Db = Kysely<Database>;

export const LOOKAHEAD_DAYS = 7;
/** Overdue instances older than this are marked without a notification (no flood after downtime). */
const OVERDUE_NOTIFY_WINDOW_DAYS = 7;
const CHUNK = 500;

type TaskScheduleRow = Pick<Database['directive_tasks'], 'repeat' | 'start_date' | 'end_date' | 'weekday' | 'month_day'> & { due_after_days: number };

export function scheduleOf(t: TaskScheduleRow): Schedule {
  if (t.repeat === 'none') return { repeat: 'none', dueDate: t.end_date };
  if (t.repeat === 'weekly') return { repeat: 'weekly', weekday: t.weekday!, startDate: t.start_date, endDate: t.end_date, dueAfterDays: t.due_after_days };
  return { repeat: 'monthly', monthDay: t.month_day!, startDate: t.start_date, endDate: t.end_date, dueAfterDays: t.due_after_days };
}

/**
 * Creates the missing instances of the given tasks (all tasks when `taskIds` is omitted) for
 * occurrences up to `until`; one-off tasks regardless of `until`. Returns the number created.
 */
export async function generateInstancesUntil(db: Db, until: string, taskIds?: number[]): Promise<number> {
  let q = db.selectFrom('directive_tasks').select(['id', 'repeat', 'start_date', 'end_date', 'weekday', 'month_day', 'due_after_days', 'generated_until'])
    .where((eb) => eb.or([eb('generated_until', 'is', null), eb('generated_until', '<', eb.ref('end_date'))]));
  if (taskIds) q = q.where('id', 'in', taskIds.length ? taskIds : [0]);
  const tasks = await q.orderBy('id').execute();
  let created = 0;
  for (const t of tasks) {
    const to = t.repeat === 'none' || t.end_date < until ? t.end_date : until;
    const from = t.generated_until ? addDays(t.generated_until, 1) : t.start_date;
    if (from > to) continue;
    const assignees = await db.selectFrom('task_assignees').select('id').where('task_id', '=', t.id).orderBy('id').execute();
    const rows = occurrences(scheduleOf(t), { from, to }).flatMap((o) =>
      assignees.map((a) => ({ task_id: t.id, assignee_id: a.id, occurs_on: o.occursOn, due_on: o.dueOn })));
    for (let i = 0; i < rows.length; i += CHUNK) {
      const inserted = await db.insertInto('task_instances').values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.columns(['assignee_id', 'occurs_on']).doNothing()).returning('id').execute();
      created += inserted.length;
    }
    await db.updateTable('directive_tasks').set({ generated_until: to }).where('id', '=', t.id)
      .where((eb) => eb.or([eb('generated_until', 'is', null), eb('generated_until', '<', to)])).execute();
  }
  return created;
}

/** Marks newly overdue instances and notifies their assignees (recent ones only). Returns how many became overdue. */
export async function notifyNewlyOverdue(db: Db, today: string): Promise<number> {
  const rows = await db.selectFrom('task_instances as i').innerJoin('directive_tasks as t', 't.id', 'i.task_id')
    .innerJoin('directives as d', 'd.id', 't.directive_id')
    .select(['i.id', 'i.assignee_id', 'i.due_on', 't.description', 'd.number'])
    .where('i.status', '=', 'open').where('i.due_on', '<', today).where('i.overdue_notified_at', 'is', null)
    // Claimed for this transaction: another node's run at the same moment skips these rows instead
    // of notifying and auditing them a second time (the dedupe key would still stop a second notice).
    .orderBy('i.id').forUpdate('i').skipLocked().execute();
  if (!rows.length) return 0;
  const since = addDays(today, -OVERDUE_NOTIFY_WINDOW_DAYS);
  for (const r of rows) {
    if (r.due_on >= since) await notifyTaskOverdue(db, { instanceId: r.id, assigneeId: r.assignee_id, number: r.number, description: r.description, dueOn: r.due_on });
  }
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.updateTable('task_instances').set({ overdue_notified_at: new Date() }).where('id', 'in', ids.slice(i, i + CHUNK)).execute();
  }
  return rows.length;
}

/**
 * The scheduled job: creates the instances due up to today + LOOKAHEAD_DAYS and notifies overdue
 * ones, in one transaction, audited when it changed anything. Safe to run any number of times.
 */
export async function generateDueInstances(db: Db, today: string): Promise<{ created: number; overdue: number }> {
  return db.transaction().execute(async (trx) => {
    const created = await generateInstancesUntil(trx, addDays(today, LOOKAHEAD_DAYS));
    const overdue = await notifyNewlyOverdue(trx, today);
    if (created || overdue) {
      await recordAudit({ db: trx, actor: null, ip: 'scheduler' }, {
        action: 'generate', entity: 'task_instance', summary: auditText('tasks.generated', { created, overdue, today }),
        after: { today, created, overdue },
      });
      // The dashboard counts open and overdue tasks: its cached answers must change with them.
      await bumpDataVersion(trx);
    }
    return { created, overdue };
  });
}
