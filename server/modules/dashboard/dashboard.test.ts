// The leadership dashboard over HTTP, on the worker's database (PGlite, or PostgreSQL with
// DATABASE_URL): 401 → 403 → 400/404 → the sections with real figures, and the segment drill-down.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeWork } from './dashboard.fixtures.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

describe('GET /dashboard', () => {
  it('needs a session, and the dashboard permission (leader, coordinator, admin only)', async () => {
    expectError(await t.client().get('/api/v1/dashboard'), 401, 'UNAUTHENTICATED');
    for (const u of ['commune.tannam', 'group_lead', 'agency', 'inspector', 'media']) {
      expectError(await (await t.as(u)).get(`/api/v1/dashboard?campaignId=${w.campaign.id}`), 403, 'FORBIDDEN');
    }
  });

  it('names a bad campaignId, and answers 404 for a campaign that does not exist', async () => {
    const c = await t.as('leader');
    expectError(await c.get('/api/v1/dashboard?campaignId=abc'), 400, 'VALIDATION', 'query.campaignId');
    expectError(await c.get('/api/v1/dashboard?campaignId=999999'), 404, 'NOT_FOUND');
  });

  it('says which sections have no data yet instead of inventing figures', async () => {
    const res = await (await t.as('coordinator')).get(`/api/v1/dashboard?campaignId=${w.campaign.id}`);
    expect(res.status).toBe(200);
    const h = res.body.headline.campaign;
    expect(h.roads).toMatchObject({ finishedKm: 0, acceptedKm: 0, totalKm: 0 });
    expect(h.work).toEqual({ available: false, reason: 'no_workdays' });
    expect(h.fund).toEqual({ available: false, reason: 'no_fund' });
    // Reporting rate: received ÷ expected, expected = communes × weeks whose deadline has passed.
    expect(h.reports).toMatchObject({ available: true, received: 0, onTime: 0, ratePercent: 0 });
    expect(h.reports.expected).toBe(h.reports.communes * h.reports.weeks);
    expect(h.reports.expected).toBeGreaterThan(0);
    expect(res.body.ranking).toEqual({ available: false, reason: 'no_workdays' });
    expect(res.body.nextPlan).toEqual({ available: false, reason: 'no_plan' });
    expect(res.body.lateTasks).toEqual({ available: true, items: [] });
  });

  it('adds up the roads, the workdays and the communes, and draws the weeks', async () => {
    await makeWork(t, w);
    const res = await (await t.as('leader')).get(`/api/v1/dashboard?campaignId=${w.campaign.id}`);
    expect(res.status).toBe(200);
    expect(res.body.campaign).toMatchObject({ id: w.campaign.id, startDate: '2021-09-11' });
    const h = res.body.headline.campaign;
    // Segments: 200 m accepted + 150 m poured are finished; the workday poured 350 m, 3 m × 0.18 m: 108 m³ + 81 m³.
    expect(h.roads).toMatchObject({ finishedKm: 0.35, acceptedKm: 0.2, totalKm: 0.35, segments: { accepted: 1, poured: 1 } });
    expect(h.work).toEqual({ available: true, workdays: 1, cancelled: 0, officials: 12, people: 24, participants: 36, labourDays: 33, lengthM: 350, volumeM3: 189 });
    const tanNam = res.body.communes.find((x: { commune: { name: string } }) => x.commune.name === w.units.tanNam.name);
    expect(tanNam).toMatchObject({ roads: 1, acceptedKm: 0.2, finishedKm: 0.35, work: { lengthM: 350, volumeM3: 189 } });
    expect(tanNam.indicators.find((i: { roadClass: string }) => i.roadClass === 'village')).toMatchObject({ totalKm: 1, hardenedKm: 0.2, met: false });
    const weeks = res.body.weeks as Array<{ endDay: string; finishedKm: number; acceptedKm: number }>;
    expect(weeks.find((x) => x.endDay === '2021-09-18')).toMatchObject({ finishedKm: 0.2, acceptedKm: 0 });
    expect(weeks.find((x) => x.endDay === '2021-09-25')).toMatchObject({ finishedKm: 0.35, acceptedKm: 0.2 });
    expect(res.body.ranking.available).toBe(true);
    expect(res.body.ranking.groups[0]).toMatchObject({ rank: 1, name: 'Nhóm 1' });
  });
});

describe('GET /dashboard/segments/{id}', () => {
  it('refuses without the permission, 404 for an unknown segment, and shows the workdays and photos behind a segment', async () => {
    const x = await makeWork(t, w);
    expectError(await t.client().get(`/api/v1/dashboard/segments/${x.accepted.id}`), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('commune.tannam')).get(`/api/v1/dashboard/segments/${x.accepted.id}`), 403, 'FORBIDDEN');
    const c = await t.as('leader');
    expectError(await c.get('/api/v1/dashboard/segments/999999'), 404, 'NOT_FOUND');
    const res = await c.get(`/api/v1/dashboard/segments/${x.accepted.id}`);
    expect(res.status).toBe(200);
    expect(res.body.segment).toMatchObject({ id: x.accepted.id, status: 'accepted', lengthM: 200, road: { id: x.road.id }, commune: { name: w.units.tanNam.name } });
    expect(res.body.workdays).toHaveLength(1);
    expect(res.body.workdays[0]).toMatchObject({ id: x.workday.id, group: 'Nhóm 1', lengthM: 200, volumeM3: 108, officials: 12, people: 24 });
    expect(res.body.workdays[0].photos.map((p: { id: number }) => p.id).sort()).toEqual([x.afterPhoto.id, x.beforePhoto.id].sort());
    // The photo link works for the leader.
    const photo = await c.get(res.body.workdays[0].photos[0].url);
    expect(photo.status).toBe(200);
  });
});
