// Two app nodes, one PostgreSQL, behind haproxy on loopback (docs/DEPLOYMENT.md): starts the
// deployment with both nodes running every background job and both keeping uploads in one
// S3-compatible bucket (s3rver, started here), runs a campaign Saturday through it, checks that it
// behaves as one server, then measures its throughput beside a single node's (autocannon -c 50 for
// 10 s on /auth/me, median of 3). Checked across the nodes:
// - a session made through one node works on the other (haproxy alternates the nodes);
// - an Idempotency-Key sent twice, the second time to the other node, is answered from the first;
// - a photo uploaded through one node is served by the other (each node has its own DATA_DIR);
// - the Saturday's reminders: both nodes' jobs run as if it were the Friday 16:02 before it
//   (JOBS_CLOCK_SHIFT_MINUTES) every second; the campaign-eve reminder and the registration-deadline
//   reminder reach each of their users once, and every e-mail and webhook of the run (the day's,
//   the demo's and the workday's) is received once: the receivers count delivery ids.
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
import pg from 'pg';
import S3rver from 's3rver';
import sharp from 'sharp';
import { addDays, dayOfWeek, todayInVietnam } from '../domain/dates.js';
import { startSmtpReceiver, startWebhookReceiver } from '../server/modules/notifications/testing/receivers.js';
import { fixed, load, median } from './lib/load.js';
import { startApp, type Child } from './lib/processes.js';
import { freshTarget, signIn } from './lib/target.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' } } });
const SECONDS = Number(values.seconds);
const HAPROXY = process.env.HAPROXY || '/usr/sbin/haproxy';
const SECRET = 'bench-webhook-secret';
const BUCKET = 'ntm-files';

async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); }); });
}

function check(ok: boolean, what: string) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) process.exitCode = 1;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The coming Friday at 16:02 in Vietnam (UTC+7), and how many minutes ahead of now it is. */
function comingFridayEve(now = new Date()): { friday: string; saturday: string; shiftMinutes: number } {
  let friday = todayInVietnam(now);
  while (dayOfWeek(friday) !== 5 || Date.parse(`${friday}T16:02:00+07:00`) < now.getTime()) friday = addDays(friday, 1);
  return { friday, saturday: addDays(friday, 1), shiftMinutes: Math.ceil((Date.parse(`${friday}T16:02:00+07:00`) - now.getTime()) / 60_000) };
}

