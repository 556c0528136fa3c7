// Adds tasks to a directive's item: checks the schedule against the directive (nothing due before
// it is issued, a recurrence needs an end), resolves and checks the assignees (the shorthands
// all_groups and target_communes expand to the campaign's groups and communes), stores the task,
// creates its first instances and tells the assignees. Used by create-directive too.
import { addDays } from '../../../../domain/dates.js';
import { ERRORS, type ErrorCode, type FieldError } from '../../../../domain/errors.js';
import { checkSchedule, type Schedule } from '../../../../domain/recurrence.js';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import {
  agenciesByIds, campaignCommunes, campaignGroups, getDirectiveHead, getItem, groupsByIds, nextTaskOrdinal, unitsByIds,
} from '../directives.repository.js';
import type { AssigneeInput, TaskInput } from '../directives.schema.js';
import { notifyTaskAssigned } from '../notify.js';
import { generateInstancesUntil, LOOKAHEAD_DAYS } from './generate-instances.js';

type DirectiveHead = NonNullable<Awaited<ReturnType<typeof getDirectiveHead>>>;
type AssigneeValues = Pick<Database['task_assignees'], 'kind' | 'agency_id' | 'group_id' | 'unit_id' | 'role'>;

/** Field problems collected while checking; thrown together so the form shows them all. */
export class Issues {
  readonly list: FieldError[] = [];
  add(field: string, code: ErrorCode, vi?: string, en?: string) {
    this.list.push({ field, code, vi: vi ?? ERRORS[code].vi, en: en ?? ERRORS[code].en });
  }
  throwIfAny(): void {
    if (!this.list.length) return;
    const codes = new Set(this.list.map((f) => f.code));
    const code = codes.size === 1 ? ([...codes][0] as ErrorCode) : 'VALIDATION';
    throw new AppError(ERRORS[code] ? code : 'VALIDATION', this.list);
  }
}

const COMMUNE_LEVELS = new Set(['commune', 'town', 'ward']);

