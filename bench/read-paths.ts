// Benchmark: the read paths people open on Monday morning — the leadership dashboard, the public
// page, the road map, the ranking, the district weekly report — at the demo's size and after the
// district has grown to a full campaign (bench/grow-district.ts). Every time is printed as a
// ratio to a baseline measured in the same run on the same server: GET /api/v1/auth/me, which goes
// through the same middleware, session lookup and JSON answer but does no work of its own. So the
// figures compare across machines; nothing here asserts a time.
//
//   npx tsx bench/read-paths.ts [--roads 150] [--segments 10] [--runs 25]
// On the embedded database by default; DATABASE_URL runs it on PostgreSQL (the database must be empty).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { seedDemo } from '../server/demo/seed-demo.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { LocalFileStore } from '../server/files/store.js';
import { createApp } from '../server/app.js';
import { growDistrict, sizes, type Sizes } from './grow-district.js';

const { values } = parseArgs({ options: { roads: { type: 'string', default: '150' }, segments: { type: 'string', default: '10' }, runs: { type: 'string', default: '25' } } });
const RUNS = Number(values.runs);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
const config = loadConfig({ dataDir, webDir: path.join(dataDir, 'no-web'), loginMaxFailures: 1000 });
const dbh = await openDatabase(config);
await migrateToLatest(dbh.db);
const files = new LocalFileStore(path.join(dataDir, 'files'));
const app = createApp({ config, dbh, files });
if (await dbh.db.selectFrom('users').select('id').limit(1).executeTakeFirst()) throw new Error('The benchmark needs an empty database.');
await seedDemo(dbh.db, { files });

const login = await app.request('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: 'ntm-demo-2021' }) });
const cookie = /ntm_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0];
if (!cookie) throw new Error(`sign-in failed: ${login.status}`);
const session: string = cookie;
const campaignId = (await dbh.db.selectFrom('campaigns').select('id').executeTakeFirstOrThrow()).id;

const PATHS: Array<[string, string]> = [
  ['baseline /auth/me', '/api/v1/auth/me'],
  ['dashboard', '/api/v1/dashboard'],
  ['public page', '/api/v1/public/summary'],
  ['road map (GeoJSON)', '/api/v1/road-map'],
  ['ranking', `/api/v1/campaigns/${campaignId}/ranking`],
  ['district weekly report', `/api/v1/campaigns/${campaignId}/district-report?kind=week&start=2021-10-11`],
];

interface Measure { median: number; p90: number; bytes: number; gzip: number }

async function once(url: string): Promise<{ ms: number; body: Uint8Array }> {
  const t0 = performance.now();
  const res = await app.request(url, { headers: { cookie: session } });
  const body = new Uint8Array(await res.arrayBuffer());
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ms, body };
}

/**
 * Three warm-up passes over every path (caches, JIT), then RUNS passes in which the paths take
 * turns, so a slow moment of the machine touches the baseline and the others alike.
 */
async function round(): Promise<Map<string, Measure>> {
  for (let i = 0; i < 3; i++) for (const [, url] of PATHS) await once(url);
  const times = new Map<string, number[]>(PATHS.map(([name]) => [name, []]));
  const bodies = new Map<string, Uint8Array>();
  for (let i = 0; i < RUNS; i++) {
    for (const [name, url] of PATHS) {
      const r = await once(url);
      times.get(name)!.push(r.ms);
      bodies.set(name, r.body);
    }
  }
  const out = new Map<string, Measure>();
  for (const [name] of PATHS) {
    const t = times.get(name)!.sort((a, b) => a - b);
    const body = bodies.get(name)!;
    out.set(name, { median: t[Math.floor(t.length / 2)], p90: t[Math.floor(t.length * 0.9)], bytes: body.byteLength, gzip: gzipSync(body).byteLength });
  }
  return out;
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const kb = (n: number) => `${fmt(n / 1024)} kB`;
const sizeLine = (s: Sizes) => `${s.roads} roads, ${s.segments} segments, ${s.workdays} workdays, ${s.pours} pours, ${s.attendanceRows} attendance rows`;

console.log(`read paths on ${dbh.kind}, ${RUNS} runs each (median, p90), Node ${process.version}, ${os.cpus().length} cores`);
const demoSizes = await sizes(dbh.db);
const demo = await round();
const t0 = performance.now();
await growDistrict(dbh.db, { roadsPerCommune: Number(values.roads), segmentsPerRoad: Number(values.segments), lastDay: '2021-12-25' });
const grewSeconds = (performance.now() - t0) / 1000;
const grownSizes = await sizes(dbh.db);
const grown = await round();

console.log(`demo:  ${sizeLine(demoSizes)}`);
console.log(`grown: ${sizeLine(grownSizes)} (generated in ${fmt(grewSeconds, 0)} s)`);
console.log('');
console.log('path                      | demo × baseline | grown × baseline | grown ÷ demo | answer (gzip) grown');
const base = { demo: demo.get(PATHS[0][0])!.median, grown: grown.get(PATHS[0][0])!.median };
for (const [name] of PATHS) {
  const d = demo.get(name)!;
  const g = grown.get(name)!;
  console.log(`${name.padEnd(25)} | ${fmt(d.median / base.demo).padStart(15)} | ${fmt(g.median / base.grown).padStart(16)} | ${fmt(g.median / d.median, 2).padStart(12)} | ${kb(g.bytes)} (${kb(g.gzip)})`);
}
console.log('');
console.log(`baseline median: demo ${fmt(base.demo, 2)} ms, grown ${fmt(base.grown, 2)} ms; dashboard median grown ${fmt(grown.get('dashboard')!.median)} ms, p90 ${fmt(grown.get('dashboard')!.p90)} ms`);

await dbh.close();
fs.rmSync(dataDir, { recursive: true, force: true });
