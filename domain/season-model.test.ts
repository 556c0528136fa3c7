// The season-plan model builder on instances small enough to check by hand, the lanes it builds,
// the labour estimate and the greedy baseline (no solver here: server/lib/solver tests solve).
import { describe, expect, it } from 'vitest';
import { findMixRow, TT10_2019_PCB40 } from './concrete/index.js';
import { DAYS, oneRoad, seg } from './season-fixtures.js';
import { buildSeasonModel, estimateLabour, greedySeason, lanesOf, objectiveOf, reach, toLpText } from './season-plan.js';

describe('buildSeasonModel', () => {
  it('one team on one road: y, m per Saturday, one w per Saturday, the capacities as bounds', () => {
    const sm = buildSeasonModel(oneRoad());
    const names = sm.model.columns.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('y_'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('m_'))).toHaveLength(4);
    expect(names.filter((n) => n.startsWith('z_'))).toHaveLength(0); // one lane: no choice of place
    expect(names.filter((n) => n.startsWith('w_9_'))).toHaveLength(4);
    // 10 people ÷ 2 công/m³ = 5 m³; one mixer 250 l × 8 = 2 m³; the lane holds 6 m³: y ≤ 2.
    expect(sm.model.columns[sm.y[0][0]].upper).toBe(2);
    const lp = toLpText(sm.model);
    expect(lp).toContain('lane_5_1_up: 1 y_0_0 + 1 y_0_1 + 1 y_0_2 + 1 y_0_3 <= 6');
    expect(lp).toContain('crit_9_22_1_lo: 1 km_9_22_1 - 0.02 w_9_1 >= 0');
  });

  it('the objective of the hand-made optimum (2 m³ on each of the first three days) counts two Saturdays before criterion 2', () => {
    const sm = buildSeasonModel(oneRoad());
    const v = new Array(sm.model.columns.length).fill(0);
    const set = (name: string, x: number) => { v[sm.model.columns.findIndex((c) => c.name === name)] = x; };
    [0, 1, 2].forEach((d) => { set(`y_0_${d}`, 2); set(`m_0_${d}`, 1); });
    ['w_9_1', 'w_9_2', 'w_9_3'].forEach((n) => set(n, 1));
    // Not reached on 23/10 only: W1 × 1; unmet 0; the early bonus: 1.01 × 6 − (1.0075 + 1.005 + 1.0025) × 2.
    const expected = sm.weightCriterion + 6 * 1.01 - 2 * (1.0075 + 1.005 + 1.0025) + 3 * 0.001;
    expect(objectiveOf(sm.model, v)).toBeCloseTo(expected, 9);
  });

  it('a team with two roads gets a place variable per road and day, and at most one place a day', () => {
    const input = oneRoad({
      roads: [...oneRoad().roads, { id: 6, name: 'Nà Lầu', communeId: 9, roadClass: 'village' }],
      segments: [...oneRoad().segments, seg(201, 6, 0, 10_000, 2000, 1)],
    });
    const sm = buildSeasonModel(input);
    expect(sm.model.columns.filter((c) => c.name.startsWith('z_'))).toHaveLength(8);
    expect(sm.model.rows.filter((r) => r.name.startsWith('one_1_'))).toHaveLength(4);
    expect(sm.model.rows.find((r) => r.name === 'one_1_0')!.upper).toBe(1);
  });

  it('a forbidden Saturday has no variable; a pin sets a mixer and the place; a pin on a road without work is a conflict', () => {
    const sm = buildSeasonModel(oneRoad({ overrides: [
      { kind: 'forbid', teamId: 1, roadId: null, day: DAYS[0] },
      { kind: 'pin', teamId: 1, roadId: 5, day: DAYS[2] },
      { kind: 'pin', teamId: 1, roadId: 77, day: DAYS[1] },
    ] }));
    expect(sm.y[0][0]).toBe(-1);
    expect(sm.model.columns[sm.m[0][2]].lower).toBe(1);
    expect(sm.conflicts).toEqual([{ kind: 'pin', teamId: 1, roadId: 77, day: DAYS[1], why: 'no_lane' }]);
  });

  it('an indicator missing more road than the list has is out of reach: no w for that commune', () => {
    const sm = buildSeasonModel(oneRoad({ communes: [{ id: 9, name: 'Tân Nam', mixers: [250], missingMm: { '2.2': 60_000 } }] }));
    expect(sm.w.has(9)).toBe(false);
    expect(sm.outOfReach.get(9)).toEqual([{ indicator: '2.2', missingMm: 60_000, availableMm: 30_000 }]);
  });

  it('published entries add a deviation column at 0.1 per m³', () => {
    const sm = buildSeasonModel(oneRoad({ published: [{ teamId: 1, roadId: 5, day: DAYS[0], litres: 1500 }] }));
    const dev = sm.model.columns.find((c) => c.name === 'dev_0_0')!;
    expect(dev.cost).toBe(0.1);
    expect(sm.model.rows.find((r) => r.name === 'devlo_0_0')!.lower).toBe(1.5);
  });
});

describe('lanes and reach', () => {
  it('splits a road by assigned team and keeps chainage order', () => {
    const lanes = lanesOf(oneRoad({ segments: [seg(3, 5, 20_000, 10_000, 2000, 1), seg(1, 5, 0, 10_000, 2000, 1), seg(2, 5, 10_000, 10_000, 1000, null)] }));
    expect(lanes.map((l) => [l.key, l.segments.map((s) => s.id), l.volumeM3])).toEqual([['5:pool', [2], 1], ['5:1', [1, 3], 4]]);
  });

  it('a pour from 1.5 m³ to 3 m³ along 2 m³ segments reaches the first two', () => {
    const segs = oneRoad().segments;
    expect(reach(segs, 1500, 3000).map((s) => s.id)).toEqual([101, 102]);
    expect(reach(segs, 2000, 4000).map((s) => s.id)).toEqual([102]);
  });
});

describe('estimateLabour', () => {
  const row = findMixRow(TT10_2019_PCB40, 'M200', '1x2')!;
  const mix = { table: TT10_2019_PCB40, row };
  it('10 m³ of M200 1x2 at 2 công/m³: 20 labour-days, 5 people on each of 4 Saturdays, 54 bags, 5 mixer-days', () => {
    const [e] = estimateLabour([{ roadId: 1, communeId: 9, remainingLitres: 6000, mix }, { roadId: 1, communeId: 9, remainingLitres: 4000, mix }],
      (s) => s.roadId, { labourNormMilli: 2000, drumLitres: 250, batchesPerMixerDay: 8, saturdaysLeft: 4 });
    expect(e).toMatchObject({ key: 1, litres: 10_000, labourDays: 20, peoplePerSaturday: 5, cementKg: 2654.75, cementBags: 54, sandM3: 5.412, stoneM3: 8.93, mixerDays: 5, litresWithoutMix: 0 });
  });
});

describe('greedySeason', () => {
  it('pours what one mixer allows each Saturday along the road, as plans-proposal does for one day', () => {
    const input = oneRoad();
    const sm = buildSeasonModel(input);
    const g = greedySeason(input, sm.pairs);
    expect(g.litres[0]).toEqual([2000, 2000, 2000, 0]);
  });
});
