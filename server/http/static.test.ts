// What a phone downloads from the server (issue 13): hashed assets as the build compressed them, with
// Content-Encoding, Vary and a year-long immutable cache; index.html and the service worker
// revalidated on each open; a missing chunk is 404, not the page; JSON answers above 1 kB compressed
// (brotli or gzip, decoded back to the same JSON), a replayed Idempotency-Key answer too, and the
// public page's ETag still answers 304 once it has become weak.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeWorld } from '../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { pickEncoding } from './compression.js';

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Ngày thứ 7 số ${i}`))};\n`;
let webDir: string;

beforeAll(() => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.mkdirSync(path.join(webDir, '.vite'));
  const html = `<!doctype html><html lang="vi"><head><title>ntm-hub</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;
  fs.writeFileSync(path.join(webDir, 'index.html'), html);
  fs.writeFileSync(path.join(webDir, 'index.html.br'), zlib.brotliCompressSync(html));
  fs.writeFileSync(path.join(webDir, 'index.html.gz'), zlib.gzipSync(html));
  const js = path.join(webDir, 'assets', 'index-AbCd1234.js');
  fs.writeFileSync(js, SCRIPT);
  fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(`${js}.gz`, zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(webDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  fs.writeFileSync(path.join(webDir, '.vite', 'manifest.json'), '{}');
});

let t: TestApp;
beforeEach(async () => {
  t = await setupApp({ webDir });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.request(url, { headers });

describe('web app files', () => {
  it('sends the brotli or gzip file written by the build, with Vary and an immutable cache', async () => {
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', zlib.brotliDecompressSync],
      ['gzip', 'gzip', zlib.gunzipSync],
    ] as const) {
      const res = await get('/assets/index-AbCd1234.js', { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      const body = Buffer.from(await res.arrayBuffer());
      expect(body.length).toBeLessThan(SCRIPT.length / 4);
      expect(decode(body).toString('utf8')).toBe(SCRIPT);
    }
    const plain = await get('/assets/index-AbCd1234.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i); // a cache must not hand this to a br client either
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('has index.html and the service worker asked again on every open, compressed when accepted', async () => {
    for (const url of ['/', '/workdays/12', '/sign-in?next=%2Fworkdays']) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.status, url).toBe(200);
      expect(res.headers.get('cache-control'), url).toBe('no-cache');
      expect(res.headers.get('content-encoding'), url).toBe('br');
      expect(zlib.brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('<div id="root">');
    }
    const sw = await get('/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a chunk that is not there (never index.html) and hides the build manifest', async () => {
    const gone = await get('/assets/WorkdayPage-Old12345.js');
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toMatch(/json/);
    expect((await get('/.vite/manifest.json')).status).toBe(404);
  });
});

describe('JSON answers', () => {
  it('compresses an answer above 1 kB with brotli or gzip, and leaves a small one as it is', async () => {
    await makeWorld(t.db);
    const c = await t.as('coordinator');
    const plain = await c.get('/api/v1/openapi.json');
    expect(JSON.stringify(plain.body).length).toBeGreaterThan(1024);
    for (const [accept, encoding, decode] of [['br;q=1.0, gzip;q=0.8', 'br', zlib.brotliDecompressSync], ['gzip', 'gzip', zlib.gunzipSync]] as const) {
      const res = await get('/api/v1/openapi.json', { 'accept-encoding': accept, cookie: c.cookie! });
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      expect(JSON.parse(decode(body).toString('utf8'))).toEqual(plain.body);
    }
    const health = await get('/api/v1/health', { 'accept-encoding': 'br, gzip' });
    expect(health.headers.get('content-encoding')).toBeNull();
    expect((await health.json()).status).toBe('ok');
    const refused = await get('/api/v1/openapi.json', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  it('compresses a replayed Idempotency-Key answer the same way as the first', async () => {
    await makeWorld(t.db);
    const c = await t.as('coordinator');
    const send = () => t.app.request('/api/v1/agencies', {
      method: 'POST',
      headers: { cookie: c.cookie!, 'x-csrf-token': c.csrf!, 'content-type': 'application/json', 'idempotency-key': 'agency-nen-0001', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ name: `Phòng Văn hóa và Thông tin ${'ệ'.repeat(170)}`, contactName: 'ễ'.repeat(120), staffCount: 4 }),
    });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    // Long names of three-byte letters make the answer larger than the 1 kB threshold.
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(again.headers.get('content-encoding')).toBe('gzip');
    const bodies = await Promise.all([first, again].map(async (r) => {
      const raw = Buffer.from(await r.arrayBuffer());
      return JSON.parse((r.headers.get('content-encoding') === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8'));
    }));
    expect(bodies[1]).toEqual(bodies[0]);
    expect(await t.db.selectFrom('agencies').select('id').where('name', 'like', 'Phòng Văn hóa và Thông tin%').execute()).toHaveLength(1);
  });

  it('keeps the public page’s 304 once its ETag is weak', async () => {
    await makeWorld(t.db);
    const first = await get('/api/v1/public/summary', { 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag')!.replace(/^W\//, '');
    // The browser sends back whichever form it got: weak when the answer came compressed, strong otherwise.
    for (const known of [`W/${tag}`, tag, `"other", W/${tag}`]) {
      const again = await get('/api/v1/public/summary', { 'accept-encoding': 'gzip', 'if-none-match': known });
      expect(again.status, known).toBe(304);
    }
    expect((await get('/api/v1/public/summary', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });
});

describe('pickEncoding', () => {
  it('prefers brotli, honours q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});
