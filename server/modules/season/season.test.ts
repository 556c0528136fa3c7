// The season plan over HTTP on both databases: the labour estimate from the remaining segments, the
// plan solved by HiGHS with reasons and each road's route schedule, pins and bans that change it,
// bad input refused with the field named, the weekly proposal taken from it, and its export.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makePlanWorld, NEXT_SATURDAY, SATURDAY, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: PlanWorld;
const url = (s = '') => `/api/v1/campaigns/${w.campaign.id}/season-plan${s}`;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  const c = await t.as('coordinator');
  await c.post(`/api/v1/campaigns/${w.campaign.id}/assignments`, { groupId: w.groups.groupA.id, roadId: w.roadA.id });
  await c.post(`/api/v1/campaigns/${w.campaign.id}/assignments`, { groupId: w.groups.groupB.id, roadId: w.roadB.id });
});

describe('season plan', () => {
  it('estimates the labour still needed per road: road A 48 m³ × 2 công/m³ = 96 labour-days over the Saturdays left', async () => {
    const res = await (await t.as('agency')).get(url());
    expect(res.status).toBe(200);
    expect(res.body.plan).toBeNull();
    expect(res.body.days[0]).toBe(SATURDAY);
    const a = res.body.estimate.byRoad.find((e: { key: number }) => e.key === w.roadA.id);
    const saturdays = res.body.days.length;
    // 100 m × 3 m × 0.16 m = 48 m³; M250 1x2: 308.525 kg/m³ → 14,809.2 kg → 297 bags; 1 mixer-day = 10 m³ → 5.
    expect(a).toMatchObject({ litres: 48_000, labourDays: 96, peoplePerSaturday: Math.ceil(96 / saturdays), cementBags: 297, mixerDays: 5 });
    expect(res.body.estimate.norm).toMatchObject({ congPerM3: 2, toConfirm: true });
    expect(res.body.actions).toEqual([]);
  });

  it('solves: each Saturday, each group on its road in chainage order, with people, mixers and a reason; the route schedule of each road', async () => {
    const c = await t.as('coordinator');
    expectError(await (await t.as('group_lead')).post(url('/solve'), {}), 403, 'FORBIDDEN');
    const res = await c.post(url('/solve'), {});
    expect(res.status).toBe(200);
    const v = res.body;
    expect(v.method).toBe('solver');
    expect(['optimal', 'time_limit']).toContain(v.solver.status);
    // Group A: 27 staff × 80 % = 22 expected people (11 m³); one mixer: 10 m³ a Saturday.
    const first = v.entries.filter((e: { day: string }) => e.day === SATURDAY);
    const a = first.find((e: { teamId: number }) => e.teamId === w.groups.groupA.id);
    expect(a).toMatchObject({ roadId: w.roadA.id, litres: 10_000, mixers: 1, headcount: 20, segmentIds: [w.roadA.segmentIds[0]] });
    expect(a.reason.vi).toBe('Bắt đầu tuyến Đường trục thôn Nặm Khẳm theo lộ trình (Km0+000 – Km0+025), nhóm có 22 người dự kiến, 1 máy trộn sẵn sàng → 10 m³, cần 20 người.');
    const roadA = v.roads.find((r: { id: number }) => r.id === w.roadA.id);
    const firstDays = roadA.segments.map((s: { plannedDays: string[] }) => s.plannedDays[0]);
    expect(firstDays).toEqual([...firstDays].sort());
    // 10 m³ a Saturday along 12 m³ segments: the first takes two Saturdays, the second starts on the second.
    expect(roadA.segments[0].plannedDays).toEqual([SATURDAY, NEXT_SATURDAY]);
    expect(roadA.segments[1].plannedDays).toEqual([NEXT_SATURDAY, '2021-11-06']);
    expect(v.unmetLitres).toBe(0);
    expect((await auditRows(t.db, 'season_plan'))[0]).toMatchObject({ action: 'solve', user_id: w.users.coordinator.id });
    expect((await c.get(url())).body.plan.entries).toEqual(v.entries);
  });

  it('a ban keeps a group home that Saturday; a pin puts it on a road; the solve follows both', async () => {
    const c = await t.as('coordinator');
    const ban = await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: null, day: SATURDAY, kind: 'forbid' });
    expect(ban.status).toBe(201);
    const v = (await c.post(url('/solve'), {})).body;
    expect(v.entries.some((e: { day: string; teamId: number }) => e.day === SATURDAY && e.teamId === w.groups.groupA.id)).toBe(false);
    expect(v.entries.find((e: { teamId: number }) => e.teamId === w.groups.groupA.id).day).toBe(NEXT_SATURDAY);
    // Group B has only road B: a pin on road B a week later than it would start.
    await c.post(url('/overrides'), { groupId: w.groups.groupB.id, roadId: w.roadB.id, day: NEXT_SATURDAY, kind: 'pin' });
    const v2 = (await c.post(url('/solve'), {})).body;
    expect(v2.entries.find((e: { day: string; teamId: number }) => e.day === NEXT_SATURDAY && e.teamId === w.groups.groupB.id)).toMatchObject({ pinned: true });
    const list = (await c.get(url())).body.overrides;
    expect(list).toHaveLength(2);
    expect((await c.delete(url(`/overrides/${ban.body.id}`))).status).toBe(204);
    expect((await c.get(url())).body.overrides).toHaveLength(1);
  });

  it('refuses a pin without a road, a road of another district, a day that is not a campaign day: the field named, nothing written', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const noRoad = await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: null, day: SATURDAY, kind: 'pin' });
      expectError(noRoad, 400, 'VALIDATION', 'roadId');
      expect(noRoad.body.error.fields[0].vi).toBe('Ghim cần chọn tuyến đường');
      expectError(await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: w.roadA.id, day: '2021-10-21', kind: 'pin' }), 400, 'VALIDATION', 'day');
      expectError(await c.post(url('/overrides'), { groupId: 999_999, roadId: w.roadA.id, day: SATURDAY, kind: 'pin' }), 400, 'VALIDATION', 'groupId');
      expectError(await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: w.roadA.id, day: SATURDAY, kind: 'maybe' }), 400, 'VALIDATION', 'kind');
    });
  });

  it("'Đề xuất kế hoạch' takes the season plan's entries for the day, with its reasons", async () => {
    const c = await t.as('coordinator');
    await c.post(url('/solve'), {});
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    expect(res.status).toBe(200);
    const a = res.body.plan.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    expect(a).toMatchObject({ targetVolumeM3: 10, headcount: 20, mixers: 1 });
    expect(a.explanation.vi).toMatch(/^Theo lộ trình mùa: Bắt đầu tuyến Đường trục thôn Nặm Khẳm/);
    expect(a.segments.map((s: { id: number }) => s.id)).toEqual([w.roadA.segmentIds[0]]);
  });

  it('exports the route schedule as XLSX and PDF', async () => {
    const c = await t.as('coordinator');
    expect((await c.get(url('/export'))).status).toBe(404);
    await c.post(url('/solve'), {});
    const x = await c.get(url('/export?format=xlsx'));
    expect(x.status).toBe(200);
    const pdf = await c.get(url('/export?format=pdf'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toContain('pdf');
    expect(x.headers.get('content-type')).toContain('spreadsheetml');
  });
});