const target = await freshTarget('postgres', 'ntm_two_nodes');
const s3dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-s3-'));
const s3 = new S3rver({ address: '127.0.0.1', port: await freePort(), silent: true, directory: s3dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
const s3addr = (await s3.run()) as net.AddressInfo;
const receiver = await startWebhookReceiver(await freePort(), SECRET);
const smtp = await startSmtpReceiver(await freePort());
const eve = comingFridayEve();
const env = {
  ...target.env, JOBS_ENABLED: 'true', WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET, SMTP_URL: smtp.url, TRUST_PROXY: 'true',
  FILE_STORE: 's3', S3_ENDPOINT: `http://127.0.0.1:${s3addr.port}`, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER',
  JOBS_CLOCK_SHIFT_MINUTES: String(eve.shiftMinutes), REMINDER_INTERVAL_SECONDS: '1', OUTBOX_INTERVAL_SECONDS: '1',
};
// The first node creates the demo district (its photos go to the bucket); the second starts on the
// filled database. Each has a data folder of its own: nothing is shared but PostgreSQL and the bucket.
const dataDir = (n: number) => { const d = path.join(target.dataDir, `node${n}`); fs.mkdirSync(d, { recursive: true }); return d; };
const nodes: Child[] = [await startApp({ ...env, DATA_DIR: dataDir(1) })];
nodes.push(await startApp({ ...env, DATA_DIR: dataDir(2) }));
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
  await sleep(100);
}
console.log(`two nodes (ports ${nodes.map((n) => n.port).join(', ')}) behind haproxy on ${url}, one PostgreSQL, files in an S3 bucket (s3rver); Node ${process.version}, ${os.cpus().length} cores (shared)`);
console.log(`both nodes' jobs run as if it were Friday ${eve.friday} 16:02 in Vietnam (clock shifted ${eve.shiftMinutes} min), reminders and outbox every second`);

const c = new pg.Client({ connectionString: target.databaseUrl! });
await c.connect();
const count = async (q: string, p: unknown[] = []) => Number((await c.query<{ n: string }>(q, p)).rows[0].n);
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

  // The Saturday: the office sets registration by Friday 20:00, the day goes into the campaign,
  // every user of the demo has an e-mail address (so each notice makes an e-mail and a webhook).
  const campaign = (await c.query<{ id: number }>('select id from campaigns order by id limit 1')).rows[0].id;
  const office = await signIn(url, 'coordinator');
  const settings = await fetch(`${url}/api/v1/campaigns/${campaign}/plan-settings`, {
    method: 'PUT', headers: { cookie: office.cookie, 'x-csrf-token': office.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ registrationDeadline: { weekday: 5, time: '20:00' }, confirmationDeadline: { weekday: 5, time: '21:00' }, batchesPerMixerDay: 40, meetingTime: '06:30' }),
  });
  check(settings.status === 200, `the office sets registration by Friday 20:00 (${settings.status})`);
  await c.query(`update users set email = username || '@example.vn'`);
  const notifiedBefore = await count('select count(*) as n from notifications');
  await c.query('insert into campaign_days (campaign_id, day, note) values ($1, $2, $3)', [campaign, eve.saturday, 'Ra quân làm đường trục thôn']);

  // The commune's workday, its Idempotency-Key resent to the other node, and a photo.
  const group = (await c.query<{ id: number }>('select id from groups where campaign_id = $1 order by id limit 1', [campaign])).rows[0].id;
  const commune = (await c.query<{ unit_id: number }>(`select unit_id from users where username = 'commune.tannam'`)).rows[0].unit_id;
  const body = JSON.stringify({ clientId: randomUUID(), campaignId: campaign, communeId: commune, groupId: group, day: '2021-10-05', commune: { people: { fullDay: 5, halfDay: 0 }, weather: 'sunny' } });
  const key = `two-nodes-${randomUUID()}`;
  const post = () => fetch(`${url}/api/v1/workdays`, { method: 'POST', body, headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', 'idempotency-key': key } });
  const first = await post();
  const second = await post();
  const rows = await count('select count(*) as n from workdays where day = $1 and group_id = $2', ['2021-10-05', group]);
  check(first.status === 201 && second.status === 201 && second.headers.get('idempotency-replayed') === 'true'
    && first.headers.get('x-ntm-node') !== second.headers.get('x-ntm-node') && rows === 1,
  `an Idempotency-Key resent to the other node is answered from the first (${first.headers.get('x-ntm-node')}: ${first.status}, ${second.headers.get('x-ntm-node')}: ${second.status} replayed, ${rows} record)`);
  const workday = ((await first.json()) as { id: number }).id;
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#5a8f3c' } }).jpeg().toBuffer();
  const form = new FormData();
  form.set('phase', 'after');
  form.set('file', new File([new Uint8Array(jpeg)], 'sau-khi-do.jpg', { type: 'image/jpeg' }));
  const up = await fetch(`${url}/api/v1/workdays/${workday}/photos`, { method: 'POST', body: form, headers: { cookie, 'x-csrf-token': csrf } });
  const upNode = up.headers.get('x-ntm-node');
  const photo = (await c.query<{ id: number; display_key: string }>('select id, display_key from workday_photos where workday_id = $1 order by id desc limit 1', [workday])).rows[0];
  const served: Array<{ node: string | null; status: number; bytes: number }> = [];
  for (let i = 0; i < 4; i++) {
    const res = await fetch(`${url}/api/v1/workday-photos/${photo?.id}/display`, { headers: { cookie } });
    served.push({ node: res.headers.get('x-ntm-node'), status: res.status, bytes: (await res.arrayBuffer()).byteLength });
  }
  const byOther = served.filter((s) => s.node !== upNode && s.status === 200);
  const onDisk = [1, 2].some((n) => fs.existsSync(path.join(dataDir(n), 'files', photo?.display_key ?? '-')));
  check(up.status === 201 && byOther.length > 0 && served.every((s) => s.status === 200 && s.bytes === served[0].bytes) && !onDisk,
    `a photo uploaded through ${upNode} is served by the other node from the bucket (${served.map((s) => `${s.node} ${s.status} ${s.bytes} B`).join(', ')}; in a node's folder: ${onDisk})`);

  // The reminders come due on both nodes' next tick; let them race for a while longer.
  const due = { eve: `reminder.campaign_day:${campaign}:${eve.saturday}`, registration: `reminder.registration_deadline:${campaign}:${eve.saturday}` };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && await count('select count(*) as n from notifications where dedupe_key in ($1, $2)', [due.eve, due.registration]) === 0) await sleep(250);
  await sleep(10_000);
  const users = async (dedupeKey: string) => (await c.query<{ user_id: number; n: string }>(
    'select user_id, count(*) as n from notifications where dedupe_key = $1 group by user_id', [dedupeKey])).rows;
  const eveUsers = await users(due.eve);
  const regUsers = await users(due.registration);
  // Whom each should reach, from the campaign itself: its agencies' and communes' users; the group leads of its groups.
  const expectedEve = await count(`select count(*) as n from users u where not u.disabled and (
      u.unit_id in (select unit_id from campaign_communes where campaign_id = $1)
      or u.agency_id in (select lead_agency_id from groups where campaign_id = $1 union select m.agency_id from group_members m join groups g on g.id = m.group_id where g.campaign_id = $1))`, [campaign]);
  check(eveUsers.length > 0 && eveUsers.every((u) => u.n === '1') && eveUsers.length === expectedEve,
    `the Friday-eve reminder of ${eve.saturday}, run every second by both nodes, reached ${eveUsers.length} users once each (${expectedEve} expected)`);
  check(regUsers.length > 0 && regUsers.every((u) => u.n === '1'),
    `the registration-deadline reminder reached ${regUsers.length} group lead(s) once each`);

  // Every delivery of the run, the demo's earlier ones included, sent once by one of the two workers.
  const outboxDeadline = Date.now() + 120_000;
  let pending = 1;
  while (Date.now() < outboxDeadline && (pending = await count(`select count(*) as n from notification_outbox where status = 'pending'`)) > 0) await sleep(500);
  const sentHooks = await count(`select count(*) as n from notification_outbox where status = 'sent' and channel = 'webhook'`);
  const sentMail = await count(`select count(*) as n from notification_outbox where status = 'sent' and channel = 'email'`);
  const failed = await count(`select count(*) as n from notification_outbox where status = 'failed'`);
  const accepted = receiver.hits.filter((h) => h.status < 300);
  const mailIds = new Set(smtp.messages.map((m) => String(m.headers.get('x-ntm-delivery-id'))));
  check(pending === 0 && failed === 0 && accepted.length === sentHooks && receiver.distinctAccepted().size === sentHooks,
    `every webhook was delivered exactly once (${sentHooks} sent, ${accepted.length} received, ${receiver.distinctAccepted().size} distinct delivery ids)`);
  check(sentMail > 0 && smtp.messages.length === sentMail && mailIds.size === sentMail,
    `every e-mail was delivered exactly once (${sentMail} sent, ${smtp.messages.length} received, ${mailIds.size} distinct delivery ids)`);
  console.log(`notifications written during the run: ${await count('select count(*) as n from notifications') - notifiedBefore}`);

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
  await c.end();
  proxy.kill('SIGTERM');
  for (const n of nodes) await n.stop();
  await receiver.close();
  await smtp.close();
  await s3.close();
  fs.rmSync(s3dir, { recursive: true, force: true });
  await target.drop();
}
