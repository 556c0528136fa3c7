// Criterion 2 per commune on both databases: km per class, shares against the region's thresholds,
// "thresholds not confirmed" until the admin confirms them, projections, and applied regions.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectDescribedBy, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';
import { ThresholdOut } from './criteria.schema.js';

let t: TestApp;
let w: World;
let c: TestClient;

const road = (over: Record<string, unknown>) => ({ roadClass: 'village', surfaceBefore: 'earth', widthM: 3, thicknessM: 0.18, grade: 'M250', stone: '1x2', ...over });

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db); // its campaign runs on the Saturdays 2021-09-11 … 2021-12-25
  c = await t.as('commune.tannam');
});

/** Tân Nam: a hardened commune road, and a 1 km village road whose first 600 m are accepted on three Saturdays. */
async function tanNamRoads() {
  await c.post('/api/v1/roads', road({ name: 'Đường trục xã', roadClass: 'commune', lengthM: 2000, surfaceBefore: 'hardened' }));
  const village = (await c.post('/api/v1/roads', road({ name: 'Đường trục thôn', lengthM: 1000 }))).body;
  const segs = (await c.post(`/api/v1/roads/${village.id}/segments/split`, { segmentLengthM: 200 })).body.items;
  const inspector = await t.as('inspector');
  for (const [i, day] of ['2021-10-02', '2021-10-09', '2021-10-16'].entries()) {
    for (const to of ['ready', 'in_progress', 'poured']) await c.post(`/api/v1/segments/${segs[i].id}/transition`, { to, date: to === 'poured' ? day : undefined });
    await inspector.post(`/api/v1/segments/${segs[i].id}/transition`, { to: 'accepted', date: day });
  }
  return { village, segs };
}

