// Equipment over HTTP: a commune keeps its own mixers (drum size required), marks them broken, and
// a mixer is at one place per day.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const mixer = (v: Record<string, unknown> = {}) => ({ unitId: w.units.tanNam.id, kind: 'mixer', name: 'Máy trộn mượn', drumLitres: 350, origin: 'lent', lender: 'Công ty Xây dựng Yên Bình', ...v });

describe('equipment', () => {
  it('401 → 403 → other commune → bad input → created', async () => {
    expect((await t.client().post('/api/v1/equipment', mixer())).status).toBe(401);
    expect((await (await t.as('inspector')).post('/api/v1/equipment', mixer())).status).toBe(403);
    expect((await (await t.as('commune.yenthanh')).post('/api/v1/equipment', mixer())).status).toBe(403);
    const bad = await (await t.as('commune.tannam')).post('/api/v1/equipment', mixer({ drumLitres: null, lender: null }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['drumLitres', 'lender']);
    const ok = await (await t.as('commune.tannam')).post('/api/v1/equipment', mixer());
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'mixer', drumLitres: 350, origin: 'lent', status: 'working', actions: ['edit', 'book'] });
  });

  it('is at one place per day, and not booked while broken', async () => {
    const c = await t.as('commune.tannam');
    const m = (await c.post('/api/v1/equipment', mixer())).body;
    expect((await c.post(`/api/v1/equipment/${m.id}/bookings`, { day: '2021-10-02', place: 'Thôn Nặm Khẳm' })).status).toBe(201);
    const twice = await c.post(`/api/v1/equipment/${m.id}/bookings`, { day: '2021-10-02', place: 'Thôn Tân Thượng' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('EQUIPMENT_BUSY');
    const broken = await c.patch(`/api/v1/equipment/${m.id}`, { status: 'broken', note: 'Hỏng động cơ' });
    expect(broken.body.status).toBe('broken');
    expect((await c.post(`/api/v1/equipment/${m.id}/bookings`, { day: '2021-10-09', place: 'Thôn Nặm Khẳm' })).status).toBe(400);
    expect((await c.patch(`/api/v1/equipment/${m.id}`, { unitId: w.units.yenThanh.id })).status).toBe(403);
    const moved = await (await t.as('coordinator')).patch(`/api/v1/equipment/${m.id}`, { unitId: w.units.yenThanh.id, status: 'working' });
    expect(moved.body.commune.name).toBe('Yên Thành');
    expect((await c.get('/api/v1/equipment')).body.items).toEqual([]);
  });
});
