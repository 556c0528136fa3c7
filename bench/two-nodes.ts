// Two app nodes, one PostgreSQL, behind haproxy on loopback (docs/DEPLOYMENT.md): starts the
// deployment, checks that it behaves as one server, then measures its throughput beside a single
// node's (autocannon -c 50 for 10 s on /auth/me, median of 3). Checked across the nodes:
// - a session made through one node works on the other (haproxy alternates the nodes);
// - an Idempotency-Key sent twice, the second time to the other node, is answered from the first;
// - the campaign-day reminder run at the same moment by two nodes' database pools notifies each
//   user once, and both nodes' outbox workers (jobs on) deliver each notification to the webhook
//   receiver exactly once (FOR UPDATE SKIP LOCKED; the receiver counts delivery ids).
//
//   DATABASE_URL=postgres://… npx tsx bench/two-nodes.ts [--seconds 10] [--rounds 3]
// HAPROXY=/path/to/haproxy when it is not /usr/sbin/haproxy. Everything listens on 127.0.0.1 and stops by itself.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { addDays } from '../domain/dates.js';
import type { Database } from '../server/db/schema.js';
import { configureNotifications, runReminders, campaignDayReminder } from '../server/modules/notifications/index.js';
import { startWebhookReceiver } from '../server/modules/notifications/testing/receivers.js';
import { fixed, load, median } from './lib/load.js';
import { startApp, type Child } from './lib/processes.js';
import { freshTarget, signIn } from './lib/target.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' } } });
const SECONDS = Number(values.seconds);
const HAPROXY = process.env.HAPROXY || '/usr/sbin/haproxy';
const SECRET = 'bench-webhook-secret';

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); }); });
}

function check(ok: boolean, what: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
}

