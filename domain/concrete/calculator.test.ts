// The calculator against every row of DOMAIN.md §2 and its worked sizes, plus properties that hold
// for any input: volume grows with each dimension, bags cover the cement by less than one bag,
// and cutting a length into parts changes nothing in the total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DM1776_2007, estimateConcrete, estimateParts, estimateVolume, findMixRow, metresToMm, TT10_2019_PCB40, volumeMm3, type MixRow } from './index.js';

const opts = { drumLitres: 250, labourNormMilli: 2000 };
const ONE_M3 = { lengthMm: 1000, widthMm: 1000, thicknessMm: 1000 };

// DOMAIN.md §2 as printed: grade, stone, cement kg, sand m³, stone m³, water l.
const TT10_ROWS: Array<[string, string, number, number, number, number]> = [
  ['M200', '1x2', 265.475, 0.5412, 0.893, 187.575],
  ['M200', '2x4', 250.100, 0.5535, 0.898, 177.325],
  ['M200', '4x6', 234.725, 0.5637, 0.915, 166.050],
  ['M250', '1x2', 308.525, 0.532, 0.876, 187.575],
  ['M250', '2x4', 291.100, 0.543, 0.883, 177.325],
  ['M250', '4x6', 274.700, 0.556, 0.901, 166.050],
];
const DM1776_ROWS: Array<[string, string, number, number, number, number]> = [
  ['M150', '1x2', 233, 0.510, 0.903, 185],
  ['M200', '1x2', 281, 0.493, 0.891, 185],
  ['M250', '1x2', 327, 0.475, 0.881, 185],
  ['M300', '1x2', 374, 0.457, 0.872, 185],
];

describe.each([
  ['TT 10/2019 PCB40', TT10_2019_PCB40, TT10_ROWS],
  ['1776/2007', DM1776_2007, DM1776_ROWS],
] as const)('mix table %s', (_name, table, rows) => {
  it('has exactly the rows of DOMAIN.md §2, with its source', () => {
    expect(table.rows).toHaveLength(rows.length);
    expect(table.source).toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
  });

  it.each(rows)('%s stone %s: 1 m³ needs the table figures; 10 m³ ten times them', (grade, stone, cementKg, sandM3, stoneM3, waterL) => {
    const row = findMixRow(table, grade, stone)!;
    const one = estimateConcrete(ONE_M3, table, row, opts);
    expect(one.volume.m3).toBe(1);
    expect(one.cement.kg).toBe(cementKg);
    expect(one.sand.m3).toBe(sandM3);
    expect(one.stone.m3).toBe(stoneM3);
    expect(one.water.litres).toBe(Math.round(waterL));
    expect(one.water.ml).toBe(Math.round(waterL * 1000));
    expect(one.mix.perM3).toEqual({ cementKg, sandM3, stoneM3, waterL });
    expect(one.cement.bags).toBe(Math.ceil(cementKg / 50));
    const ten = estimateConcrete({ ...ONE_M3, lengthMm: 10_000 }, table, row, opts);
    expect(ten.cement.grams).toBe(Math.round(cementKg * 10_000));
    expect(ten.sand.cm3).toBe(Math.round(sandM3 * 10_000_000));
    expect(ten.stone.cm3).toBe(Math.round(stoneM3 * 10_000_000));
    expect(ten.water.ml).toBe(Math.round(waterL * 10_000));
  });
});

describe('worked sizes (DOMAIN.md §2, M200 PCB40 1x2)', () => {
  const row = findMixRow(TT10_2019_PCB40, 'M200', '1x2')!;

  it('3.0 m × 0.15 m is 450 m³ per km, 119.5 t of cement, 2,389.3 bags → 2,390 whole bags', () => {
    const e = estimateConcrete({ lengthMm: 1_000_000, widthMm: 3000, thicknessMm: 150 }, TT10_2019_PCB40, row, opts);
    expect(e.volume.m3).toBe(450);
    expect(e.cement.kg).toBe(119_463.75);
    expect(Math.round(e.cement.kg / 100) / 10).toBe(119.5); // tonnes
    // DOMAIN.md's "≈ 2,389 bags" is 2,389.275 before rounding; bags are whole, so 2,390 are bought.
    expect(e.cement.kg / 50).toBeCloseTo(2389.275, 6);
    expect(e.cement.bags).toBe(2390);
    expect(e.mixer.batches).toBe(1800);
  });

  it('3.5 m × 0.15 m is 525 m³ per km', () => {
    expect(estimateConcrete({ lengthMm: 1_000_000, widthMm: 3500, thicknessMm: 150 }, TT10_2019_PCB40, row, opts).volume.m3).toBe(525);
  });

  it('the CLI example: 850 m × 3 m × 0.18 m of M250 1x2', () => {
    const e = estimateConcrete({ lengthMm: 850_000, widthMm: 3000, thicknessMm: 180 }, TT10_2019_PCB40, findMixRow(TT10_2019_PCB40, 'M250', '1x2')!, opts);
    expect(e.volume).toEqual({ mm3: 459e9, litres: 459_000, m3: 459 });
    expect(e.cement).toEqual({ grams: 141_612_975, kg: 141_612.975, bags: 2833, bagKg: 50 });
    expect(e.sand.m3).toBe(244.188);
    expect(e.stone.m3).toBe(402.084);
    expect(e.water.litres).toBe(86_097);
    expect(e.mixer).toEqual({ drumLitres: 250, batches: 1836 });
    expect(e.labour).toEqual({ normCongPerM3: 2, congDays: 918 });
  });

  it('rounds metres typed with float noise to whole millimetres', () => {
    expect(metresToMm(0.18)).toBe(180);
    expect(metresToMm(0.1 + 0.2)).toBe(300);
    expect(metresToMm(3.0000000001)).toBe(3000);
  });
});

