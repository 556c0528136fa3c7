// Every operation of the OpenAPI document, sent generated bad input (fast-check, from each
// operation's own schemas) as each role and signed out: no answer is a 500, every refusal has the
// {error:{…}} shape, and a refused write changes nothing.
// The app is called in-process (app.request) over one seeded database shared by all operations.
// "Nothing changed" is checked cheaply: the audit log, which every write adds to in its own
// transaction, is counted after every write; the row counts of every table (one statement) are
// compared around every FINGERPRINT_EVERY-th refused write, and around a whole operation that
// refused everything.
// FUZZ_RUNS sets the requests per operation (CI default below); FUZZ_SEED picks other inputs.
import fc from 'fast-check';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../helpers/factories.js';
import { setupApp, TestClient, type TestApp } from '../helpers/test-app.js';
import { body, paramText, type Components, type JsonSchema } from './schema-arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const FINGERPRINT_EVERY = 4;
/** Tables that change on refused requests by design: failed sign-ins are counted, sessions made. */
const BOOKKEEPING = new Set(['login_attempts', 'sessions', 'idempotency_keys']);

interface Parameter { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }
interface Operation {
  method: string; path: string; parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}
interface Identity { name: string; client: TestClient }

let t: TestApp;
let w: World;
const operations: Operation[] = [];
let components: Components = {};
const identities: Identity[] = [];
let fingerprintQuery: RawBuilder<{ fp: string }>;
const tally = {
  requests: 0, writes: 0, reads: 0, writeOps: 0, readOps: 0, distinctMin: Infinity, fingerprints: 0, ms: 0,
  statuses: {} as Record<number, number>, failures: [] as string[],
};

