// Every operation of the OpenAPI document, sent generated bad input (fast-check, from each
// operation's own schemas) as each role and signed out: no answer is a 500, every refusal has the
// {error:{…}} shape, and a refused write changes nothing (the audit log, which every write adds to
// in its transaction, and the row count of every table stay the same).
// FUZZ_RUNS sets the requests per write operation (CI default below); bench/fuzz-api.sh runs more.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../helpers/assertions.js';
import { makeWorld, type World } from '../helpers/factories.js';
import { setupApp, TestClient, type TestApp } from '../helpers/test-app.js';
import { body, paramText, type Components, type JsonSchema } from './schema-arbitraries.js';

const WRITE_RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const READ_RUNS = Math.max(4, Math.round(WRITE_RUNS / 3));
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Tables that change on refused requests by design: failed sign-ins are counted, sessions made. */
const BOOKKEEPING = new Set(['login_attempts', 'sessions', 'idempotency_keys']);

interface Parameter { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }
interface Operation {
  method: string; path: string; parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

let t: TestApp;
let w: World;
const operations: Operation[] = [];
let components: Components = {};
const identities: Array<{ name: string; client: TestClient }> = [];
const tally = { requests: 0, writes: 0, reads: 0, statuses: {} as Record<number, number>, failures: [] as string[] };

async function auditCount(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.db);
  return Number(r.rows[0].n);
}

async function dataCounts() {
  return Object.fromEntries(Object.entries(await rowCounts(t.db)).filter(([k]) => !BOOKKEEPING.has(k)));
}

function urlText(s: string): string {
  if (/%[0-9A-F]{2}/i.test(s)) return s;
  try { return encodeURIComponent(s); } catch { return 'x'; }
}

/** A signed-in client that lost its session (the fuzz disabled its user, say) gets it back. */
async function restore(identity: { name: string; client: TestClient }) {
  if (identity.name === 'anonymous') return;
  const user = w.users[identity.name as keyof World['users']];
  await t.db.updateTable('users').set({ disabled: false, role: user.role, password_hash: user.password_hash }).where('id', '=', user.id).execute();
  identity.client = await t.as(user.username);
}

const requestArb = (op: Operation) => {
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  const json = op.requestBody?.content['application/json']?.schema;
  const form = op.requestBody?.content['multipart/form-data']?.schema;
  const formProps = Object.entries((form as JsonSchema | undefined)?.properties ?? {}).filter(([k]) => k !== 'file');
  return fc.record({
    who: fc.integer({ min: 0, max: identities.length - 1 }),
    path: fc.tuple(...pathParams.map((p) => paramText(p.schema, components)), fc.constant('')),
    query: fc.tuple(...queryParams.map((p) => fc.option(paramText(p.schema, components), { nil: undefined })), fc.constant(undefined)),
    body: json ? body(json, components) : fc.constant(undefined),
    form: form ? fc.record({
      fields: fc.tuple(...formProps.map(([, s]) => fc.option(paramText(s, components), { nil: undefined })), fc.constant(undefined)),
      file: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
      name: fc.constantFrom('a.xlsx', 'a.jpg', 'a.pdf', 'a.geojson', '\u0000.png', 'x'.repeat(400)),
    }) : fc.constant(undefined),
  }).map((r) => {
    let url = '/api/v1' + op.path;
    pathParams.forEach((p, i) => { url = url.replace(`{${p.name}}`, urlText(r.path[i] as string)); });
    const qs = queryParams.map((p, i) => (r.query[i] === undefined ? '' : `${p.name}=${urlText(r.query[i] as string)}`)).filter(Boolean);
    if (qs.length) url += '?' + qs.join('&');
    let payload: unknown = r.body;
    if (r.form) {
      const fd = new FormData();
      formProps.forEach(([k], i) => { const v = r.form!.fields[i]; if (v !== undefined) fd.append(k, v); });
      if (r.form.file) fd.append('file', new Blob([r.form.file as Uint8Array<ArrayBuffer>]), r.form.name);
      payload = fd;
    }
    return { who: r.who, url, payload };
  });
};

async function fuzz(op: Operation, runs: number) {
  const write = op.method !== 'get';
  const samples = fc.sample(requestArb(op), { numRuns: runs, seed: SEED + operations.indexOf(op) });
  const before = write ? await dataCounts() : null;
  let anyAccepted = false;
  for (const s of samples) {
    const identity = identities[s.who];
    // Signing out or changing one's password would end the session the next requests use.
    if (identity.name !== 'anonymous' && ['/auth/logout', '/auth/change-password'].includes(op.path)) continue;
    const audit = write ? await auditCount() : 0;
    const res = await identity.client.send(op.method.toUpperCase(), s.url, s.payload);
    tally.requests++;
    if (write) tally.writes++; else tally.reads++;
    tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
    const what = `${op.method.toUpperCase()} ${s.url.slice(0, 200)} as ${identity.name} → ${res.status}`;
    if (res.status >= 500) tally.failures.push(`${what} ${JSON.stringify(s.payload)?.slice(0, 300)} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (res.status >= 400 && res.headers.get('content-type')?.includes('json') !== false && !(res.body?.error?.code && res.body.error.message)) {
      tally.failures.push(`${what}: not the error shape ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    if (write && res.status >= 400 && (await auditCount()) !== audit) tally.failures.push(`${what}: a refused write changed the audit log`);
    if (res.status < 400) anyAccepted = true;
    if (res.status === 401 && identity.name !== 'anonymous' && (await identity.client.get('/api/v1/auth/me')).status === 401) await restore(identity);
  }
  if (write && !anyAccepted) {
    const after = await dataCounts();
    if (JSON.stringify(after) !== JSON.stringify(before)) tally.failures.push(`${op.method.toUpperCase()} ${op.path}: refused requests changed row counts`);
  }
}

beforeAll(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  const doc = (await t.client().get('/api/v1/openapi.json')).body;
  components = doc.components?.schemas ?? {};
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, op] of Object.entries(item)) operations.push({ ...op, method, path });
  }
  identities.push({ name: 'anonymous', client: t.client() });
  for (const name of Object.keys(w.users) as Array<keyof World['users']>) identities.push({ name, client: await t.as(w.users[name].username) });
}, 120_000);

afterAll(() => {
  const ops = operations.length;
  const writes = operations.filter((o) => o.method !== 'get').length;
  console.log(`[fuzz] ${tally.requests} requests (${tally.writes} writes, ${tally.reads} reads) on ${ops} operations (${writes} writes), ` +
    `${tally.statuses[500] ?? 0} answers of 500; statuses ${JSON.stringify(tally.statuses)}`);
});

describe('the API under generated bad input', () => {
  it('answers every write operation without a 500, in the error shape, and a refusal changes nothing', async () => {
    expect(operations.length).toBeGreaterThan(100);
    for (const op of operations.filter((o) => o.method !== 'get')) await fuzz(op, WRITE_RUNS);
    expect(tally.failures.slice(0, 30)).toEqual([]);
    expect(tally.writes).toBeGreaterThan(operations.filter((o) => o.method !== 'get').length * WRITE_RUNS * 0.8);
  }, 1_800_000);

  it('answers every read operation with bad paths and queries without a 500', async () => {
    for (const op of operations.filter((o) => o.method === 'get' && (o.parameters ?? []).length)) await fuzz(op, READ_RUNS);
    expect(tally.failures.slice(0, 30)).toEqual([]);
  }, 1_800_000);
});
