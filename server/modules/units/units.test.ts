// Administrative units over HTTP, on PGlite and PostgreSQL: a tree of any depth with paths,
// accent- and case-insensitive search, a commune user managing only the villages of its commune,
// no cycles, unique names among siblings, every change audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeUnit, makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const names = (items: Array<{ name: string }>) => items.map((u) => u.name);

describe('GET /units', () => {
  it('needs a session', async () => {
    expectError(await t.client().get('/api/v1/units'), 401, 'UNAUTHENTICATED');
  });

  it('lists the tree top-down with each unit\'s path and child count', async () => {
    const res = await (await t.as('leader')).get('/api/v1/units');
    expect(res.status).toBe(200);
    expect(names(res.body.items)).toEqual(['Hà Giang', 'Quang Bình', 'Tân Nam', 'Thôn Nặm Khẳm', 'Yên Thành', 'Thôn Yên Sơn']);
    const village = res.body.items.find((u: { id: number }) => u.id === w.units.villageTN.id);
    expect(village).toMatchObject({ path: ['Hà Giang', 'Quang Bình', 'Tân Nam', 'Thôn Nặm Khẳm'], parentId: w.units.tanNam.id, level: 'village', childCount: 0, actions: [] });
    const district = res.body.items.find((u: { id: number }) => u.id === w.units.district.id);
    expect(district.childCount).toBe(2);
  });

  it('finds "Tân Nam" and "TÂN NAM" by "tan nam", and filters by level and parent', async () => {
    await makeUnit(t.db, { name: 'TÂN NAM', level: 'village', parentId: w.units.yenThanh.id });
    const c = await t.as('commune.yenthanh');
    for (const q of ['tan nam', 'TAN NAM', 'Tân  Nam']) {
      const res = await c.get(`/api/v1/units?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(names(res.body.items).sort()).toEqual(['TÂN NAM', 'Tân Nam']);
    }
    expect(names((await c.get('/api/v1/units?q=tan%20nam&level=commune')).body.items)).toEqual(['Tân Nam']);
    expect(names((await c.get(`/api/v1/units?parentId=${w.units.yenThanh.id}`)).body.items).sort()).toEqual(['TÂN NAM', 'Thôn Yên Sơn'].sort());
    expect((await c.get('/api/v1/units?q=100%25')).body.items).toEqual([]);
    expectError(await c.get('/api/v1/units?level=county'), 400, 'VALIDATION', 'query.level');
  });
});

describe('POST /units', () => {
  it('refuses roles that do not manage units, and writes nothing', async () => {
    const clients = await Promise.all(['leader', 'agency', 'inspector'].map((u) => t.as(u)));
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'village', name: 'Thôn Mới' }), 401, 'UNAUTHENTICATED');
      for (const c of clients) {
        expectError(await c.post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'village', name: 'Thôn Mới' }), 403, 'FORBIDDEN');
      }
    });
  });

  it('grows the tree to any depth: a fifth level under a village, with its path', async () => {
    const c = await t.as('coordinator');
    const res = await c.post('/api/v1/units', { parentId: w.units.villageTN.id, level: 'village', name: 'Xóm Nà Mạ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Xóm Nà Mạ', path: ['Hà Giang', 'Quang Bình', 'Tân Nam', 'Thôn Nặm Khẳm', 'Xóm Nà Mạ'], actions: ['edit', 'addChild'] });
    const sixth = await c.post('/api/v1/units', { parentId: res.body.id, level: 'village', name: 'Cụm dân cư số 1' });
    expect(sixth.body.path).toHaveLength(6);
    const one = await c.get(`/api/v1/units/${sixth.body.id}`);
    expect(one.body.path).toEqual(['Hà Giang', 'Quang Bình', 'Tân Nam', 'Thôn Nặm Khẳm', 'Xóm Nà Mạ', 'Cụm dân cư số 1']);
    expect(one.headers.get('etag')).toBe('W/"1"');
    const [audit] = await auditRows(t.db, 'admin_unit', res.body.id);
    expect(audit).toMatchObject({ action: 'create', user_id: w.users.coordinator.id, summary: 'Xóm Nà Mạ' });
    expect((audit.after as { path: string[] }).path).toHaveLength(5);
  });

  it('names each bad field, and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'village', name: '  ' }), 400, 'VALIDATION', 'name');
      expectError(await c.post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'hamlet', name: 'Thôn Mới' }), 400, 'VALIDATION', 'level');
      expectError(await c.post('/api/v1/units', { parentId: 999_999, level: 'village', name: 'Thôn Mới' }), 400, 'VALIDATION', 'parentId');
      expectError(await c.post('/api/v1/units', { level: 'village', name: 'Thôn Mới' }), 400, 'VALIDATION', 'parentId');
    });
  });

  it('refuses a name already used under the same parent, regardless of case (409)', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'village', name: 'THÔN NẶM KHẲM' });
      expectError(res, 409, 'DUPLICATE_NAME', 'name');
    });
    // The same name under another parent is another village.
    expect((await c.post('/api/v1/units', { parentId: w.units.yenThanh.id, level: 'village', name: 'Thôn Nặm Khẳm' })).status).toBe(201);
  });

  it('refuses an official code already used by another unit (409 naming code)', async () => {
    const c = await t.as('coordinator');
    expect((await c.patch(`/api/v1/units/${w.units.tanNam.id}`, { code: '02944' })).status).toBe(200);
    expect((await c.patch(`/api/v1/units/${w.units.tanNam.id}`, { code: '02944', name: 'Tân Nam' })).status).toBe(200);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/units', { parentId: w.units.district.id, level: 'commune', name: 'Xã Mới', code: '02944' }), 409, 'CONFLICT', 'code');
      expectError(await c.patch(`/api/v1/units/${w.units.yenThanh.id}`, { code: '02944' }), 409, 'CONFLICT', 'code');
    });
  });
});

describe('a commune user and the villages of its commune', () => {
  it('adds and edits villages under its own commune', async () => {
    const c = await t.as('commune.tannam');
    const added = await c.post('/api/v1/units', { parentId: w.units.tanNam.id, level: 'village', name: 'Thôn Khuổi Lòa' });
    expect(added.status).toBe(201);
    expect(added.body.actions).toEqual(['edit', 'addChild']);
    const edited = await c.patch(`/api/v1/units/${w.units.villageTN.id}`, { name: 'Thôn Nặm Khẳm Trên' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'Thôn Nặm Khẳm Trên', version: 2 });
    const audits = await auditRows(t.db, 'admin_unit', w.units.villageTN.id);
    expect(audits).toMatchObject([{ action: 'update', user_id: w.users.commune.id }]);
    expect(audits[0].before).toMatchObject({ name: 'Thôn Nặm Khẳm' });
    expect(audits[0].after).toMatchObject({ name: 'Thôn Nặm Khẳm Trên' });
    // Its own commune shows "add a village" but not "edit".
    expect((await c.get(`/api/v1/units/${w.units.tanNam.id}`)).body.actions).toEqual(['addChild']);
  });

  it('gets 403 under the other commune, on its own commune, and when moving a village away', async () => {
    const c = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/units', { parentId: w.units.yenThanh.id, level: 'village', name: 'Thôn Lạ' }), 403, 'FORBIDDEN');
      expectError(await c.patch(`/api/v1/units/${w.units.villageYT.id}`, { name: 'Thôn Lạ' }), 403, 'FORBIDDEN');
      expectError(await c.patch(`/api/v1/units/${w.units.tanNam.id}`, { name: 'Tân Nam Mới' }), 403, 'FORBIDDEN');
      expectError(await c.post('/api/v1/units', { parentId: w.units.district.id, level: 'commune', name: 'Xã Mới' }), 403, 'FORBIDDEN');
      expectError(await c.patch(`/api/v1/units/${w.units.villageTN.id}`, { parentId: w.units.yenThanh.id }), 403, 'FORBIDDEN');
    });
  });
});

describe('PATCH /units/{id}', () => {
  it('refuses to put a unit under itself or under one of its descendants (400 UNIT_CYCLE)', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/units/${w.units.district.id}`, { parentId: w.units.villageTN.id }), 400, 'UNIT_CYCLE', 'parentId');
      expectError(await c.patch(`/api/v1/units/${w.units.tanNam.id}`, { parentId: w.units.tanNam.id }), 400, 'UNIT_CYCLE', 'parentId');
    });
    expect((await c.get(`/api/v1/units/${w.units.district.id}`)).body.path).toEqual(['Hà Giang', 'Quang Bình']);
  });

  it('moves a village to another commune, and its path follows', async () => {
    const c = await t.as('coordinator');
    const res = await c.patch(`/api/v1/units/${w.units.villageTN.id}`, { parentId: w.units.yenThanh.id });
    expect(res.status).toBe(200);
    expect(res.body.path).toEqual(['Hà Giang', 'Quang Bình', 'Yên Thành', 'Thôn Nặm Khẳm']);
  });

  it('refuses a rename onto a sibling\'s name (409) and a stale If-Match (412)', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/units/${w.units.yenThanh.id}`, { name: 'tân nam' }), 409, 'DUPLICATE_NAME', 'name');
      expectError(await c.patch(`/api/v1/units/${w.units.yenThanh.id}`, { name: 'Yên Thành 2' }, { 'if-match': 'W/"7"' }), 412, 'STALE_VERSION');
      expectError(await c.patch('/api/v1/units/999999', { name: 'Không có' }), 404, 'NOT_FOUND');
    });
  });
});
