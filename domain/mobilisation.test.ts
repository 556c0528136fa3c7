// Totals and the village emulation ranking of the people's contributions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_TOTALS, rankVillages, totalsOf } from './mobilisation.js';

describe('totalsOf', () => {
  it('adds cash, labour tenths, land dm² and counts in-kind gifts', () => {
    expect(totalsOf([
      { kind: 'cash', amount: 500_000 }, { kind: 'cash', amount: 1_000_000 }, { kind: 'labour', labourTenths: 15 },
      { kind: 'labour', labourTenths: 5 }, { kind: 'land', areaDm2: 4_550 }, { kind: 'in_kind' },
    ])).toEqual({ count: 6, cash: 1_500_000, inKindCount: 1, labourDays: 2, landM2: 45.5, landCount: 1 });
    expect(totalsOf([])).toEqual(EMPTY_TOTALS);
  });

  it('labour-days are exact however they are split', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 50 }), (tenths) => {
      const sum = tenths.reduce((s, x) => s + x, 0);
      return totalsOf(tenths.map((t) => ({ kind: 'labour' as const, labourTenths: t }))).labourDays === sum / 10;
    }));
  });
});

describe('rankVillages', () => {
  const v = (villageId: number, name: string, labourDays: number, cash: number, landM2 = 0) => ({ villageId, name, communeName: 'Tân Nam', totals: { ...EMPTY_TOTALS, labourDays, cash, landM2 } });

  it('orders by labour-days, then cash, then land; equals share a rank', () => {
    const out = rankVillages([v(1, 'Thôn A', 10, 0), v(2, 'Thôn B', 12, 0), v(3, 'Thôn C', 10, 500_000), v(4, 'Thôn D', 10, 0), v(5, 'Thôn E', 0, 0, 30)]);
    expect(out.map((x) => [x.name, x.rank])).toEqual([['Thôn B', 1], ['Thôn C', 2], ['Thôn A', 3], ['Thôn D', 3], ['Thôn E', 5]]);
  });

  it('a village never ranks below one with less of everything', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(100), fc.nat(5), fc.nat(5)), { minLength: 1, maxLength: 20 }), (rows) => {
      const out = rankVillages(rows.map(([l, c, m], i) => v(i, `T${i}`, l, c * 100_000, m)));
      return out.every((a) => out.every((b) => !(a.totals.labourDays > b.totals.labourDays) || a.rank < b.rank));
    }));
  });
});
