// The inbox, channel settings and admin outbox over HTTP on both databases: 401 → 403 → another
// user's notification → 400 naming the field → success, audited, and bad input writes nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { configureNotifications } from './channels.js';
import { enqueueNotification } from './commands/enqueue-notification.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  configureNotifications({ smtpUrl: 'smtp://127.0.0.1:3897', webhookUrl: null, webhookSecret: null });
  await t.db.updateTable('users').set({ email: 'tannam@example.vn' }).where('username', '=', 'commune.tannam').execute();
});
afterAll(() => { configureNotifications({ smtpUrl: null }); });

async function notify(userIds: number[], n: number) {
  for (let i = 1; i <= n; i++) {
    await enqueueNotification({ db: t.db }, {
      event: 'task.assigned', recipients: { userIds },
      title: { vi: `Nhiệm vụ ${i}: rà soát tiêu chí giao thông`, en: `Task ${i}: review the roads criterion` },
      body: { vi: 'Hoàn thành trước thứ Sáu.', en: 'Due by Friday.' }, link: `/tasks/${i}`, entity: { type: 'task', id: i },
    });
  }
}

describe('the inbox', () => {
  it('needs a session', async () => {
    for (const url of ['/api/v1/notifications', '/api/v1/notifications/unread-count', '/api/v1/notifications/preferences']) {
      const res = await t.client().get(url);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lists my notifications newest first, page by page, with the unread count; never another user\'s', async () => {
    await notify([w.users.commune.id], 3);
    await notify([w.users.commune2.id], 1);
    const c = await t.as('commune.tannam');
    const first = await c.get('/api/v1/notifications?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.unreadCount).toBe(3);
    expect(first.body.items.map((n: { title: { vi: string } }) => n.title.vi)).toEqual(['Nhiệm vụ 3: rà soát tiêu chí giao thông', 'Nhiệm vụ 2: rà soát tiêu chí giao thông']);
    expect(first.body.items[0]).toMatchObject({ event: 'task.assigned', title: { en: 'Task 3: review the roads criterion' }, link: '/tasks/3', entity: { type: 'task', id: '3' }, readAt: null });
    const second = await c.get(`/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    expect((await c.get('/api/v1/notifications/unread-count')).body).toEqual({ unreadCount: 3 });
  });

  it('names a bad query parameter', async () => {
    const res = await (await t.as('commune.tannam')).get('/api/v1/notifications?limit=0');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('query.limit');
  });

  it('marks one read (not another user\'s), then all, and filters unread', async () => {
    await notify([w.users.commune.id, w.users.commune2.id], 2);
    const mine = await t.db.selectFrom('notifications').select('id').where('user_id', '=', w.users.commune.id).orderBy('id').execute();
    const theirs = await t.db.selectFrom('notifications').select('id').where('user_id', '=', w.users.commune2.id).orderBy('id').execute();
    const c = await t.as('commune.tannam');

    const other = await c.post(`/api/v1/notifications/${theirs[0].id}/read`);
    expect(other.status).toBe(404);
    expect((await t.db.selectFrom('notifications').select('read_at').where('id', '=', theirs[0].id).executeTakeFirstOrThrow()).read_at).toBeNull();

    const one = await c.post(`/api/v1/notifications/${mine[0].id}/read`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: mine[0].id, unreadCount: 1 });
    const again = await c.post(`/api/v1/notifications/${mine[0].id}/read`);
    expect(again.body.readAt).toBe(one.body.readAt); // the first read time stays

    const unread = await c.get('/api/v1/notifications?unread=true');
    expect(unread.body.items.map((n: { id: number }) => n.id)).toEqual([mine[1].id]);

    const all = await c.post('/api/v1/notifications/read-all');
    expect(all.body).toEqual({ updated: 1, unreadCount: 0 });
    expect((await (await t.as('commune.yenthanh')).get('/api/v1/notifications/unread-count')).body.unreadCount).toBe(2);
  });
});

describe('channel settings', () => {
  it('shows every event with the defaults and which channels the server has', async () => {
    const res = await (await t.as('commune.tannam')).get('/api/v1/notifications/preferences');
    expect(res.status).toBe(200);
    expect(res.body.channels).toEqual({ email: { available: true, address: 'tannam@example.vn' }, webhook: { available: false } });
    expect(res.body.items.find((i: { event: string }) => i.event === 'plan.published')).toEqual({ event: 'plan.published', inApp: true, email: true, webhook: true, custom: false });
  });

  it('names a bad event, refuses an event twice, and writes nothing', async () => {
    const c = await t.as('commune.tannam');
    const bad = await c.send('PUT', '/api/v1/notifications/preferences', { items: [{ event: 'plan.eaten', email: false, webhook: false }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('items.0.event');
    expect(bad.body.error.fields[0].vi).not.toBe(bad.body.error.fields[0].en);
    const twice = await c.send('PUT', '/api/v1/notifications/preferences', { items: [
      { event: 'plan.published', email: false, webhook: false }, { event: 'plan.published', email: true, webhook: false }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields[0].field).toBe('items');
    expect(await t.db.selectFrom('notification_preferences').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'notification_preferences').execute()).toHaveLength(0);
  });

  it('saves my choice, audits it, and the next notification follows it', async () => {
    const c = await t.as('commune.tannam');
    const res = await c.send('PUT', '/api/v1/notifications/preferences', { items: [{ event: 'task.assigned', email: false, webhook: true }] });
    expect(res.status).toBe(200);
    expect(res.body.items.find((i: { event: string }) => i.event === 'task.assigned')).toEqual({ event: 'task.assigned', inApp: true, email: false, webhook: true, custom: true });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'notification_preferences').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'update', user_id: w.users.commune.id, entity_id: String(w.users.commune.id) });
    await notify([w.users.commune.id], 1);
    expect(await t.db.selectFrom('notification_outbox').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('notifications').selectAll().execute()).toHaveLength(1);
  });

  it('sends me a test notification through my channels', async () => {
    const res = await (await t.as('commune.tannam')).post('/api/v1/notifications/test');
    expect(res.status).toBe(201);
    expect(res.body.deliveries).toBe(1); // e-mail (the webhook is not configured)
    const inbox = await (await t.as('commune.tannam')).get('/api/v1/notifications');
    expect(inbox.body.items[0]).toMatchObject({ id: res.body.notificationId, event: 'system.test', title: { vi: 'Thông báo thử' } });
  });
});

describe('the outbox (admin)', () => {
  it('is for the admin only', async () => {
    const res = await (await t.as('coordinator')).get('/api/v1/notifications/outbox');
    expect(res.status).toBe(403);
    expect((await (await t.as('coordinator')).post('/api/v1/notifications/outbox/1/retry')).status).toBe(403);
  });

  it('lists deliveries, and queues a failed one again with its delivery id, audited', async () => {
    await notify([w.users.commune.id], 2);
    const rows = await t.db.selectFrom('notification_outbox').selectAll().orderBy('id').execute();
    await t.db.updateTable('notification_outbox').set({ status: 'failed', attempts: 10, last_error: 'smtp 550: Mailbox unavailable' }).where('id', '=', rows[0].id).execute();
    const admin = await t.as('admin');
    const failed = await admin.get('/api/v1/notifications/outbox?status=failed');
    expect(failed.status).toBe(200);
    expect(failed.body.items).toHaveLength(1);
    expect(failed.body.items[0]).toMatchObject({ id: rows[0].id, channel: 'email', status: 'failed', attempts: 10, user: { username: 'commune.tannam' } });

    const pending = await admin.post(`/api/v1/notifications/outbox/${rows[1].id}/retry`);
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('DELIVERY_NOT_FAILED');
    expect((await admin.post('/api/v1/notifications/outbox/999999/retry')).status).toBe(404);

    const retried = await admin.post(`/api/v1/notifications/outbox/${rows[0].id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0, deliveryId: rows[0].delivery_id });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'notification_delivery').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'retry', entity_id: String(rows[0].id), user_id: w.users.admin.id });
  });
});
