// Roads over HTTP on both databases: 401 → 403 → another commune → 400 naming the field → success,
// with the audit row, and nothing written on failure.
import { beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoad, roadBody } from './roads.test-helpers.js';

let t: TestApp;
let w: World;
const sample = JSON.parse(fs.readFileSync(new URL('../../../test/fixtures/tan-nam-roads.geojson', import.meta.url), 'utf8'));

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

describe('POST /roads', () => {
  it('needs a session, then the permission, then the right commune; writes nothing when refused', async () => {
    const [leader, inspector, commune] = [await t.as('leader'), await t.as('inspector'), await t.as('commune.tannam')];
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/roads', roadBody()), 401, 'UNAUTHENTICATED');
      expectError(await leader.post('/api/v1/roads', roadBody({ communeId: w.units.tanNam.id })), 403, 'FORBIDDEN');
      expectError(await inspector.post('/api/v1/roads', roadBody({ communeId: w.units.tanNam.id })), 403, 'FORBIDDEN');
      expectError(await commune.post('/api/v1/roads', roadBody({ communeId: w.units.yenThanh.id })), 403, 'FORBIDDEN');
    });
  });

  it('names each bad field, in Vietnamese and English, and writes nothing', async () => {
    const c = await t.as('commune.tannam');
    const coordinator = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/roads', roadBody({ lengthM: -5, widthM: 0, thicknessM: 2, grade: 'M999', roadClass: 'highway' }));
      expectError(res, 400, 'VALIDATION', 'lengthM');
      expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['grade', 'lengthM', 'roadClass', 'thicknessM', 'widthM']);
      expectError(await c.post('/api/v1/roads', roadBody({ thicknessM: 0.0004 })), 400, 'VALIDATION', 'thicknessM');
      const mix = await t.db.selectFrom('mix_tables').select('id').where('code', '=', 'dm1776-2007').executeTakeFirstOrThrow();
      expectError(await c.post('/api/v1/roads', roadBody({ mixTableId: mix.id, stone: '2x4' })), 400, 'UNKNOWN_MIX', 'grade');
      expectError(await c.post('/api/v1/roads', roadBody({ villageIds: [w.units.villageYT.id] })), 400, 'VALIDATION', 'villageIds');
      expectError(await c.post('/api/v1/roads', roadBody({ geometry: { type: 'Point', coordinates: [104, 22] } })), 400, 'VALIDATION', 'geometry.type');
      expectError(await c.post('/api/v1/roads', roadBody({ geometry: { type: 'LineString', coordinates: [[104, 22]] } })), 400, 'GEOMETRY_INVALID', 'geometry');
      expectError(await coordinator.post('/api/v1/roads', roadBody({ communeId: w.units.villageTN.id })), 400, 'NOT_A_COMMUNE', 'communeId');
    });
  });

  it('creates a road in the commune user\'s own commune, measures its line and audits it', async () => {
    const c = await t.as('commune.tannam');
    const res = await c.post('/api/v1/roads', roadBody({ lengthM: 1000, villageIds: [w.units.villageTN.id], geometry: sample.features[0].geometry }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      commune: { id: w.units.tanNam.id, name: 'Tân Nam' }, villages: [{ id: w.units.villageTN.id, name: 'Thôn Nặm Khẳm' }],
      roadClass: 'village', indicator: '2.2', lengthM: 1000, widthM: 3, thicknessM: 0.18,
      mix: { table: 'tt10-2019-pcb40', grade: 'M250', stone: '1x2' }, hasGeometry: true,
      lengthCheck: { measuredM: 850.004, differenceM: -149.996, percent: 15, flagged: true, thresholdPercent: 10 },
      volume: { designM3: 540, remainingM3: 540 }, actions: ['edit', 'delete', 'editSegments'],
    });
    expect(res.body.materials.design.cement.bags).toBe(Math.ceil((540 * 308.525) / 50));
    expect(res.headers.get('etag')).toBe('W/"1"');
    const [audit] = await auditRows(t.db, 'road', res.body.id);
    expect(audit).toMatchObject({ action: 'create', user_id: w.users.commune.id });
    expect((audit.after as { name: string }).name).toBe('Đường trục thôn Nậm Hốc');
  });

  it('a PATCH that leaves the villages out keeps them (a partial body fills in no default)', async () => {
    const c = await t.as('commune.tannam');
    const road = (await c.post('/api/v1/roads', roadBody({ villageIds: [w.units.villageTN.id] }))).body;
    const renamed = await c.patch(`/api/v1/roads/${road.id}`, { name: 'Đường trục thôn Nặm Khẳm' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.villages).toEqual([{ id: w.units.villageTN.id, name: 'Thôn Nặm Khẳm' }]);
  });

  it('refuses a second road of the same name in the commune, whatever the case', async () => {
    const c = await t.as('commune.tannam');
    await makeRoad(c);
    expectError(await c.post('/api/v1/roads', roadBody({ name: 'ĐƯỜNG TRỤC THÔN NẬM HỐC' })), 409, 'DUPLICATE_NAME', 'name');
  });
});

