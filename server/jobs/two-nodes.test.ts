// Two app nodes on one PostgreSQL, both running every background job at the same moments: each
// reminder and overdue notice reaches each user once, and each of its e-mails and webhooks is
// delivered once. The two "nodes" are two connection pools on the same database, each with its
// own job runner (startJobs, as main.ts starts it), and one shared clock that sweeps from the
// Wednesday before a campaign Saturday to the Friday evening, so that the registration-deadline and
// campaign-eve reminders both come due while the two runners race for them.
//
// PostgreSQL only: PGlite is one connection inside one process, so two app nodes can never share
// it (the product refuses a second server on the same data folder); there is nothing to race.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { directiveBody, setToday } from '../modules/directives/index.js';
import { configureNotifications } from '../modules/notifications/index.js';
import { startSmtpReceiver, startWebhookReceiver, testPort, type SmtpReceiver, type WebhookReceiver } from '../modules/notifications/testing/receivers.js';
import { makeWorld } from '../../test/helpers/factories.js';
import { setupApp } from '../../test/helpers/test-app.js';
import { startJobs } from './index.js';

const SECRET = 'two-nodes-secret';
const onPostgres = !!process.env.DATABASE_URL;
let smtp: SmtpReceiver;
let hook: WebhookReceiver;

beforeAll(async () => {
  if (!onPostgres) return;
  smtp = await startSmtpReceiver(testPort(11));
  hook = await startWebhookReceiver(testPort(12), SECRET);
});
afterAll(async () => {
  await smtp?.close();
  await hook?.close();
  configureNotifications({ smtpUrl: null, webhookUrl: null, webhookSecret: null });
});

/** Waits (within the test's timeout) until the condition holds. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 100));
}

// 12:00 on Wednesday 8/9/2021 in Vietnam; the campaign's first day is Saturday 11/9.
const SWEEP_FROM = Date.parse('2021-09-08T12:00:00+07:00');
const SWEEP_TO = Date.parse('2021-09-10T20:00:00+07:00');
const SWEEP_REAL_MS = 6_000;

it.skipIf(!onPostgres)('two nodes running every job at once send each reminder and each delivery exactly once (PostgreSQL only: PGlite is one connection in one process)', async () => {
  const t = await setupApp({ smtpUrl: smtp.url, webhookUrl: hook.url, webhookSecret: SECRET });
  configureNotifications(t.config); // as a node does at start, before its first request
  const w = await makeWorld(t.db);
  await t.db.updateTable('users').set({ email: sql<string>`username || '@example.vn'` }).execute();
  // A directive whose tasks are overdue by the pinned "today": both nodes' directive jobs find them.
  expect((await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).status).toBe(201);
  await setToday(t.db, '2021-09-25');

  // The second node: its own pool on the same database.
  const database = (await sql<{ name: string }>`select current_database() as name`.execute(t.db)).rows[0].name;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  const other = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });

  // One clock for both nodes, as two machines with synchronised clocks would have.
  const started = Date.now();
  const now = () => new Date(SWEEP_FROM + Math.min(1, (Date.now() - started) / SWEEP_REAL_MS) * (SWEEP_TO - SWEEP_FROM));
  const everyMs = { outbox: 50, reminders: 50, directives: 200 };
  const errors: string[] = [];
  const log = (m: string) => errors.push(m);
  const nodes = [startJobs({ config: t.config, dbh: t.dbh }, log, { now, everyMs }), startJobs({ config: t.config, dbh: other }, log, { now, everyMs })];
  try {
    await new Promise((resolve) => setTimeout(resolve, SWEEP_REAL_MS + 500));
    await until(async () => (await t.db.selectFrom('notification_outbox').select('id').where('status', '=', 'pending').execute()).length === 0);
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await other.close();
  }
  expect(errors).toEqual([]);

  // Everything notified on this fresh database: the directive's "task assigned" notices written by
  // its request, and what the two nodes' jobs wrote.
  const notes = await t.db.selectFrom('notifications').select(['id', 'user_id', 'event', 'dedupe_key']).execute();
  const byEvent = (event: string) => notes.filter((n) => n.event === event);
  // What the sweep should have produced: the Friday 16:00 eve reminder to the 7 users of the
  // campaign's agencies and communes, the registration reminder to both groups' leads (one user,
  // two groups: one notice, since the key names the campaign and the day), and overdue notices.
  expect(byEvent('reminder.campaign_day').map((n) => n.user_id).sort((a, b) => a - b)).toEqual(
    [w.users.leader, w.users.inspector, w.users.media, w.users.agency, w.users.group_lead, w.users.commune, w.users.commune2].map((u) => u.id).sort((a, b) => a - b));
  expect(byEvent('reminder.registration_deadline').map((n) => n.user_id)).toEqual([w.users.group_lead.id]);
  expect(byEvent('task.overdue').length).toBeGreaterThan(0);
  const keys = notes.map((n) => `${n.user_id}|${n.dedupe_key}`);
  expect(new Set(keys).size).toBe(keys.length);

  // Every delivery of the run was sent, to its receiver, once: each webhook delivery id and each
  // e-mail's delivery header exactly once, and nothing else arrived.
  const rows = await t.db.selectFrom('notification_outbox').select(['delivery_id', 'channel', 'status', 'attempts'])
    .where('notification_id', 'in', notes.map((n) => n.id)).execute();
  expect(rows.length).toBe(notes.length * 2);
  expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  const sorted = (xs: Array<string | undefined>) => xs.map(String).sort();
  expect(sorted(hook.hits.map((h) => h.deliveryId))).toEqual(sorted(rows.filter((r) => r.channel === 'webhook').map((r) => r.delivery_id)));
  expect(sorted(smtp.messages.map((m) => String(m.headers.get('x-ntm-delivery-id'))))).toEqual(sorted(rows.filter((r) => r.channel === 'email').map((r) => r.delivery_id)));
  expect(hook.hits.every((h) => h.signatureValid)).toBe(true);

  // The directive job ran on both nodes many times; the overdue instances were claimed once.
  // The audit keeps its sentence as a code and parameters (read in either language): the count is a parameter.
  const audits = await t.db.selectFrom('audit_log').select('summary_params').where('entity', '=', 'task_instance').where('action', '=', 'generate').execute();
  const paramsOf = (p: unknown) => (typeof p === 'string' ? JSON.parse(p) : p) as { overdue?: number } | null;
  const overdue = audits.map((a) => Number(paramsOf(a.summary_params)?.overdue ?? 0)).reduce((a, b) => a + b, 0);
  const instances = await t.db.selectFrom('task_instances').select('id').where('overdue_notified_at', 'is not', null).execute();
  expect(overdue).toBe(instances.length);
}, 180_000); // waits for background jobs on a possibly busy machine; nothing here asserts time
