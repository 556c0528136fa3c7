// Labour-days from attendance, the typed-total check, the pour tolerance and the norm variance.
import { describe, expect, it } from 'vitest';
import { formatQuantity, labourTotals, materialVariance, maxPour, namesMatch, pourFits, typedLabourMatches } from './labour.js';

describe('labour-days', () => {
  it('counts a full day as 1 and a half day as 0.5, kept in whole halves', () => {
    const t = labourTotals([{ fullDay: 12, halfDay: 3 }, { fullDay: 0, halfDay: 1 }], { fullDay: 4, halfDay: 2 });
    expect(t).toEqual({ officials: 16, people: 6, labourHalves: 2 * 12 + 3 + 1 + 2 * 4 + 2 });
    expect(labourTotals([], null)).toEqual({ officials: 0, people: 0, labourHalves: 0 });
  });

  it('accepts a typed total only when it equals the computed one', () => {
    expect(typedLabourMatches(13.5, 27)).toBe(true);
    expect(typedLabourMatches(13.4, 27)).toBe(false);
    expect(typedLabourMatches(14, 27)).toBe(false);
  });

  it('names must match the headcount when given', () => {
    expect(namesMatch({ fullDay: 1, halfDay: 1, names: ['A', 'B'] })).toBe(true);
    expect(namesMatch({ fullDay: 2, halfDay: 0, names: ['A'] })).toBe(false);
    expect(namesMatch({ fullDay: 2, halfDay: 0 })).toBe(true);
  });
});

describe('pours and materials', () => {
  it('lets a pour exceed what remains by the tolerance of the design volume, not more', () => {
    expect(pourFits(70_875, 67_500, 67_500, 5)).toBe(true);
    expect(pourFits(70_876, 67_500, 67_500, 5)).toBe(false);
    expect(maxPour(0, 67_500, 5)).toBe(3_375);
  });

  it('flags issued materials beyond the tolerance either way', () => {
    expect(materialVariance('cement', 1_400, 1_195, 10)).toMatchObject({ varianceBp: 1715, flag: 'over' });
    expect(materialVariance('cement', 1_100, 1_195, 10).flag).toBe('ok');
    expect(materialVariance('sand', 0, 2_435, 10).flag).toBe('under');
    expect(materialVariance('sand', 10, 0, 10)).toMatchObject({ varianceBp: null, flag: 'no_norm' });
  });

  it('writes quantities the vi-VN way', () => {
    expect(formatQuantity(1234.5, 3)).toBe('1.234,5');
    expect(formatQuantity(15.5, 1)).toBe('15,5');
    expect(formatQuantity(-0.25, 2)).toBe('-0,25');
  });
});
