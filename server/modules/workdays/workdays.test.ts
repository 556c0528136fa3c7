// Workday records over HTTP on both databases: 401 → 403 → wrong commune/group → 400 naming the
// field (nothing written) → success with its audit row; labour-days computed, never typed; pours
// within the segment's volume move the segment along; each side its own part; client ids make
// resends safe.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten, auditRows } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, SEGMENT_LITRES, workdayBody } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
let seg: { id: number }[];

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments;
});

const body = (extra: Record<string, unknown> = {}) => workdayBody({ campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, ...extra });
// 3 m × 0.15 m: 0.45 m³ a metre, so 40 m is 18 m³ by design (20 m³ is within the plausibility tolerance).
const communePart = (m3 = 20, lengthM = 40) => ({ people: { fullDay: 8, halfDay: 2 }, pours: [{ segmentId: seg[0].id, lengthM, volumeM3: m3 }], weather: 'sunny', supervisorName: 'Ma Văn Giám' });

describe('POST /workdays: who may record', () => {
  it('needs a session, the permission, and the right commune or group', async () => {
    expect((await t.client().post('/api/v1/workdays', body())).status).toBe(401);
    expectError(await (await t.as('inspector')).post('/api/v1/workdays', body({ commune: communePart() })), 403, 'FORBIDDEN');
    // The other commune's user, and a group lead for another group.
    expectError(await (await t.as('commune.yenthanh')).post('/api/v1/workdays', body({ commune: communePart() })), 403, 'FORBIDDEN');
    expectError(await (await t.as('group_lead')).post('/api/v1/workdays', body({ groupId: w.groups.groupB.id, group: { attendance: [] } })), 403, 'FORBIDDEN');
    expect(await t.db.selectFrom('workdays').selectAll().execute()).toHaveLength(0);
  });

  it("refuses the other side's part, naming it", async () => {
    const c = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/workdays', body({ group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 5 }] } })), 403, 'NOT_YOUR_PART', 'group');
    });
    const g = await t.as('group_lead');
    expectError(await g.post('/api/v1/workdays', body({ commune: communePart() })), 403, 'NOT_YOUR_PART', 'commune');
  });
});

describe('POST /workdays: the phone\'s position', () => {
  it('keeps where the phone was, with its accuracy, and refuses a position out of bounds', async () => {
    const c = await t.as('commune.tannam');
    const position = { latitude: 22.41234, longitude: 104.51234, accuracyM: 18, at: '2021-09-18T08:05:00+07:00' };
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/workdays', body({ commune: communePart(), position: { ...position, latitude: 95 } })), 400, 'VALIDATION', 'position.latitude');
      expectError(await c.post('/api/v1/workdays', body({ commune: communePart(), position: { ...position, accuracyM: 50_000 } })), 400, 'VALIDATION', 'position.accuracyM');
      expectError(await c.post('/api/v1/workdays', body({ commune: communePart(), position: { ...position, at: '2099-01-01T00:00:00Z' } })), 400, 'VALIDATION', 'position.at');
    });
    const res = await c.post('/api/v1/workdays', body({ commune: communePart(), position }));
    expect(res.status).toBe(201);
    expect(res.body.position).toEqual({ latitude: 22.41234, longitude: 104.51234, accuracyM: 18, at: '2021-09-18T01:05:00.000Z' });
    const other = await c.post('/api/v1/workdays', body({ groupId: w.groups.groupB.id, commune: { people: { fullDay: 3 } } }));
    expect(other.body.position).toBeNull();
  });
});

