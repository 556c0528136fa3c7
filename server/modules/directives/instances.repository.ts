// All SQL of task instances: lists (overdue first), the tracking table's counts per item × unit,
// units' completion over a period, and the writes of reports and of the generator.
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import { countSelections } from './directives.repository.js';

type Db = Kysely<Database>;

function base(db: Db) {
  return db.selectFrom('task_instances as i')
    .innerJoin('directive_tasks as t', 't.id', 'i.task_id')
    .innerJoin('directive_items as it', 'it.id', 't.item_id')
    .innerJoin('directives as d', 'd.id', 't.directive_id')
    .innerJoin('task_assignees as a', 'a.id', 'i.assignee_id')
    .leftJoin('agencies as ag', 'ag.id', 'a.agency_id')
    .leftJoin('groups as g', 'g.id', 'a.group_id')
    .leftJoin('admin_units as u', 'u.id', 'a.unit_id')
    .leftJoin('users as rb', 'rb.id', 'i.reported_by');
}
export interface InstanceFilter {
  ids?: number[];
  mine?: Actor;
  status?: 'pending' | 'open' | 'overdue' | 'done' | 'cannot_do' | 'all';
  directiveId?: number;
  itemId?: number;
  taskIds?: number[];
  unit?: { kind: string; ref: string };
  from?: string;
  to?: string;
}

function filtered(db: Db, f: InstanceFilter, today: string) {
  let q = base(db);
  if (f.ids) q = q.where('i.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.mine) {
    // The rows the actor is an assignee of: by agency, led group, commune or role (directives.policy.ts).
    const actor = f.mine;
    q = q.where((eb) => {
      const ors = [eb.and([eb('a.kind', '=', 'role'), eb('a.role', '=', actor.role)])];
      if (actor.agencyId) ors.push(eb.and([eb('a.kind', '=', 'agency'), eb('a.agency_id', '=', actor.agencyId)]));
      if (actor.role === 'group_lead' && actor.agencyId) ors.push(eb.and([eb('a.kind', '=', 'group'), eb('g.lead_agency_id', '=', actor.agencyId)]));
      if (actor.role === 'commune' && actor.unitId) ors.push(eb.and([eb('a.kind', '=', 'commune'), eb('a.unit_id', '=', actor.unitId)]));
      return eb.or(ors);
    });
  }
  if (f.directiveId) q = q.where('t.directive_id', '=', f.directiveId);
  if (f.itemId) q = q.where('t.item_id', '=', f.itemId);
  if (f.taskIds) q = q.where('t.id', 'in', f.taskIds.length ? f.taskIds : [0]);
  if (f.from) q = q.where('i.due_on', '>=', f.from);
  if (f.to) q = q.where('i.due_on', '<=', f.to);
  if (f.unit) {
    const { kind, ref } = f.unit;
    q = q.where('a.kind', '=', kind as 'agency');
    if (kind === 'role') q = q.where('a.role', '=', ref);
    else q = q.where(kind === 'agency' ? 'a.agency_id' : kind === 'group' ? 'a.group_id' : 'a.unit_id', '=', Number(ref));
  }
  switch (f.status ?? 'all') {
    case 'pending': q = q.where('i.status', '=', 'open'); break;
    case 'open': q = q.where('i.status', '=', 'open').where('i.due_on', '>=', today); break;
    case 'overdue': q = q.where('i.status', '=', 'open').where('i.due_on', '<', today); break;
    case 'done': q = q.where('i.status', '=', 'done'); break;
    case 'cannot_do': q = q.where('i.status', '=', 'cannot_do'); break;
    default: break;
  }
  return q;
}