async function resolveAssignees(ctx: RequestContext, d: DirectiveHead, input: AssigneeInput[], prefix: string, issues: Issues): Promise<AssigneeValues[]> {
  const agencyIds = input.flatMap((a) => (a.kind === 'agency' ? [a.agencyId] : []));
  const groupIds = input.flatMap((a) => (a.kind === 'group' ? [a.groupId] : []));
  const communeIds = input.flatMap((a) => (a.kind === 'commune' ? [a.communeId] : []));
  // Sequential on purpose: PGlite has one connection and a transaction must not interleave.
  const agencies = await agenciesByIds(ctx.db, agencyIds);
  const groups = await groupsByIds(ctx.db, groupIds);
  const units = await unitsByIds(ctx.db, communeIds);
  const out: AssigneeValues[] = [];
  const none = { agency_id: null, group_id: null, unit_id: null, role: null };
  for (const [i, a] of input.entries()) {
    const at = `${prefix}assignees.${i}`;
    switch (a.kind) {
      case 'agency':
        if (!agencies.some((r) => r.id === a.agencyId)) issues.add(`${at}.agencyId`, 'VALIDATION', 'Không có cơ quan này', 'No such agency');
        else out.push({ ...none, kind: 'agency', agency_id: a.agencyId });
        break;
      case 'group': {
        const g = groups.find((r) => r.id === a.groupId);
        if (!g) issues.add(`${at}.groupId`, 'VALIDATION', 'Không có nhóm này', 'No such group');
        else if (d.campaign_id && g.campaign_id !== d.campaign_id) issues.add(`${at}.groupId`, 'VALIDATION', 'Nhóm không thuộc chiến dịch của văn bản', "The group is not in the directive's campaign");
        else out.push({ ...none, kind: 'group', group_id: a.groupId });
        break;
      }
      case 'commune': {
        const u = units.find((r) => r.id === a.communeId);
        if (!u || !COMMUNE_LEVELS.has(u.level)) issues.add(`${at}.communeId`, 'NOT_A_COMMUNE');
        else out.push({ ...none, kind: 'commune', unit_id: a.communeId });
        break;
      }
      case 'role':
        out.push({ ...none, kind: 'role', role: a.role });
        break;
      default: {
        if (!d.campaign_id) {
          issues.add(`${at}.kind`, 'VALIDATION', 'Văn bản chưa gắn với chiến dịch nên không thể giao cho tất cả các nhóm hoặc các xã mục tiêu',
            'The directive has no campaign, so "all groups" or "target communes" cannot be used');
          break;
        }
        if (a.kind === 'all_groups') for (const g of await campaignGroups(ctx.db, d.campaign_id)) out.push({ ...none, kind: 'group', group_id: g.id });
        else for (const u of await campaignCommunes(ctx.db, d.campaign_id)) out.push({ ...none, kind: 'commune', unit_id: u.id });
      }
    }
  }
  // The same unit named twice (directly and through a shorthand) is one assignee.
  const seen = new Set<string>();
  return out.filter((a) => {
    const k = `${a.kind}:${a.agency_id ?? a.group_id ?? a.unit_id ?? a.role}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** A checked task ready to insert, or null when it has issues (added to `issues`). */
export async function checkTask(ctx: RequestContext, d: DirectiveHead, t: TaskInput, prefix: string, issues: Issues) {
  const before = issues.list.length;
  const { schedule, issues: found } = checkSchedule(t, d.issued_on);
  for (const f of found) issues.add(prefix + f.field, f.code);
  const assignees = await resolveAssignees(ctx, d, t.assignees, prefix, issues);
  if (!assignees.length && issues.list.length === before) issues.add(`${prefix}assignees`, 'VALIDATION', 'Chưa chọn đơn vị thực hiện', 'Choose who does the task');
  return issues.list.length > before || !schedule ? null : { input: t, schedule, assignees };
}
export type CheckedTask = NonNullable<Awaited<ReturnType<typeof checkTask>>>;

function bounds(s: Schedule) {
  return s.repeat === 'none'
    ? { start_date: s.dueDate, end_date: s.dueDate, weekday: null, month_day: null, due_after_days: 0 }
    : { start_date: s.startDate, end_date: s.endDate, weekday: s.repeat === 'weekly' ? s.weekday : null,
      month_day: s.repeat === 'monthly' ? s.monthDay : null, due_after_days: s.dueAfterDays ?? 0 };
}

/** Stores a checked task with its assignees and first instances, and notifies the assignees. */
export async function insertTask(ctx: RequestContext, d: DirectiveHead, itemId: number, c: CheckedTask, today: string) {
  const { id } = await ctx.db.insertInto('directive_tasks').values({
    directive_id: d.id, item_id: itemId, ordinal: await nextTaskOrdinal(ctx.db, itemId), description: c.input.description,
    repeat: c.schedule.repeat, linked_record: c.input.linkedRecord ?? null, ...bounds(c.schedule),
  }).returning('id').executeTakeFirstOrThrow();
  const assignees = await ctx.db.insertInto('task_assignees').values(c.assignees.map((a) => ({ ...a, task_id: id }))).returning('id').execute();
  const instances = await generateInstancesUntil(ctx.db, addDays(today, LOOKAHEAD_DAYS), [id]);
  await notifyTaskAssigned(ctx.db, {
    taskId: id, directiveId: d.id, number: d.number, description: c.input.description,
    assigneeIds: assignees.map((a) => a.id), excludeUserId: ctx.actor?.userId,
  });
  return { id, instances };
}

/** POST /directive-items/{id}/tasks: one more task on an item. */
export async function addTask(ctx: RequestContext, itemId: number, t: TaskInput, today: string) {
  const item = await getItem(ctx.db, itemId);
  if (!item) throw new AppError('NOT_FOUND');
  const d = (await getDirectiveHead(ctx.db, item.directive_id))!;
  const issues = new Issues();
  const checked = await checkTask(ctx, d, t, '', issues);
  issues.throwIfAny();
  const { id, instances } = await insertTask(ctx, d, itemId, checked!, today);
  await ctx.db.updateTable('directives').set({ version: d.version + 1, updated_at: new Date() }).where('id', '=', d.id).execute();
  await recordAudit(ctx, { action: 'create', entity: 'directive_task', entityId: id, summary: `${d.number} · ${item.ordinal}: ${t.description.slice(0, 120)}`,
    after: { directiveId: d.id, itemId, ...t, instances } });
  return { directiveId: d.id, taskId: id };
}
