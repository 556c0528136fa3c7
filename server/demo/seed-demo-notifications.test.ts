// The demo opens with the eve-of-campaign-day reminder unread in the inbox of every group and
// commune user (not the admin's), on both databases; the real provider adds no second copy.
import { expect, it } from 'vitest';
import { setupApp } from '../../test/helpers/test-app.js';
import { campaignDayReminder, runReminders } from '../modules/notifications/index.js';
import { seedDemo } from './seed-demo.js';

it('gives group and commune users an unread reminder, once', async () => {
  const t = await setupApp();
  await seedDemo(t.db);
  const rows = await t.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['users.username', 'users.role', 'notifications.title_vi', 'notifications.read_at'])
    .where('notifications.event', '=', 'reminder.campaign_day').execute();
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.read_at === null && r.title_vi.startsWith('Ngày mai (Thứ Bảy 11/09/2021) ra quân'))).toBe(true);
  expect(rows.some((r) => r.role === 'commune')).toBe(true);
  expect(rows.some((r) => r.username === 'admin')).toBe(false);
  const [run] = await runReminders(t.db, { now: new Date('2021-09-10T17:00:00+07:00'), providers: [campaignDayReminder] });
  expect(run).toMatchObject({ due: 1, notified: 0 });
});
