// Campaigns over HTTP, on PGlite and PostgreSQL: a new campaign gets every Saturday of its period,
// make-up days are added and days removed inside the period only, target communes must be
// communes, and a shorter period drops the days outside it.
import { beforeEach, describe, expect, it } from 'vitest';
import { saturdaysBetween } from '../../../domain/dates.js';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

// Counted on a 2021 wall calendar: the Saturdays from Thursday 9 September to Friday 31 December.
const SATURDAYS_2021 = [
  '2021-09-11', '2021-09-18', '2021-09-25', '2021-10-02', '2021-10-09', '2021-10-16', '2021-10-23', '2021-10-30',
  '2021-11-06', '2021-11-13', '2021-11-20', '2021-11-27', '2021-12-04', '2021-12-11', '2021-12-18', '2021-12-25',
];
const days = (c: { days: Array<{ day: string }> }) => c.days.map((d) => d.day);

function body(over: Record<string, unknown> = {}) {
  return {
    name: 'Ngày thứ 7 vì nông thôn mới năm 2021 (đợt 2)', districtId: w.units.district.id,
    startDate: '2021-09-09', endDate: '2021-12-31', criterionNo: 2, communeIds: [w.units.tanNam.id, w.units.yenThanh.id], ...over,
  };
}

describe('POST /campaigns', () => {
  it('is for those who manage campaigns, and writes nothing otherwise', async () => {
    const clients = await Promise.all(['leader', 'commune.tannam', 'group_lead'].map((u) => t.as(u)));
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/campaigns', body()), 401, 'UNAUTHENTICATED');
      for (const c of clients) expectError(await c.post('/api/v1/campaigns', body()), 403, 'FORBIDDEN');
    });
  });

  it('fills every Saturday of the period as a campaign day', async () => {
    const res = await (await t.as('coordinator')).post('/api/v1/campaigns', body());
    expect(res.status).toBe(201);
    expect(days(res.body)).toEqual(SATURDAYS_2021);
    expect(days(res.body)).toEqual(saturdaysBetween('2021-09-09', '2021-12-31'));
    expect(res.body.days.every((d: { saturday: boolean; note: string | null }) => d.saturday && d.note === null)).toBe(true);
    expect(res.body).toMatchObject({ district: { id: w.units.district.id, name: 'Quang Bình' }, groupCount: 0, actions: ['edit'], version: 1 });
    expect(res.body.communes.map((u: { name: string }) => u.name)).toEqual(['Tân Nam', 'Yên Thành']);
    const [audit] = await auditRows(t.db, 'campaign', res.body.id);
    expect(audit).toMatchObject({ action: 'create', user_id: w.users.coordinator.id, after: { days: 16 } });
  });

  it('takes a town as a target commune', async () => {
    const town = await t.db.insertInto('admin_units').values({ name: 'Yên Bình', level: 'town', parent_id: w.units.district.id, search_text: 'yen binh' }).returning('id').executeTakeFirstOrThrow();
    const res = await (await t.as('admin')).post('/api/v1/campaigns', body({ communeIds: [town.id] }));
    expect(res.status).toBe(201);
    expect(res.body.communes).toEqual([{ id: town.id, name: 'Yên Bình', level: 'town' }]);
  });

  it('names each bad field, and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/campaigns', body({ endDate: '2021-09-01' })), 400, 'VALIDATION', 'endDate');
      expectError(await c.post('/api/v1/campaigns', body({ startDate: '2021-02-30' })), 400, 'VALIDATION', 'startDate');
      expectError(await c.post('/api/v1/campaigns', body({ startDate: '11/09/2021' })), 400, 'VALIDATION', 'startDate');
      expectError(await c.post('/api/v1/campaigns', body({ name: 'NT' })), 400, 'VALIDATION', 'name');
      expectError(await c.post('/api/v1/campaigns', body({ criterionNo: 20 })), 400, 'VALIDATION', 'criterionNo');
      expectError(await c.post('/api/v1/campaigns', body({ districtId: w.units.tanNam.id })), 400, 'VALIDATION', 'districtId');
      const village = await c.post('/api/v1/campaigns', body({ communeIds: [w.units.tanNam.id, w.units.villageYT.id] }));
      expectError(village, 400, 'NOT_A_COMMUNE', 'communeIds');
      expect(village.body.error.fields[0].en).toContain(String(w.units.villageYT.id));
      expectError(await c.post('/api/v1/campaigns', body({ communeIds: [w.units.district.id] })), 400, 'NOT_A_COMMUNE', 'communeIds');
      expectError(await c.post('/api/v1/campaigns', body({ communeIds: [999_999] })), 400, 'NOT_A_COMMUNE', 'communeIds');
    });
  });
});

