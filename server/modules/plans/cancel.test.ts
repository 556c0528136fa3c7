// Cancelling a campaign day (rain, holiday) on both databases: a reason is required; the plan is
// kept as a cancelled version; its entries move to the next campaign day as a draft (a group or
// segment already booked there stays behind, reported); the day's registrations are cancelled and
// the people concerned are told.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makePlanWorld, NEXT_SATURDAY, SATURDAY, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: PlanWorld;
let c: TestClient;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  c = await t.as('coordinator');
});

async function publishedPlan() {
  const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
  await c.post(`/api/v1/plans/${plan.id}/entries`, { groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0], w.roadA.segmentIds[1]], headcount: 20, targetVolumeM3: 20 });
  await c.post(`/api/v1/plans/${plan.id}/entries`, { groupId: w.groups.groupB.id, communeId: w.units.yenThanh.id, segmentIds: [w.roadB.segmentIds[0]], headcount: 12, targetVolumeM3: 6 });
  return (await c.post(`/api/v1/plans/${plan.id}/publish`, { reason: 'Xã đang tập kết vật liệu' })).body;
}

describe('POST /plans/{id}/cancel', () => {
  it('needs the permission and a reason, and writes nothing otherwise', async () => {
    const plan = await publishedPlan();
    const commune = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await commune.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa' }), 403, 'FORBIDDEN');
      expectError(await c.post(`/api/v1/plans/${plan.id}/cancel`, {}), 400, 'REASON_REQUIRED', 'reason');
      expectError(await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: '  ' }), 400, 'REASON_REQUIRED', 'reason');
      expectError(await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa', toDay: '2021-10-27' }), 400, 'NOT_A_CAMPAIGN_DAY', 'toDay');
    });
  });

  it('moves the entries to the next campaign day as a draft and keeps the cancelled plan whole', async () => {
    const plan = await publishedPlan();
    const reg = await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 20, targetVolumeM3: 20,
    });
    const res = await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa lớn kéo dài, đường trơn' });
    expect(res.status).toBe(200);
    expect(res.body.cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Mưa lớn kéo dài, đường trơn', versionNo: 2, entries: [], actions: [] });
    expect(res.body.target).toMatchObject({ day: NEXT_SATURDAY, status: 'draft' });
    expect(res.body.target.entries.map((e: { group: { name: string }; targetVolumeM3: number }) => [e.group.name, e.targetVolumeM3])).toEqual([['Nhóm 1', 20], ['Nhóm 2', 6]]);
    expect(res.body.moved).toHaveLength(2);
    const v2 = await c.get(`/api/v1/plans/${plan.id}/versions/2`);
    expect(v2.body).toMatchObject({ kind: 'cancel', status: 'cancelled', reason: 'Mưa lớn kéo dài, đường trơn' });
    expect(v2.body.snapshot.entries).toHaveLength(2);
    const day = await t.db.selectFrom('plan_entry_segments').select('day').distinct().execute();
    expect(day).toEqual([{ day: NEXT_SATURDAY }]);
    expect((await (await t.as('group_lead')).get(`/api/v1/registrations/${reg.body.id}`)).body.status).toBe('cancelled');
    const notices = await t.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.username', 'title_vi']).where('event', '=', 'plan.changed').orderBy('users.username').execute();
    expect(notices.map((n) => n.username)).toEqual(['agency', 'commune.tannam', 'commune.yenthanh', 'group_lead', 'inspector', 'leader', 'media']);
    expect(notices[0].title_vi).toBe('Hủy ngày ra quân 23/10/2021');
    expect((await auditRows(t.db, 'plan', plan.id)).at(-1)).toMatchObject({ action: 'cancel' });
    // The next day's draft can be published in turn.
    expectError(await c.post(`/api/v1/plans/${res.body.target.id}/publish`, {}), 400, 'RED_ITEMS_NEED_REASON', 'reason');
  });

  it('leaves behind a group already planned on the new day, and segments already booked there', async () => {
    const plan = await publishedPlan();
    const next = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: NEXT_SATURDAY })).body;
    await c.post(`/api/v1/plans/${next.id}/entries`, { groupId: w.groups.groupB.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[1]], headcount: 10, targetVolumeM3: 5 });
    const res = await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Nghỉ lễ' });
    expect(res.body.skipped).toEqual([{ groupId: w.groups.groupB.id, groupName: 'Nhóm 2', vi: 'Nhóm 2 đã có lịch ngày 2021-10-30', en: expect.any(String) }]);
    const moved = res.body.target.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    // Segment 2 is Nhóm 2's on the 30th: Nhóm 1 keeps segment 1 and its 12 m³.
    expect(moved.segments.map((s: { id: number }) => s.id)).toEqual([w.roadA.segmentIds[0]]);
    expect(moved.targetVolumeM3).toBe(12);
  });

  it('refuses moving into a published day; another day can be named', async () => {
    const plan = await publishedPlan();
    const next = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: NEXT_SATURDAY })).body;
    await c.post(`/api/v1/plans/${next.id}/entries`, { groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[3]], headcount: 10, targetVolumeM3: 5 });
    await c.post(`/api/v1/plans/${next.id}/publish`, { reason: 'Thử' });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa' }), 409, 'PLAN_NOT_DRAFT', 'toDay');
    });
    const res = await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa', toDay: '2021-11-06' });
    expect(res.body.target).toMatchObject({ day: '2021-11-06', status: 'draft' });
    expectError(await c.post(`/api/v1/plans/${plan.id}/cancel`, { reason: 'Mưa' }), 409, 'PLAN_TRANSITION_NOT_ALLOWED');
  });
});
