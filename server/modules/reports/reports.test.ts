// Weekly commune reports over HTTP on both databases: who may open, edit, submit and review; bad
// input (a week not started, a Tuesday, typed figures, a group that did not work) writes nothing;
// draft → submitted → returned → submitted → approved (locked) → unlocked, each move audited and
// in the history; figures frozen at submission; the return notifies the commune; completeness
// grid on time / late / missing; reminders near and after the deadline.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, recordSaturday, setBusinessDate } from '../../../test/helpers/workdays.js';
import { directiveBody } from '../directives/index.js';
import { runReminders } from '../notifications/index.js';
import { reportMissingReminder } from './reminders.js';

let t: TestApp;
let w: World;
let workdayId: number;
const WEEK = '2021-09-13';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  const seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0];
  await setBusinessDate(t.db, '2021-09-19'); // Sunday: the week has started, the deadline (Monday 17:00) is ahead
  workdayId = await recordSaturday(await t.as('commune.tannam'), await t.as('group_lead'), {
    campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: seg.id,
    attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 12 }, { agencyId: w.agencies.memberA.id, fullDay: 5, halfDay: 1 }],
  });
}, 120_000); // the first test of a worker also creates its database, slow on a busy machine

const open = (c: Awaited<ReturnType<TestApp['as']>>, weekStart = WEEK, communeId = w.units.tanNam.id) =>
  c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId, weekStart });
const rating = (groupId: number) => ({ groupId, responsibility: 'tot', effectiveness: 'kha', comment: 'Đúng giờ, làm việc nhiệt tình' });

describe('opening a weekly report', () => {
  it('401, 403 for the office and for another commune', async () => {
    expect((await open(t.client() as never)).status).toBe(401);
    expectError(await open(await t.as('coordinator')), 403, 'FORBIDDEN');
    expectError(await open(await t.as('commune.yenthanh')), 403, 'FORBIDDEN');
  });

  it('refuses a week not started, a day that is not a Monday, typed figures; writes nothing', async () => {
    const c = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await open(c, '2021-09-20'), 400, 'WEEK_NOT_STARTED', 'weekStart');
      expectError(await open(c, '2021-09-14'), 400, 'NOT_A_WEEK_START', 'weekStart');
    });
    const id = (await open(c)).body.id;
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { figures: { totals: { participants: 999 } } }), 400, 'VALIDATION');
      expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [rating(w.groups.groupB.id)] }), 400, 'GROUP_DID_NOT_WORK', 'ratings.0.groupId');
      expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating(w.groups.groupA.id), responsibility: 'xuat_sac' }] }), 400, 'VALIDATION', 'ratings.0.responsibility');
    });
    expectError(await open(c), 409, 'CONFLICT', 'weekStart');
  });

  it("fills the figures from the week's workday records", async () => {
    const res = await open(await t.as('commune.tannam'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', week: { vi: 'Tuần 37/2021' }, timeliness: 'due', figuresFrozen: false, actions: ['edit', 'submit'],
      groupsToRate: [{ id: w.groups.groupA.id, name: 'Nhóm 1' }] });
    expect(res.body.figures.totals).toEqual({ workdays: 1, cancelled: 0, officials: 18, people: 8, participants: 26, labourDays: 24.5, lengthM: 20, volumeM3: 9 });
    expect(res.body.figures.groups[0]).toMatchObject({ groupId: w.groups.groupA.id, officials: 18, labourDays: 24.5 });
    expect(res.body.deadline).toBe('2021-09-20T10:00:00.000Z');
  });
});

