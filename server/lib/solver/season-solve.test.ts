// The season plan solved by HiGHS (the real WASM runtime): optima worked out by hand, what is short
// when the deadline cannot be met, pins and bans, and properties every solved plan keeps
// (capacities, one place per team per day, chainage order along each road).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DAYS, oneRoad, seg } from '../../../domain/season-fixtures.js';
import { buildSeasonModel, planSeason, type SeasonInput, type Solver } from '../../../domain/season-plan.js';
import { loadSolver } from './highs.js';

let solve: Solver;
beforeAll(async () => { solve = (await loadSolver())!; });

describe('known optima', () => {
  it('one road, one mixer (2 m³/day): 2 m³ a Saturday in chainage order; 20 m of 2.2 reached on the second Saturday', () => {
    const plan = planSeason(oneRoad(), solve, 5);
    expect(plan.method).toBe('solver');
    expect(plan.solver.status).toBe('optimal');
    expect(plan.entries.map((e) => [e.day, e.litres, e.mixers, e.segmentIds])).toEqual([[DAYS[0], 2000, 1, [101]], [DAYS[1], 2000, 1, [102]], [DAYS[2], 2000, 1, [103]]]);
    expect(plan.entries[0].headcount).toBe(4); // 2 m³ × 2 công/m³
    expect(plan.communes[0]).toMatchObject({ reachedOn: DAYS[1], shortfall: null, unmetLitres: 0 });
    expect(plan.entries[1].reason.vi).toBe('Tiếp tục tuyến Thôn Nà Chảo theo lộ trình (Km0+010 – Km0+020), nhóm có 10 người dự kiến, 1 máy trộn sẵn sàng → 2 m³, cần 4 người.');
  });

  it('two communes sharing nothing, the earlier criterion first: a commune whose 2.1 needs 4 m³ of its only 4 m³ gets both days', () => {
    const input: SeasonInput = {
      ...oneRoad(), days: DAYS.slice(0, 2),
      teams: [{ id: 1, name: 'A', staff: 10, expectedHeadcount: 10 }, { id: 2, name: 'B', staff: 10, expectedHeadcount: 10 }],
      communes: [{ id: 9, name: 'Tân Nam', mixers: [250], missingMm: { '2.1': 20_000 } }, { id: 8, name: 'Yên Thành', mixers: [250], missingMm: {} }],
      roads: [{ id: 5, name: 'Trục xã', communeId: 9, roadClass: 'commune' }, { id: 6, name: 'Nội đồng', communeId: 8, roadClass: 'field' }],
      segments: [seg(1, 5, 0, 10_000, 2000, 1), seg(2, 5, 10_000, 10_000, 2000, 1), seg(3, 6, 0, 10_000, 2000, 2)],
    };
    const plan = planSeason(input, solve, 5);
    expect(plan.communes.find((c) => c.communeId === 9)).toMatchObject({ reachedOn: DAYS[1] });
    expect(plan.communes.find((c) => c.communeId === 8)).toMatchObject({ alreadyMet: true, unmetLitres: 0 });
    expect(plan.unmetLitres).toBe(0);
  });

  it('too few Saturdays: says what is short — 2 m³ more, 4 labour-days or 1 mixer from the first Saturday', () => {
    const input = oneRoad({ days: DAYS.slice(0, 2), communes: [{ id: 9, name: 'Tân Nam', mixers: [250], missingMm: { '2.2': 30_000 } }] });
    const plan = planSeason(input, solve, 5);
    const c = plan.communes[0];
    expect(c.reachedOn).toBeNull();
    expect(c.shortfall).toMatchObject({ litres: 2000, labourDays: 4, mixers: 1, from: DAYS[0] });
    expect(c.shortfall!.vi).toBe('Thiếu 4 ngày công hoặc 1 máy trộn ở Tân Nam từ 23/10 (còn 2 m³ để đạt tiêu chí 2 trước 31/12)');
    expect(c.unmetLitres).toBe(2000);
  });

  it('materials as a limit: cement for 3 m³ only → 3 m³ poured, 2.2 not reached, and the shortfall names the cement still needed (1 m³ → 6 bags)', () => {
    const input = oneRoad({ materials: [{ communeId: 9, code: 'cement', from: DAYS[0], amount: 796_425 }] });
    const plan = planSeason(input, solve, 5);
    expect(plan.entries.reduce((s, e) => s + e.litres, 0)).toBe(3000);
    const c = plan.communes[0];
    expect(c.reachedOn).toBeNull();
    expect(c.shortfall!.litres).toBe(1000);
    expect(c.shortfall!.vi).toMatch(/; vật liệu đã hết, cần thêm: 6 bao xi măng$/);
    expect(c.shortfall!.en).toMatch(/; materials used up, still needed: 6 bags of cement$/);
    expect(c.materials.find((m) => m.code === 'cement')).toMatchObject({ shortFrom: null });
    // The same stock as a shopping list (the default setting): the whole road is planned, 2.2 is reached, and cement runs short from the second Saturday.
    const free = planSeason({ ...input, settings: { ...input.settings, materialsBind: false } }, solve, 5);
    expect(free.entries.reduce((s, e) => s + e.litres, 0)).toBe(6000);
    expect(free.communes[0].reachedOn).toBe(DAYS[1]);
    expect(free.communes[0].materials.find((m) => m.code === 'cement')).toMatchObject({ shortFrom: DAYS[1] });
  });

  it('a ban on the first Saturday moves the work later; a pin on the other road of a team puts it there', () => {
    const input = oneRoad({
      roads: [...oneRoad().roads, { id: 6, name: 'Nà Lầu', communeId: 9, roadClass: 'alley' }],
      segments: [...oneRoad().segments, seg(201, 6, 0, 10_000, 2000, 1)],
      overrides: [{ kind: 'forbid', teamId: 1, roadId: null, day: DAYS[0] }, { kind: 'pin', teamId: 1, roadId: 6, day: DAYS[1] }],
    });
    const plan = planSeason(input, solve, 5);
    expect(plan.entries.some((e) => e.day === DAYS[0])).toBe(false);
    const pinned = plan.entries.find((e) => e.day === DAYS[1])!;
    expect(pinned).toMatchObject({ roadId: 6, pinned: true, segmentIds: [201] });
    expect(pinned.reason.vi).toMatch(/^Văn phòng ghim: làm tuyến Nà Lầu/);
  });

  it('falls back to the greedy proposal when there is no solver, and says so', () => {
    const plan = planSeason(oneRoad(), null, 5);
    expect(plan.method).toBe('greedy');
    expect(plan.solver.status).toBe('not_started');
    expect(plan.entries.map((e) => e.litres)).toEqual([2000, 2000, 2000]);
  });
});

