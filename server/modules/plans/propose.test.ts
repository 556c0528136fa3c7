// Road assignments and "propose a plan" over HTTP on both databases: a segment belongs to at most
// one group of the campaign; the proposal fills the draft from assignments, registrations, what
// remains and the communes' mixers, with one line of explanation per entry.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makePlanWorld, SATURDAY, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { createEquipment } from '../equipment/index.js';

let t: TestApp;
let w: PlanWorld;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
});

const assignUrl = () => `/api/v1/campaigns/${w.campaign.id}/assignments`;

describe('road assignments', () => {
  it('lets the office assign a road to a group, and shows what is still free', async () => {
    expectError(await (await t.as('group_lead')).post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id }), 403, 'FORBIDDEN');
    const c = await t.as('coordinator');
    const res = await c.post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id });
    expect(res.status).toBe(200);
    expect(res.body.assigned).toEqual(w.roadA.segmentIds);
    const a = res.body.assignments;
    expect(a.groups[0]).toMatchObject({ groupName: 'Nhóm 1', remainingM3: 48, roads: [{ roadName: 'Đường trục thôn Nặm Khẳm', segments: expect.any(Array) }] });
    expect(a.unassigned.map((r: { roadName: string }) => r.roadName)).toEqual(['Đường liên thôn Yên Sơn']);
    expect((await auditRows(t.db, 'road_assignment'))[0]).toMatchObject({ action: 'assign', user_id: w.users.coordinator.id });
    expect((await (await t.as('agency')).get(assignUrl())).body).toEqual(a);
  });

  it('keeps a segment with one group: moving it needs reassign', async () => {
    const c = await t.as('coordinator');
    await c.post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id, segmentIds: w.roadA.segmentIds.slice(0, 2) });
    await expectNothingWritten(t.db, async () => {
      const res = await c.post(assignUrl(), { groupId: w.groups.groupB.id, roadId: w.roadA.id });
      expectError(res, 409, 'SEGMENT_ASSIGNED_ELSEWHERE', 'segmentIds');
      expect(res.body.error.fields[0].vi).toContain('đã phân công cho Nhóm 1');
    });
    const moved = await c.post(assignUrl(), { groupId: w.groups.groupB.id, roadId: w.roadA.id, segmentIds: [w.roadA.segmentIds[1]], reassign: true });
    expect(moved.body.movedFrom).toEqual([{ segmentId: w.roadA.segmentIds[1], groupId: w.groups.groupA.id }]);
    const rows = await t.db.selectFrom('road_assignments').select(['segment_id', 'group_id']).orderBy('segment_id').execute();
    expect(rows).toEqual([{ segment_id: w.roadA.segmentIds[0], group_id: w.groups.groupA.id }, { segment_id: w.roadA.segmentIds[1], group_id: w.groups.groupB.id }]);
    // The primary key says it to every writer.
    await expect(t.db.insertInto('road_assignments').values({ campaign_id: w.campaign.id, segment_id: w.roadA.segmentIds[0], group_id: w.groups.groupB.id }).execute()).rejects.toThrow();
  });

  it('refuses segments of another road and groups of another campaign, and takes segments back', async () => {
    const c = await t.as('coordinator');
    expectError(await c.post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id, segmentIds: [w.roadB.segmentIds[0]] }), 400, 'VALIDATION', 'segmentIds');
    expectError(await c.post(assignUrl(), { groupId: 999, roadId: w.roadA.id }), 400, 'NOT_IN_CAMPAIGN', 'groupId');
    await c.post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id });
    const back = await c.post(`${assignUrl()}/unassign`, { segmentIds: [w.roadA.segmentIds[3]] });
    expect(back.body.removed).toEqual([w.roadA.segmentIds[3]]);
    expect(back.body.assignments.unassigned[0].segments.map((s: { id: number }) => s.id)).toEqual([w.roadA.segmentIds[3]]);
  });
});

