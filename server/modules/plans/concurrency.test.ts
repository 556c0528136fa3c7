// Double booking under racing writers, on both databases: requests sent at once for the same
// segment (one plan, or the plans of two campaigns on the same commune) or the same group end with
// exactly one entry; the unique keys on (day, segment) and (day, group) hold even for writers that
// never take the same lock.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCampaign, makeGroup } from '../../../test/helpers/factories.js';
import { makePlanWorld, SATURDAY, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { guardBookings } from './commands/guards.js';

let t: TestApp;
let w: PlanWorld;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
});

const body = (groupId: number, segmentId: number) => ({ groupId, communeId: w.units.tanNam.id, segmentIds: [segmentId], headcount: 10, targetVolumeM3: 5 });

describe('racing writers', () => {
  it('book a segment once when several entries for it are sent at once to one plan', async () => {
    const c = await t.as('coordinator');
    const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    const seg = w.roadA.segmentIds[0];
    const results = await Promise.all([w.groups.groupA.id, w.groups.groupB.id].map((g) => c.post(`/api/v1/plans/${plan.id}/entries`, body(g, seg))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('SEGMENT_DOUBLE_BOOKED');
    expect(await t.db.selectFrom('plan_entry_segments').selectAll().execute()).toHaveLength(1);
  });

  it('book a segment once across the plans of two campaigns on the same day', async () => {
    const other = await makeCampaign(t.db, { districtId: w.units.district.id, communeIds: [w.units.tanNam.id], name: 'Chiến dịch bổ sung' });
    const otherGroup = await makeGroup(t.db, { campaignId: other.id, leadAgencyId: w.agencies.leadB.id, name: 'Nhóm bổ sung' });
    const c = await t.as('coordinator');
    const p1 = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    const p2 = (await c.post(`/api/v1/campaigns/${other.id}/plans`, { day: SATURDAY })).body;
    const seg = w.roadA.segmentIds[2];
    const results = await Promise.all([
      c.post(`/api/v1/plans/${p1.id}/entries`, body(w.groups.groupA.id, seg)),
      c.post(`/api/v1/plans/${p2.id}/entries`, body(otherGroup.id, seg)),
      c.post(`/api/v1/plans/${p1.id}/entries`, body(w.groups.groupB.id, seg)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error.code).toBe('SEGMENT_DOUBLE_BOOKED');
    expect(await t.db.selectFrom('plan_entry_segments').selectAll().where('segment_id', '=', seg).execute()).toHaveLength(1);
  });

  it('put a group in one place when it is planned twice at once', async () => {
    const c = await t.as('coordinator');
    const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    const results = await Promise.all(w.roadA.segmentIds.slice(0, 3).map((s) => c.post(`/api/v1/plans/${plan.id}/entries`, body(w.groups.groupA.id, s))));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(['GROUP_DOUBLE_BOOKED', 'GROUP_DOUBLE_BOOKED']);
    expect(await t.db.selectFrom('plan_entries').selectAll().execute()).toHaveLength(1);
  });

  it('are stopped by the database itself, whatever the code checks', async () => {
    const c = await t.as('coordinator');
    const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    const added = await c.post(`/api/v1/plans/${plan.id}/entries`, body(w.groups.groupA.id, w.roadA.segmentIds[0]));
    const values = { plan_id: plan.id, day: SATURDAY, commune_id: w.units.tanNam.id, headcount: 5, target_litres: 1000, target_length_mm: 1000 };
    await expect(t.db.insertInto('plan_entries').values({ ...values, group_id: w.groups.groupA.id }).execute()).rejects.toThrow(/plan_entries_day_group/);
    const { id } = await t.db.insertInto('plan_entries').values({ ...values, group_id: w.groups.groupB.id }).returning('id').executeTakeFirstOrThrow();
    await expect(t.db.insertInto('plan_entry_segments').values({ entry_id: id, day: SATURDAY, segment_id: w.roadA.segmentIds[0] }).execute()).rejects.toThrow(/plan_entry_segments_day_segment/);
    // The day copied on the entry must be its plan's day.
    await expect(t.db.insertInto('plan_entries').values({ ...values, day: '2021-10-30', group_id: w.groups.groupB.id }).execute()).rejects.toThrow();
    // Only a campaign day can hold a plan.
    await expect(t.db.insertInto('plans').values({ campaign_id: w.campaign.id, day: '2021-10-27' }).execute()).rejects.toThrow();
    expect(added.status).toBe(201);
    // A writer that gets past the checks is answered with the same codes as the checks give.
    await expect(guardBookings(() => t.db.insertInto('plan_entries').values({ ...values, group_id: w.groups.groupA.id }).execute()))
      .rejects.toMatchObject({ code: 'GROUP_DOUBLE_BOOKED', fields: [expect.objectContaining({ field: 'groupId' })] });
    await expect(guardBookings(() => t.db.insertInto('plan_entry_segments').values({ entry_id: id, day: SATURDAY, segment_id: w.roadA.segmentIds[0] }).execute()))
      .rejects.toMatchObject({ code: 'SEGMENT_DOUBLE_BOOKED', fields: [expect.objectContaining({ field: 'segmentIds' })] });
  });
});
