// The stock ledger's pure rules: balances from movements, lot status, issue decisions, units.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDisplay, issueDecision, lotStatus, stockByPointLot, toDisplay } from './stock.js';

describe('stock', () => {
  it('derives stock per point and lot; a transfer moves it without creating any', () => {
    const s = stockByPointLot([
      { lotId: 1, fromPointId: null, toPointId: 5, quantity: 1_000 },
      { lotId: 1, fromPointId: 5, toPointId: 6, quantity: 300 },
      { lotId: 1, fromPointId: 6, toPointId: null, quantity: 100 },
    ]);
    expect(Object.fromEntries(s)).toEqual({ '5:1': 700, '6:1': 200 });
    fc.assert(fc.property(fc.array(fc.record({ q: fc.integer({ min: 1, max: 1e6 }), a: fc.integer({ min: 1, max: 3 }), b: fc.integer({ min: 4, max: 6 }) })), (moves) => {
      const total = [...stockByPointLot([{ lotId: 1, fromPointId: null, toPointId: 1, quantity: 1e9 },
        ...moves.map((m) => ({ lotId: 1, fromPointId: m.a, toPointId: m.b, quantity: m.q }))]).values()].reduce((x, y) => x + y, 0);
      expect(total).toBe(1e9);
    }));
  });

  it('takes the latest inspection as the lot status', () => {
    expect(lotStatus([])).toBe('pending');
    expect(lotStatus([], false)).toBe('passed');
    expect(lotStatus(['pass'])).toBe('passed');
    expect(lotStatus(['pass', 'fail'])).toBe('failed');
    expect(lotStatus(['fail', 'pass'])).toBe('passed');
  });

  it('never issues a failed lot; a pending one only flagged when the campaign says warn', () => {
    expect(issueDecision('passed', 'refuse')).toBe('allow');
    expect(issueDecision('pending', 'refuse')).toBe('refuse');
    expect(issueDecision('pending', 'warn')).toBe('flag');
    expect(issueDecision('failed', 'warn')).toBe('refuse');
  });

  it('converts between base and display units', () => {
    expect(toDisplay(2_500, 1_000)).toBe(2.5);
    expect(toDisplay(1_000, 50)).toBe(20);
    expect(fromDisplay(12.5, 1_000)).toBe(12_500);
    expect(fromDisplay(20, 50)).toBe(1_000);
  });
});
