// Registrations over HTTP on both databases: only the lead agency's user registers its own group
// (another group → 403), headcount > 0, member agencies of the group, campaign days, no past days,
// the registration deadline; the commune of the registration confirms, amends with a comment or
// declines, and the group lead is told; each side sees only its own.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../../test/helpers/assertions.js';
import { makeUser } from '../../../../test/helpers/factories.js';
import { makePlanWorld, SATURDAY, setToday, type PlanWorld } from '../../../../test/helpers/plans.js';
import { recordSaturday } from '../../../../test/helpers/workdays.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';

let t: TestApp;
let w: PlanWorld;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
});

const url = () => `/api/v1/campaigns/${w.campaign.id}/registrations`;
const body = (o: Record<string, unknown> = {}) => ({
  groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 27,
  perAgency: [{ agencyId: w.agencies.leadA.id, headcount: 18 }, { agencyId: w.agencies.memberA.id, headcount: 9 }],
  targetVolumeM3: 10, transport: 'Xe ô tô 16 chỗ của cơ quan', tools: 'Cuốc, xẻng, 2 xe rùa', ...o,
});

async function registered() {
  const res = await (await t.as('group_lead')).post(url(), body());
  expect(res.status).toBe(201);
  return res.body;
}

describe('POST /campaigns/{id}/registrations', () => {
  it('is for the lead agency user of that group only', async () => {
    expectError(await t.client().post(url(), body()), 401, 'UNAUTHENTICATED');
    const [office, commune, lead] = [await t.as('coordinator'), await t.as('commune.tannam'), await t.as('group_lead')];
    await expectNothingWritten(t.db, async () => {
      expectError(await office.post(url(), body()), 403, 'FORBIDDEN');
      expectError(await commune.post(url(), body()), 403, 'FORBIDDEN');
      // The group lead of group A registering group B.
      expectError(await lead.post(url(), body({ groupId: w.groups.groupB.id, perAgency: [] })), 403, 'NOT_GROUP_LEAD');
    });
    // A group lead user of another agency (group B's lead) cannot register group A either.
    await makeUser(t.db, { role: 'group_lead', username: 'lead.b', agencyId: w.agencies.leadB.id });
    expectError(await (await t.as('lead.b')).post(url(), body()), 403, 'NOT_GROUP_LEAD');
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const c = await t.as('group_lead');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(url(), body({ headcount: 0 })), 400, 'VALIDATION', 'headcount');
      expectError(await c.post(url(), body({ headcount: -5 })), 400, 'VALIDATION', 'headcount');
      expectError(await c.post(url(), body({ targetVolumeM3: -1 })), 400, 'VALIDATION', 'targetVolumeM3');
      expectError(await c.post(url(), body({ day: '2021-10-16' })), 400, 'PAST_DATE', 'day');
      expectError(await c.post(url(), body({ day: '2021-10-22' })), 400, 'NOT_A_CAMPAIGN_DAY', 'day');
      expectError(await c.post(url(), body({ perAgency: [{ agencyId: w.agencies.leadB.id, headcount: 2 }] })), 400, 'VALIDATION', 'perAgency');
      expectError(await c.post(url(), body({ headcount: 20 })), 400, 'IMPLAUSIBLE', 'perAgency');
      // An agency cannot send more people than its staff (Ban Tổ chức Huyện ủy has 9).
      const over = await c.post(url(), body({ headcount: 34, perAgency: [{ agencyId: w.agencies.leadA.id, headcount: 18 }, { agencyId: w.agencies.memberA.id, headcount: 16 }] }));
      expectError(over, 400, 'IMPLAUSIBLE', 'perAgency.1.headcount');
      expect(over.body.error.fields[0].vi).toContain('9 cán bộ');
      expectError(await c.post(url(), body({ communeId: w.units.district.id })), 400, 'NOT_IN_CAMPAIGN', 'communeId');
    });
  });

  it('registers, audits, and refuses a second registration of the same day', async () => {
    const r = await registered();
    expect(r).toMatchObject({
      status: 'submitted', headcount: 27, targetVolumeM3: 10, commune: { name: 'Tân Nam' }, group: { name: 'Nhóm 1' },
      perAgency: [{ agencyName: 'Văn phòng Huyện ủy', headcount: 18 }, { agencyName: 'Ban Tổ chức Huyện ủy', headcount: 9 }],
      actions: ['edit', 'withdraw'], submittedLate: false,
    });
    expect((await auditRows(t.db, 'registration', r.id))[0]).toMatchObject({ action: 'create', user_id: w.users.group_lead.id });
    expectError(await (await t.as('group_lead')).post(url(), body()), 409, 'CONFLICT', 'day');
  });

  it('closes at the registration deadline of the campaign', async () => {
    // Wednesday 20/10 is after a Tuesday 17:00 deadline for Saturday 23/10.
    await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, {
      registrationDeadline: { weekday: 2, time: '17:00' }, confirmationDeadline: { weekday: 5, time: '12:00' }, batchesPerMixerDay: 40, meetingTime: '07:00',
    });
    const lead = await t.as('group_lead');
    const closed = await expectNothingWritten(t.db, () => lead.post(url(), body()));
    expectError(closed, 409, 'REGISTRATION_CLOSED', 'day');
    expect(closed.body.error.fields[0].vi).toContain('2021-10-19 17:00');
    const window = await (await t.as('group_lead')).get(`/api/v1/campaigns/${w.campaign.id}/registration-window?day=${SATURDAY}`);
    expect(window.body).toMatchObject({ registrationDeadline: '2021-10-19T10:00:00.000Z', registrationOpen: false, confirmationOpen: true });
    // The next Saturday is still open.
    expect((await (await t.as('group_lead')).post(url(), body({ day: '2021-10-30' }))).status).toBe(201);
  });
});

