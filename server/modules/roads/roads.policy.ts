// Who may do what with roads and segments: a commune user manages the roads of its own commune,
// the office (coordinator, admin) those of any commune; acceptance is for those holding
// segments.accept (inspector, coordinator). Everyone with roads.read sees every road.
import { can, type Actor } from '../../../domain/roles.js';
import { EDITABLE_STATUSES, nextStatuses, type SegmentStatus, type TransitionRight } from '../../../domain/segment-status.js';

/** May the actor create or change roads and segments of this commune? */
export function mayWriteRoadsOf(actor: Actor, communeId: number): boolean {
  if (!can(actor, 'roads.write')) return false;
  return actor.role !== 'commune' || actor.unitId === communeId;
}

/** The rights over segment statuses an actor holds in a commune. */
export function transitionRights(actor: Actor, communeId: number): TransitionRight[] {
  const rights: TransitionRight[] = [];
  if (mayWriteRoadsOf(actor, communeId)) rights.push('work');
  if (can(actor, 'segments.accept')) rights.push('accept');
  return rights;
}

/** Statuses whose presence means work has started on a road (it can no longer be deleted). */
export const WORK_STARTED: readonly SegmentStatus[] = ['in_progress', 'poured', 'accepted'];

export type RoadAction = 'edit' | 'delete' | 'editSegments';

export function roadActions(actor: Actor, communeId: number, segmentStatuses: string[]): RoadAction[] {
  if (!mayWriteRoadsOf(actor, communeId)) return [];
  const started = segmentStatuses.some((s) => (WORK_STARTED as readonly string[]).includes(s));
  return started ? ['edit', 'editSegments'] : ['edit', 'delete', 'editSegments'];
}

export function segmentActions(actor: Actor, communeId: number, status: SegmentStatus): { actions: Array<'edit' | 'delete'>; nextStatuses: SegmentStatus[] } {
  const editable = mayWriteRoadsOf(actor, communeId) && EDITABLE_STATUSES.includes(status);
  return { actions: editable ? ['edit', 'delete'] : [], nextStatuses: nextStatuses(status, transitionRights(actor, communeId)) };
}
