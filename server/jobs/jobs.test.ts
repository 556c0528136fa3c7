// The background jobs as main.ts starts them, on both databases: a notification queued over HTTP
// reaches the local SMTP server and the webhook receiver without anyone calling the worker.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeWorld } from '../../test/helpers/factories.js';
import { setupApp } from '../../test/helpers/test-app.js';
import { configureNotifications } from '../modules/notifications/index.js';
import { startSmtpReceiver, startWebhookReceiver, testPort, type SmtpReceiver, type WebhookReceiver } from '../modules/notifications/testing/receivers.js';
import { startJobs } from './index.js';

const SECRET = 'jobs-test-secret';
let smtp: SmtpReceiver;
let hook: WebhookReceiver;

beforeAll(async () => {
  smtp = await startSmtpReceiver(testPort(5));
  hook = await startWebhookReceiver(testPort(6), SECRET);
});
afterAll(async () => {
  await smtp.close();
  await hook.close();
  configureNotifications({ smtpUrl: null, webhookUrl: null, webhookSecret: null });
});

/** Waits (within the test's timeout) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

it('delivers queued notifications by e-mail and webhook in the background', async () => {
  const t = await setupApp({ smtpUrl: smtp.url, webhookUrl: hook.url, webhookSecret: SECRET, appUrl: 'https://ntm.example.vn' });
  await makeWorld(t.db);
  await t.db.updateTable('users').set({ email: 'leader@example.vn' }).where('username', '=', 'leader').execute();
  const jobs = startJobs({ config: t.config, dbh: t.dbh }, () => undefined);
  try {
    const res = await (await t.as('leader')).post('/api/v1/notifications/test');
    expect(res.status).toBe(201);
    expect(res.body.deliveries).toBe(2);
    await until(() => smtp.messages.length === 1 && hook.hits.length === 1);
  } finally {
    await jobs.stop();
  }
  expect(smtp.messages[0].subject).toBe('Thông báo thử');
  expect(hook.hits[0]).toMatchObject({ signatureValid: true, body: { event: 'system.test', notification: { link: 'https://ntm.example.vn/notifications' } } });
  const rows = await t.db.selectFrom('notification_outbox').select(['status', 'attempts']).execute();
  expect(rows).toEqual([{ status: 'sent', attempts: 1 }, { status: 'sent', attempts: 1 }]);
}, 120_000); // waits for the background job on a possibly busy machine; nothing here asserts time