describe('the workflow', () => {
  it('submit → return (comment, notified) → resubmit → approve (locked) → unlock (logged)', async () => {
    const c = await t.as('commune.tannam');
    const office = await t.as('coordinator');
    const id = (await open(c)).body.id;
    expectError(await c.post(`/api/v1/weekly-reports/${id}/submit`, {}), 400, 'VALIDATION', 'ratings');
    await c.patch(`/api/v1/weekly-reports/${id}`, { narrative: 'Nhóm 1 đổ được 20 m đường thôn Nặm Khẳm.', difficulties: 'Thiếu máy trộn', ratings: [rating(w.groups.groupA.id)] });
    const submitted = await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    expect(submitted.body).toMatchObject({ status: 'submitted', timeliness: 'on_time', figuresFrozen: true, actions: [] });
    // The history is dated on the business clock, like the submission (the demo's pinned date).
    expect(submitted.body.history.at(-1)).toMatchObject({ action: 'submit', at: submitted.body.submittedAt });
    expect(submitted.body.submittedAt.slice(0, 8)).toBe('2021-09-'); // the 19th in Vietnam, maybe still the 18th in UTC
    // Frozen: the week's records can no longer change.
    expectError(await c.patch(`/api/v1/workdays/${workdayId}/commune`, { weather: 'cloudy' }), 409, 'WORKDAY_REPORTED');
    // …and the record says so: no corrections offered, photos still welcome.
    expect((await c.get(`/api/v1/workdays/${workdayId}`)).body).toMatchObject({ reported: true, actions: ['addPhoto'] });
    expectError(await c.post(`/api/v1/weekly-reports/${id}/approve`, {}), 403, 'FORBIDDEN');

    expectError(await office.post(`/api/v1/weekly-reports/${id}/return`, { comment: ' ' }), 400, 'REASON_REQUIRED', 'comment');
    const returned = await office.post(`/api/v1/weekly-reports/${id}/return`, { comment: 'Bổ sung số ngày công của nhân dân' });
    expect(returned.body).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung số ngày công của nhân dân', figuresFrozen: false });
    const inbox = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', w.users.commune.id).where('event', '=', 'report.returned').execute();
    expect(inbox).toHaveLength(1);
    expect(inbox[0].title_vi).toBe('Báo cáo Tuần 37/2021 của xã Tân Nam được trả lại');
    expect(inbox[0].link).toBe(`/weekly-reports/${id}`); // the web app's page of the report

    expect((await c.patch(`/api/v1/weekly-reports/${id}`, { narrative: 'Đã bổ sung.' })).status).toBe(200);
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).body.status).toBe('submitted');
    const approved = await office.post(`/api/v1/weekly-reports/${id}/approve`, {});
    expect(approved.body).toMatchObject({ status: 'approved', actions: ['unlock'] });
    expect((await c.get(`/api/v1/weekly-reports/${id}`)).body.actions).toEqual([]);
        expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { narrative: 'Sửa lén' }), 409, 'REPORT_LOCKED');
    expectError(await office.post(`/api/v1/weekly-reports/${id}/unlock`, {}), 400, 'REASON_REQUIRED', 'comment');
    const unlocked = await office.post(`/api/v1/weekly-reports/${id}/unlock`, { comment: 'Xã đề nghị sửa số liệu nhân dân' });
    expect(unlocked.body.status).toBe('returned');
    expect(unlocked.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'approve', 'unlock']);
    expect((await auditRows(t.db, 'weekly_report', id)).map((a) => a.action)).toEqual(['create', 'update', 'submit', 'return', 'update', 'submit', 'approve', 'unlock']);
  });

  it('a report first submitted after the deadline is late; the completeness grid shows on time, late, missing', async () => {
    const c = await t.as('commune.tannam');
    const id = (await open(c)).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [rating(w.groups.groupA.id)] });
    await setBusinessDate(t.db, '2021-09-22');
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).body.timeliness).toBe('late');
    expectError(await c.get(`/api/v1/campaigns/${w.campaign.id}/weekly-reports/completeness`), 403, 'FORBIDDEN');
    const grid = (await (await t.as('coordinator')).get(`/api/v1/campaigns/${w.campaign.id}/weekly-reports/completeness`)).body;
    expect(grid.weeks.map((x: { vi: string }) => x.vi)).toEqual(['Tuần 36/2021', 'Tuần 37/2021', 'Tuần 38/2021']);
    const row = (name: string) => grid.communes.find((x: { name: string }) => x.name === name).cells.map((x: { state: string }) => x.state);
    expect(row('Tân Nam')).toEqual(['missing', 'late', 'due']);
    expect(row('Yên Thành')).toEqual(['missing', 'missing', 'due']);
    expect(grid.counts).toEqual({ on_time: 0, late: 1, missing: 3, due: 2, not_started: 0 });
  });

  it('reports stay in their commune', async () => {
    const id = (await open(await t.as('commune.tannam'))).body.id;
    const other = await t.as('commune.yenthanh');
    expect((await other.get(`/api/v1/weekly-reports/${id}`)).status).toBe(404);
    expect((await other.get('/api/v1/weekly-reports')).body).toEqual({ items: [], today: '2021-09-19' });
    expect((await (await t.as('leader')).get('/api/v1/weekly-reports')).body.items).toHaveLength(1);
    expectError(await (await t.as('group_lead')).get('/api/v1/weekly-reports'), 403, 'FORBIDDEN');
  });
});

