// All SQL of directives, their items, tasks and assignees (instances are in instances.repository.ts).
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';
import type { AssigneeRef } from './directives.policy.js';

type Db = Kysely<Database>;

/** Status counts of task instances aliased `i`, as of `today` (overdue = open and due before today). */
export function countSelections(today: string) {
  return [
    sql<number>`count(i.id)::int`.as('total'),
    sql<number>`(count(*) filter (where i.status = 'open' and i.due_on < ${today}::date))::int`.as('overdue'),
    sql<number>`(count(*) filter (where i.status = 'open' and i.due_on >= ${today}::date))::int`.as('open'),
    sql<number>`(count(*) filter (where i.status = 'cannot_do'))::int`.as('cannot_do'),
    sql<number>`(count(*) filter (where i.status = 'done' and i.on_time))::int`.as('done_on_time'),
    sql<number>`(count(*) filter (where i.status = 'done' and not i.on_time))::int`.as('done_late'),
  ] as const;
}

export interface CountRow { total: number; overdue: number; open: number; cannot_do: number; done_on_time: number; done_late: number }

export async function listDirectives(db: Db, f: { q?: string; type?: string; campaignId?: number; ids?: number[] }, today: string) {
  let q = db.selectFrom('directives')
    .leftJoin('directive_tasks as t', 't.directive_id', 'directives.id')
    .leftJoin('task_instances as i', 'i.task_id', 't.id')
    .selectAll('directives')
    .select((eb) => [
      sql<number>`(select count(*) from directive_items di where di.directive_id = ${eb.ref('directives.id')})::int`.as('item_count'),
      sql<number>`count(distinct t.id)::int`.as('task_count'),
      ...countSelections(today),
    ])
    .groupBy('directives.id');
  if (f.q) q = q.where('directives.search_text', 'like', likePattern(f.q));
  if (f.type) q = q.where('directives.type', '=', f.type as Database['directives']['type']);
  if (f.campaignId) q = q.where('directives.campaign_id', '=', f.campaignId);
  if (f.ids) q = q.where('directives.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('directives.issued_on', 'desc').orderBy('directives.id', 'desc').execute();
}
export type DirectiveListRow = Awaited<ReturnType<typeof listDirectives>>[number];

export async function getDirectiveHead(db: Db, id: number) {
  return db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listItems(db: Db, directiveId: number) {
  return db.selectFrom('directive_items').selectAll().where('directive_id', '=', directiveId).orderBy('ordinal').execute();
}

export async function getItem(db: Db, id: number) {
  return db.selectFrom('directive_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Tasks with their progress counts, for one directive or some tasks. */
export async function listTasks(db: Db, f: { directiveId?: number; ids?: number[] }, today: string) {
  let q = db.selectFrom('directive_tasks').leftJoin('task_instances as i', 'i.task_id', 'directive_tasks.id')
    .selectAll('directive_tasks').select(countSelections(today)).groupBy('directive_tasks.id');
  if (f.directiveId) q = q.where('directive_tasks.directive_id', '=', f.directiveId);
  if (f.ids) q = q.where('directive_tasks.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('directive_tasks.item_id').orderBy('directive_tasks.ordinal').orderBy('directive_tasks.id').execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTasks>>[number];

export interface AssigneeRow extends AssigneeRef { id: number; task_id: number; label: string }

/** Assignees of tasks with a display label and, for a group, its lead agency. */
export async function listAssignees(db: Db, taskIds: number[]): Promise<AssigneeRow[]> {
  return db.selectFrom('task_assignees as a')
    .leftJoin('agencies as ag', 'ag.id', 'a.agency_id')
    .leftJoin('groups as g', 'g.id', 'a.group_id')
    .leftJoin('admin_units as u', 'u.id', 'a.unit_id')
    .select(['a.id', 'a.task_id', 'a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role', 'g.lead_agency_id as group_lead_agency_id',
      sql<string>`coalesce(ag.name, g.name, u.name, a.role)`.as('label')])
    .where('a.task_id', 'in', taskIds.length ? taskIds : [0])
    .orderBy('a.id').execute();
}

export async function listDocuments(db: Db, directiveId: number) {
  return db.selectFrom('files').select(['id', 'filename', 'mime']).where('entity', '=', 'directive').where('entity_id', '=', directiveId).orderBy('id').execute();
}

export async function nextItemOrdinal(db: Db, directiveId: number): Promise<number> {
  const r = await db.selectFrom('directive_items').select(sql<number>`coalesce(max(ordinal), 0)::int`.as('m')).where('directive_id', '=', directiveId).executeTakeFirstOrThrow();
  return r.m + 1;
}

export async function nextTaskOrdinal(db: Db, itemId: number): Promise<number> {
  const r = await db.selectFrom('directive_tasks').select(sql<number>`coalesce(max(ordinal), 0)::int`.as('m')).where('item_id', '=', itemId).executeTakeFirstOrThrow();
  return r.m + 1;
}

/** The earliest date any task of the directive starts: the issue date may not move past it. */
export async function earliestTaskStart(db: Db, directiveId: number): Promise<string | null> {
  const r = await db.selectFrom('directive_tasks').select(sql<string | null>`to_char(min(start_date), 'YYYY-MM-DD')`.as('d'))
    .where('directive_id', '=', directiveId).executeTakeFirst();
  return r?.d ?? null;
}

// Lookups that check assignees exist and fit the directive's campaign.
export function agenciesByIds(db: Db, ids: number[]) {
  return db.selectFrom('agencies').select('id').where('id', 'in', ids.length ? ids : [0]).execute();
}
export function groupsByIds(db: Db, ids: number[]) {
  return db.selectFrom('groups').select(['id', 'campaign_id']).where('id', 'in', ids.length ? ids : [0]).execute();
}
export function unitsByIds(db: Db, ids: number[]) {
  return db.selectFrom('admin_units').select(['id', 'level']).where('id', 'in', ids.length ? ids : [0]).execute();
}
export function campaignGroups(db: Db, campaignId: number) {
  return db.selectFrom('groups').select('id').where('campaign_id', '=', campaignId).orderBy('ordinal').orderBy('id').execute();
}
export function campaignCommunes(db: Db, campaignId: number) {
  return db.selectFrom('campaign_communes').innerJoin('admin_units', 'admin_units.id', 'campaign_communes.unit_id')
    .select('admin_units.id').where('campaign_id', '=', campaignId).orderBy('admin_units.name').execute();
}
export function campaignExists(db: Db, id: number) {
  return db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst();
}
