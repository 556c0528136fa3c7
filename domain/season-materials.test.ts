// Materials in the season plan, worked out by hand on the one-road fixture: a m³ of its mix takes
// 265.475 kg of cement, 0.5412 m³ of sand and 0.893 m³ of stone (TT10/2019, M200, PCB40, 1x2).
import { describe, expect, it } from 'vitest';
import { DAYS, oneRoad } from './season-fixtures.js';
import { buildSeasonModel, materialAmount, materialOutlook, seasonMaterials, toLpText } from './season-plan.js';

describe('seasonMaterials: stock as cumulative availability by Saturday', () => {
  it('passed counts from the first Saturday, pending and on order from the next (or the delivery day), failed and gravel not at all; kg and litres become g and cm³', () => {
    expect(seasonMaterials([
      { communeId: 9, kind: 'cement', status: 'passed', quantity: 500 },
      { communeId: 9, kind: 'sand', status: 'pending', quantity: 2000 },
      { communeId: 9, kind: 'stone', status: 'on_order', quantity: 3000, expectedOn: '2021-10-31' },
      { communeId: 9, kind: 'cement', status: 'on_order', quantity: 1000, expectedOn: null },
      { communeId: 9, kind: 'cement', status: 'failed', quantity: 700 },
      { communeId: 9, kind: 'gravel', status: 'passed', quantity: 900 },
    ], DAYS)).toEqual([
      { communeId: 9, code: 'cement', from: DAYS[0], amount: 500_000 },
      { communeId: 9, code: 'sand', from: DAYS[1], amount: 2_000_000 },
      { communeId: 9, code: 'stone', from: DAYS[2], amount: 3_000_000 },
      { communeId: 9, code: 'cement', from: DAYS[1], amount: 1_000_000 },
    ]);
    expect(seasonMaterials([{ communeId: 9, kind: 'cement', status: 'passed', quantity: 5 }], [])).toEqual([]);
  });
});

describe('materialOutlook: the plan against the stock', () => {
  const per = { cement: 0.265475, sand: 0.5412, stone: 0.893 };
  it('2 m³ a Saturday against 0.8 t of cement: short from the second Saturday, 0.79285 t (16 bags) more by the third', () => {
    const input = { days: DAYS, materials: [{ communeId: 9, code: 'cement' as const, from: DAYS[0], amount: 800_000 }] };
    const use = [[[2, per]], [[2, per]], [[2, per]], []] as Array<Array<[number, typeof per]>>;
    const [cement, sand, stone] = materialOutlook(input, 9, use);
    expect(cement.code).toBe('cement');
    expect(cement.needed).toBeCloseTo(1.59285, 9);
    expect(cement.available).toBeCloseTo(0.8, 9);
    expect(cement.shortFrom).toBe(DAYS[1]);
    expect(cement.toBuy).toBeCloseTo(0.79285, 9);
    expect(materialAmount('cement', cement.toBuy)).toEqual({ vi: '16 bao xi măng', en: '16 bags of cement' });
    // Sand and stone have no stock recorded: all of it is to buy, from the first Saturday.
    expect(sand).toMatchObject({ code: 'sand', shortFrom: DAYS[0] });
    expect(sand.toBuy).toBeCloseTo(3.2472, 9);
    expect(stone.needed).toBeCloseTo(5.358, 9);
  });
});

describe('the programme: materials as a limit only when the setting says so', () => {
  const materials = [{ communeId: 9, code: 'cement' as const, from: DAYS[0], amount: 530_950 }, { communeId: 9, code: 'cement' as const, from: DAYS[2], amount: 265_475 }];
  it('bound: one row per Saturday, cumulative use ≤ cumulative stock (0.53095 t, then 0.796425 t from the third Saturday)', () => {
    const lp = toLpText(buildSeasonModel(oneRoad({ materials })).model);
    expect(lp).toContain('stock_9_cement_0_up: 0.265475 y_0_0 <= 0.53095');
    expect(lp).toContain('stock_9_cement_2_up: 0.265475 y_0_0 + 0.265475 y_0_1 + 0.265475 y_0_2 <= 0.796425');
  });
  it('not bound (the default setting): no stock row at all', () => {
    const sm = buildSeasonModel(oneRoad({ materials, settings: { labourNormMilli: 2000, batchesPerMixerDay: 8, materialsBind: false } }));
    expect(sm.model.rows.some((r) => r.name.startsWith('stock_'))).toBe(false);
  });
});
