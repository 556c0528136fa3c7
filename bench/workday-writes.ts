// Benchmark: workday submissions (POST /api/v1/workdays, the commune's part as a phone sends it)
// per second under load, as a ratio to pgbench's single-row INSERT transactions per second on the
// same PostgreSQL in the same run (both with 16 clients for 10 s, taking turns, median of 3), with
// the p99 of the submissions and the SQL statements one submission sends.
//
//   DATABASE_URL=postgres://… npx tsx bench/workday-writes.ts [--seconds 10] [--clients 16] [--rounds 3]
// A throwaway database is created on that server (and dropped); pgbench comes with PostgreSQL
// (PGBENCH=/path/to/pgbench when it is not on PATH). The ratio compares like with like: pgbench
// and the app commit to the same server with the same durability settings.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addDays } from '../domain/dates.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { statementCount } from '../server/db/statement-count.js';
import { LocalFileStore } from '../server/files/store.js';
import { createApp } from '../server/app.js';
import { fixed, load, median, type Load } from './lib/load.js';
import { startApp } from './lib/processes.js';
import { freshTarget, signIn } from './lib/target.js';

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '16' }, rounds: { type: 'string', default: '3' },
} });
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ROUNDS = Number(values.rounds);
const PGBENCH = process.env.PGBENCH || (fs.existsSync('/usr/lib/postgresql/15/bin/pgbench') ? '/usr/lib/postgresql/15/bin/pgbench' : 'pgbench');

const target = await freshTarget('postgres');
const url = target.databaseUrl!;
const settings = await (async () => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return (await c.query<{ fsync: string; synchronous_commit: string }>(`select current_setting('fsync') as fsync, current_setting('synchronous_commit') as synchronous_commit`)).rows[0]; } finally { await c.end(); }
})();
console.log(`workday submissions on PostgreSQL (fsync ${settings.fsync}, synchronous_commit ${settings.synchronous_commit}): ${CLIENTS} clients for ${SECONDS} s, ${ROUNDS} rounds, Node ${process.version}, ${os.cpus().length} cores (shared)`);
const app = await startApp(target.env);

// Room for many submissions: the campaign runs to the end of 2031 and the business clock stands
// there, so every (group, day) from 2022 on is a new workday the commune may record.
const facts = await (async () => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const campaign = (await c.query<{ id: number }>(`select id from campaigns order by id limit 1`)).rows[0];
    await c.query(`update campaigns set end_date = '2031-12-31' where id = $1`, [campaign.id]);
    await c.query(`insert into settings (key, value) values ('clock.today', '"2031-12-31"') on conflict (key) do update set value = excluded.value`);
    const commune = (await c.query<{ unit_id: number }>(`select unit_id from users where username = 'commune.tannam'`)).rows[0];
    const groups = (await c.query<{ id: number }>(`select id from groups where campaign_id = $1 order by id`, [campaign.id])).rows.map((r) => r.id);
    await c.query(`create table bench_insert (id bigserial primary key, v integer not null, at timestamptz not null default now())`);
    return { campaignId: campaign.id, communeId: commune.unit_id, groups };
  } finally { await c.end(); }
})();
const { cookie, csrf } = await signIn(app.url, 'commune.tannam');

let next = 0;
function submission(): string {
  const n = next++;
  const day = addDays('2022-01-01', Math.floor(n / facts.groups.length));
  return JSON.stringify({
    clientId: randomUUID(), campaignId: facts.campaignId, communeId: facts.communeId, groupId: facts.groups[n % facts.groups.length], day,
    commune: { people: { fullDay: 12, halfDay: 2 }, weather: 'sunny', supervisorName: 'Cán bộ giám sát (đo hiệu năng)' },
  });
}

function pgbench(): number {
  const u = new URL(url);
  const script = path.join(target.dataDir, 'insert.sql');
  fs.writeFileSync(script, 'insert into bench_insert (v) values (1);\n');
  const r = spawnSync(PGBENCH, ['-n', '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS), '-f', script,
    '-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres'), u.pathname.slice(1)],
  { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) }, timeout: (SECONDS + 30) * 1000 });
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout);
  if (!m) throw new Error(`pgbench failed: ${r.stderr || r.stdout}`);
  return Number(m[1]);
}

const rounds: Array<{ tps: number; wd: Load }> = [];
try {
  for (let r = 0; r < ROUNDS; r++) {
    const tps = pgbench();
    const wd = await load({ url: `${app.url}/api/v1/workdays`, method: 'POST', connections: CLIENTS, seconds: SECONDS,
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: submission });
    rounds.push({ tps, wd });
    console.log(`round ${r + 1}: pgbench ${fixed(tps, 0)} tps; POST /workdays ${fixed(wd.rps, 1)} req/s, p99 ${wd.p99} ms, refused/errors ${wd.bad}`);
  }
} finally {
  await app.stop();
}

// Statements of one submission, counted in-process over the same database once the server stopped.
const config = loadConfig({ dataDir: target.dataDir, databaseUrl: url, webDir: path.join(target.dataDir, 'no-web') });
const dbh = await openDatabase(config);
const inproc = createApp({ config, dbh, files: new LocalFileStore(path.join(target.dataDir, 'files')) });
const login = await inproc.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'commune.tannam', password: 'ntm-demo-2021' }) });
const session = /ntm_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
const token = ((await login.json()) as { csrfToken: string }).csrfToken;
const post = () => inproc.request('/api/v1/workdays', { method: 'POST', headers: { cookie: session, 'x-csrf-token': token, 'content-type': 'application/json' }, body: submission() });
await post(); // warm-up
const before = statementCount();
const res = await post();
const statements = statementCount() - before;
if (res.status !== 201 && res.status !== 200) throw new Error(`POST /workdays answered ${res.status}: ${await res.text()}`);
await dbh.close();
await target.drop();

const ratio = median(rounds.map((r) => r.wd.rps / r.tps));
console.log('');
console.log(`pgbench single-row insert: ${fixed(median(rounds.map((r) => r.tps)), 0)} tps (median)`);
console.log(`POST /workdays: ${fixed(median(rounds.map((r) => r.wd.rps)), 1)} req/s, × pgbench ${fixed(ratio, 4)} (median of ${ROUNDS}), p50 ${median(rounds.map((r) => r.wd.p50))} ms, p99 ${median(rounds.map((r) => r.wd.p99))} ms, ${statements} statements per submission, refused/errors ${rounds.reduce((s, r) => s + r.wd.bad, 0)}`);
