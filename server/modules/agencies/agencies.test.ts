// Agencies over HTTP, on the worker's database (PGlite, or PostgreSQL with DATABASE_URL):
// 401 → 403 → wrong scope → bad input → success, and every write in the audit log.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

describe('GET /agencies', () => {
  it('needs a session', async () => {
    const res = await t.client().get('/api/v1/agencies');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('finds agencies case- and accent-insensitively', async () => {
    const c = await t.as('commune.tannam');
    const res = await c.get('/api/v1/agencies?q=KINH%20TE');
    expect(res.status).toBe(200);
    expect(res.body.items.map((a: { name: string }) => a.name)).toEqual(['Phòng Kinh tế - Hạ tầng']);
    const byShort = await c.get('/api/v1/agencies?q=kt-ht');
    expect(byShort.body.items).toHaveLength(1);
  });
});

describe('POST /agencies', () => {
  const body = { name: 'Phòng Tư pháp', staffCount: 5, shortName: 'PTP' };

  it('refuses a role without the permission, and writes nothing', async () => {
    const res = await (await t.as('commune.tannam')).post('/api/v1/agencies', body);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await t.db.selectFrom('agencies').where('name', '=', 'Phòng Tư pháp').selectAll().execute()).toHaveLength(0);
  });

  it('names each bad field in Vietnamese and English, and writes nothing', async () => {
    const c = await t.as('coordinator');
    const res = await c.post('/api/v1/agencies', { name: '', staffCount: -1 });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION');
    const fields = res.body.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['name', 'staffCount']);
    for (const f of res.body.error.fields) { expect(f.vi).toBeTruthy(); expect(f.en).toBeTruthy(); expect(f.vi).not.toBe(f.en); }
    const audits = await t.db.selectFrom('audit_log').where('entity', '=', 'agency').selectAll().execute();
    expect(audits).toHaveLength(0);
  });

  it('refuses a duplicate name regardless of case', async () => {
    const res = await (await t.as('coordinator')).post('/api/v1/agencies', { name: 'PHÒNG KINH TẾ - HẠ TẦNG', staffCount: 3, districtId: w.units.district.id });
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0].field).toBe('name');
  });

  it('creates the agency and audits it in the same transaction', async () => {
    const res = await (await t.as('coordinator')).post('/api/v1/agencies', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Phòng Tư pháp', staffCount: 5, shortName: 'PTP', actions: ['edit', 'editAll'] });
    const audit = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'agency').where('entity_id', '=', String(res.body.id)).executeTakeFirstOrThrow();
    expect(audit.action).toBe('create');
    expect(audit.user_id).toBe(w.users.coordinator.id);
    expect((audit.after as { name: string }).name).toBe('Phòng Tư pháp');
  });
});

describe('PATCH /agencies/{id}', () => {
  it('lets an agency user change only its own staff count and contact', async () => {
    const c = await t.as('agency');
    const other = await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 12 });
    expect(other.status).toBe(403);
    const rename = await c.patch(`/api/v1/agencies/${w.agencies.memberA.id}`, { name: 'Tên khác' });
    expect(rename.status).toBe(403);
    expect(rename.body.error.fields[0].field).toBe('name');
    const ok = await c.patch(`/api/v1/agencies/${w.agencies.memberA.id}`, { staffCount: 10, contactName: 'Lý Văn Mười' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ staffCount: 10, contactName: 'Lý Văn Mười', actions: ['edit'] });
  });

  it('lets a group lead edit its members but not another group', async () => {
    const c = await t.as('group_lead');
    expect((await c.patch(`/api/v1/agencies/${w.agencies.memberA.id}`, { staffCount: 8 })).status).toBe(200);
    expect((await c.patch(`/api/v1/agencies/${w.agencies.memberB.id}`, { staffCount: 8 })).status).toBe(403);
  });

  it('refuses a stale If-Match and keeps the newer change', async () => {
    const c = await t.as('coordinator');
    const first = await c.get(`/api/v1/agencies/${w.agencies.leadB.id}`);
    const etag = first.headers.get('etag')!;
    expect((await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 20 }, { 'if-match': etag })).status).toBe(200);
    const stale = await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 30 }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('STALE_VERSION');
    expect((await c.get(`/api/v1/agencies/${w.agencies.leadB.id}`)).body.staffCount).toBe(20);
  });

  it('stores names in one Unicode form (NFC), so a name typed with combining marks is still a duplicate', async () => {
    const c = await t.as('coordinator');
    const nfd = 'Phòng Tư pháp huyện'.normalize('NFD');
    expect(nfd).not.toBe('Phòng Tư pháp huyện');
    const created = await c.post('/api/v1/agencies', { name: nfd, staffCount: 5 });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Phòng Tư pháp huyện');
    const row = await t.db.selectFrom('agencies').select('name').where('id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(row.name).toBe('Phòng Tư pháp huyện'.normalize('NFC'));
    expectError(await c.post('/api/v1/agencies', { name: 'Phòng Tư pháp huyện', staffCount: 5 }), 409, 'DUPLICATE_NAME', 'name');
    expectError(await c.post('/api/v1/agencies', { name: nfd, staffCount: 5 }), 409, 'DUPLICATE_NAME', 'name');
  });

  it('takes If-Match "*" as "whatever the current version is", and refuses a tag that is not one of ours', async () => {
    const c = await t.as('coordinator');
    const url = `/api/v1/agencies/${w.agencies.leadB.id}`;
    expect((await c.patch(url, { staffCount: 21 }, { 'if-match': '*' })).status).toBe(200);
    for (const tag of ['W/"abc"', 'v1', '"1", "2"']) {
      const refused = await c.patch(url, { staffCount: 40 }, { 'if-match': tag });
      expect([tag, refused.status]).toEqual([tag, 412]);
    }
    expect((await c.get(url)).body.staffCount).toBe(21);
  });
});
