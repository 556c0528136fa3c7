// Who may do what with the fund. The office (fund.manage) records contributions and allocations and
// may reverse any entry; a commune records and reverses only its own expenditures; the coordinator
// (fund.approve) decides expenditures waiting for approval. Contributors' names are personal data:
// only the office, the leadership and the admin see them unless the contributor agreed.
import { can, type Actor } from '../../../domain/roles.js';
import type { EntryRow } from './fund.repository.js';

export type FundAction = 'edit' | 'contribute' | 'allocate' | 'spend' | 'approve';
export type EntryAction = 'reverse' | 'approve' | 'reject' | 'attach' | 'receipt';
export type EntryStatus = 'counted' | 'pending' | 'rejected';

export function fundActions(actor: Actor): FundAction[] {
  const out: FundAction[] = [];
  if (can(actor, 'fund.manage')) out.push('edit', 'contribute', 'allocate');
  if (can(actor, 'fund.record')) out.push('spend');
  if (can(actor, 'fund.approve')) out.push('approve');
  return out;
}

/** A commune user acts only for its own commune; the office for any. */
export function canRecordFor(actor: Actor, unitId: number): boolean {
  if (!can(actor, 'fund.record')) return false;
  return actor.role !== 'commune' || actor.unitId === unitId;
}

/** The commune a commune user is limited to (null: sees every commune). */
export function unitScope(actor: Actor): number | null {
  return actor.role === 'commune' ? (actor.unitId ?? -1) : null;
}

export function canSeeContributorNames(actor: Actor | null): boolean {
  return !!actor && (can(actor, 'fund.manage') || actor.role === 'leader' || actor.role === 'admin');
}

export function entryStatus(e: Pick<EntryRow, 'kind' | 'needs_approval' | 'decision'>): EntryStatus {
  if (e.kind !== 'expenditure' || !e.needs_approval) return 'counted';
  if (!e.decision) return 'pending';
  return e.decision === 'approved' ? 'counted' : 'rejected';
}

export function entryActions(actor: Actor, e: EntryRow): EntryAction[] {
  const out: EntryAction[] = [];
  const status = entryStatus(e);
  // A people's gift is cancelled with its row in the people's contributions, not here.
  const reversible = e.kind !== 'reversal' && !e.reversed_by && status === 'counted' && e.contributor_kind !== 'people';
  if (reversible && (can(actor, 'fund.manage') || (e.kind === 'expenditure' && canRecordFor(actor, e.unit_id!)))) out.push('reverse');
  if (status === 'pending' && can(actor, 'fund.approve')) out.push('approve', 'reject');
  if (e.kind === 'expenditure' && canRecordFor(actor, e.unit_id!)) out.push('attach');
  if (e.kind === 'contribution' && can(actor, 'fund.manage')) out.push('receipt');
  return out;
}
