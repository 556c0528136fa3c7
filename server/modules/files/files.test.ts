// Uploads and downloads over HTTP, on PGlite and PostgreSQL: the type is read from the bytes, the
// size is capped, the stored bytes are the uploaded ones, and a file is served only to those who
// may see its record (401 signed out, 404 otherwise).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { tinyJpeg, tinyPdf, tinyPng, xlsxOf } from '../../../test/helpers/sample-files.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';
import { registerFileOwner } from './index.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

// A kind of record only the office may see, to check that downloads follow the record's rules.
registerFileOwner('test_private_note', {
  canRead: async (ctx) => ctx.actor?.role === 'coordinator' || ctx.actor?.role === 'admin',
  canAttach: async (ctx) => ctx.actor?.role === 'coordinator',
});

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function form(data: Uint8Array, filename: string, entity = 'campaign', entityId: number | string = w.campaign.id) {
  const f = new FormData();
  f.append('file', new File([new Uint8Array(data)], filename));
  f.append('entity', entity);
  f.append('entityId', String(entityId));
  return f;
}

/** Downloads raw bytes (the test client reads text). */
async function download(c: TestClient | null, url: string) {
  const res = await t.app.request(url, { headers: c?.cookie ? { cookie: c.cookie } : {} });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const storedFiles = () => {
  const root = path.join(t.dataDir, 'files');
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true }).filter((p) => fs.statSync(path.join(root, String(p))).isFile()) : [];
};

describe('POST /files', () => {
  it('needs a session and the permission, and the right to attach to that record', async () => {
    const leader = await t.as('leader');
    const commune = await t.as('commune.tannam');
    const inspector = await t.as('inspector');
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/files', form(tinyJpeg(), 'a.jpg')), 401, 'UNAUTHENTICATED');
      expectError(await leader.post('/api/v1/files', form(tinyJpeg(), 'a.jpg')), 403, 'FORBIDDEN');
      // May upload, but not to an agency's or the campaign's own files.
      expectError(await commune.post('/api/v1/files', form(tinyJpeg(), 'a.jpg', 'agency', w.agencies.leadA.id)), 403, 'FORBIDDEN');
      expectError(await inspector.post('/api/v1/files', form(tinyJpeg(), 'a.jpg')), 403, 'FORBIDDEN');
    });
    expect(storedFiles()).toEqual([]);
  });

  it('stores JPEG, PNG, PDF and XLSX files told apart by their bytes, byte for byte', async () => {
    const c = await t.as('coordinator');
    const samples: Array<[string, Uint8Array, string]> = [
      ['Ảnh đường trục thôn Nặm Khẳm.jpg', tinyJpeg(), 'image/jpeg'],
      ['so-do.png', tinyPng(), 'image/png'],
      ['Kế hoạch 02-KH.pdf', tinyPdf(), 'application/pdf'],
      ['bang-ke.xlsx', await xlsxOf([['Tên cơ quan', 'Số CBCCVC'], ['Phòng Dân tộc', 6]]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      // The name does not decide: a PNG called .jpg is stored as the PNG it is.
      ['misnamed.jpg', tinyPng(), 'image/png'],
    ];
    for (const [name, data, mime] of samples) {
      const res = await c.post('/api/v1/files', form(data, name));
      expect(res.status, name).toBe(201);
      expect(res.body).toMatchObject({ entity: 'campaign', entityId: w.campaign.id, filename: name, mime, sizeBytes: data.byteLength, sha256: sha256(data) });
      const row = await t.db.selectFrom('files').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
      const onDisk = fs.readFileSync(path.join(t.dataDir, 'files', row.storage_key));
      expect(sha256(onDisk)).toBe(sha256(data));
      const got = await download(c, res.body.url);
      expect(got.status).toBe(200);
      expect(sha256(got.bytes)).toBe(sha256(data));
      expect(got.headers.get('content-type')).toBe(mime);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-disposition')).toBe(`${mime.startsWith('image/') ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`);
    }
    const list = await c.get(`/api/v1/files?entity=campaign&entityId=${w.campaign.id}`);
    expect(list.body.items.map((f: { filename: string }) => f.filename)).toEqual(samples.map(([n]) => n));
    const audits = await auditRows(t.db, 'campaign', w.campaign.id);
    expect(audits.map((a) => a.action)).toEqual(['upload', 'upload', 'upload', 'upload', 'upload']);
    expect(audits[0]).toMatchObject({ user_id: w.users.coordinator.id, summary: samples[0][0], after: { sha256: sha256(samples[0][1]), mime: 'image/jpeg' } });
  });

  it('refuses a text file renamed .jpg (415), an HTML page, an empty file and a missing file; writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/files', form(new TextEncoder().encode('Đây là văn bản, không phải ảnh.\n'), 'anh.jpg')), 415, 'FILE_TYPE_NOT_ALLOWED', 'file');
      expectError(await c.post('/api/v1/files', form(new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'trang.png')), 415, 'FILE_TYPE_NOT_ALLOWED', 'file');
      expectError(await c.post('/api/v1/files', form(new Uint8Array(0), 'rong.jpg')), 400, 'VALIDATION', 'file');
      const noFile = new FormData();
      noFile.append('entity', 'campaign');
      noFile.append('entityId', String(w.campaign.id));
      expectError(await c.post('/api/v1/files', noFile), 400, 'VALIDATION', 'file');
      expectError(await c.post('/api/v1/files', form(tinyJpeg(), 'a.jpg', 'campaign', 'abc')), 400, 'VALIDATION', 'entityId');
      expectError(await c.post('/api/v1/files', form(tinyJpeg(), 'a.jpg', 'road')), 400, 'VALIDATION', 'entity');
      // A record that is not there takes no file.
      expectError(await c.post('/api/v1/files', form(tinyJpeg(), 'a.jpg', 'campaign', 999_999)), 400, 'VALIDATION', 'entityId');
      expectError(await c.post('/api/v1/files', form(tinyJpeg(), 'a.jpg', 'agency', 999_999)), 400, 'VALIDATION', 'entityId');
    });
    expect(storedFiles()).toEqual([]);
  });

  it('refuses a file over maxUploadBytes with 413, and a body far over it too', async () => {
    t = await setupApp({ maxUploadBytes: 2000 });
    w = await makeWorld(t.db);
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/files', form(tinyPdf(2500), 'lon.pdf')), 413, 'FILE_TOO_LARGE', 'file');
      expectError(await c.post('/api/v1/files', form(tinyPdf(200_000), 'rat-lon.pdf')), 413, 'PAYLOAD_TOO_LARGE');
    });
    expect(storedFiles()).toEqual([]);
    expect((await c.post('/api/v1/files', form(tinyPdf(1000), 'vua.pdf'))).status).toBe(201);
  });
});