/** Instances with their task, item, directive and assignee: overdue first, then by due date. */
export async function listInstances(db: Db, f: InstanceFilter, today: string, page: { limit?: number; offset?: number } = {}) {
  let q = filtered(db, f, today)
    .selectAll('i')
    .select(['t.description', 't.repeat', 't.linked_record', 'it.id as item_id', 'it.ordinal as item_ordinal', 'it.title as item_title',
      'd.id as directive_id', 'd.number as directive_number', 'd.type as directive_type',
      'a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role', 'g.lead_agency_id as group_lead_agency_id',
      sql<string>`coalesce(ag.name, g.name, u.name, a.role)`.as('label'), 'rb.display_name as reporter_name'])
    .orderBy(sql`case when i.status = 'open' and i.due_on < ${today}::date then 0 when i.status = 'open' then 1 when i.status = 'cannot_do' then 2 else 3 end`)
    .orderBy('i.due_on').orderBy('it.ordinal').orderBy('i.id');
  if (page.limit) q = q.limit(page.limit);
  if (page.offset) q = q.offset(page.offset);
  return q.execute();
}
export type InstanceRow = Awaited<ReturnType<typeof listInstances>>[number];

export async function countInstances(db: Db, f: InstanceFilter, today: string): Promise<number> {
  const r = await filtered(db, f, today).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

export async function getInstance(db: Db, id: number, today: string): Promise<InstanceRow | undefined> {
  return (await listInstances(db, { ids: [id] }, today))[0];
}

/** Counts per item × assignee unit of one directive. */
export function trackingCounts(db: Db, directiveId: number, today: string) {
  return db.selectFrom('task_assignees as a').innerJoin('directive_tasks as t', 't.id', 'a.task_id')
    .leftJoin('task_instances as i', 'i.assignee_id', 'a.id')
    .select(['t.item_id', 'a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role', ...countSelections(today)])
    .where('t.directive_id', '=', directiveId)
    .groupBy(['t.item_id', 'a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role'])
    .execute();
}

/** Counts per assignee unit of the instances due within [from, to]. */
export function completionCounts(db: Db, f: { from: string; to: string; directiveId?: number }, today: string) {
  let q = db.selectFrom('task_instances as i')
    .innerJoin('task_assignees as a', 'a.id', 'i.assignee_id')
    .innerJoin('directive_tasks as t', 't.id', 'i.task_id')
    .leftJoin('agencies as ag', 'ag.id', 'a.agency_id')
    .leftJoin('groups as g', 'g.id', 'a.group_id')
    .leftJoin('admin_units as u', 'u.id', 'a.unit_id')
    .select(['a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role', sql<string>`min(coalesce(ag.name, g.name, u.name, a.role))`.as('label'),
      ...countSelections(today)])
    .where('i.due_on', '>=', f.from).where('i.due_on', '<=', f.to)
    .groupBy(['a.kind', 'a.agency_id', 'a.group_id', 'a.unit_id', 'a.role']);
  if (f.directiveId) q = q.where('t.directive_id', '=', f.directiveId);
  return q.execute();
}

export interface InstanceReport {
  status: 'open' | 'done' | 'cannot_do';
  done_on: string | null;
  on_time: boolean | null;
  reason: string | null;
  evidence_kind: 'file' | 'link' | 'record' | null;
  evidence_file_id: number | null;
  evidence_url: string | null;
  evidence_record_type: string | null;
  evidence_record_id: number | null;
  note: string | null;
  reported_by: number | null;
  reported_at: Date | null;
}

/** Writes a report on an instance if it is still in `fromStatus`; false when someone got there first. */
export async function writeReport(db: Db, id: number, fromStatus: 'open' | 'done' | 'cannot_do' | 'closed', r: InstanceReport): Promise<boolean> {
  let q = db.updateTable('task_instances').set({ ...r, updated_at: new Date(), version: sql<number>`version + 1` }).where('id', '=', id);
  q = fromStatus === 'closed' ? q.where('status', '!=', 'open') : q.where('status', '=', fromStatus);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export function fileOfInstance(db: Db, fileId: number, instanceId: number) {
  return db.selectFrom('files').select('id').where('id', '=', fileId).where('entity', '=', 'task_instance').where('entity_id', '=', instanceId).executeTakeFirst();
}
