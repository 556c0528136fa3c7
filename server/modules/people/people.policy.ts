// Who may see and record the people's contributions: the fund's readers see them (a commune user
// its own commune); the commune records its own, the office any commune (the fund's 'fund.record').
// Donors' names are personal data: shown to those who manage the commune, to others only with consent.
import { can, type Actor } from '../../../domain/roles.js';

export function canRecordPeopleFor(actor: Actor, communeId: number): boolean {
  return can(actor, 'fund.record') && (actor.role !== 'commune' || actor.unitId === communeId);
}

/** The commune a commune user is limited to (null: every commune). */
export function peopleScope(actor: Actor): number | null {
  return actor.role === 'commune' ? (actor.unitId ?? -1) : null;
}

export function canSeeDonorNames(actor: Actor, communeId: number): boolean {
  return can(actor, 'fund.manage') || actor.role === 'leader' || actor.role === 'admin' || canRecordPeopleFor(actor, communeId);
}