describe('properties', () => {
  const rows = [...TT10_2019_PCB40.rows, ...DM1776_2007.rows];
  const row = fc.constantFrom(...rows);
  const len = fc.integer({ min: 1, max: 100_000_000 });
  const wid = fc.integer({ min: 1, max: 20_000 });
  const thk = fc.integer({ min: 1, max: 1000 });
  const table = TT10_2019_PCB40;

  it('volume grows with each dimension', () => {
    fc.assert(fc.property(len, wid, thk, fc.integer({ min: 1, max: 1000 }), (l, w, t, d) => {
      const v = volumeMm3(l, w, t);
      return volumeMm3(l + d, w, t) > v && volumeMm3(l, w + d, t) > v && volumeMm3(l, w, t + d) > v;
    }));
  });

  it('bags × 50 ≥ cement kg > (bags − 1) × 50', () => {
    fc.assert(fc.property(len, wid, thk, row, (l, w, t, r: MixRow) => {
      const e = estimateConcrete({ lengthMm: l, widthMm: w, thicknessMm: t }, table, r, opts);
      return e.cement.bags * 50_000 >= e.cement.grams && e.cement.grams > (e.cement.bags - 1) * 50_000;
    }));
  });

  it('materials are the per-m³ figures times the exact volume, within half a base unit', () => {
    fc.assert(fc.property(len, wid, thk, row, (l, w, t, r: MixRow) => {
      const e = estimateConcrete({ lengthMm: l, widthMm: w, thicknessMm: t }, table, r, opts);
      const exact = (BigInt(l) * BigInt(w) * BigInt(t) * BigInt(r.cementG));
      const diff = BigInt(e.cement.grams) * 1_000_000_000n - exact;
      return diff <= 500_000_000n && diff >= -500_000_000n;
    }));
  });

  it('splitting a length into parts never changes the total volume, and estimateParts gives the whole', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 40 }), wid, thk, row, (parts, w, t, r: MixRow) => {
      const total = parts.reduce((s, p) => s + p, 0);
      const whole = estimateConcrete({ lengthMm: total, widthMm: w, thicknessMm: t }, table, r, opts);
      const summed = estimateParts(parts.map((p) => ({ mm3: volumeMm3(p, w, t), table, row: r })), opts).total;
      const oneByOne = parts.map((p) => estimateConcrete({ lengthMm: p, widthMm: w, thicknessMm: t }, table, r, opts));
      const cementSum = oneByOne.reduce((s, e) => s + e.cement.grams, 0);
      return summed.volume.mm3 === whole.volume.mm3
        && summed.cement.grams === whole.cement.grams && summed.cement.bags === whole.cement.bags
        && summed.sand.cm3 === whole.sand.cm3 && summed.water.ml === whole.water.ml
        && oneByOne.reduce((s, e) => s + e.volume.mm3, 0) === whole.volume.mm3
        // Estimated one by one, each part rounds once: at most one gram per part away.
        && Math.abs(cementSum - whole.cement.grams) <= parts.length;
    }));
  });

  it('estimateParts keeps mixes apart and counts bags on the total', () => {
    const m200 = findMixRow(table, 'M200', '1x2')!;
    const m250 = findMixRow(table, 'M250', '1x2')!;
    const out = estimateParts([{ mm3: 1e9, table, row: m200 }, { mm3: 1e9, table, row: m250 }, { mm3: 1e9, table, row: m200 }], opts);
    expect(out.byMix.map((e) => [e.mix.grade, e.volume.m3])).toEqual([['M200', 2], ['M250', 1]]);
    expect(out.total.cement.grams).toBe(2 * 265_475 + 308_525);
    expect(out.total.cement.bags).toBe(Math.ceil((2 * 265_475 + 308_525) / 50_000));
  });

  it('estimateVolume of zero needs nothing', () => {
    const e = estimateVolume(0, table, rows[0], opts);
    expect([e.cement.bags, e.mixer.batches, e.labour.congDays, e.volume.m3]).toEqual([0, 0, 0, 0]);
  });
});
