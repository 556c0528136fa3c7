// Benchmark: fills a fresh PostgreSQL database with a province (bench/lib/province.ts: the 2021 and
// 2025 shapes, five campaigns, about two million attendance rows and a million ledger postings) and
// times it; then, unless --fill-only, measures the leadership reads at that size with 10 clients
// (autocannon -c 10 for 10 s per path, a bare node:http server in the same run, median of 3).
//
//   DATABASE_URL=postgres://… npx tsx bench/province.ts [--size province|tiny] [--fill-only] [--keep]
// --keep leaves the database (ntm_province) for other benchmarks; otherwise it is dropped.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { fixed, load, median, type Load } from './lib/load.js';
import { startApp, startBare } from './lib/processes.js';
import { generateProvince, PROVINCE_SIZES } from './lib/province.js';
import { freshTarget, signIn } from './lib/target.js';

const { values } = parseArgs({ options: {
  size: { type: 'string', default: 'province' }, 'fill-only': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' }, clients: { type: 'string', default: '10' },
} });
const size = PROVINCE_SIZES[values.size as keyof typeof PROVINCE_SIZES];
if (!size) throw new Error(`--size is one of ${Object.keys(PROVINCE_SIZES).join(', ')}`);

const target = await freshTarget('postgres', 'ntm_province');
const config = loadConfig({ dataDir: target.dataDir, databaseUrl: target.databaseUrl, webDir: path.join(target.dataDir, 'no-web') });
const dbh = await openDatabase(config);
await migrateToLatest(dbh.db);
console.log(`province generator on PostgreSQL, size ${values.size}, Node ${process.version}, ${os.cpus().length} cores (shared)`);
const t0 = performance.now();
const facts = await generateProvince(dbh.db, size, (line) => console.log(`  ${line}`));
const seconds = (performance.now() - t0) / 1000;
await sql`analyze`.execute(dbh.db);
const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(dbh.db)).rows[0].n);
const sizes = Object.fromEntries(await Promise.all(['admin_units', 'campaigns', 'groups', 'workdays', 'workday_attendance', 'fund_entries', 'fund_postings', 'segments']
  .map(async (t) => [t, await count(t)] as const)));
await dbh.close();
console.log(`filled in ${fixed(seconds, 0)} s: ${Object.entries(sizes).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
console.log(`2021 shape: ${facts.communes2021.length} communes in ${size.districts} districts; 2025 shape: ${facts.communes2025.length} communes under the province`);

if (!values['fill-only']) {
  const SECONDS = Number(values.seconds);
  const CLIENTS = Number(values.clients);
  const PATHS: Record<string, string> = { me: '/api/v1/auth/me', dashboard: '/api/v1/dashboard', summary: '/api/v1/public/summary' };
  const app = await startApp({ ...target.env, NTM_NO_DEMO: 'true' });
  const bare = await startBare();
  const { cookie } = await signIn(app.url, facts.leaderUsername, size.password);
  const rounds: Array<Map<string, Load>> = [];
  try {
    for (let r = 0; r < Number(values.rounds); r++) {
      const m = new Map<string, Load>([['bare', await load({ url: bare.url, connections: CLIENTS, seconds: SECONDS })]]);
      for (const [name, url] of Object.entries(PATHS)) m.set(name, await load({ url: app.url + url, connections: CLIENTS, seconds: SECONDS, headers: { cookie } }));
      rounds.push(m);
      console.log(`round ${r + 1}: ${[...m].map(([k, l]) => `${k} ${fixed(l.rps, 0)} req/s p97.5 ${l.p97_5} ms`).join('; ')}`);
    }
  } finally {
    await app.stop();
    await bare.stop();
  }
  console.log('');
  console.log(`path       | × bare (median) | p50 ms | p97.5 ms | p99 ms | non-2xx/errors   (${CLIENTS} clients, ${SECONDS} s, median of ${rounds.length})`);
  for (const name of ['bare', ...Object.keys(PATHS)]) {
    const pick = (f: (l: Load) => number) => median(rounds.map((m) => f(m.get(name)!)));
    console.log(`${name.padEnd(10)} | ${fixed(median(rounds.map((m) => m.get(name)!.rps / m.get('bare')!.rps)), 4).padStart(15)} | ${fixed(pick((l) => l.p50), 0).padStart(6)} | ${fixed(pick((l) => l.p97_5), 0).padStart(8)} | ${fixed(pick((l) => l.p99), 0).padStart(6)} | ${rounds.reduce((s, m) => s + m.get(name)!.bad, 0)}`);
  }
}
if (!values.keep) await target.drop();
