// The HTTP layer over both databases: Idempotency-Key (replay, mismatch, bad key, two racing
// requests), security headers, body limits, bad JSON, unknown paths, the OpenAPI document and
// the health check.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const agenciesNamed = async (name: string) => (await t.db.selectFrom('agencies').select('id').where('name', '=', name).execute()).length;

describe('Idempotency-Key', () => {
  const body = { name: 'Phòng Tư pháp', staffCount: 5 };

  it('answers a repeated request with the first answer, and creates one record', async () => {
    const c = await t.as('coordinator');
    const first = await c.post('/api/v1/agencies', body, { 'idempotency-key': 'agency-tu-phap-0001' });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const again = await c.post('/api/v1/agencies', body, { 'idempotency-key': 'agency-tu-phap-0001' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await agenciesNamed('Phòng Tư pháp')).toBe(1);
    const audits = await t.db.selectFrom('audit_log').select('id').where('entity', '=', 'agency').where('action', '=', 'create').execute();
    expect(audits).toHaveLength(1);
  });

  it('refuses the same key with another body (409), and a malformed key (400)', async () => {
    const c = await t.as('coordinator');
    await c.post('/api/v1/agencies', body, { 'idempotency-key': 'agency-tu-phap-0002' });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/agencies', { ...body, staffCount: 6 }, { 'idempotency-key': 'agency-tu-phap-0002' }), 409, 'IDEMPOTENCY_MISMATCH');
      expectError(await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, body, { 'idempotency-key': 'agency-tu-phap-0002' }), 409, 'IDEMPOTENCY_MISMATCH');
      expectError(await c.post('/api/v1/agencies', { ...body, name: 'Phòng Y tế' }, { 'idempotency-key': 'short' }), 400, 'VALIDATION', 'Idempotency-Key');
      expectError(await c.post('/api/v1/agencies', { ...body, name: 'Phòng Y tế' }, { 'idempotency-key': 'has spaces in it' }), 400, 'VALIDATION', 'Idempotency-Key');
    });
  });

  it('does not burn a key on a refused request, and keeps keys per user', async () => {
    const c = await t.as('coordinator');
    expectError(await c.post('/api/v1/agencies', { name: '', staffCount: 5 }, { 'idempotency-key': 'retry-after-fix-01' }), 400, 'VALIDATION', 'name');
    expect((await c.post('/api/v1/agencies', body, { 'idempotency-key': 'retry-after-fix-01' })).status).toBe(201);
    const admin = await t.as('admin');
    const other = await admin.post('/api/v1/agencies', { name: 'Phòng Y tế', staffCount: 5 }, { 'idempotency-key': 'retry-after-fix-01' });
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotency-replayed')).toBeNull();
  });

  it('lets requests racing with the same key create one record', async () => {
    const c = await t.as('coordinator');
    for (let round = 1; round <= 4; round++) {
      const name = `Phòng thử số ${round}`;
      const key = `racing-key-00000${round}`;
      const answers = await Promise.all([1, 2, 3].map(() => c.post('/api/v1/agencies', { name, staffCount: round }, { 'idempotency-key': key })));
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
      expect(answers.filter((a) => a.headers.get('idempotency-replayed') === null)).toHaveLength(1);
      for (const a of answers) expect(a.body).toEqual(answers[0].body);
      expect(await agenciesNamed(name)).toBe(1);
    }
  });
});

describe('headers, limits and errors', () => {
  it('sends the security headers on API answers and pages', async () => {
    for (const url of ['/api/v1/health', '/api/v1/auth/me', '/', '/ke-hoach/tuan']) {
      const res = await t.client().get(url);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options') ?? '').toMatch(/DENY|SAMEORIGIN/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
    expect((await t.client().get('/api/v1/health')).headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a JSON body over maxJsonBytes with 413, and writes nothing', async () => {
    t = await setupApp({ maxJsonBytes: 1000 });
    w = await makeWorld(t.db);
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/agencies', { name: 'Phòng Tư pháp', staffCount: 5, contactName: 'x'.repeat(2000) }), 413, 'PAYLOAD_TOO_LARGE');
    });
    expect((await c.post('/api/v1/agencies', { name: 'Phòng Tư pháp', staffCount: 5 })).status).toBe(201);
  });

  it('answers 400 naming the body for JSON that does not parse', async () => {
    const c = await t.as('coordinator');
    const raw = async (body: string) => {
      const res = await t.app.request('/api/v1/agencies', {
        method: 'POST', body, headers: { 'content-type': 'application/json', cookie: c.cookie!, 'x-csrf-token': c.csrf! },
      });
      return { status: res.status, body: await res.json(), headers: res.headers };
    };
    await expectNothingWritten(t.db, async () => {
      expectError(await raw('{"name": "Phòng Tư pháp", staffCount: 5'), 400, 'VALIDATION', '(body)');
      expectError(await raw(''), 400, 'VALIDATION');
      expectError(await raw('[1, 2]'), 400, 'VALIDATION');
    });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await t.client().send(method, '/api/v1/khong-co-dau');
      expectError(res, 404, 'NOT_FOUND');
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
    }
    expectError(await t.client().get('/api/v2/agencies'), 404, 'NOT_FOUND');
  });

  it('serves the health check without a session', async () => {
    const res = await t.client().get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    expect(Number.isNaN(Date.parse(res.body.time))).toBe(false);
  });
});

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document of the catalogue endpoints, rooted at /api/v1', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
    const paths = Object.keys(res.body.paths);
    for (const p of ['/auth/login', '/auth/me', '/users', '/users/{id}', '/units', '/units/{id}', '/agencies', '/agencies/{id}',
      '/agencies/import', '/agencies/import/preview', '/groups', '/groups/{id}', '/campaigns', '/campaigns/{id}',
      '/campaigns/{id}/days', '/campaigns/{id}/days/{day}', '/audit-log', '/files', '/files/{id}/content']) {
      expect(paths, p).toContain(p);
    }
    expect(Object.keys(res.body.paths['/agencies'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(res.body.paths['/agencies'].post.requestBody.content['application/json'].schema).toBeTruthy();
    expect(res.body.components.schemas).toHaveProperty('Error');
    expect(res.body.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'ntm_session' });
  });
});

describe('PATCH bodies in the OpenAPI document', () => {
  // A default in a PATCH body would be filled in for a field the client left out (zod 4 applies it
  // inside .optional()), overwriting the stored value; generated clients also read it as required.
  it('carry no default and require nothing a partial change may leave out', async () => {
    const doc = (await t.client().get('/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
      components: { schemas: Record<string, unknown> };
    };
    const patches = Object.entries(doc.paths).filter(([, ops]) => ops.patch?.requestBody);
    expect(patches.length).toBeGreaterThan(10);
    const withDefault: string[] = [];
    for (const [path, ops] of patches) {
      let schema: unknown = ops.patch!.requestBody!.content['application/json']!.schema;
      const ref = (schema as { $ref?: string }).$ref;
      if (ref) schema = doc.components.schemas[ref.split('/').pop()!];
      const properties = (schema as { properties?: Record<string, { default?: unknown }> }).properties ?? {};
      for (const [name, property] of Object.entries(properties)) if ('default' in property) withDefault.push(`${path} ${name}`);
    }
    expect(withDefault).toEqual([]);
    const campaign = doc.components.schemas.CampaignUpdate as { required?: string[] };
    expect(campaign.required ?? []).toEqual([]);
  });
});