describe('properties of every solved plan', () => {
  const instance = fc.record({
    teams: fc.integer({ min: 1, max: 4 }), roads: fc.integer({ min: 1, max: 4 }), communes: fc.integer({ min: 1, max: 2 }),
    mixers: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }),
    seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 40, maxLength: 40 }),
  }).map(({ teams, roads, communes, mixers, seed }): SeasonInput => {
    let k = 0; const r = () => seed[k++ % seed.length];
    const segs = [];
    for (let road = 1; road <= roads; road++) {
      let from = 0;
      for (let i = 0; i < 3; i++) { const mm = 5000 + r() * 10; segs.push(seg(road * 10 + i, road, from, mm, 500 + r() * 4, r() % 5 === 0 ? null : 1 + (r() % teams))); from += mm; }
    }
    return {
      days: DAYS, deadline: '2021-12-31', settings: { labourNormMilli: 2000, batchesPerMixerDay: 8 },
      teams: Array.from({ length: teams }, (_, i) => ({ id: i + 1, name: `N${i + 1}`, staff: 20, expectedHeadcount: 2 + (r() % 15) })),
      communes: Array.from({ length: communes }, (_, i) => ({ id: 100 + i, name: `X${i}`, mixers: Array(mixers[i]).fill(250), missingMm: { '2.2': r() * 20 } })),
      roads: Array.from({ length: roads }, (_, i) => ({ id: i + 1, name: `T${i + 1}`, communeId: 100 + (i % communes), roadClass: 'village' as const })),
      segments: segs,
    };
  });

  it('capacities, one place per team per day, and chainage order hold', () => {
    fc.assert(fc.property(instance, (input) => {
      const plan = planSeason(input, solve, 5);
      const sm = buildSeasonModel(input);
      const teams = new Map(input.teams.map((t) => [t.id, t]));
      for (const day of input.days) {
        const today = plan.entries.filter((e) => e.day === day);
        // One place per team per day.
        expect(new Set(today.map((e) => e.teamId)).size).toBe(today.length);
        for (const c of input.communes) {
          const here = today.filter((e) => e.communeId === c.id);
          expect(here.reduce((s, e) => s + e.mixers, 0)).toBeLessThanOrEqual(c.mixers.length);
          expect(here.reduce((s, e) => s + e.litres, 0)).toBeLessThanOrEqual(c.mixers.length * 2000 + here.length);
        }
        for (const e of today) {
          expect(e.litres).toBeLessThanOrEqual((teams.get(e.teamId)!.expectedHeadcount * 1000) / 2 + 1);
          expect(e.litres).toBeLessThanOrEqual(e.mixers * 2000 + 1);
        }
      }
      // Each lane: never more than it holds, and its segments planned in chainage order.
      for (const lane of sm.lanes) {
        const poured = plan.entries.filter((e) => lane.segments.some((s) => e.segmentIds.includes(s.id)) && (lane.teamId === null || e.teamId === lane.teamId));
        expect(poured.reduce((s, e) => s + e.litres, 0)).toBeLessThanOrEqual(lane.volumeM3 * 1000 + poured.length);
        const firstDay = lane.segments.map((s) => plan.segmentDays[s.id]?.[0]).filter((d): d is string => !!d);
        expect([...firstDay].sort()).toEqual(firstDay);
      }
    }), { numRuns: 15 });
  });
});
