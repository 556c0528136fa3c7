// Benchmark: requests per second of the hot read paths under load, as a ratio to a bare node:http
// hello-world measured in the same run on the same machine (autocannon, -c 50 for 10 s per path,
// the baseline and the paths taking turns, median of 3 rounds), with the SQL statements each
// request sends. Servers run in child processes on loopback; everything stops by itself.
//
//   npx tsx bench/http-paths.ts [--db pglite|postgres] [--seconds 10] [--connections 50] [--rounds 3]
//                               [--paths me,agencies,roads,summary,dashboard] [--user leader]
// --db postgres needs DATABASE_URL (a throwaway database is created on that server and dropped).
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { statementCount } from '../server/db/statement-count.js';
import { LocalFileStore } from '../server/files/store.js';
import { createApp } from '../server/app.js';
import { drain, fixed, load, median, type Load } from './lib/load.js';
import { startApp, startBare } from './lib/processes.js';
import { freshTarget, signIn } from './lib/target.js';

const { values } = parseArgs({ options: {
  db: { type: 'string', default: 'pglite' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' },
  rounds: { type: 'string', default: '3' }, paths: { type: 'string', default: 'me,agencies,roads,summary,dashboard' }, user: { type: 'string', default: 'leader' },
} });
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);

const ALL: Record<string, string> = {
  me: '/api/v1/auth/me',
  agencies: '/api/v1/agencies',
  roads: '/api/v1/roads',
  summary: '/api/v1/public/summary',
  dashboard: '/api/v1/dashboard',
};
const names = values.paths.split(',');
for (const n of names) if (!ALL[n]) throw new Error(`unknown path ${n}: one of ${Object.keys(ALL).join(', ')}`);

const target = await freshTarget(values.db === 'postgres' ? 'postgres' : 'pglite');
console.log(`http paths on ${target.kind}: autocannon -c ${CONNECTIONS} for ${SECONDS} s per path, ${ROUNDS} rounds, Node ${process.version}, ${os.cpus().length} cores (shared)`);
const app = await startApp(target.env);
const bare = await startBare();
const { cookie } = await signIn(app.url, values.user);

const rounds: Array<Map<string, Load>> = [];
try {
  for (let r = 0; r < ROUNDS; r++) {
    const m = new Map<string, Load>();
    m.set('bare', await load({ url: bare.url, connections: CONNECTIONS, seconds: SECONDS }));
    const backlog: string[] = [];
    for (const n of names) {
      m.set(n, await load({ url: app.url + ALL[n], connections: CONNECTIONS, seconds: SECONDS, headers: { cookie } }));
      const ms = await drain(`${app.url}/api/v1/health`);
      if (ms > 1000) backlog.push(`${n} ${fixed(ms / 1000, 1)} s`);
    }
    rounds.push(m);
    console.log(`round ${r + 1}: bare ${fixed(m.get('bare')!.rps, 0)} req/s; ${names.map((n) => `${n} ${fixed(m.get(n)!.rps, 0)}`).join(', ')}`
      + (backlog.length ? `; server still busy after the run: ${backlog.join(', ')}` : ''));
  }
} finally {
  await app.stop();
  await bare.stop();
}

const statements = new Map<string, number>();
try {
  await countStatements();
} catch (e) {
  console.log(`statements per request not counted: ${(e as Error).message}`);
}
await target.drop();

console.log('');
console.log(`path        | req/s (median) | × bare (median of ${ROUNDS}) | p50 ms | p99 ms | statements | non-2xx/errors`);
const bareRps = median(rounds.map((m) => m.get('bare')!.rps));
console.log(`bare        | ${fixed(bareRps, 0).padStart(14)} | ${'1'.padStart(22)} | ${fixed(median(rounds.map((m) => m.get('bare')!.p50)), 0).padStart(6)} | ${fixed(median(rounds.map((m) => m.get('bare')!.p99)), 0).padStart(6)} |          — | ${rounds.reduce((s, m) => s + m.get('bare')!.bad, 0)}`);
for (const n of names) {
  const ratio = median(rounds.map((m) => m.get(n)!.rps / m.get('bare')!.rps));
  const pick = (f: (l: Load) => number) => median(rounds.map((m) => f(m.get(n)!)));
  console.log(`${n.padEnd(11)} | ${fixed(pick((l) => l.rps), 0).padStart(14)} | ${fixed(ratio, 4).padStart(22)} | ${fixed(pick((l) => l.p50), 0).padStart(6)} | ${fixed(pick((l) => l.p99), 0).padStart(6)} | ${String(statements.get(n) ?? '—').padStart(10)} | ${rounds.reduce((s, m) => s + m.get(n)!.bad, 0)}`);
}

async function countStatements() {
  // Statements per request, counted in-process over the same database once the server has stopped.
  const config = loadConfig({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, webDir: path.join(target.dataDir, 'no-web') });
  const dbh = await openDatabase(config);
  const inproc = createApp({ config, dbh, files: new LocalFileStore(path.join(target.dataDir, 'files')) });
  const login = await inproc.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: values.user, password: 'ntm-demo-2021' }) });
  const session = /ntm_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
  for (const n of names) {
    await inproc.request(ALL[n], { headers: { cookie: session } }); // warm-up
    const before = statementCount();
    const res = await inproc.request(ALL[n], { headers: { cookie: session } });
    statements.set(n, statementCount() - before);
    if (res.status !== 200) throw new Error(`${ALL[n]} answered ${res.status}`);
  }
  await dbh.close();
}
