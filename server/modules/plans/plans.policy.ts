// Who may do what with plans and registrations, beyond the role's permissions: the lead agency's
// user registers only its own group; a commune decides registrations and names supervisors only
// for itself; group leads and agency users see the registrations of their own groups.
import { PLAN_TRANSITIONS, REGISTRATION_TRANSITIONS, type PlanStatus, type RegistrationStatus } from '../../../domain/plans.js';
import { can, type Actor } from '../../../domain/roles.js';

/** The lead agency's user of this group (role group_lead, working for the group's lead agency). */
export function isLeadOf(actor: Actor | null, group: { lead_agency_id: number }): boolean {
  return !!actor && actor.role === 'group_lead' && actor.agencyId === group.lead_agency_id;
}

/** A commune user acts only for its own commune; the office for every commune. */
function forCommune(actor: Actor, communeId: number): boolean {
  return actor.role !== 'commune' || actor.unitId === communeId;
}

export function maySupervise(actor: Actor | null, communeId: number): boolean {
  return !!actor && can(actor, 'plans.supervise') && forCommune(actor, communeId);
}

export function mayDecideRegistration(actor: Actor | null, communeId: number): boolean {
  return !!actor && can(actor, 'registrations.confirm') && forCommune(actor, communeId);
}

export type PlanActionName = 'edit' | 'propose' | 'publish' | 'amend' | 'close' | 'cancel';

/** What the actor may do with a plan now (the web app shows buttons from this list). */
export function planActions(actor: Actor, plan: { status: PlanStatus; day: string }, today: string): PlanActionName[] {
  const out: PlanActionName[] = [];
  const moves = PLAN_TRANSITIONS[plan.status].map((m) => m.action);
  const future = plan.day >= today;
  if (can(actor, 'plans.write') && future) {
    if (moves.includes('edit')) out.push('edit', 'propose');
    if (moves.includes('amend')) out.push('amend');
    if (moves.includes('cancel')) out.push('cancel');
  }
  if (can(actor, 'plans.publish')) {
    if (moves.includes('publish') && future) out.push('publish');
    // A plan is closed on or after its day.
    if (moves.includes('close') && plan.day <= today) out.push('close');
  }
  return [...new Set(out)];
}

export function entryActions(actor: Actor, plan: { status: PlanStatus; day: string }, entry: { commune_id: number }, today: string): Array<'edit' | 'remove' | 'setSupervisor' | 'confirmSite'> {
  const out: Array<'edit' | 'remove' | 'setSupervisor' | 'confirmSite'> = [];
  const open = plan.status === 'draft' || plan.status === 'published';
  if (open && plan.day >= today && can(actor, 'plans.write')) out.push('edit', 'remove');
  if (open && plan.day >= today && maySupervise(actor, entry.commune_id)) out.push('setSupervisor', 'confirmSite');
  return out;
}

export type RegistrationActionName = 'edit' | 'withdraw' | 'confirm' | 'amend' | 'decline';

export function registrationActions(actor: Actor, reg: { status: RegistrationStatus; commune_id: number; lead_agency_id: number }, open: boolean): RegistrationActionName[] {
  const moves = REGISTRATION_TRANSITIONS[reg.status];
  const out: RegistrationActionName[] = [];
  for (const m of moves) {
    if (m.by === 'group' && open && can(actor, 'registrations.write') && isLeadOf(actor, reg)) out.push(m.action as RegistrationActionName);
    if (m.by === 'commune' && mayDecideRegistration(actor, reg.commune_id)) out.push(m.action as RegistrationActionName);
  }
  return out;
}

/**
 * Which registrations an actor may see: the office, leaders and admins all of them; a commune
 * those for itself; group leads and agency users those of the groups their agency belongs to.
 */
export function registrationScope(actor: Actor): { all: true } | { communeId: number } | { agencyId: number } | { none: true } {
  if (actor.role === 'commune') return actor.unitId ? { communeId: actor.unitId } : { none: true };
  if (actor.role === 'group_lead' || actor.role === 'agency') return actor.agencyId ? { agencyId: actor.agencyId } : { none: true };
  return can(actor, 'registrations.read') ? { all: true } : { none: true };
}
