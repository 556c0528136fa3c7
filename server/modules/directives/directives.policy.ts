// Who a task is for and who may report on it. A task assigned to an agency is reported by that
// agency's users; to a group, by the group lead (a group_lead user of its lead agency); to a commune,
// by that commune's users; to a role, by users of that role. The coordination office may report on
// any task (it follows the directive up). Reading directives and tasks is open to every role.
import { can, ROLE_PERMISSIONS, ROLES, type Actor, type Role } from '../../../domain/roles.js';

/** An assignee as loaded from the database, with the lead agency of a group assignee. */
export interface AssigneeRef {
  kind: 'agency' | 'group' | 'commune' | 'role';
  agency_id: number | null;
  group_id: number | null;
  unit_id: number | null;
  role: string | null;
  group_lead_agency_id: number | null;
}

/** Whether the actor is one of the assignee's users (the coordinator's override is not counted here). */
export function actorIsAssignee(actor: Actor, a: AssigneeRef): boolean {
  switch (a.kind) {
    case 'agency': return actor.agencyId !== null && actor.agencyId === a.agency_id;
    case 'group': return actor.role === 'group_lead' && actor.agencyId !== null && actor.agencyId === a.group_lead_agency_id;
    case 'commune': return actor.role === 'commune' && actor.unitId !== null && actor.unitId === a.unit_id;
    case 'role': return actor.role === a.role;
  }
}

/** Whether the actor may report this assignee's instance done or "cannot do", or attach evidence to it. */
export function canReportOn(actor: Actor | null, a: AssigneeRef): boolean {
  if (!actor || !can(actor, 'tasks.report')) return false;
  return actor.role === 'coordinator' || actorIsAssignee(actor, a);
}

export type InstanceAction = 'done' | 'cannot_do' | 'reopen' | 'attach';

export function instanceActions(actor: Actor, a: AssigneeRef, stored: 'open' | 'done' | 'cannot_do'): InstanceAction[] {
  const out: InstanceAction[] = [];
  if (stored === 'open' && canReportOn(actor, a)) out.push('done', 'cannot_do', 'attach');
  if (stored !== 'open' && can(actor, 'directives.write')) out.push('reopen');
  return out;
}

export function directiveActions(actor: Actor): Array<'edit' | 'addItem' | 'addTask' | 'attach'> {
  return can(actor, 'directives.write') ? ['edit', 'addItem', 'addTask', 'attach'] : [];
}

/** Roles that report tasks: the only users worth notifying of an assignment. */
export const REPORTING_ROLES: Role[] = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('tasks.report'));
