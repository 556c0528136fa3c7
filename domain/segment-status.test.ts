// The segment workflow's transition table and its refusal codes.
import { describe, expect, it } from 'vitest';
import { checkTransition, nextStatuses, SEGMENT_STATUSES, SEGMENT_TRANSITIONS } from './segment-status.js';

describe('segment transitions', () => {
  it('walks planned → ready → in_progress → poured → accepted', () => {
    const path = ['planned', 'ready', 'in_progress', 'poured', 'accepted'] as const;
    for (let i = 1; i < path.length; i++) expect(checkTransition(path[i - 1], path[i], ['work', 'accept'], null)).toBeNull();
  });

  it('refuses skipping steps and leaving accepted', () => {
    expect(checkTransition('planned', 'poured', ['work', 'accept'], null)).toBe('SEGMENT_TRANSITION_NOT_ALLOWED');
    for (const s of SEGMENT_STATUSES) expect(checkTransition('accepted', s, ['work', 'accept'], 'x')).toBe('SEGMENT_TRANSITION_NOT_ALLOWED');
  });

  it('keeps acceptance and rejection for those who accept, and a rejection needs a reason', () => {
    expect(checkTransition('poured', 'accepted', ['work'], null)).toBe('FORBIDDEN');
    expect(checkTransition('poured', 'rejected', ['accept'], '  ')).toBe('REASON_REQUIRED');
    expect(checkTransition('poured', 'rejected', ['accept'], 'Mặt bê tông rỗ')).toBeNull();
  });

  it('lets a rejected segment be redone from planned or ready', () => {
    expect(nextStatuses('rejected', ['work'])).toEqual(['planned', 'ready']);
    expect(nextStatuses('poured', ['work'])).toEqual([]);
  });

  it('every target is a known status', () => {
    for (const moves of Object.values(SEGMENT_TRANSITIONS)) for (const m of moves) expect(SEGMENT_STATUSES).toContain(m.to);
  });
});