async function auditCount(): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from audit_log`.execute(t.db);
  return Number(r.rows[0].n);
}

/** The row count of every table but the bookkeeping ones, as one string, in one statement. */
async function fingerprint(): Promise<string> {
  tally.fingerprints++;
  return (await fingerprintQuery.execute(t.db)).rows[0].fp;
}

function urlText(s: string): string {
  if (/%[0-9A-F]{2}/i.test(s)) return s;
  try { return encodeURIComponent(s); } catch { return 'x'; }
}

/** A signed-in client that lost its session (the fuzz disabled its user, say) gets it back. */
async function restore(identity: Identity) {
  if (identity.name === 'anonymous') return;
  const user = w.users[identity.name as keyof World['users']];
  await t.db.updateTable('users').set({ disabled: false, role: user.role, password_hash: user.password_hash }).where('id', '=', user.id).execute();
  identity.client = await t.as(user.username);
}

/** Input no operation declares, so that even one that takes nothing gets varied requests. */
const UNDECLARED = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record({ query: fc.constant('zz=%00'), contentType: fc.constant(undefined) }) },
  { weight: 1, arbitrary: fc.record({ query: fc.constant(undefined), contentType: fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1') }) },
);

const requestArb = (op: Operation) => {
  const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
  const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
  const json = op.requestBody?.content['application/json']?.schema;
  const form = op.requestBody?.content['multipart/form-data']?.schema;
  const formProps = Object.entries((form as JsonSchema | undefined)?.properties ?? {}).filter(([k]) => k !== 'file');
  const write = op.method !== 'get';
  return fc.record({
    who: fc.integer({ min: 0, max: identities.length - 1 }),
    path: fc.tuple(...pathParams.map((p) => paramText(p.schema, components)), fc.constant('')),
    query: fc.tuple(...queryParams.map((p) => fc.option(paramText(p.schema, components), { nil: undefined })), fc.constant(undefined)),
    body: json ? body(json, components) : write && !form ? fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined, freq: 3 }) : fc.constant(undefined),
    form: form ? fc.record({
      fields: fc.tuple(...formProps.map(([, s]) => fc.option(paramText(s, components), { nil: undefined })), fc.constant(undefined)),
      file: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
      name: fc.constantFrom('a.xlsx', 'a.jpg', 'a.pdf', 'a.geojson', '\u0000.png', 'x'.repeat(400)),
    }) : fc.constant(undefined),
    undeclared: UNDECLARED,
  }).map((r) => {
    let url = '/api/v1' + op.path;
    pathParams.forEach((p, i) => { url = url.replace(`{${p.name}}`, urlText(r.path[i] as string)); });
    const qs = queryParams.map((p, i) => (r.query[i] === undefined ? '' : `${p.name}=${urlText(r.query[i] as string)}`)).filter(Boolean);
    if (r.undeclared?.query) qs.push(r.undeclared.query);
    if (qs.length) url += '?' + qs.join('&');
    let payload: unknown = r.body;
    const headers: Record<string, string> = {};
    if (r.form) {
      const fd = new FormData();
      formProps.forEach(([k], i) => { const v = r.form!.fields[i]; if (v !== undefined) fd.append(k, v); });
      if (r.form.file) fd.append('file', new Blob([r.form.file as Uint8Array<ArrayBuffer>]), r.form.name);
      payload = fd;
    } else if (r.undeclared?.contentType && write) {
      headers['content-type'] = r.undeclared.contentType;
    }
    return { who: r.who, url, payload, headers, key: `${r.who} ${url} ${JSON.stringify(r.body)} ${JSON.stringify(r.form)} ${JSON.stringify(r.undeclared)}` };
  });
};

/** `runs` distinct requests for `op` (fewer only when its input space is smaller). */
function samples(op: Operation, runs: number) {
  const seen = new Map<string, ReturnType<ReturnType<typeof requestArb>['generate']>['value']>();
  const arb = requestArb(op);
  for (let round = 0; round < 4 && seen.size < runs; round++) {
    for (const s of fc.sample(arb, { numRuns: runs, seed: SEED + operations.indexOf(op) * 7 + round })) {
      if (seen.size < runs) seen.set(s.key, s);
    }
  }
  return [...seen.values()];
}

async function fuzz(op: Operation, runs: number) {
  const write = op.method !== 'get';
  const requests = samples(op, runs);
  tally.distinctMin = Math.min(tally.distinctMin, requests.length);
  const opStart = write ? await fingerprint() : '';
  let audit = write ? await auditCount() : 0;
  /** The row counts as they are now, when known (null once a request was accepted). */
  let known: string | null = opStart;
  let anyAccepted = false;
  for (const [i, s] of requests.entries()) {
    const identity = identities[s.who];
    // Signing out or changing one's password would end the session the next requests use.
    if (identity.name !== 'anonymous' && ['/auth/logout', '/auth/change-password'].includes(op.path)) continue;
    const checkRows = write && i % FINGERPRINT_EVERY === 0;
    if (checkRows && known === null) known = await fingerprint();
    const res = await identity.client.send(op.method.toUpperCase(), s.url, s.payload, s.headers);
    tally.requests++;
    if (write) tally.writes++; else tally.reads++;
    tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
    const what = `${op.method.toUpperCase()} ${s.url.slice(0, 200)} as ${identity.name} → ${res.status}`;
    if (res.status >= 500) tally.failures.push(`${what} ${JSON.stringify(s.payload)?.slice(0, 300)} ${JSON.stringify(res.body).slice(0, 300)}`);
    if (res.status >= 400 && res.headers.get('content-type')?.includes('json') !== false && !(res.body?.error?.code && res.body.error.message)) {
      tally.failures.push(`${what}: not the error shape ${JSON.stringify(res.body).slice(0, 200)}`);
    }
    const refused = res.status >= 400;
    if (!refused) anyAccepted = true;
    if (write) {
      const now = await auditCount();
      if (refused && now !== audit) tally.failures.push(`${what}: a refused write changed the audit log`);
      audit = now;
      if (!refused) known = null;
      else if (checkRows && known !== null) {
        const after = await fingerprint();
        if (after !== known) tally.failures.push(`${what}: a refused write changed row counts`);
        known = after;
      }
    }
    if (res.status === 401 && identity.name !== 'anonymous' && (await identity.client.get('/api/v1/auth/me')).status === 401) {
      await restore(identity);
      if (write) audit = await auditCount();
    }
  }
  if (write && !anyAccepted && (await fingerprint()) !== opStart) tally.failures.push(`${op.method.toUpperCase()} ${op.path}: refused requests changed row counts`);
}

beforeAll(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  const doc = (await t.client().get('/api/v1/openapi.json')).body;
  components = doc.components?.schemas ?? {};
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, op] of Object.entries(item)) operations.push({ ...op, method, path });
  }
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%' order by tablename`.execute(t.db);
  const counted = tables.rows.map((r) => r.tablename).filter((n) => !BOOKKEEPING.has(n));
  fingerprintQuery = sql.raw<{ fp: string }>(`select concat_ws(',', ${counted.map((n) => `(select count(*) from "${n}")`).join(', ')}) as fp`);
  identities.push({ name: 'anonymous', client: t.client() });
  for (const name of Object.keys(w.users) as Array<keyof World['users']>) identities.push({ name, client: await t.as(w.users[name].username) });
}, 120_000);

afterAll(() => {
  console.log(`[fuzz] ${tally.requests} requests (${tally.writes} writes on ${tally.writeOps} operations, ${tally.reads} reads on ${tally.readOps} operations ` +
    `with path or query parameters; at least ${tally.distinctMin} distinct per operation) in ${(tally.ms / 1000).toFixed(0)} s, ` +
    `${tally.fingerprints} row-count checks; ${tally.statuses[500] ?? 0} answers of 500, ${tally.failures.length} failures; statuses ${JSON.stringify(tally.statuses)}`);
});

async function fuzzAll(ops: Operation[]) {
  const started = performance.now();
  for (const op of ops) await fuzz(op, RUNS);
  tally.ms += performance.now() - started;
}

describe('the API under generated bad input', () => {
  it('answers every write operation without a 500, in the error shape, and a refusal changes nothing', async () => {
    expect(operations.length).toBeGreaterThan(100);
    const writes = operations.filter((o) => o.method !== 'get');
    tally.writeOps = writes.length;
    await fuzzAll(writes);
    expect(tally.failures.slice(0, 30)).toEqual([]);
    expect(tally.writes).toBeGreaterThan(writes.length * RUNS * 0.8);
  }, 1_800_000);

  it('answers every read operation with bad paths and queries without a 500', async () => {
    const reads = operations.filter((o) => o.method === 'get' && (o.parameters ?? []).some((p) => p.in === 'path' || p.in === 'query'));
    tally.readOps = reads.length;
    await fuzzAll(reads);
    expect(tally.failures.slice(0, 30)).toEqual([]);
  }, 1_800_000);
});
