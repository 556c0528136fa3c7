// Two workers draining the same outbox at the same time never send a row twice: on PostgreSQL
// they hold separate connections and claim with FOR UPDATE SKIP LOCKED; on PGlite the one
// connection serialises them. The receivers count distinct deliveries.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeWorld } from '../../../../test/helpers/factories.js';
import { setupApp } from '../../../../test/helpers/test-app.js';
import { configureNotifications } from '../channels.js';
import { enqueueNotification } from '../commands/enqueue-notification.js';
import { startSmtpReceiver, startWebhookReceiver, testPort, type SmtpReceiver, type WebhookReceiver } from '../testing/receivers.js';
import { createOutboxWorker } from './worker.js';

const SECRET = 'parallel-secret';
let smtp: SmtpReceiver;
let hook: WebhookReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver(testPort(3));
  hook = await startWebhookReceiver(testPort(4), SECRET, { delayMs: 5 });
});
afterAll(async () => {
  await smtp.close();
  await hook.close();
  configureNotifications({ smtpUrl: null, webhookUrl: null, webhookSecret: null });
});

it('two workers in parallel deliver every row exactly once', async () => {
  const t = await setupApp();
  const w = await makeWorld(t.db);
  const settings = configureNotifications({ smtpUrl: smtp.url, webhookUrl: hook.url, webhookSecret: SECRET });
  await t.db.updateTable('users').set({ email: sql<string>`username || '@example.vn'` }).execute();
  const everyone = Object.values(w.users).map((u) => u.id);
  for (let i = 1; i <= 3; i++) {
    await enqueueNotification({ db: t.db }, {
      event: 'task.assigned', recipients: { userIds: everyone },
      title: { vi: `Nhiệm vụ số ${i}`, en: `Task ${i}` }, body: { vi: 'Hoàn thành trước thứ Sáu.', en: 'Due by Friday.' },
    });
  }
  const rows = await t.db.selectFrom('notification_outbox').select(['delivery_id', 'channel']).execute();
  expect(rows).toHaveLength(everyone.length * 3 * 2);

  const later = () => new Date(Date.now() + 60_000);
  const a = createOutboxWorker(t.db, { now: later, settings, batchSize: 3 });
  const b = createOutboxWorker(t.db, { now: later, settings, batchSize: 3 });
  const [ra, rb] = await Promise.all([a.drain(100), b.drain(100)]);
  a.close();
  b.close();

  expect(ra.sent + rb.sent).toBe(rows.length);
  expect(ra.claimed + rb.claimed).toBe(rows.length);
  const webhookIds = rows.filter((r) => r.channel === 'webhook').map((r) => r.delivery_id).sort();
  const emailIds = rows.filter((r) => r.channel === 'email').map((r) => r.delivery_id).sort();
  expect(hook.hits.map((h) => h.deliveryId).sort()).toEqual(webhookIds); // every one, none twice
  expect(smtp.messages.map((m) => String(m.headers.get('x-ntm-delivery-id'))).sort()).toEqual(emailIds);
  const statuses = await t.db.selectFrom('notification_outbox').select(['status', 'attempts']).distinct().execute();
  expect(statuses).toEqual([{ status: 'sent', attempts: 1 }]);
}, 120_000); // a busy machine makes 54 real deliveries slow; nothing here asserts time
