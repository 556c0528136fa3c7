// Chainage (lý trình) formatting and parsing, both ways.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChainage, formatChainageRange, parseChainage } from './chainage.js';

describe('chainage', () => {
  it('formats metres as Km0+150', () => {
    expect(formatChainage(0)).toBe('Km0+000');
    expect(formatChainage(150_000)).toBe('Km0+150');
    expect(formatChainage(1_234_500)).toBe('Km1+234.5');
    expect(formatChainage(2_005_025)).toBe('Km2+005.025');
    expect(formatChainageRange(850_000, 1_200_000)).toBe('Km0+850 – Km1+200');
  });

  it('parses the forms people type, and refuses the rest', () => {
    expect(parseChainage('Km1+234')).toBe(1_234_000);
    expect(parseChainage(' km 0 + 150,5 ')).toBe(150_500);
    expect(parseChainage('1+234')).toBe(1_234_000);
    expect(parseChainage('150')).toBe(150_000);
    expect(parseChainage('150.25 m')).toBe(150_250);
    for (const bad of ['', 'Km0+1500', 'abc', 'Km-1+000', '1,2,3', 'Km0+150.1234']) expect(parseChainage(bad)).toBeNull();
  });

  it('parse(format(x)) === x for any position', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), (mm) => parseChainage(formatChainage(mm)) === mm));
  });
});