describe('the commune decides', () => {
  it('confirms, and the group lead is told', async () => {
    const r = await registered();
    expectError(await (await t.as('group_lead')).post(`/api/v1/registrations/${r.id}/confirm`, {}), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.yenthanh')).post(`/api/v1/registrations/${r.id}/confirm`, {}), 403, 'FORBIDDEN');
    const ok = await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.id}/confirm`, {});
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'confirmed', decidedBy: 'Người dùng commune.tannam', decidedLate: false, actions: ['amend'] });
    const n = await t.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select(['users.username', 'event', 'title_vi']).execute();
    expect(n).toEqual([{ username: 'group_lead', event: 'registration.confirmed', title_vi: 'Xã Tân Nam đã xác nhận đăng ký ngày 23/10/2021 của Nhóm 1' }]);
    expectError(await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.id}/confirm`, {}), 409, 'REGISTRATION_TRANSITION_NOT_ALLOWED');
  });

  it('amends with a comment, keeping what the group sent', async () => {
    const r = await registered();
    const c = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/registrations/${r.id}/amend`, { headcount: 20 }), 400, 'REASON_REQUIRED', 'comment');
      expectError(await c.post(`/api/v1/registrations/${r.id}/amend`, { headcount: 0, comment: 'x' }), 400, 'VALIDATION', 'headcount');
    });
    const res = await c.post(`/api/v1/registrations/${r.id}/amend`, { headcount: 20, targetVolumeM3: 8, comment: 'Xã chỉ có 1 máy trộn: đủ việc cho 20 người' });
    expect(res.body).toMatchObject({ status: 'amended', headcount: 20, targetVolumeM3: 8, communeComment: 'Xã chỉ có 1 máy trộn: đủ việc cho 20 người', perAgency: [] });
    expect(res.body.original).toMatchObject({ headcount: 27, targetVolumeM3: 10 });
    const n = await t.db.selectFrom('notifications').select(['event', 'body_vi']).execute();
    expect(n[0].event).toBe('registration.amended');
    expect(n[0].body_vi).toContain('Xã chỉ có 1 máy trộn');
  });

  it('declines only with a comment; the group may change and send it again', async () => {
    const r = await registered();
    const c = await t.as('commune.tannam');
    expectError(await c.post(`/api/v1/registrations/${r.id}/decline`, {}), 400, 'REASON_REQUIRED', 'comment');
    const declined = await c.post(`/api/v1/registrations/${r.id}/decline`, { comment: 'Tuyến chưa giải phóng mặt bằng' });
    expect(declined.body.status).toBe('declined');
    const lead = await t.as('group_lead');
    const stale = await lead.patch(`/api/v1/registrations/${r.id}`, { headcount: 25 }, { 'if-match': `W/"${r.version}"` });
    expectError(stale, 412, 'STALE_VERSION');
    const again = await lead.patch(`/api/v1/registrations/${r.id}`, { headcount: 25, perAgency: [] }, { 'if-match': declined.headers.get('etag')! });
    expect(again.body).toMatchObject({ status: 'submitted', headcount: 25, communeComment: null, decidedBy: null });
    expect((await auditRows(t.db, 'registration', r.id)).map((a) => a.action)).toEqual(['create', 'decline', 'update']);
  });

  it('marks a decision after the confirmation deadline as late', async () => {
    const r = await registered();
    await setToday(t.db, '2021-10-22');
    await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, {
      registrationDeadline: { weekday: 4, time: '17:00' }, confirmationDeadline: { weekday: 4, time: '20:00' }, batchesPerMixerDay: 40, meetingTime: '07:00',
    });
    const res = await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.id}/confirm`, { comment: 'Xác nhận muộn do mất điện' });
    expect(res.body).toMatchObject({ status: 'confirmed', decidedLate: true });
  });

  it('lets the group withdraw, even after the deadline', async () => {
    const r = await registered();
    await setToday(t.db, '2021-10-22');
    const res = await (await t.as('group_lead')).post(`/api/v1/registrations/${r.id}/withdraw`);
    expect(res.body.status).toBe('withdrawn');
    expectError(await (await t.as('group_lead')).patch(`/api/v1/registrations/${r.id}`, { headcount: 10, perAgency: [] }), 409, 'REGISTRATION_CLOSED', 'day');
  });
});

