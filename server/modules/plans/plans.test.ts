// Plans over HTTP on both databases: 401 → 403 → bad input (field named, nothing written) →
// conflicts → success with its audit row; campaign days only, no past dates, a group in one place
// and a segment in one entry per day, volume within what remains, If-Match on edits.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makePlanWorld, SATURDAY, setToday, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { recordSaturday } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: PlanWorld;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
});

const entry = (o: Record<string, unknown> = {}) => ({
  groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 20, targetVolumeM3: 10,
  meetingTime: '07:00', meetingPlace: 'Nhà văn hóa thôn Nặm Khẳm', ...o,
});

async function draft(day = SATURDAY) {
  const res = await (await t.as('coordinator')).post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day });
  expect(res.status).toBe(201);
  return res.body;
}

describe('POST /campaigns/{id}/plans', () => {
  it('needs a session and the permission', async () => {
    expectError(await t.client().post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY }), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY }), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.tannam')).post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY }), 403, 'FORBIDDEN');
  });

  it('plans only campaign days, never a past day, one plan per day — writing nothing when refused', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-10-21' }), 400, 'NOT_A_CAMPAIGN_DAY', 'day');
      expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-10-16' }), 400, 'PAST_DATE', 'day');
      expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-02-30' }), 400, 'VALIDATION', 'day');
    });
    const plan = await draft();
    expect(plan).toMatchObject({ day: SATURDAY, status: 'draft', versionNo: 0, week: 'Tuần 42/2021', entries: [], actions: ['edit', 'propose', 'cancel', 'publish'] });
    expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY }), 409, 'CONFLICT', 'day');
    expect((await auditRows(t.db, 'plan', plan.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('plans a make-up day once it is added to the campaign', async () => {
    const c = await t.as('coordinator');
    expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-10-24' }), 400, 'NOT_A_CAMPAIGN_DAY', 'day');
    expect((await c.post(`/api/v1/campaigns/${w.campaign.id}/days`, { day: '2021-10-24', note: 'Ngày bù do mưa' })).status).toBeLessThan(300);
    expect((await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-10-24' })).status).toBe(201);
  });

  it('lists the campaign days with their plan', async () => {
    await draft();
    const res = await (await t.as('agency')).get(`/api/v1/campaigns/${w.campaign.id}/plans?from=2021-10-16&to=2021-10-30`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((d: { day: string; plan: { status: string } | null }) => [d.day, d.plan?.status ?? null]))
      .toEqual([['2021-10-16', null], ['2021-10-23', 'draft'], ['2021-10-30', null]]);
  });
});

describe('entries', () => {
  it('adds an entry, computing the metres from the volume, and audits it', async () => {
    const plan = await draft();
    const res = await (await t.as('coordinator')).post(`/api/v1/plans/${plan.id}/entries`, entry(), { 'if-match': `W/"${plan.version}"` });
    expect(res.status).toBe(201);
    const e = res.body.plan.entries[0];
    expect(e).toMatchObject({ group: { id: w.groups.groupA.id, name: 'Nhóm 1' }, commune: { name: 'Tân Nam' }, headcount: 20, targetVolumeM3: 10, mixers: 1 });
    // 10 of the segment's 12 m³ over its 25 m: 20.833 m.
    expect(e.targetLengthM).toBeCloseTo(20.833, 3);
    expect(e.segments).toEqual([expect.objectContaining({ chainage: 'Km0+000 – Km0+025', remainingM3: 12, status: 'planned' })]);
    expect(res.headers.get('etag')).toBe(`W/"${res.body.plan.version}"`);
    const audit = await auditRows(t.db, 'plan', plan.id);
    expect(audit.at(-1)).toMatchObject({ action: 'add_entry', user_id: w.users.coordinator.id });
  });

  it('refuses headcount ≤ 0, a volume beyond what remains, and segments of another commune, naming the field and writing nothing', async () => {
    const plan = await draft();
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ headcount: 0 })), 400, 'VALIDATION', 'headcount');
      expectError(await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ headcount: -3 })), 400, 'VALIDATION', 'headcount');
      const over = await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ targetVolumeM3: 12.001 }));
      expectError(over, 400, 'VOLUME_EXCEEDS_REMAINING', 'targetVolumeM3');
      expect(over.body.error.fields[0].vi).toContain('12 m³');
      expectError(await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ segmentIds: [w.roadB.segmentIds[0]] })), 400, 'VALIDATION', 'segmentIds');
      expectError(await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ segmentIds: [] })), 400, 'VALIDATION', 'segmentIds');
      expectError(await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ groupId: 999999 })), 400, 'NOT_IN_CAMPAIGN', 'groupId');
    });
  });

  it('refuses a segment already poured', async () => {
    await t.db.updateTable('segments').set({ status: 'poured', poured_on: '2021-10-16' }).where('id', '=', w.roadA.segmentIds[0]).execute();
    const plan = await draft();
    expectError(await (await t.as('coordinator')).post(`/api/v1/plans/${plan.id}/entries`, entry()), 400, 'VALIDATION', 'segmentIds');
  });

  it('counts what recorded workdays already poured on a segment', async () => {
    await recordSaturday(await t.as('commune.tannam'), null, {
      campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: w.roadA.segmentIds[0], day: '2021-10-16', m3: 9,
    });
    const plan = await draft();
    const c = await t.as('coordinator');
    const over = await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ targetVolumeM3: 5 }));
    expectError(over, 400, 'VOLUME_EXCEEDS_REMAINING', 'targetVolumeM3');
    expect(over.body.error.fields[0].vi).toContain('3 m³');
    const ok = await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ targetVolumeM3: 3 }));
    expect(ok.body.plan.entries[0].segments[0]).toMatchObject({ remainingM3: 3 });
  });

  it('keeps a group in one place and a segment in one entry per day', async () => {
    const plan = await draft();
    const c = await t.as('coordinator');
    expect((await c.post(`/api/v1/plans/${plan.id}/entries`, entry())).status).toBe(201);
    await expectNothingWritten(t.db, async () => {
      const group = await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ communeId: w.units.yenThanh.id, segmentIds: [w.roadB.segmentIds[0]] }));
      expectError(group, 409, 'GROUP_DOUBLE_BOOKED', 'groupId');
      expect(group.body.error.fields[0].vi).toBe('Nhóm 1 đã có lịch ở xã Tân Nam ngày này');
      const seg = await c.post(`/api/v1/plans/${plan.id}/entries`, entry({ groupId: w.groups.groupB.id }));
      expectError(seg, 409, 'SEGMENT_DOUBLE_BOOKED', 'segmentIds');
      expect(seg.body.error.fields[0].vi).toContain('đã bố trí cho Nhóm 1');
    });
  });

  it('gives the second of two editors 412 and keeps the first change', async () => {
    const plan = await draft();
    const c = await t.as('coordinator');
    const added = await c.post(`/api/v1/plans/${plan.id}/entries`, entry());
    const etag = added.headers.get('etag')!;
    const entryId = added.body.entryId;
    const first = await c.patch(`/api/v1/plans/${plan.id}/entries/${entryId}`, { headcount: 25 }, { 'if-match': etag });
    expect(first.status).toBe(200);
    const second = await c.patch(`/api/v1/plans/${plan.id}/entries/${entryId}`, { headcount: 30 }, { 'if-match': etag });
    expectError(second, 412, 'STALE_VERSION');
    const now = await c.get(`/api/v1/plans/${plan.id}`);
    expect(now.body.entries[0].headcount).toBe(25);
    expect(now.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('changes and removes entries of a draft freely', async () => {
    const plan = await draft();
    const c = await t.as('coordinator');
    const { body } = await c.post(`/api/v1/plans/${plan.id}/entries`, entry());
    const changed = await c.patch(`/api/v1/plans/${plan.id}/entries/${body.entryId}`, { segmentIds: w.roadA.segmentIds.slice(0, 2), targetVolumeM3: 20 });
    expect(changed.status).toBe(200);
    expect(changed.body.entries[0]).toMatchObject({ targetVolumeM3: 20, targetLengthM: 41.667 });
    expect(changed.body.entries[0].segments).toHaveLength(2);
    const removed = await c.delete(`/api/v1/plans/${plan.id}/entries/${body.entryId}`);
    expect(removed.status).toBe(200);
    expect(removed.body.entries).toEqual([]);
    expect(await t.db.selectFrom('plan_entry_segments').selectAll().execute()).toEqual([]);
  });

  it('refuses to change a plan whose day has passed', async () => {
    const plan = await draft();
    await setToday(t.db, '2021-10-24');
    expectError(await (await t.as('coordinator')).post(`/api/v1/plans/${plan.id}/entries`, entry()), 400, 'PAST_DATE', 'day');
  });
});

describe('publish, change after publishing, versions, close', () => {
  async function readyPlan() {
    const plan = await draft();
    const c = await t.as('coordinator');
    await c.post(`/api/v1/plans/${plan.id}/entries`, entry());
    return { c, plan: (await c.get(`/api/v1/plans/${plan.id}`)).body };
  }

  it('lets only the office publish, and red go/no-go items need a written reason', async () => {
    const { c, plan } = await readyPlan();
    expectError(await (await t.as('commune.tannam')).post(`/api/v1/plans/${plan.id}/publish`, {}), 403, 'FORBIDDEN');
    expect(plan.totals.redItems).toBeGreaterThan(0);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/plans/${plan.id}/publish`, {}), 400, 'RED_ITEMS_NEED_REASON', 'reason');
      expectError(await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: '   ' }), 400, 'RED_ITEMS_NEED_REASON', 'reason');
    });
    const res = await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'Xã cam kết tập kết đủ vật liệu trong chiều thứ Sáu' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', versionNo: 1 });
    const versions = await c.get(`/api/v1/plans/${plan.id}/versions`);
    expect(versions.body.items).toEqual([expect.objectContaining({ versionNo: 1, kind: 'publish', redItems: plan.totals.redItems, redReason: 'Xã cam kết tập kết đủ vật liệu trong chiều thứ Sáu' })]);
    expectError(await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'x' }), 409, 'PLAN_NOT_DRAFT');
  });

  it('tells the group leads, agencies and communes concerned, not the others', async () => {
    const { c, plan } = await readyPlan();
    await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'Thử' });
    const got = await t.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'notifications.title_vi']).where('event', '=', 'plan.published').orderBy('users.username').execute();
    // Group A (Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy) and Tân Nam: the group lead, the leader of the lead agency, the member agency, the commune.
    expect(got.map((n) => n.username)).toEqual(['agency', 'commune.tannam', 'group_lead', 'leader']);
    expect(got[0].title_vi).toBe('Kế hoạch ngày ra quân 23/10/2021 đã công bố');
  });

  it('needs a reason to change a published plan, and keeps every version readable', async () => {
    const { c, plan } = await readyPlan();
    const pub = await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'Thử' });
    const entryId = pub.body.entries[0].id;
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/plans/${plan.id}/entries/${entryId}`, { headcount: 15 }), 400, 'REASON_REQUIRED', 'reason');
    });
    const changed = await c.patch(`/api/v1/plans/${plan.id}/entries/${entryId}`, { headcount: 15, reason: 'Văn phòng Huyện ủy có lịch họp, giảm người' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'published', versionNo: 2 });
    const v1 = await c.get(`/api/v1/plans/${plan.id}/versions/1`);
    const v2 = await c.get(`/api/v1/plans/${plan.id}/versions/2`);
    expect(v1.body.snapshot.entries[0].headcount).toBe(20);
    expect(v2.body).toMatchObject({ kind: 'amend', reason: 'Văn phòng Huyện ủy có lịch họp, giảm người' });
    expect(v2.body.snapshot.entries[0].headcount).toBe(15);
    expect(v2.body.snapshot.actions).toBeUndefined();
    const changedNotice = await t.db.selectFrom('notifications').select('body_vi').where('event', '=', 'plan.changed').execute();
    expect(changedNotice[0].body_vi).toContain('Văn phòng Huyện ủy có lịch họp');
    // Versions are never rewritten.
    await expect(t.db.updateTable('plan_versions').set({ reason: 'sửa' }).where('plan_id', '=', plan.id).execute()).rejects.toThrow();
    expectError(await c.get(`/api/v1/plans/${plan.id}/versions/9`), 404, 'NOT_FOUND');
  });

  it('closes a published plan only on or after its day', async () => {
    const { c, plan } = await readyPlan();
    await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'Thử' });
    expectError(await c.post(`/api/v1/plans/${plan.id}/close`), 400, 'VALIDATION', 'day');
    await setToday(t.db, SATURDAY);
    const closed = await c.post(`/api/v1/plans/${plan.id}/close`);
    expect(closed.body).toMatchObject({ status: 'closed', actions: [] });
    expectError(await c.patch(`/api/v1/plans/${plan.id}/entries/${closed.body.entries[0].id}`, { headcount: 3, reason: 'x' }), 409, 'PLAN_NOT_DRAFT');
  });
});

describe('plan settings', () => {
  it('reads the defaults and lets the office change them with If-Match', async () => {
    const c = await t.as('coordinator');
    const s = await c.get(`/api/v1/campaigns/${w.campaign.id}/plan-settings`);
    expect(s.body).toMatchObject({ isDefault: true, registrationDeadline: { weekday: 4, time: '17:00' }, batchesPerMixerDay: 40 });
    const body = { registrationDeadline: { weekday: 3, time: '17:00' }, confirmationDeadline: { weekday: 5, time: '08:00' }, batchesPerMixerDay: 36, meetingTime: '06:30' };
    expectError(await (await t.as('commune.tannam')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, body), 403, 'FORBIDDEN');
    expectError(await c.send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, { ...body, meetingTime: '25:00' }), 400, 'VALIDATION', 'meetingTime');
    const saved = await c.send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, body);
    expect(saved.body).toMatchObject({ ...body, isDefault: false, version: 1 });
    expectError(await c.send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, body, { 'if-match': 'W/"0"' }), 412, 'STALE_VERSION');
  });
});
