// Notifications of the directives module: "task assigned" when a task is created (once per task
// and user) and "task overdue" when an instance passes its due date (once per instance and user).
// Recipients are the users who may report the task (directives.policy.ts), resolved here in SQL.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { enqueueNotification } from '../notifications/index.js';
import { REPORTING_ROLES } from './directives.policy.js';

type Db = Kysely<Database>;

/** The active users behind each assignee who hold tasks.report. */
export async function usersOfAssignees(db: Db, assigneeIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!assigneeIds.length) return out;
  const rows = await sql<{ assignee_id: number; user_id: number }>`
    select a.id as assignee_id, us.id as user_id
    from task_assignees a
    left join groups g on g.id = a.group_id
    join users us on not us.disabled and us.role in (${sql.join(REPORTING_ROLES)}) and (
      (a.kind = 'agency' and us.agency_id = a.agency_id)
      or (a.kind = 'group' and us.role = 'group_lead' and us.agency_id = g.lead_agency_id)
      or (a.kind = 'commune' and us.role = 'commune' and us.unit_id = a.unit_id)
      or (a.kind = 'role' and us.role = a.role))
    where a.id in (${sql.join(assigneeIds)})
    order by a.id, us.id`.execute(db);
  for (const r of rows.rows) out.set(r.assignee_id, [...(out.get(r.assignee_id) ?? []), r.user_id]);
  return out;
}

const clip = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Hook: a task was assigned. Writes in the caller's transaction. */
export async function notifyTaskAssigned(db: Db, t: { taskId: number; directiveId: number; number: string; description: string; assigneeIds: number[]; excludeUserId?: number | null }) {
  const users = [...new Set([...(await usersOfAssignees(db, t.assigneeIds)).values()].flat())].filter((u) => u !== t.excludeUserId);
  if (!users.length) return 0;
  const r = await enqueueNotification({ db }, {
    event: 'task.assigned', recipients: { userIds: users },
    title: { vi: `Nhiệm vụ mới theo văn bản số ${t.number}`, en: `New task under document No. ${t.number}` },
    body: { vi: clip(t.description), en: clip(t.description) },
    link: `/directives/${t.directiveId}`, entity: { type: 'directive_task', id: t.taskId }, dedupeKey: `task.assigned:${t.taskId}`,
  });
  return r.userIds.length;
}

/** Hook: an instance is overdue. Writes in the caller's transaction. */
export async function notifyTaskOverdue(db: Db, i: { instanceId: number; assigneeId: number; number: string; description: string; dueOn: string }) {
  const users = (await usersOfAssignees(db, [i.assigneeId])).get(i.assigneeId) ?? [];
  if (!users.length) return 0;
  const [y, m, d] = i.dueOn.split('-');
  const r = await enqueueNotification({ db }, {
    event: 'task.overdue', recipients: { userIds: users },
    title: { vi: `Nhiệm vụ quá hạn (hạn ${d}/${m}/${y})`, en: `Task overdue (due ${d}/${m}/${y})` },
    body: { vi: clip(`Văn bản số ${i.number}: ${i.description}`), en: clip(`Document No. ${i.number}: ${i.description}`) },
    link: '/my-tasks', entity: { type: 'task_instance', id: i.instanceId }, dedupeKey: `task.overdue:${i.instanceId}`,
  });
  return r.userIds.length;
}