describe("the directive's weekly-report task", () => {
  it('is done, on time, with the report as its evidence when the commune submits', async () => {
    expect((await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).status).toBe(201);
    const c = await t.as('commune.tannam');
    const id = (await open(c)).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [rating(w.groups.groupA.id)] });
    await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    const done = await t.db.selectFrom('task_instances').selectAll().where('evidence_record_type', '=', 'weekly_report').execute();
    expect(done).toEqual([expect.objectContaining({ occurs_on: '2021-09-20', status: 'done', on_time: true, evidence_record_id: id })]);
  });
});

describe('reminders for a missing report', () => {
  it('reminds each commune without a submitted report before and after the deadline, once each', async () => {
    const c = await t.as('commune.tannam');
    const id = (await open(c)).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [rating(w.groups.groupA.id)] });
    await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    const before = new Date('2021-09-20T03:00:00Z'); // Monday 10:00, 7 hours before the deadline
    await runReminders(t.db, { now: before, providers: [reportMissingReminder] });
    await runReminders(t.db, { now: before, providers: [reportMissingReminder] });
    await runReminders(t.db, { now: new Date('2021-09-21T03:00:00Z'), providers: [reportMissingReminder] });
    // Week 37 only (week 36 was never reported by either commune: both get its overdue notice).
    const rows = (await t.db.selectFrom('notifications').select(['user_id', 'title_vi', 'link']).where('event', '=', 'reminder.report_missing').orderBy('id').execute())
      .filter((r) => r.title_vi.includes('Tuần 37'));
    expect(rows).toHaveLength(2);
    expect(rows[0].link).toBe(`/weekly-reports?campaignId=${w.campaign.id}&weekStart=${WEEK}`);
    expect(rows.every((r) => r.user_id === w.users.commune2.id)).toBe(true);
    expect(rows.map((r) => r.title_vi)).toEqual(expect.arrayContaining(['Hạn gửi báo cáo Tuần 37/2021: 17:00 ngày 20/09/2021', 'Xã Yên Thành chưa gửi báo cáo Tuần 37/2021 (quá hạn)']));
    expect(rows.filter((r) => r.title_vi.startsWith('Hạn gửi báo cáo Tuần 37'))).toHaveLength(1);
  });
});

describe('reminders never before the campaign', () => {
  it("sends no deadline reminder nor overdue notice for a week before the campaign's first day (11/09)", async () => {
    // Monday 06/09 at 10:00 and Tuesday 07/09 in Vietnam: the week of 30/08 and that of 06/09 hold no campaign day yet due.
    for (const now of ['2021-09-06T03:00:00Z', '2021-09-07T03:00:00Z', '2021-09-10T03:00:00Z']) {
      await runReminders(t.db, { now: new Date(now), providers: [reportMissingReminder] });
    }
    const sent = await t.db.selectFrom('notifications').select('title_vi').where('event', '=', 'reminder.report_missing').execute();
    expect(sent).toEqual([]);
    // The first campaign week (06/09, with Saturday 11/09) is reminded once its deadline nears, Monday 13/09.
    await runReminders(t.db, { now: new Date('2021-09-13T03:00:00Z'), providers: [reportMissingReminder] });
    const first = await t.db.selectFrom('notifications').select('title_vi').where('event', '=', 'reminder.report_missing').execute();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.title_vi.includes('Tuần 36/2021'))).toBe(true);
  });
});

describe('report settings', () => {
  it('the office changes deadlines, tolerances and weights; audited; bad input named', async () => {
    const s = { cutoffWeekday: 0, deadlineWeekday: 2, deadlineTime: '09:00', remindHoursBefore: 12, pourTolerancePercent: 3, materialTolerancePercent: 8,
      weights: { participation: 50, labour: 20, volume: 20, rating: 10 } };
    expectError(await (await t.as('commune.tannam')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/report-settings`, s), 403, 'FORBIDDEN');
    expectError(await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/report-settings`, { ...s, deadlineTime: '25:00' }), 400, 'VALIDATION', 'deadlineTime');
    const res = await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/report-settings`, s);
    expect(res.body).toMatchObject({ ...s, version: 1 });
    expect((await auditRows(t.db, 'report_settings', w.campaign.id))).toHaveLength(1);
  });
});
