// The emulation score: metrics scaled against the best, weighted; ties split and explained.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, rank, type RankingInput } from './ranking.js';

const row = (id: number, name: string, v: Partial<RankingInput> = {}): RankingInput =>
  ({ id, name, participants: 10, possible: 20, labourHalves: 20, litres: 5_000, rating: 3, ...v });

describe('rank', () => {
  it('gives the best on every measure 100 and scales the others', () => {
    const r = rank([row(1, 'A', { participants: 20, rating: 4, litres: 10_000, labourHalves: 40 }), row(2, 'B')], DEFAULT_WEIGHTS);
    expect(r.map((x) => [x.name, x.rank, x.score])).toEqual([['A', 1, 100], ['B', 2, 55]]);
    expect(r[1].parts).toEqual({ participation: 20, labour: 10, volume: 10, rating: 15 });
  });

  it('splits equal scores by participation, then rating, and says why; fully equal rows share a rank', () => {
    const weights = { participation: 0, labour: 1, volume: 0, rating: 0 };
    const r = rank([row(1, 'A', { participants: 8 }), row(2, 'B'), row(3, 'C'), row(4, 'D', { rating: null })], weights);
    // D has no rating but a higher participation than A: participation comes first.
    expect(r.map((x) => [x.name, x.rank])).toEqual([['B', 1], ['C', 1], ['D', 3], ['A', 4]]);
    const a = r.find((x) => x.name === 'A')!;
    expect(a.tie?.vi).toContain('xếp dưới B vì tỷ lệ tham gia thấp hơn');
    expect(r.find((x) => x.name === 'B')!.tie?.vi).toContain('ngang hạng với C');
  });

  it('names every fully equal row in one phrase', () => {
    const idle = { participants: 0, labourHalves: 0, litres: 0, rating: null };
    const r = rank([row(1, 'A'), row(2, 'B', idle), row(3, 'C', idle), row(4, 'D', idle)], DEFAULT_WEIGHTS);
    expect(r.map((x) => [x.name, x.rank])).toEqual([['A', 1], ['B', 2], ['C', 2], ['D', 2]]);
    expect(r[1].tie).toEqual({ vi: 'Bằng điểm 0: ngang hạng với C, D (bằng nhau mọi chỉ số)', en: 'Equal score 0: shares the rank with C, D (equal on every measure)' });
    expect(r[0].tie).toBeNull();
    const many = rank([row(1, 'A'), ...['B', 'C', 'D', 'E', 'F', 'G'].map((n, i) => row(i + 2, n, idle))], DEFAULT_WEIGHTS);
    expect(many[1].tie?.vi).toBe('Bằng điểm 0: ngang hạng với C, D, E và 2 đơn vị khác (bằng nhau mọi chỉ số)');
    expect(many[1].tie?.en).toBe('Equal score 0: shares the rank with C, D, E and 2 others (equal on every measure)');
  });

  it('handles nobody having worked', () => {
    const r = rank([row(1, 'A', { participants: 0, possible: 0, labourHalves: 0, litres: 0, rating: null })], DEFAULT_WEIGHTS);
    expect(r[0]).toMatchObject({ rank: 1, score: 0, participationBp: 0, tie: null });
  });
});
