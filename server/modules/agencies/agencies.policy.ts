// Who may change an agency: the office and admin change everything; an agency keeps its own staff
// count and contact; a group lead keeps those of its group's member agencies.
import { can, type Actor } from '../../../domain/roles.js';

export type AgencyAction = 'edit' | 'editAll';

/** `ledAgencyIds`: agencies in groups the actor's agency leads (for group leads). */
export function agencyActions(actor: Actor, agencyId: number, ledAgencyIds: number[]): AgencyAction[] {
  if (can(actor, 'agencies.write')) return ['edit', 'editAll'];
  if (actor.role === 'agency' && actor.agencyId === agencyId) return ['edit'];
  if (actor.role === 'group_lead' && ledAgencyIds.includes(agencyId)) return ['edit'];
  return [];
}

/** Fields an 'edit'-only actor may change. */
export const LIMITED_FIELDS = ['staffCount', 'contactName', 'contactPhone'] as const;
