// Who may do what with stock: a commune user records the stock of its own commune; the office
// (coordinator) of any; the inspector inspects lots; everyone with stock.read sees stock, a
// commune user only its own commune's.
import { can, type Actor } from '../../../domain/roles.js';

export function canRecordStockFor(actor: Actor, unitId: number): boolean {
  return can(actor, 'stock.record') && (actor.role !== 'commune' || actor.unitId === unitId);
}

/** The commune a reader is limited to (null: every commune). */
export function stockScope(actor: Actor): number | null {
  return actor.role === 'commune' ? (actor.unitId ?? -1) : null;
}

export function lotActions(actor: Actor, unitId: number): Array<'inspect' | 'move'> {
  const out: Array<'inspect' | 'move'> = [];
  if (can(actor, 'inspection.record')) out.push('inspect');
  if (canRecordStockFor(actor, unitId)) out.push('move');
  return out;
}