describe('POST /workdays: bad input writes nothing', () => {
  it('requires a client id', async () => {
    const c = await t.as('commune.tannam');
    const { clientId: _drop, ...noId } = body({ commune: communePart() });
    await expectNothingWritten(t.db, async () => expectError(await c.post('/api/v1/workdays', noId), 400, 'VALIDATION', 'clientId'));
  });

  it('refuses a typed labour-day total that does not match the attendance', async () => {
    const g = await t.as('group_lead');
    const res = await expectNothingWritten(t.db, () => g.post('/api/v1/workdays', body({
      group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 10, halfDay: 3 }, { agencyId: w.agencies.memberA.id, fullDay: 4 }], labourDays: 16 },
    })));
    expectError(res, 400, 'LABOUR_DAYS_MISMATCH', 'group.labourDays');
    expect(res.body.error.fields[0].vi).toContain('15,5');
  });

  it('refuses an agency outside the group and names that does not match the headcount', async () => {
    const g = await t.as('group_lead');
    expectError(await g.post('/api/v1/workdays', body({ group: { attendance: [{ agencyId: w.agencies.leadB.id, fullDay: 3 }] } })), 400, 'VALIDATION', 'group.attendance.0.agencyId');
    expectError(await g.post('/api/v1/workdays', body({ group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 2, names: ['Lý Văn A'] }] } })), 400, 'VALIDATION', 'group.attendance.0.names');
  });

  it("refuses a pour beyond the segment's remaining volume plus the tolerance", async () => {
    const c = await t.as('commune.tannam');
    // 67.5 m³ with 5 % tolerance: at most 70.875 m³.
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/workdays', body({ commune: communePart(71) })), 400, 'POUR_EXCEEDS_SEGMENT', 'commune.pours.0.volumeM3');
    });
    expect((await c.post('/api/v1/workdays', body({ commune: communePart(70.8, 150) }))).status).toBe(201);
  });

  it('refuses a segment of another commune, a day outside the campaign, a day ahead', async () => {
    const other = (await makeRoadWithSegments(t.db, w.units.yenThanh.id, 1)).segments[0];
    const c = await t.as('commune.tannam');
    expectError(await c.post('/api/v1/workdays', body({ commune: { pours: [{ segmentId: other.id, lengthM: 10, volumeM3: 4 }] } })), 400, 'VALIDATION', 'commune.pours.0.segmentId');
    expectError(await c.post('/api/v1/workdays', body({ day: '2021-01-02', commune: communePart() })), 400, 'DATE_OUTSIDE_CAMPAIGN', 'day');
    expect(await t.db.selectFrom('workdays').selectAll().execute()).toHaveLength(0);
  });
});

