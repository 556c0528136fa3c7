// A road assigned to one agency (the conclusion's §2: the military command's road), on both
// databases: who may, bad input naming its field and writing nothing, the agency's own team made
// once and reused, audited; then the agency registers, is planned, records its attendance and is
// ranked under its own name, as kind 'agency' (never called a group).
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../../test/helpers/assertions.js';
import { makeAgency, makeUser } from '../../../../test/helpers/factories.js';
import { makePlanWorld, SATURDAY, type PlanWorld } from '../../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { recordSaturday, setBusinessDate } from '../../../../test/helpers/workdays.js';

let t: TestApp;
let w: PlanWorld;
let military: { id: number; name: string };

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  military = await makeAgency(t.db, { name: 'Ban chỉ huy Quân sự huyện', staffCount: 32, districtId: w.units.district.id });
  await makeUser(t.db, { role: 'group_lead', username: 'quansu', agencyId: military.id });
});

const url = () => `/api/v1/campaigns/${w.campaign.id}/assignments`;

describe('POST /campaigns/{id}/assignments with agencyId', () => {
  it('is the office’s to do', async () => {
    expectError(await t.client().post(url(), { agencyId: military.id, roadId: w.roadA.id }), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('quansu')).post(url(), { agencyId: military.id, roadId: w.roadA.id }), 403, 'FORBIDDEN');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(url(), { roadId: w.roadA.id }), 400, 'VALIDATION', 'groupId');
      expectError(await c.post(url(), { groupId: w.groups.groupA.id, agencyId: military.id, roadId: w.roadA.id }), 400, 'VALIDATION', 'groupId');
      expectError(await c.post(url(), { agencyId: 999_999, roadId: w.roadA.id }), 400, 'VALIDATION', 'agencyId');
      expectError(await c.post(url(), { agencyId: 'BCHQS', roadId: w.roadA.id }), 400, 'VALIDATION', 'agencyId');
      // An agency already in a group leaves it first: the office decides that.
      const res = await c.post(url(), { agencyId: w.agencies.memberA.id, roadId: w.roadA.id });
      expectError(res, 409, 'AGENCY_IN_OTHER_GROUP', 'agencyId');
      expect(res.body.error.fields[0].vi).toContain('Nhóm 1');
      // A road without the team made for nothing: the team is made in the same transaction as the assignment.
      expectError(await c.post(url(), { agencyId: military.id, roadId: 999_999 }), 400, 'VALIDATION', 'roadId');
    });
  });

  it('makes the agency’s team once, named as the agency, and audits both', async () => {
    const c = await t.as('coordinator');
    const first = await c.post(url(), { agencyId: military.id, roadId: w.roadA.id, segmentIds: w.roadA.segmentIds.slice(0, 2) });
    expect(first.status).toBe(200);
    const team = first.body.assignments.groups.find((g: { groupId: number }) => g.groupId === first.body.groupId);
    expect(team).toMatchObject({ groupName: 'Ban chỉ huy Quân sự huyện', kind: 'agency' });
    expect(team.roads[0].segments).toHaveLength(2);
    expect(first.body.assignments.groups.filter((g: { kind: string }) => g.kind === 'group').map((g: { groupName: string }) => g.groupName)).toEqual(['Nhóm 1', 'Nhóm 2']);
    const again = await c.post(url(), { agencyId: military.id, roadId: w.roadB.id });
    expect(again.body.groupId).toBe(first.body.groupId);
    expect(await t.db.selectFrom('groups').select('id').where('kind', '=', 'agency').execute()).toHaveLength(1);
    expect((await auditRows(t.db, 'group', first.body.groupId)).map((a) => a.action)).toEqual(['create']);
    expect((await auditRows(t.db, 'road_assignment', w.campaign.id)).map((a) => a.action)).toEqual(['assign', 'assign']);

    // The team is the agency: no other member, no other name.
    const g = (await c.get(`/api/v1/groups/${first.body.groupId}`)).body;
    expect(g).toMatchObject({ kind: 'agency', name: 'Ban chỉ huy Quân sự huyện', members: [{ id: military.id, isLead: true }] });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/groups/${g.id}`, { memberAgencyIds: [military.id, w.agencies.office.id] }), 400, 'AGENCY_TEAM_FIXED', 'memberAgencyIds');
      expectError(await c.patch(`/api/v1/groups/${g.id}`, { name: 'Nhóm 9' }), 400, 'AGENCY_TEAM_FIXED', 'name');
      expectError(await c.patch(`/api/v1/groups/${g.id}`, { leadAgencyId: w.agencies.office.id }), 400, 'AGENCY_TEAM_FIXED', 'leadAgencyId');
    });
    // Nor can it join a group while it works on its own.
    expectError(await c.patch(`/api/v1/groups/${w.groups.groupB.id}`, { memberAgencyIds: [w.agencies.memberB.id, military.id] }), 409, 'AGENCY_IN_OTHER_GROUP', 'memberAgencyIds');
  });

  it('registers, is planned, records attendance and is ranked as itself', async () => {
    const c = await t.as('coordinator');
    const teamId = (await c.post(url(), { agencyId: military.id, roadId: w.roadA.id })).body.groupId;
    const command = await t.as('quansu');
    const reg = await command.post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: teamId, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 25, targetVolumeM3: 10, perAgency: [{ agencyId: military.id, headcount: 25 }],
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    expect(reg.body.group).toMatchObject({ id: teamId, name: 'Ban chỉ huy Quân sự huyện' });
    const plan = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body;
    const added = await c.post(`/api/v1/plans/${plan.id}/entries`, {
      groupId: teamId, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 25, targetVolumeM3: 10, meetingTime: '07:00',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.plan.entries[0].group.name).toBe('Ban chỉ huy Quân sự huyện');

    await setBusinessDate(t.db, SATURDAY);
    await recordSaturday(await t.as('commune.tannam'), command, {
      campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: teamId, segmentId: w.roadA.segmentIds[0], day: SATURDAY, m3: 9,
      attendance: [{ agencyId: military.id, fullDay: 24, halfDay: 2 }],
    });
    const ranking = (await c.get(`/api/v1/campaigns/${w.campaign.id}/ranking`)).body;
    expect(ranking.groups.find((r: { id: number }) => r.id === teamId)).toMatchObject({ name: 'Ban chỉ huy Quân sự huyện', kind: 'agency', participants: 26, labourDays: 25, volumeM3: 9 });
    expect(ranking.groups.filter((r: { kind: string }) => r.kind === 'group')).toHaveLength(2);
    expect(ranking.agencies.find((r: { id: number }) => r.id === military.id).group).toEqual({ id: teamId, name: 'Ban chỉ huy Quân sự huyện', kind: 'agency' });
  });
});