describe('POST /campaigns/{id}/plans/propose', () => {
  async function assignBoth() {
    const c = await t.as('coordinator');
    await c.post(assignUrl(), { groupId: w.groups.groupA.id, roadId: w.roadA.id });
    await c.post(assignUrl(), { groupId: w.groups.groupB.id, roadId: w.roadB.id });
    return c;
  }

  it('creates the draft and proposes one entry per group from its assignment, fitted to one mixer', async () => {
    const c = await assignBoth();
    expectError(await (await t.as('commune.tannam')).post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY }), 403, 'FORBIDDEN');
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    expect(res.status).toBe(200);
    expect(res.body.skipped).toEqual([]);
    const plan = res.body.plan;
    expect(plan.status).toBe('draft');
    const a = plan.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    // 1 mixer × 250 l × 40 batches = 10 m³ of the first 12 m³ segment; 10 m³ × 2 công/m³ = 20 people.
    expect(a).toMatchObject({ commune: { name: 'Tân Nam' }, targetVolumeM3: 10, headcount: 20, mixers: 1, meetingTime: '07:00',
      meetingPlace: 'Đầu tuyến Đường trục thôn Nặm Khẳm, xã Tân Nam' });
    expect(a.segments.map((s: { id: number }) => s.id)).toEqual([w.roadA.segmentIds[0]]);
    expect(a.explanation.vi).toBe('Theo phân công tuyến Đường trục thôn Nặm Khẳm (Km0+000 – Km0+025); chưa đăng ký; xã Tân Nam: 1 máy trộn 250 l × 40 mẻ = 10 m³/ngày → 10 m³, 20 người (định mức 2 công/m³).');
    expect(res.body.added).toHaveLength(2);
    expect((await auditRows(t.db, 'plan', plan.id)).map((r) => r.action)).toEqual(['create', 'propose']);
  });

  it('fits a registered headcount to the mixers and uses the second mixer where the work is', async () => {
    const c = await assignBoth();
    await createEquipment(w.office, { unitId: w.units.tanNam.id, kind: 'mixer', name: 'Máy trộn 350 l số 2', drumLitres: 350, origin: 'lent', lender: 'UBND xã Bằng Lang' });
    await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 60, targetVolumeM3: 30,
    });
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    const a = res.body.plan.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    // 350 l + 250 l mixers × 40 batches = 24 m³ < 30 registered: 48 people of the 60 registered.
    expect(a).toMatchObject({ mixers: 2, targetVolumeM3: 24, headcount: 48 });
    expect(a.segments).toHaveLength(2);
    expect(a.explanation.vi).toContain('đăng ký 60 người, 30 m³');
    expect(a.explanation.vi).toContain('2 máy trộn (350 + 250 l) × 40 mẻ = 24 m³/ngày');
  });

  it('keeps what the coordinator already planned and explains who is left out', async () => {
    const c = await assignBoth();
    const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    await c.post(`/api/v1/plans/${plan.id}/entries`, { groupId: w.groups.groupB.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 10, targetVolumeM3: 5 });
    await t.db.updateTable('equipment').set({ status: 'broken' }).where('id', '=', w.mixers.a).execute();
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    expect(res.body.added).toEqual([]);
    expect(res.body.skipped).toEqual([{ groupId: w.groups.groupA.id, groupName: 'Nhóm 1', vi: 'Xã Tân Nam không còn máy trộn trống trong ngày', en: expect.any(String) }]);
    expect(res.body.plan.entries).toHaveLength(1);
  });

  it('refuses to propose into a published plan or a past day', async () => {
    const c = await assignBoth();
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    await c.post(`/api/v1/plans/${res.body.plan.id}/publish`, { reason: 'Thử' });
    expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY }), 409, 'PLAN_NOT_DRAFT');
    expectError(await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: '2021-10-16' }), 400, 'PAST_DATE', 'day');
  });

  it('uses the labour norm of the road settings and the batches of the plan settings', async () => {
    const c = await assignBoth();
    await t.db.insertInto('settings').values({ key: 'roads', value: JSON.stringify({ labourNormCongPerM3: 2.5 }) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify({ labourNormCongPerM3: 2.5 }) })).execute();
    await c.send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, {
      registrationDeadline: { weekday: 4, time: '17:00' }, confirmationDeadline: { weekday: 5, time: '12:00' }, batchesPerMixerDay: 32, meetingTime: '06:30',
    });
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    const a = res.body.plan.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    // 250 l × 32 = 8 m³ × 2,5 công/m³ = 20 people.
    expect(a).toMatchObject({ targetVolumeM3: 8, headcount: 20, meetingTime: '06:30' });
    expect(a.explanation.vi).toContain('(định mức 2,5 công/m³)');
  });
});
