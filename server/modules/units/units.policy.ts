// Who may change which unit: the office and admin change any; a commune user manages the villages
// under its own commune.
import { can, type Actor } from '../../../domain/roles.js';

/** May the actor add a child under, or edit, a unit whose ancestors (itself included) are these? */
export function mayWriteUnder(actor: Actor, ancestorIdsOfParent: number[]): boolean {
  if (can(actor, 'units.write')) return true;
  return actor.role === 'commune' && actor.unitId !== null && ancestorIdsOfParent.includes(actor.unitId);
}

export function unitActions(actor: Actor, ancestorIds: number[], id: number): Array<'edit' | 'addChild'> {
  const out: Array<'edit' | 'addChild'> = [];
  // A commune user edits the villages below its commune, not the commune itself.
  if (mayWriteUnder(actor, ancestorIds.filter((a) => a !== id))) out.push('edit');
  if (mayWriteUnder(actor, ancestorIds)) out.push('addChild');
  return out;
}