const target = await freshTarget('postgres', 'ntm_two_nodes');
const receiver = await startWebhookReceiver(await freePort(), SECRET);
const env = { ...target.env, JOBS_ENABLED: 'true', WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET, TRUST_PROXY: 'true' };
// The first node creates the demo district; the second starts on the filled database.
const nodes: Child[] = [await startApp(env)];
nodes.push(await startApp(env));
const port = await freePort();
const cfg = path.join(target.dataDir, 'haproxy.cfg');
fs.writeFileSync(cfg, `global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 30s
  timeout server 30s
frontend ntm
  bind 127.0.0.1:${port}
  http-response set-header X-Ntm-Node %[srv_name]
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /api/v1/health
${nodes.map((n, i) => `  server node${i + 1} 127.0.0.1:${n.port} check`).join('\n')}
`);
const proxy = spawn(HAPROXY, ['-f', cfg, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
let proxyErr = '';
proxy.stderr.on('data', (d) => { proxyErr += d; });
process.on('exit', () => proxy.kill('SIGKILL'));
const url = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try { if ((await fetch(`${url}/api/v1/health`)).ok) break; } catch { /* not yet */ }
  if (i > 100) throw new Error(`haproxy did not answer: ${proxyErr}`);
  await new Promise((r) => setTimeout(r, 100));
}
console.log(`two nodes (ports ${nodes.map((n) => n.port).join(', ')}) behind haproxy on ${url}, one PostgreSQL; Node ${process.version}, ${os.cpus().length} cores (shared)`);

try {
  // Sessions across nodes.
  const { cookie, csrf } = await signIn(url, 'commune.tannam');
  const seen = new Set<string>();
  let allOk = true;
  for (let i = 0; i < 6; i++) {
    const res = await fetch(`${url}/api/v1/auth/me`, { headers: { cookie } });
    seen.add(res.headers.get('x-ntm-node') ?? '?');
    allOk &&= res.status === 200;
    await res.arrayBuffer();
  }
  check(allOk && seen.size === 2, `a session from one node is valid on both (answered by ${[...seen].sort().join(', ')})`);

  // Idempotency-Key across nodes.
  const c = new pg.Client({ connectionString: target.databaseUrl! });
  await c.connect();
  const campaign = (await c.query<{ id: number }>('select id from campaigns order by id limit 1')).rows[0].id;
  const group = (await c.query<{ id: number }>('select id from groups where campaign_id = $1 order by id limit 1', [campaign])).rows[0].id;
  const commune = (await c.query<{ unit_id: number }>(`select unit_id from users where username = 'commune.tannam'`)).rows[0].unit_id;
  const body = JSON.stringify({ clientId: randomUUID(), campaignId: campaign, communeId: commune, groupId: group, day: '2021-10-05', commune: { people: { fullDay: 5, halfDay: 0 }, weather: 'sunny' } });
  const key = `two-nodes-${randomUUID()}`;
  const post = () => fetch(`${url}/api/v1/workdays`, { method: 'POST', body, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', 'idempotency-key': key } });
  const first = await post();
  const second = await post();
  const rows = (await c.query<{ n: string }>('select count(*) as n from workdays where day = $1 and group_id = $2', ['2021-10-05', group])).rows[0].n;
  check(first.status === 201 && second.status === 201 && second.headers.get('idempotency-replayed') === 'true'
    && first.headers.get('x-ntm-node') !== second.headers.get('x-ntm-node') && rows === '1',
  `an Idempotency-Key resent to the other node is answered from the first (${first.headers.get('x-ntm-node')}: ${first.status}, ${second.headers.get('x-ntm-node')}: ${second.status} replayed, ${rows} record)`);

  // Reminders run at one moment by two nodes' pools, then delivered by both nodes' workers.
  const day = (await c.query<{ day: string }>(`select to_char(day, 'YYYY-MM-DD') as day from campaign_days where campaign_id = $1 order by day desc limit 1`, [campaign])).rows[0].day;
  const eve = new Date(`${addDays(day, -1)}T16:05:00+07:00`);
  configureNotifications({ smtpUrl: null, smtpFrom: 'ntm-hub <no-reply@localhost>', webhookUrl: receiver.url, webhookSecret: SECRET, appUrl: url } as Parameters<typeof configureNotifications>[0]);
  const pool = () => new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.databaseUrl!, max: 2 }) }) });
  const [a, b] = [pool(), pool()];
  const before = (await c.query<{ n: string }>(`select count(*) as n from notification_outbox`)).rows[0].n;
  // The demo already told its users about the first campaign day: only this run's notifications count.
  const lastBefore = (await c.query<{ id: number | null }>(`select max(id) as id from notifications`)).rows[0].id ?? 0;
  await Promise.all([runReminders(a, { now: eve, providers: [campaignDayReminder] }), runReminders(b, { now: eve, providers: [campaignDayReminder] })]);
  await a.destroy();
  await b.destroy();
  const dup = (await c.query<{ n: string }>(`select count(*) as n from (select user_id from notifications where event = 'reminder.campaign_day' and id > $1 group by user_id having count(*) > 1) x`, [lastBefore])).rows[0].n;
  const queued = Number((await c.query<{ n: string }>(`select count(*) as n from notification_outbox`)).rows[0].n);
  check(dup === '0' && queued > Number(before), `the reminder run by two nodes at once notifies each user once (${queued - Number(before)} deliveries queued)`);
  const deadline = Date.now() + 60_000;
  let pending = queued;
  while (Date.now() < deadline) {
    pending = Number((await c.query<{ n: string }>(`select count(*) as n from notification_outbox where status = 'pending'`)).rows[0].n);
    if (pending === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const sent = Number((await c.query<{ n: string }>(`select count(*) as n from notification_outbox where status = 'sent' and channel = 'webhook'`)).rows[0].n);
  const accepted = receiver.hits.filter((h) => h.status < 300);
  check(pending === 0 && accepted.length === sent && receiver.distinctAccepted().size === sent,
    `both nodes' workers delivered every webhook exactly once (${sent} sent, ${accepted.length} received, ${receiver.distinctAccepted().size} distinct delivery ids)`);
  await c.end();

  // Throughput: the pair behind haproxy beside one node alone, in the same run.
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) {
    one.push((await load({ url: `http://127.0.0.1:${nodes[0].port}/api/v1/auth/me`, connections: 50, seconds: SECONDS, headers: { cookie } })).rps);
    two.push((await load({ url: `${url}/api/v1/auth/me`, connections: 50, seconds: SECONDS, headers: { cookie } })).rps);
    console.log(`round ${r + 1}: one node ${fixed(one[r], 0)} req/s, two nodes behind haproxy ${fixed(two[r], 0)} req/s`);
  }
  console.log(`GET /auth/me: two nodes ${fixed(median(two), 0)} req/s, one node ${fixed(median(one), 0)} req/s: × ${fixed(median(two.map((t, i) => t / one[i])), 2)} (median of ${one.length}, ${os.cpus().length} cores shared by both nodes, PostgreSQL, haproxy and the load generator)`);
} finally {
  proxy.kill('SIGTERM');
  for (const n of nodes) await n.stop();
  await receiver.close();
  await target.drop();
}