describe('GET /roads', () => {
  it('lists by commune and class, searches without accents, and shows actions per user', async () => {
    const tn = await makeRoad(await t.as('commune.tannam'));
    await makeRoad(await t.as('commune.yenthanh'), { name: 'Đường ngõ xóm Yên Sơn', roadClass: 'alley' });
    const other = await (await t.as('commune.yenthanh')).get('/api/v1/roads?q=nam%20hoc');
    expect(other.body.items.map((r: { id: number }) => r.id)).toEqual([tn.id]);
    expect(other.body.items[0].actions).toEqual([]);
    const coord = await (await t.as('coordinator')).get(`/api/v1/roads?communeId=${w.units.yenThanh.id}`);
    expect(coord.body.items.map((r: { name: string; actions: string[] }) => [r.name, r.actions])).toEqual([['Đường ngõ xóm Yên Sơn', ['edit', 'delete', 'editSegments']]]);
    expect((await (await t.as('inspector')).get('/api/v1/roads?roadClass=alley')).body.items).toHaveLength(1);
    expect(coord.body.items[0]).not.toHaveProperty('segments');
    expectError(await t.client().get('/api/v1/roads'), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('media')).get('/api/v1/roads/999999'), 404, 'NOT_FOUND');
  });
});

describe('PATCH and DELETE /roads/{id}', () => {
  it('changes a road of one\'s own commune only, checks If-Match, and audits before and after', async () => {
    const road = await makeRoad(await t.as('commune.tannam'));
    expectError(await (await t.as('commune.yenthanh')).patch(`/api/v1/roads/${road.id}`, { widthM: 3.5 }), 403, 'FORBIDDEN');
    const c = await t.as('commune.tannam');
    const ok = await c.patch(`/api/v1/roads/${road.id}`, { widthM: 3.5, surfaceBefore: 'gravel' }, { 'if-match': 'W/"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ widthM: 3.5, surfaceBefore: 'gravel', version: 2 });
    expectError(await c.patch(`/api/v1/roads/${road.id}`, { widthM: 4 }, { 'if-match': 'W/"1"' }), 412, 'STALE_VERSION');
    const audits = await auditRows(t.db, 'road', road.id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect([(audits[1].before as { widthM: number }).widthM, (audits[1].after as { widthM: number }).widthM]).toEqual([3, 3.5]);
  });

  it('never makes a road shorter than its last segment, and never deletes one with work started', async () => {
    const c = await t.as('commune.tannam');
    const road = await makeRoad(c);
    const seg = await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 500, toM: 650 });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/roads/${road.id}`, { lengthM: 600 }), 400, 'SEGMENT_OUTSIDE_ROAD', 'lengthM');
    });
    for (const to of ['ready', 'in_progress']) expect((await c.post(`/api/v1/segments/${seg.body.id}/transition`, { to })).status).toBe(200);
    expect((await c.get(`/api/v1/roads/${road.id}`)).body.actions).toEqual(['edit', 'editSegments']);
    expectError(await c.delete(`/api/v1/roads/${road.id}`), 409, 'ROAD_HAS_WORK', 'id');
    const other = await makeRoad(c, { name: 'Đường nội đồng Nà Pồng', roadClass: 'field' });
    await c.post(`/api/v1/roads/${other.id}/segments/split`, { segmentLengthM: 200 });
    expectError(await (await t.as('commune.yenthanh')).delete(`/api/v1/roads/${other.id}`), 403, 'FORBIDDEN');
    expect((await c.delete(`/api/v1/roads/${other.id}`)).body).toEqual({ ok: true });
    expect(await t.db.selectFrom('segments').where('road_id', '=', other.id).selectAll().execute()).toHaveLength(0);
    expect((await auditRows(t.db, 'road', other.id)).map((a) => a.action)).toEqual(['create', 'split', 'delete']);
  });
});
