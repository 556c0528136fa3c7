// Bounds every input meets (bounds.ts), the error shape of 413 and 415, a keep-alive connection
// that survives a 413, and 401 before 400 for a signed-out caller.
import { serve, type ServerType } from '@hono/node-server';
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

describe('bounds on every input', () => {
  it('refuses NUL and lone surrogates in any text, naming the field in Vietnamese and English', async () => {
    const admin = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      const nul = await admin.patch(`/api/v1/agencies/${w.agencies.leadA.id}`, { name: 'Ban\u0000x' });
      expectError(nul, 400, 'VALIDATION', 'name');
      expect(nul.body.error.fields[0].code).toBe('text_nul');
      const lone = await admin.patch(`/api/v1/agencies/${w.agencies.leadA.id}`, { name: '\uD800x Ban' });
      expectError(lone, 400, 'VALIDATION', 'name');
      expect(lone.body.error.fields[0].code).toBe('text_surrogate');
      expectError(await admin.get('/api/v1/agencies?q=a%00b'), 400, 'VALIDATION', 'query.q');
    });
  });

  it('answers an id past 2^31 − 1 in a path, query or body with a 400 naming the field', async () => {
    const admin = await t.as('admin');
    expectError(await admin.get('/api/v1/agencies/2147483648'), 400, 'VALIDATION', 'path.id');
    expectError(await admin.get('/api/v1/files?entity=campaign&entityId=2147483648'), 400, 'VALIDATION', 'query.entityId');
    await expectNothingWritten(t.db, async () => {
      const res = await admin.post('/api/v1/campaigns', { name: 'Chiến dịch thử', districtId: w.units.district.id, startDate: '2022-01-01', endDate: '2022-06-30', communeIds: [2147483648] });
      expectError(res, 400, 'VALIDATION', 'communeIds.0');
    });
  });

  it('keeps dates in 2000–2100 and a campaign within two years', async () => {
    const admin = await t.as('admin');
    const base = { name: 'Chiến dịch thử', districtId: w.units.district.id, communeIds: [w.units.tanNam.id] };
    await expectNothingWritten(t.db, async () => {
      expectError(await admin.post('/api/v1/campaigns', { ...base, startDate: '2022-01-01', endDate: '9999-12-31' }), 400, 'VALIDATION', 'endDate');
      const long = await admin.post('/api/v1/campaigns', { ...base, startDate: '2022-01-01', endDate: '2099-12-31' });
      expectError(long, 400, 'VALIDATION', 'endDate');
      expect(long.body.error.fields[0].en).toMatch(/at most 731 days/);
    });
  });

  it('validates multipart fields with the same bounds (entityId=1e308 on /files)', async () => {
    const admin = await t.as('admin');
    const fd = new FormData();
    fd.append('entity', 'campaign');
    fd.append('entityId', '1e308');
    fd.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.pdf');
    expectError(await admin.post('/api/v1/files', fd), 400, 'VALIDATION', 'entityId');
  });

  it('answers a signed-out caller 401 before judging the input', async () => {
    expectError(await t.client().post('/api/v1/agencies', { name: '\u0000' }), 401, 'UNAUTHENTICATED');
    expectError(await t.client().get('/api/v1/agencies/abc'), 401, 'UNAUTHENTICATED');
  });

  it('answers a body that is not JSON with 415 in the error shape', async () => {
    const admin = await t.as('admin');
    const res = await admin.send('POST', '/api/v1/agencies', 'name=x', { 'content-type': 'text/plain' });
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type');
  });
});

describe('a 413 on a real socket', () => {
  let server: ServerType;
  let port = 0;
  beforeAll(async () => {
    const app = await setupApp({ maxJsonBytes: 64 * 1024 });
    await new Promise<void>((resolve) => { server = serve({ fetch: app.app.fetch, port: 0 }, (info) => { port = info.port; resolve(); }); });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends raw HTTP/1.1 requests on one connection and collects the answers' status lines. */
  function exchange(requests: Buffer[], expected: number): Promise<{ statuses: number[]; bodies: string; closed: boolean }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let data = '';
      let closed = false;
      const done = () => resolve({ statuses: [...data.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1])), bodies: data, closed });
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8');
        if ((data.match(/HTTP\/1\.1 \d{3}/g) ?? []).length >= expected && /\r\n\r\n[\s\S]*\}$/.test(data)) { socket.end(); }
      });
      socket.on('close', () => { closed = true; done(); });
      socket.on('error', reject);
      socket.setTimeout(10_000, () => { socket.destroy(); });
      (async () => {
        for (const r of requests) {
          socket.write(r);
          await new Promise((ok) => setTimeout(ok, 300));
        }
      })().catch(reject);
    });
  }

  const health = Buffer.from('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');

  it('answers an over-long JSON body (declared length) with 413 in the error shape, then serves the next request', async () => {
    const big = Buffer.alloc(200 * 1024, 'a');
    const post = Buffer.concat([Buffer.from(`POST /api/v1/agencies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n`), big]);
    const res = await exchange([post, health], 2);
    expect(res.statuses).toEqual([413, 200]);
    expect(res.bodies).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });

  it('does the same for a chunked body', async () => {
    const chunk = Buffer.alloc(50 * 1024, 'a');
    const parts = [Buffer.from('POST /api/v1/agencies HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n')];
    for (let i = 0; i < 4; i++) parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
    parts.push(Buffer.from('0\r\n\r\n'));
    const res = await exchange([Buffer.concat(parts), health], 2);
    expect(res.statuses).toEqual([413, 200]);
  });
});
