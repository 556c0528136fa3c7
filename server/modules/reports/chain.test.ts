// The report chain waits for its parts (issue 14): a weekly report cannot be submitted while a group
// that worked has no attendance, unless the commune declares it missing with a reason; the group
// lead enters attendance until the office approves, and approval counts it; the district report
// names a group whose attendance is missing instead of printing 0 officials.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, recordSaturday, setBusinessDate } from '../../../test/helpers/workdays.js';

const WEEK = '2021-09-13';
let t: TestApp;
let w: World;
let workdayId: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  const seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0];
  await setBusinessDate(t.db, '2021-09-19');
  // The commune records its part; the group lead has not entered the officials yet.
  workdayId = await recordSaturday(await t.as('commune.tannam'), null, { campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: seg.id });
}, 120_000);

const rating = { groupId: 0, responsibility: 'tot', effectiveness: 'kha' };

describe('a weekly report waits for the attendance', () => {
  it('refuses to submit while a group that worked has no attendance; the group lead enters it until approval, which counts it', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: WEEK })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating, groupId: w.groups.groupA.id }] });
    const refused = await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    expectError(refused, 409, 'ATTENDANCE_MISSING', 'missingAttendance');
    expect(refused.body.error.fields[0].vi).toContain('Nhóm 1');
    expect((await t.db.selectFrom('weekly_reports').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('draft');

    // Declared missing with a reason: the report goes; the group lead may still enter the attendance.
    expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { missingAttendance: [{ groupId: w.groups.groupB.id, reason: 'x' }] }), 400, 'GROUP_DID_NOT_WORK', 'missingAttendance.0.groupId');
    await c.patch(`/api/v1/weekly-reports/${id}`, { missingAttendance: [{ groupId: w.groups.groupA.id, reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' }] });
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).status).toBe(200);
    const lead = await t.as('group_lead');
    expect((await lead.get(`/api/v1/workdays/${workdayId}`)).body.actions).toContain('editGroup');
    const entered = await lead.patch(`/api/v1/workdays/${workdayId}/group`, { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 12 }] });
    expect(entered.status).toBe(200);
    // The commune's own part is closed by the submission.
    expectError(await c.patch(`/api/v1/workdays/${workdayId}/commune`, { weather: 'cloudy' }), 409, 'WORKDAY_REPORTED');

    const approved = await (await t.as('coordinator')).post(`/api/v1/weekly-reports/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.figures.totals.officials).toBe(12);
    expect(approved.body.figures.missingAttendance).toEqual([]);
    // Approved: the attendance is locked.
    expectError(await lead.patch(`/api/v1/workdays/${workdayId}/group`, { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 13 }] }), 409, 'WORKDAY_REPORTED');
  });

  it('the district report names the group whose attendance is missing, with the reason, instead of 0', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: WEEK })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating, groupId: w.groups.groupA.id }],
      missingAttendance: [{ groupId: w.groups.groupA.id, reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' }] });
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).status).toBe(200);
    const office = await t.as('coordinator');
    expect((await office.post(`/api/v1/weekly-reports/${id}/approve`, {})).status).toBe(200);
    const r = (await office.get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=week&start=${WEEK}`)).body;
    expect(r.missingAttendance).toEqual([expect.objectContaining({ commune: 'Tân Nam', group: 'Nhóm 1', days: ['2021-09-18'], reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' })]);
  });
});
