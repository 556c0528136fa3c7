// Scheduled reminders on both databases: the campaign-day eve reminder fires at 16:00 in Vietnam
// the day before, reaches the group agencies' and target communes' users once, and a failing
// provider does not stop the others.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { configureNotifications } from '../channels.js';
import { campaignDayReminder } from './campaign-day.js';
import { runReminders, type ReminderProvider } from './registry.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db); // the campaign has a day every Saturday from 2021-09-11
  configureNotifications({ smtpUrl: null, webhookUrl: null, webhookSecret: null });
});

// 16:00 in Vietnam is 09:00 UTC.
const friday = (hhmm: string) => new Date(`2021-09-10T${hhmm}:00+07:00`);
const inbox = () => t.db.selectFrom('notifications').selectAll().orderBy('user_id').execute();

describe('the eve of a campaign day', () => {
  it('is not due before 16:00 the day before', async () => {
    expect(await campaignDayReminder.due({ db: t.db, now: friday('15:59') })).toEqual([]);
    expect(await campaignDayReminder.due({ db: t.db, now: new Date('2021-09-09T20:00:00+07:00') })).toEqual([]); // Thursday evening
  });

  it('reaches every user of the campaign\'s group agencies and target communes at 16:00, once', async () => {
    const [run] = await runReminders(t.db, { now: friday('16:00'), providers: [campaignDayReminder] });
    expect(run).toEqual({ provider: 'campaign-day-eve', due: 1, notified: 7 });
    const rows = await inbox();
    const expected = [w.users.leader, w.users.inspector, w.users.media, w.users.agency, w.users.group_lead, w.users.commune, w.users.commune2]
      .map((u) => u.id).sort((a, b) => a - b);
    expect(rows.map((r) => r.user_id)).toEqual(expected);
    expect(rows[0]).toMatchObject({
      event: 'reminder.campaign_day',
      title_vi: `Ngày mai (Thứ Bảy 11/09/2021) ra quân: ${w.campaign.name}`,
      title_en: `Tomorrow (Saturday 11/09/2021) is a campaign day: ${w.campaign.name}`,
      link: `/campaigns/${w.campaign.id}`, entity_type: 'campaign', entity_id: String(w.campaign.id),
      dedupe_key: `reminder.campaign_day:${w.campaign.id}:2021-09-11`,
    });
    expect(rows[0].body_vi).toContain('Đồng chí kiểm tra kế hoạch, lực lượng và vật liệu của đơn vị mình.');

    // Every later tick that evening (and a second app node) finds it due again and sends nothing.
    const again = await runReminders(t.db, { now: friday('16:01'), providers: [campaignDayReminder] });
    expect(again[0]).toEqual({ provider: 'campaign-day-eve', due: 1, notified: 0 });
    expect(await inbox()).toHaveLength(7);
  });

  it('is no longer due on the day itself', async () => {
    expect(await campaignDayReminder.due({ db: t.db, now: new Date('2021-09-11T17:00:00+07:00') })).toEqual([]);
  });
});

describe('the registry', () => {
  it('runs registered providers and keeps going when one of them fails', async () => {
    // Registered in a registry of their own, so the app's registry (shared by every test file in this
    // worker, e.g. the two-node jobs test) never runs them.
    const own = new Map<string, ReminderProvider>();
    const register = (p: ReminderProvider) => own.set(p.name, p);
    register({ name: 'test-broken', due: async () => { throw new Error('no plans table yet'); } });
    register({
      name: 'test-report-missing',
      due: async () => [{
        event: 'reminder.report_missing', recipients: { unitIds: [w.units.tanNam.id] }, dedupeKey: 'test:report:2021-36',
        title: { vi: 'Báo cáo tuần 36 chưa nộp', en: 'Week 36 report missing' }, body: { vi: 'Xã Tân Nam chưa nộp báo cáo tuần 36.', en: 'Tân Nam has not sent its week 36 report.' },
      }],
    });
    const logs: string[] = [];
    const runs = await runReminders(t.db, { now: friday('10:00'), providers: [...own.values()], log: (m) => logs.push(m) });
    expect(runs).toEqual([
      { provider: 'test-broken', due: 0, notified: 0, error: 'no plans table yet' },
      { provider: 'test-report-missing', due: 1, notified: 1 },
    ]);
    expect(logs).toEqual(['[reminders] test-broken failed: no plans table yet']);
    expect((await inbox()).map((r) => r.user_id)).toEqual([w.users.commune.id]);
  });
});