describe('POST /workdays: recording and correcting', () => {
  it('records the commune part, then the group part; labour-days come from attendance; audited', async () => {
    const c = await t.as('commune.tannam');
    const created = await c.post('/api/v1/workdays', body({ commune: communePart() }));
    expect(created.status).toBe(201);
    expect(created.body.totals).toMatchObject({ officials: 0, people: 10, labourDays: 9, volumeM3: 20, lengthM: 40 });
    // Concrete was poured: the day can no longer be cancelled, so it is not offered.
    expect(created.body.actions).toEqual(['editCommune', 'addPhoto']);
    expect(created.body.reported).toBe(false);
    const id = created.body.id;

    const g = await t.as('group_lead');
    const patched = await g.patch(`/api/v1/workdays/${id}/group`, { attendance: [
      { agencyId: w.agencies.leadA.id, fullDay: 12, halfDay: 1, names: [] }, { agencyId: w.agencies.memberA.id, fullDay: 6 }], labourDays: 18.5 });
    expect(patched.status).toBe(200);
    expect(patched.body.totals).toMatchObject({ officials: 19, people: 10, participants: 29, labourDays: 27.5 });
    // The group's side sees its part and the totals, not the commune's detail.
    expect(patched.body.communePart).toBeNull();
    expect(patched.body.actions).toEqual(['editGroup', 'addPhoto']);
    expectError(await g.patch(`/api/v1/workdays/${id}/commune`, { weather: 'heavy_rain' }), 403, 'NOT_YOUR_PART', 'commune');
    expectError(await c.patch(`/api/v1/workdays/${id}/group`, { attendance: [] }), 403, 'NOT_YOUR_PART', 'attendance');

    const full = await c.get(`/api/v1/workdays/${id}`);
    expect(full.body.communePart.pours[0]).toMatchObject({ segmentId: seg[0].id, volumeM3: 20, chainage: 'Km0+000 – Km0+150' });
    expect(full.body.groupPart.attendance).toHaveLength(2);
    const audits = await auditRows(t.db, 'workday', id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update_group_part']);
    expect(audits[1].user_id).toBe(w.users.group_lead.id);
  });

  it('moves the segment to in progress, then to poured when its whole volume is in', async () => {
    const c = await t.as('commune.tannam');
    await c.post('/api/v1/workdays', body({ commune: communePart(30, 67) }));
    expect((await t.db.selectFrom('segments').select('status').where('id', '=', seg[0].id).executeTakeFirstOrThrow()).status).toBe('in_progress');
    const second = await c.post('/api/v1/workdays', body({ groupId: w.groups.groupB.id, commune: { pours: [{ segmentId: seg[0].id, lengthM: 90, volumeM3: SEGMENT_LITRES / 1000 - 30 }] } }));
    expect(second.status).toBe(201);
    const s = await t.db.selectFrom('segments').select(['status', 'poured_on']).where('id', '=', seg[0].id).executeTakeFirstOrThrow();
    expect(s).toEqual({ status: 'poured', poured_on: '2021-09-18' });
    // Nothing remains: only the tolerance is left for a correction elsewhere.
    const third = await c.post('/api/v1/workdays', body({ day: '2021-09-25', commune: { pours: [{ segmentId: seg[0].id, lengthM: 5, volumeM3: 4 }] } }));
    expectError(third, 400, 'POUR_EXCEEDS_SEGMENT', 'commune.pours.0.volumeM3');
  });

  it('one record per group, commune and day', async () => {
    const c = await t.as('commune.tannam');
    expect((await c.post('/api/v1/workdays', body({ commune: communePart() }))).status).toBe(201);
    expectError(await c.post('/api/v1/workdays', body({ commune: communePart(5) })), 409, 'WORKDAY_EXISTS', 'day');
  });

  it('cancels a day with a reason; a cancelled day cannot be corrected', async () => {
    const c = await t.as('commune.tannam');
    const created = (await c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 6 }, weather: 'heavy_rain' } }))).body;
    const id = created.id;
    expect(created.actions).toEqual(['editCommune', 'cancel', 'addPhoto']);
    expectError(await c.post(`/api/v1/workdays/${id}/cancel`, { reason: '' }), 400, 'VALIDATION', 'reason');
    const res = await c.post(`/api/v1/workdays/${id}/cancel`, { reason: 'Mưa lớn, đường trơn' });
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Mưa lớn, đường trơn', actions: [] });
    expectError(await c.patch(`/api/v1/workdays/${id}/commune`, { weather: 'sunny' }), 409, 'WORKDAY_CANCELLED');
  });

  it('refuses to cancel a day on which concrete was poured, changing nothing', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/workdays', body({ commune: communePart() }))).body.id;
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/workdays/${id}/cancel`, { reason: 'Mưa' }), 409, 'CONFLICT', 'reason');
    });
    expect((await c.get(`/api/v1/workdays/${id}`)).body.status).toBe('recorded');
  });
});

describe('client ids: a resend never duplicates', () => {
  it('returns the first record for the same body, 409 for another body with the same id', async () => {
    const c = await t.as('commune.tannam');
    const b = body({ commune: communePart() });
    const first = await c.post('/api/v1/workdays', b);
    expect(first.status).toBe(201);
    const again = await c.post('/api/v1/workdays', b);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expectError(await c.post('/api/v1/workdays', { ...b, commune: communePart(21) }), 409, 'CLIENT_ID_REUSED', 'clientId');
    expect(await t.db.selectFrom('workdays').selectAll().execute()).toHaveLength(1);
    expect(await t.db.selectFrom('workday_pours').selectAll().execute()).toHaveLength(1);
    expect((await auditRows(t.db, 'workday')).filter((a) => a.action === 'create')).toHaveLength(1);
  });

  it('three resends at once with an Idempotency-Key make one record', async () => {
    const c = await t.as('commune.tannam');
    const b = body({ commune: communePart() });
    const answers = await Promise.all([1, 2, 3].map(() => c.post('/api/v1/workdays', b, { 'idempotency-key': `wd-${b.clientId}` })));
    const ok = answers.filter((a) => a.status === 200 || a.status === 201);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const a of answers) expect([200, 201, 409]).toContain(a.status);
    expect(new Set(ok.map((a) => a.body.id)).size).toBe(1);
    expect(await t.db.selectFrom('workdays').selectAll().execute()).toHaveLength(1);
    // Once the first has committed, every resend answers with it.
    const later = await c.post('/api/v1/workdays', b, { 'idempotency-key': `wd-${b.clientId}` });
    expect(later.body.id).toBe(ok[0].body.id);
  });
});

describe('GET /workdays and actuals', () => {
  it('keeps each reader to its scope and gives plans the actuals per group', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/workdays', body({ commune: communePart() }))).body.id;
    await (await t.as('group_lead')).patch(`/api/v1/workdays/${id}/group`, { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 10 }] });
    expect((await (await t.as('commune.yenthanh')).get('/api/v1/workdays')).body).toEqual({ items: [], today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await (await t.as('commune.yenthanh')).get(`/api/v1/workdays/${id}`)).status).toBe(404);
    expect((await (await t.as('agency')).get('/api/v1/workdays')).body.items).toHaveLength(1);
    expect((await (await t.as('leader')).get(`/api/v1/workdays?communeId=${w.units.tanNam.id}`)).body.items).toHaveLength(1);
    const actuals = await (await t.as('coordinator')).get(`/api/v1/campaigns/${w.campaign.id}/workday-actuals?day=2021-09-18`);
    expect(actuals.body.items).toEqual([{ groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, workdayId: id, status: 'recorded',
      participants: 20, officials: 10, people: 10, labourDays: 19, volumeM3: 20, lengthM: 40 }]);
  });
});
