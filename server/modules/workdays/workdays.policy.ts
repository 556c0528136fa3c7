// Who may see and change which part of a workday record. The group's part (its officials'
// attendance) belongs to the group's lead agency; the commune's part (local people, pours,
// materials, supervisor, weather, incidents) to the commune; the office (coordinator) may correct
// both. Readers: a commune sees its own commune's records, an agency or group lead its groups'
// records (without the commune's detail), the district's other roles every record.
import { can, type Actor } from '../../../domain/roles.js';

export type Side = 'group' | 'commune' | 'office';

export interface WorkdayOwners { communeId: number; groupId: number; leadAgencyId: number }

/** The side the actor writes for on this record, or null when it may write nothing. */
export function sideOf(actor: Actor, w: WorkdayOwners): Side | null {
  if (!can(actor, 'workdays.write')) return null;
  if (actor.role === 'coordinator') return 'office';
  if (actor.role === 'commune') return actor.unitId === w.communeId ? 'commune' : null;
  if (actor.role === 'group_lead') return actor.agencyId === w.leadAgencyId ? 'group' : null;
  return null;
}

export function mayEditGroupPart(side: Side | null): boolean {
  return side === 'group' || side === 'office';
}

export function mayEditCommunePart(side: Side | null): boolean {
  return side === 'commune' || side === 'office';
}

/** What an actor may read: every record, a commune's, or those of groups an agency belongs to. */
export type ReadScope = { all: true } | { communeId: number } | { agencyId: number } | { none: true };

export function readScope(actor: Actor): ReadScope {
  if (!can(actor, 'workdays.read')) return { none: true };
  if (actor.role === 'commune') return actor.unitId ? { communeId: actor.unitId } : { none: true };
  if (actor.role === 'group_lead' || actor.role === 'agency') return actor.agencyId ? { agencyId: actor.agencyId } : { none: true };
  return { all: true };
}

/** Whether the reader sees the commune's detail (pours per segment, materials, incidents). */
export function seesCommunePart(actor: Actor, communeId: number): boolean {
  const s = readScope(actor);
  return 'all' in s || ('communeId' in s && s.communeId === communeId);
}
