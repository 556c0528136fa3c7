// The segment workflow as a transition table: planned → ready → in_progress → poured →
// accepted | rejected, and rejected back to planned or ready to redo. Each move names who may make
// it and whether it needs a reason; a refused move gives a code the UI translates.

export const SEGMENT_STATUSES = ['planned', 'ready', 'in_progress', 'poured', 'accepted', 'rejected'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** `work`: the commune (and the office) moving the work along; `accept`: acceptance (nghiệm thu). */
export type TransitionRight = 'work' | 'accept';

interface Move { to: SegmentStatus; right: TransitionRight; reasonRequired: boolean }

export const SEGMENT_TRANSITIONS: Record<SegmentStatus, readonly Move[]> = {
  planned: [{ to: 'ready', right: 'work', reasonRequired: false }],
  ready: [
    { to: 'in_progress', right: 'work', reasonRequired: false },
    { to: 'planned', right: 'work', reasonRequired: true },
  ],
  in_progress: [
    { to: 'poured', right: 'work', reasonRequired: false },
    // Work stopped (rain, no materials): back to ready, with the reason.
    { to: 'ready', right: 'work', reasonRequired: true },
  ],
  poured: [
    { to: 'accepted', right: 'accept', reasonRequired: false },
    { to: 'rejected', right: 'accept', reasonRequired: true },
  ],
  accepted: [],
  rejected: [
    { to: 'planned', right: 'work', reasonRequired: false },
    { to: 'ready', right: 'work', reasonRequired: false },
  ],
};

/** Statuses whose chainage and dimensions may still change, and which may be deleted. */
export const EDITABLE_STATUSES: readonly SegmentStatus[] = ['planned', 'ready', 'rejected'];
/** Statuses whose concrete is still to be poured (counted in the remaining volume). */
export const TO_POUR_STATUSES: readonly SegmentStatus[] = ['planned', 'ready', 'in_progress', 'rejected'];

export type TransitionRefusal = 'SEGMENT_TRANSITION_NOT_ALLOWED' | 'FORBIDDEN' | 'REASON_REQUIRED';

/**
 * Whether a move is allowed for an actor holding these rights, and if not, why.
 * @example checkTransition('poured', 'accepted', ['work'], null) === 'FORBIDDEN'
 * @example checkTransition('planned', 'poured', ['work'], null) === 'SEGMENT_TRANSITION_NOT_ALLOWED'
 * @example checkTransition('planned', 'ready', ['work'], null) === null
 */
export function checkTransition(from: SegmentStatus, to: SegmentStatus, rights: readonly TransitionRight[], reason: string | null | undefined): TransitionRefusal | null {
  const move = SEGMENT_TRANSITIONS[from].find((m) => m.to === to);
  if (!move) return 'SEGMENT_TRANSITION_NOT_ALLOWED';
  if (!rights.includes(move.right)) return 'FORBIDDEN';
  if (move.reasonRequired && !reason?.trim()) return 'REASON_REQUIRED';
  return null;
}

/**
 * The statuses an actor with these rights may move a segment to next.
 * @example nextStatuses('poured', ['work', 'accept']) // ['accepted', 'rejected']
 */
export function nextStatuses(from: SegmentStatus, rights: readonly TransitionRight[]): SegmentStatus[] {
  return SEGMENT_TRANSITIONS[from].filter((m) => rights.includes(m.right)).map((m) => m.to);
}

/** @example reasonRequired('poured', 'rejected') === true */
export function reasonRequired(from: SegmentStatus, to: SegmentStatus): boolean {
  return !!SEGMENT_TRANSITIONS[from].find((m) => m.to === to)?.reasonRequired;
}