describe('GET /files/{id}/content', () => {
  it('serves a file only to those who may see its record: 401 signed out, 404 otherwise', async () => {
    const office = await t.as('coordinator');
    const up = await office.post('/api/v1/files', form(tinyPdf(), 'bien-ban.pdf', 'test_private_note', 7));
    expect(up.status).toBe(201);
    expect((await download(office, up.body.url)).status).toBe(200);
    expect((await download(await t.as('admin'), up.body.url)).status).toBe(200);
    expect((await download(null, up.body.url)).status).toBe(401);
    for (const u of ['leader', 'commune.tannam', 'agency']) {
      const c = await t.as(u);
      const res = await download(c, up.body.url);
      expect(res.status, u).toBe(404);
      // Not allowed looks exactly like missing.
      expect(new TextDecoder().decode(res.bytes)).toBe(new TextDecoder().decode((await download(c, '/api/v1/files/999999/content')).bytes));
      expectError(await c.get('/api/v1/files?entity=test_private_note&entityId=7'), 404, 'NOT_FOUND');
    }
    expectError(await t.client().get('/api/v1/files?entity=test_private_note&entityId=7'), 401, 'UNAUTHENTICATED');
    expect((await office.get('/api/v1/files?entity=test_private_note&entityId=7')).body.items).toHaveLength(1);
  });

  it('lets every role that reads campaigns download a campaign\'s files', async () => {
    const up = await (await t.as('coordinator')).post('/api/v1/files', form(tinyJpeg(), 'anh.jpg'));
    const got = await download(await t.as('commune.yenthanh'), up.body.url);
    expect(got.status).toBe(200);
    expect(sha256(got.bytes)).toBe(sha256(tinyJpeg()));
  });
});