describe('GET /criterion2/communes/{id}', () => {
  it('sums km per class, compares with the thresholds and reads "thresholds not confirmed" until confirmed', async () => {
    await tanNamRoads();
    const res = await c.get(`/api/v1/criterion2/communes/${w.units.tanNam.id}?asOf=2021-10-20`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      commune: { id: w.units.tanNam.id, name: 'Tân Nam' }, region: { code: 'northern_midlands_mountains', vi: 'Trung du và miền núi phía Bắc', own: false },
      campaign: { id: w.campaign.id }, status: 'thresholds_not_confirmed', metAtThresholds: false, thresholdsConfirmed: false,
      pace: { campaignDays: 4, window: ['2021-09-25', '2021-10-02', '2021-10-09', '2021-10-16'] },
    });
    const [i21, i22, i23] = res.body.indicators;
    expect(i21).toMatchObject({ indicator: '2.1', roadClass: 'commune', totalKm: 2, hardenedKm: 2, hardenedBeforeKm: 2, sharePercent: 100, thresholdPercent: 100,
      thresholdConfirmed: true, met: true, projection: { status: 'met' } });
    // 600 m of 1 km accepted against 70 %: 100 m missing; 600 m over the last 4 campaign days is 150 m a day.
    expect(i22).toMatchObject({ indicator: '2.2', totalKm: 1, hardenedKm: 0.6, acceptedKm: 0.6, sharePercent: 60, thresholdPercent: 70, thresholdConfirmed: false,
      met: false, missingKm: 0.1, projection: { status: 'projected', date: '2021-10-23', campaignDaysNeeded: 1, withinCampaign: true, paceMPerDay: 150 } });
    expect(i23).toMatchObject({ totalKm: 0, met: null, projection: { status: 'no_roads' } });
    // Before any acceptance, the same road is "not at this pace".
    const early = await c.get(`/api/v1/criterion2/communes/${w.units.tanNam.id}?asOf=2021-09-30`);
    expect(early.body.indicators[1].projection).toMatchObject({ status: 'not_at_this_pace', date: null, paceMPerDay: 0 });
  });

  it('is met once every indicator is and every threshold is confirmed by the admin (audited)', async () => {
    const { segs } = await tanNamRoads();
    for (const to of ['ready', 'in_progress', 'poured']) await c.post(`/api/v1/segments/${segs[3].id}/transition`, { to, date: to === 'poured' ? '2021-10-23' : undefined });
    await (await t.as('inspector')).post(`/api/v1/segments/${segs[3].id}/transition`, { to: 'accepted', date: '2021-10-23' });
    const admin = await t.as('admin');
    const coordinator = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await coordinator.patch('/api/v1/criterion2/thresholds/northern_midlands_mountains/2.2', { confirmed: true }), 403, 'FORBIDDEN');
      expectError(await admin.patch('/api/v1/criterion2/thresholds/northern_midlands_mountains/2.2', { minSharePercent: 120 }), 400, 'VALIDATION', 'minSharePercent');
      expectError(await admin.patch('/api/v1/criterion2/thresholds/mars/2.2', { confirmed: true }), 400, 'VALIDATION', 'path.region');
    });
    for (const ind of ['2.2', '2.3', '2.4']) {
      const r = await admin.patch(`/api/v1/criterion2/thresholds/northern_midlands_mountains/${ind}`, { confirmed: true, source: 'QĐ 1174/QĐ-UBND năm 2022 của UBND tỉnh Hà Giang' });
      expect(r.body).toMatchObject({ confirmed: true, confirmedBy: { id: w.users.admin.id } });
    }
    const res = await c.get(`/api/v1/criterion2/communes/${w.units.tanNam.id}?asOf=2021-10-30`);
    expect(res.body).toMatchObject({ status: 'met', metAtThresholds: true, thresholdsConfirmed: true });
    expect(res.body.indicators[1]).toMatchObject({ sharePercent: 80, met: true, thresholdSource: 'QĐ 1174/QĐ-UBND năm 2022 của UBND tỉnh Hà Giang' });
    const audit = await auditRows(t.db, 'criterion2_threshold', 'northern_midlands_mountains/2.2');
    expect(audit.map((a) => a.action)).toEqual(['confirm']);
    // Changing a confirmed share without confirming it again unconfirms it.
    const changed = await admin.patch('/api/v1/criterion2/thresholds/northern_midlands_mountains/2.2', { minSharePercent: 90 });
    expect(changed.body).toMatchObject({ minSharePercent: 90, confirmed: false, confirmedBy: null });
    expect((await c.get(`/api/v1/criterion2/communes/${w.units.tanNam.id}?asOf=2021-10-30`)).body.status).toBe('thresholds_not_confirmed');
  });

  it('applies the commune\'s own region when the admin sets one', async () => {
    await tanNamRoads();
    expectError(await c.patch(`/api/v1/criterion2/communes/${w.units.tanNam.id}/region`, { region: 'red_river_delta' }), 403, 'FORBIDDEN');
    const admin = await t.as('admin');
    expectError(await admin.patch(`/api/v1/criterion2/communes/${w.units.tanNam.id}/region`, { region: 'atlantis' }), 400, 'VALIDATION', 'region');
    expectError(await admin.patch('/api/v1/criterion2/communes/999999/region', { region: 'red_river_delta' }), 404, 'NOT_FOUND');
    const res = await admin.patch(`/api/v1/criterion2/communes/${w.units.tanNam.id}/region`, { region: 'red_river_delta' });
    expect(res.body.region).toMatchObject({ code: 'red_river_delta', own: true });
    expect(res.body.indicators[1].thresholdPercent).toBe(100);
    expect((await auditRows(t.db, 'admin_unit', w.units.tanNam.id)).at(-1)!.action).toBe('set_region');
  });
});

describe('GET /criterion2/communes and /criterion2/thresholds', () => {
  it('lists the communes of a campaign, and the thresholds with their sources', async () => {
    await tanNamRoads();
    expectError(await t.client().get('/api/v1/criterion2/communes'), 401, 'UNAUTHENTICATED');
    const list = await (await t.as('leader')).get(`/api/v1/criterion2/communes?campaignId=${w.campaign.id}&asOf=2021-10-20`);
    expect(list.body.items.map((i: { commune: { name: string }; status: string }) => [i.commune.name, i.status]))
      .toEqual([['Tân Nam', 'thresholds_not_confirmed'], ['Yên Thành', 'no_roads']]);
    expectError(await c.get('/api/v1/criterion2/communes?campaignId=999999'), 404, 'NOT_FOUND');
    const th = await c.get('/api/v1/criterion2/thresholds');
    expect(th.body.regions).toHaveLength(7);
    expect(th.body.items).toHaveLength(28);
    expect(th.body.items.filter((x: { confirmed: boolean }) => x.confirmed).map((x: { indicator: string }) => x.indicator)).toEqual(Array(7).fill('2.1'));
    expect(th.body.items[0].actions).toEqual([]);
    for (const x of th.body.items) expectDescribedBy(ThresholdOut, x);
  });
});
