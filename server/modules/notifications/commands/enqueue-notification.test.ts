// enqueueNotification on the worker's database (PGlite, or PostgreSQL with DATABASE_URL): rows are
// written in the caller's transaction, recipients resolve without duplicates, channel choices and
// dedupe keys are respected.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeUser, makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { configureNotifications, type ChannelSettings } from '../channels.js';
import { enqueueNotification, type NotificationInput } from './enqueue-notification.js';

let t: TestApp;
let w: World;
let saved: ChannelSettings;

const base = (recipients: NotificationInput['recipients'], extra: Partial<NotificationInput> = {}): NotificationInput => ({
  event: 'plan.published', recipients,
  title: { vi: 'Kế hoạch tuần 36 đã được công bố', en: 'The week 36 plan is published' },
  body: { vi: 'Nhóm 1 làm đường thôn Nặm Khẳm, tập trung 7 giờ sáng thứ Bảy.', en: 'Group 1 works on the Nặm Khẳm road, 7 am Saturday.' },
  link: '/plans/1', entity: { type: 'plan', id: 1 }, ...extra,
});

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  saved = configureNotifications({ smtpUrl: 'smtp://127.0.0.1:3899', webhookUrl: 'http://127.0.0.1:3898/hook', webhookSecret: 's3cret' });
  await t.db.updateTable('users').set({ email: 'tannam@example.vn' }).where('username', '=', 'commune.tannam').execute();
});
afterAll(() => { configureNotifications({ ...saved, smtpUrl: null, webhookUrl: null, webhookSecret: null }); });

const inboxOf = (userId: number) => t.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).execute();

describe('enqueueNotification', () => {
  it('writes nothing when the caller\'s transaction rolls back', async () => {
    await expect(t.db.transaction().execute(async (trx) => {
      const r = await enqueueNotification({ db: trx }, base({ roles: ['commune'] }));
      expect(r.userIds).toHaveLength(2);
      expect(r.deliveries).toBe(3); // Tân Nam: e-mail and webhook; Yên Thành has no address: webhook only
      throw new Error('the event failed');
    })).rejects.toThrow('the event failed');
    expect(await t.db.selectFrom('notifications').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('notification_outbox').selectAll().execute()).toHaveLength(0);
  });

  it('commits the inbox and outbox rows with the caller\'s transaction', async () => {
    await t.db.transaction().execute((trx) => enqueueNotification({ db: trx }, base({ userIds: [w.users.commune.id] })));
    const [n] = await inboxOf(w.users.commune.id);
    expect(n).toMatchObject({ event: 'plan.published', title_vi: 'Kế hoạch tuần 36 đã được công bố', link: '/plans/1', entity_type: 'plan', entity_id: '1', read_at: null });
    const outbox = await t.db.selectFrom('notification_outbox').selectAll().orderBy('channel').execute();
    expect(outbox.map((o) => [o.channel, o.status, o.attempts, o.notification_id])).toEqual([['email', 'pending', 0, n.id], ['webhook', 'pending', 0, n.id]]);
    expect(new Set(outbox.map((o) => o.delivery_id)).size).toBe(2);
  });

  it('resolves roles, agencies, units and groups as one set, each user once, without disabled accounts', async () => {
    const off = await makeUser(t.db, { role: 'agency', agencyId: w.agencies.memberA.id, disabled: true });
    const r = await enqueueNotification({ db: t.db }, base({
      userIds: [w.users.admin.id, off.id],
      roles: ['leader', 'admin'],
      agencyIds: [w.agencies.leadA.id], // leader and group_lead
      unitIds: [w.units.tanNam.id],
      groupIds: [w.groups.groupA.id], // leadA + memberA: leader, group_lead, agency
    }));
    const expected = [w.users.admin, w.users.leader, w.users.group_lead, w.users.commune, w.users.agency].map((u) => u.id).sort((a, b) => a - b);
    expect([...r.userIds].sort((a, b) => a - b)).toEqual(expected);
    const rows = await t.db.selectFrom('notifications').select('user_id').execute();
    expect(rows).toHaveLength(expected.length);
  });

  it('narrows with onlyRoles and leaves out excluded users', async () => {
    const r = await enqueueNotification({ db: t.db }, base({ groupIds: [w.groups.groupA.id, w.groups.groupB.id], onlyRoles: ['group_lead', 'inspector'], excludeUserIds: [w.users.inspector.id] }));
    expect(r.userIds).toEqual([w.users.group_lead.id]);
  });

  it('notifies nobody for an empty selector', async () => {
    const r = await enqueueNotification({ db: t.db }, base({}));
    expect(r).toEqual({ userIds: [], notificationIds: [], deliveries: 0 });
  });

  it('respects each user\'s channel choice for the event', async () => {
    await t.db.insertInto('notification_preferences').values([
      { user_id: w.users.commune.id, event: 'plan.published', email: false, webhook: true },
      { user_id: w.users.commune2.id, event: 'plan.published', email: true, webhook: false },
      { user_id: w.users.commune2.id, event: 'plan.changed', email: true, webhook: true },
    ]).execute();
    await enqueueNotification({ db: t.db }, base({ unitIds: [w.units.tanNam.id, w.units.yenThanh.id] }));
    const rows = await t.db.selectFrom('notification_outbox').innerJoin('notifications as n', 'n.id', 'notification_outbox.notification_id')
      .select(['n.user_id', 'notification_outbox.channel']).execute();
    // Tân Nam turned e-mail off; Yên Thành turned the webhook off and has no address for e-mail.
    expect(rows).toEqual([{ user_id: w.users.commune.id, channel: 'webhook' }]);
    expect(await t.db.selectFrom('notifications').selectAll().execute()).toHaveLength(2); // in-app is always on
  });

  it('writes no outbox rows for channels this node has not configured', async () => {
    configureNotifications({ smtpUrl: null, webhookUrl: 'http://127.0.0.1:3898/hook', webhookSecret: null });
    const r = await enqueueNotification({ db: t.db }, base({ userIds: [w.users.commune.id] }));
    expect(r.deliveries).toBe(0);
    expect(r.userIds).toEqual([w.users.commune.id]);
  });

  it('delivers a dedupe key once per user, and still reaches users who did not have it', async () => {
    const first = await enqueueNotification({ db: t.db }, base({ userIds: [w.users.commune.id] }, { dedupeKey: 'reminder:1:2021-09-11' }));
    const again = await enqueueNotification({ db: t.db }, base({ userIds: [w.users.commune.id, w.users.commune2.id] }, { dedupeKey: 'reminder:1:2021-09-11' }));
    expect(first.userIds).toEqual([w.users.commune.id]);
    expect(again.userIds).toEqual([w.users.commune2.id]);
    expect(await inboxOf(w.users.commune.id)).toHaveLength(1);
    expect(await t.db.selectFrom('notification_outbox').selectAll().execute()).toHaveLength(3);
  });

  it('refuses texts without both languages and unknown events', async () => {
    await expect(enqueueNotification({ db: t.db }, base({ userIds: [1] }, { title: { vi: 'Có', en: '' } }))).rejects.toThrow(/title/);
    await expect(enqueueNotification({ db: t.db }, base({ userIds: [1] }, { event: 'nope' as never }))).rejects.toThrow(/unknown/);
    await expect(enqueueNotification({ db: t.db }, base({ userIds: [1] }, { link: 'javascript:alert(1)' }))).rejects.toThrow(/link/);
  });
});
