// The reminder before the registration deadline, on both databases: within 24 hours of a campaign
// day's deadline, the lead agencies of groups that have not registered are told once.
import { beforeEach, describe, expect, it } from 'vitest';
import { makePlanWorld, SATURDAY, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { runReminders } from '../notifications/index.js';
import { registrationDeadlineReminder } from './index.js';

let t: TestApp;
let w: PlanWorld;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
});

// Thursday 21/10/2021 09:00 in Vietnam: 8 hours before the Thursday 17:00 deadline for the 23rd.
const THURSDAY_9AM = new Date('2021-10-21T02:00:00Z');

describe('registration deadline reminder', () => {
  it("reminds the lead agency of each group that has not registered, once", async () => {
    await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 20, targetVolumeM3: 10,
    });
    const [first] = await runReminders(t.db, { now: THURSDAY_9AM, providers: [registrationDeadlineReminder] });
    expect(first).toMatchObject({ provider: 'registration-deadline', due: 1 });
    // Group B's lead agency (Phòng Kinh tế - Hạ tầng) has no group_lead user in the small world: add none, and nobody of group A is told.
    const rows = await t.db.selectFrom('notifications').selectAll().execute();
    expect(rows).toEqual([]);
    await t.db.updateTable('users').set({ role: 'group_lead' }).where('id', '=', w.users.inspector.id).execute();
    await runReminders(t.db, { now: THURSDAY_9AM, providers: [registrationDeadlineReminder] });
    await runReminders(t.db, { now: new Date(THURSDAY_9AM.getTime() + 3600_000), providers: [registrationDeadlineReminder] });
    const got = await t.db.selectFrom('notifications').select(['user_id', 'event', 'title_vi']).execute();
    expect(got).toEqual([{ user_id: w.users.inspector.id, event: 'reminder.registration_deadline', title_vi: 'Hạn đăng ký ngày ra quân 23/10/2021: 17:00 ngày 21/10/2021' }]);
  });

  it('is quiet more than a day before the deadline and after it', async () => {
    await t.db.updateTable('users').set({ role: 'group_lead' }).where('id', '=', w.users.inspector.id).execute();
    const early = await runReminders(t.db, { now: new Date('2021-10-20T02:00:00Z'), providers: [registrationDeadlineReminder] });
    const late = await runReminders(t.db, { now: new Date('2021-10-21T10:30:00Z'), providers: [registrationDeadlineReminder] });
    expect([early[0].due, late[0].due]).toEqual([0, 0]);
  });
});