describe('who sees which registrations', () => {
  it("keeps the commune's inbox to its commune and the group's to its group", async () => {
    const r = await registered();
    const inbox = await (await t.as('commune.tannam')).get(`${url()}?status=submitted&day=${SATURDAY}`);
    expect(inbox.body.items.map((x: { id: number }) => x.id)).toEqual([r.id]);
    expect(inbox.body.window).toMatchObject({ day: SATURDAY, registrationOpen: true });
    expect((await (await t.as('commune.yenthanh')).get(url())).body.items).toEqual([]);
    expect((await (await t.as('agency')).get(url())).body.items).toHaveLength(1);
    expect((await (await t.as('coordinator')).get(url())).body.items).toHaveLength(1);
    expectError(await (await t.as('commune.yenthanh')).get(`/api/v1/registrations/${r.id}`), 404, 'NOT_FOUND');
    expectError(await (await t.as('media')).get(url()), 403, 'FORBIDDEN');
  });

  it('gives registered vs actual per group, actual null while the day has no workday record', async () => {
    const r = await registered();
    await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.id}/confirm`, {});
    const res = await (await t.as('coordinator')).get(`${url()}/variance`);
    // The day has no workday record yet: actuals are null until the commune records it.
    expect(res.body).toEqual({ actualAvailable: true, items: [{
      day: SATURDAY, groupId: w.groups.groupA.id, groupName: 'Nhóm 1', communeName: 'Tân Nam', status: 'confirmed',
      registeredHeadcount: 27, registeredVolumeM3: 10, actualRecorded: false, actualHeadcount: null, actualVolumeM3: null, headcountVariance: null, volumeVarianceM3: null,
    }] });
  });

  it('compares with the workday record once the day is recorded', async () => {
    const r = await registered();
    await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.id}/confirm`, {});
    await setToday(t.db, SATURDAY);
    await recordSaturday(await t.as('commune.tannam'), await t.as('group_lead'), {
      campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: w.roadA.segmentIds[0], day: SATURDAY, m3: 9,
      attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 15 }, { agencyId: w.agencies.memberA.id, fullDay: 5 }],
    });
    const res = await (await t.as('coordinator')).get(`${url()}/variance`);
    expect(res.body.items[0]).toMatchObject({ actualRecorded: true, registeredHeadcount: 27, actualHeadcount: 20, headcountVariance: -7,
      registeredVolumeM3: 10, actualVolumeM3: 9, volumeVarianceM3: -1 });
  });
});
