// The ledger's pure rules: postings balance, reversals undo, summaries derive allocations and spending.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerViolations, postingsFor, reversalPostings, summarise, type Posting, type PostableEntry } from './ledger.js';
import { isValidAmount, isValidQuantity, lineTotal, sumVnd } from './money.js';
import { numberToVietnameseWords, vndInWords } from './money-words.js';

describe('postings', () => {
  it('balance for every kind of entry and undo with their reversal', () => {
    const entry = fc.oneof(
      fc.record({ kind: fc.constant('contribution' as const), amount: fc.integer({ min: 1, max: 1e9 }) }),
      fc.record({ kind: fc.constant('allocation' as const), amount: fc.integer({ min: 1, max: 1e9 }), unitId: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ kind: fc.constant('expenditure' as const), amount: fc.integer({ min: 1, max: 1e9 }), unitId: fc.integer({ min: 1, max: 5 }),
        category: fc.constantFrom('materials' as const, 'equipment' as const, 'other' as const) }),
    );
    fc.assert(fc.property(entry, (e: PostableEntry) => {
      const p = postingsFor(e);
      expect(p.reduce((s, x) => s + x.amount, 0)).toBe(0);
      const both = summarise([...p, ...reversalPostings(p)]);
      expect(both.received).toBe(0);
      expect(both.unallocated).toBe(0);
      expect(both.communes.every((c) => c.balance === 0 && c.spent === 0)).toBe(true);
    }));
  });

  it('derive the seed scenario: 200 million received, 100 million to each commune', () => {
    const postings: Posting[] = [
      ...postingsFor({ kind: 'contribution', amount: 120_000_000 }),
      ...postingsFor({ kind: 'contribution', amount: 80_000_000 }),
      ...postingsFor({ kind: 'allocation', amount: 100_000_000, unitId: 1 }),
      ...postingsFor({ kind: 'allocation', amount: 100_000_000, unitId: 2 }),
      ...postingsFor({ kind: 'expenditure', amount: 45_000_000, unitId: 1, category: 'equipment' }),
      ...postingsFor({ kind: 'expenditure', amount: 30_000_000, unitId: 1, category: 'materials' }),
    ];
    const s = summarise(postings);
    expect(s).toMatchObject({ received: 200_000_000, allocated: 200_000_000, unallocated: 0, spent: 75_000_000, total: 0 });
    expect(s.communes[0]).toMatchObject({ unitId: 1, allocated: 100_000_000, spent: 75_000_000, balance: 25_000_000,
      spentByCategory: { materials: 30_000_000, equipment: 45_000_000, other: 0 } });
    expect(ledgerViolations(s)).toEqual([]);
  });

  it('flags an over-allocation and an overspend', () => {
    const over = summarise([...postingsFor({ kind: 'contribution', amount: 10 }), ...postingsFor({ kind: 'allocation', amount: 11, unitId: 1 })]);
    expect(ledgerViolations(over)).toEqual(['OVER_ALLOCATION']);
    const spend = summarise([...postingsFor({ kind: 'contribution', amount: 10 }), ...postingsFor({ kind: 'allocation', amount: 10, unitId: 1 }),
      ...postingsFor({ kind: 'expenditure', amount: 12, unitId: 1, category: 'other' })]);
    expect(ledgerViolations(spend)).toEqual(['OVERSPEND']);
  });
});

describe('money', () => {
  it('accepts only whole positive amounts below the maximum', () => {
    expect([1, 5_000_000, 10_000_000_000].map(isValidAmount)).toEqual([true, true, true]);
    expect([0, -1, 1.5, 10_000_000_001, Number.NaN].map(isValidAmount)).toEqual([false, false, false, false, false]);
    expect([0.001, 12.5, 3].map(isValidQuantity)).toEqual([true, true, true]);
    expect([0, -2, 1.0001].map(isValidQuantity)).toEqual([false, false, false]);
  });

  it('computes line totals exactly', () => {
    expect(lineTotal(12.5, 350_000)).toBe(4_375_000);
    expect(lineTotal(0.333, 1_000)).toBe(333);
    expect(lineTotal(2_400, 1_700_000)).toBe(4_080_000_000);
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (q, price) => {
      expect(lineTotal(q, price)).toBe(q * price);
    }));
    expect(sumVnd([100_000_000, 100_000_000])).toBe(200_000_000);
  });

  it('reads amounts in Vietnamese words', () => {
    expect(vndInWords(200_000_000)).toBe('Hai trăm triệu đồng');
    expect(vndInWords(100_000_000)).toBe('Một trăm triệu đồng');
    expect(numberToVietnameseWords(1_005)).toBe('một nghìn không trăm linh năm');
    expect(numberToVietnameseWords(21)).toBe('hai mươi mốt');
    expect(numberToVietnameseWords(15)).toBe('mười lăm');
    expect(numberToVietnameseWords(2_524_000)).toBe('hai triệu năm trăm hai mươi tư nghìn');
    expect(numberToVietnameseWords(1_000_010)).toBe('một triệu không trăm mười');
  });
});