describe('campaign days', () => {
  it('adds a make-up day that is not a Saturday, and removes a day, both audited', async () => {
    const c = await t.as('coordinator');
    const id = (await c.post('/api/v1/campaigns', body())).body.id;
    const added = await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-10-05', note: 'Ngày bù do mưa ngày 02/10' });
    expect(added.status).toBe(201);
    expect(added.body.days).toContainEqual({ day: '2021-10-05', note: 'Ngày bù do mưa ngày 02/10', saturday: false });
    expect(days(added.body)).toHaveLength(17);
    expect(days(added.body)).toEqual([...days(added.body)].sort());
    const removed = await c.delete(`/api/v1/campaigns/${id}/days/2021-10-02`);
    expect(removed.status).toBe(200);
    expect(days(removed.body)).not.toContain('2021-10-02');
    expect(days(removed.body)).toHaveLength(16);
    expect(removed.body.version).toBe(3);
    const audits = await auditRows(t.db, 'campaign', id);
    expect(audits.map((a) => [a.action, a.summary])).toEqual([['create', body().name], ['add_day', '2021-10-05'], ['remove_day', '2021-10-02']]);
  });

  it('refuses a day outside the period, a day already there, and a missing day; and other roles', async () => {
    const c = await t.as('coordinator');
    const id = w.campaign.id; // 2021-09-11 … 2021-12-25
    const leader = await t.as('leader');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-09-10' }), 400, 'DATE_OUTSIDE_CAMPAIGN', 'day');
      expectError(await c.post(`/api/v1/campaigns/${id}/days`, { day: '2022-01-01' }), 400, 'DATE_OUTSIDE_CAMPAIGN', 'day');
      expectError(await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-09-31' }), 400, 'VALIDATION', 'day');
      expectError(await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-09-18' }), 409, 'CONFLICT', 'day');
      expectError(await c.delete(`/api/v1/campaigns/${id}/days/2021-09-14`), 404, 'NOT_FOUND');
      expectError(await c.post('/api/v1/campaigns/999999/days', { day: '2021-09-14' }), 404, 'NOT_FOUND');
      expectError(await leader.post(`/api/v1/campaigns/${id}/days`, { day: '2021-09-14' }), 403, 'FORBIDDEN');
      expectError(await leader.delete(`/api/v1/campaigns/${id}/days/2021-09-18`), 403, 'FORBIDDEN');
    });
  });
});

describe('PATCH /campaigns/{id}', () => {
  it('shortening the period drops the days outside it; lengthening adds the new Saturdays', async () => {
    const c = await t.as('coordinator');
    const id = (await c.post('/api/v1/campaigns', body())).body.id;
    await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-10-05', note: 'Ngày bù' });
    await c.post(`/api/v1/campaigns/${id}/days`, { day: '2021-11-30', note: 'Ngày bù' });
    const short = await c.patch(`/api/v1/campaigns/${id}`, { startDate: '2021-09-15', endDate: '2021-10-31' });
    expect(short.status).toBe(200);
    expect(days(short.body)).toEqual(['2021-09-18', '2021-09-25', '2021-10-02', '2021-10-05', '2021-10-09', '2021-10-16', '2021-10-23', '2021-10-30']);
    const long = await c.patch(`/api/v1/campaigns/${id}`, { endDate: '2021-11-13' });
    expect(days(long.body).slice(-2)).toEqual(['2021-11-06', '2021-11-13']);
    expect(days(long.body)).not.toContain('2021-11-30');
    const [, , , update] = await auditRows(t.db, 'campaign', id);
    expect(update).toMatchObject({ action: 'update', before: { startDate: '2021-09-09', endDate: '2021-12-31', days: 18 }, after: { startDate: '2021-09-15', endDate: '2021-10-31', days: 8 } });
  });

  it('takes a partial body: a field left out keeps its stored value (the criterion is not reset to its default 2)', async () => {
    const c = await t.as('coordinator');
    const id = (await c.post('/api/v1/campaigns', body({ criterionNo: 5 }))).body.id;
    const renamed = await c.patch(`/api/v1/campaigns/${id}`, { name: 'Chiến dịch đổi tên' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Chiến dịch đổi tên', criterionNo: 5 });
    expect((await c.get(`/api/v1/campaigns/${id}`)).body.criterionNo).toBe(5);
  });

  it('refuses an end before the start (field endDate), bad communes and a stale If-Match; writes nothing', async () => {
    const c = await t.as('coordinator');
    const etag = (await c.get(`/api/v1/campaigns/${w.campaign.id}`)).headers.get('etag')!;
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/campaigns/${w.campaign.id}`, { endDate: '2021-09-01' }), 400, 'VALIDATION', 'endDate');
      expectError(await c.patch(`/api/v1/campaigns/${w.campaign.id}`, { startDate: '2022-01-01' }), 400, 'VALIDATION', 'endDate');
      expectError(await c.patch(`/api/v1/campaigns/${w.campaign.id}`, { communeIds: [w.units.villageTN.id] }), 400, 'NOT_A_COMMUNE', 'communeIds');
      expectError(await c.patch(`/api/v1/campaigns/${w.campaign.id}`, { name: 'Tên mới' }, { 'if-match': 'W/"9"' }), 412, 'STALE_VERSION');
    });
    expect((await c.patch(`/api/v1/campaigns/${w.campaign.id}`, { name: 'Tên mới của chiến dịch' }, { 'if-match': etag })).status).toBe(200);
  });
});
