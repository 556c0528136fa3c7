// Workday photos and materials over HTTP on both databases: a JPEG keeps its EXIF time and GPS
// and gets a smaller display copy; a file that is not an image, or too large, is refused and
// nothing is written; materials go through the materials ledger (a lot not passed is refused
// there) and are checked against the mix norm for the volume poured.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeCementLot, makeRoadWithSegments, photoWithExif, workdayBody } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
let segId: number;
let workdayId: number;

beforeEach(async () => {
  t = await setupApp({ maxUploadBytes: 200_000 });
  w = await makeWorld(t.db);
  segId = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0].id;
  const c = await t.as('commune.tannam');
  workdayId = (await c.post('/api/v1/workdays', workdayBody({ campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id,
    commune: { pours: [{ segmentId: segId, lengthM: 10, volumeM3: 4.5 }] } }))).body.id;
});

function form(data: Uint8Array, name: string, phase = 'before') {
  const f = new FormData();
  f.append('file', new Blob([new Uint8Array(data)]), name);
  f.append('phase', phase);
  return f;
}

describe('POST /workdays/{id}/photos', () => {
  it('keeps EXIF time and GPS and serves a display copy at most 1280 px', async () => {
    const c = await t.as('commune.tannam');
    const res = await c.post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'truoc.jpg'));
    expect(res.status).toBe(201);
    const photo = res.body.photos[0];
    expect(photo).toMatchObject({ phase: 'before', side: 'commune', takenAt: '2021-09-18T01:15:30.000Z', gps: { latitude: 22.4, longitude: 104.5 }, width: 1600, height: 1200 });
    const display = await c.get(photo.displayUrl);
    expect(display.status).toBe(200);
    expect(display.headers.get('content-type')).toBe('image/webp');
    const original = await t.app.request(photo.url, { headers: { cookie: c.cookie! } });
    expect(original.status).toBe(200);
    const shown = await t.app.request(photo.displayUrl, { headers: { cookie: c.cookie! } });
    const meta = await sharp(new Uint8Array(await shown.arrayBuffer())).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBe(1280);
    // Another commune sees neither the record nor its photos.
    const other = await t.as('commune.yenthanh');
    expect((await other.get(photo.displayUrl)).status).toBe(404);
    expect((await other.get(photo.url)).status).toBe(404);
  });

  it("places the photo in the library by the workday's commune, road, segment and day, before or after as the clerk chose", async () => {
    const c = await t.as('commune.tannam');
    const before = (await c.post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'truoc.jpg', 'before'))).body.photos[0];
    const after = (await c.post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'sau.jpg', 'after'))).body.photos.find((p: { phase: string }) => p.phase === 'after');
    const road = (await t.db.selectFrom('segments').select('road_id').where('id', '=', segId).executeTakeFirstOrThrow()).road_id;
    const media = await t.as('media');
    // Each filter of the library finds both: by commune, road, segment and the workday's day.
    for (const q of [`communeId=${w.units.tanNam.id}`, `roadId=${road}`, `segmentId=${segId}`, 'from=2021-09-18&to=2021-09-18']) {
      const lib = await media.get(`/api/v1/photos?entity=workday&${q}`);
      expect(lib.status).toBe(200);
      expect(lib.body.items.map((p: { fileId: number }) => p.fileId).sort()).toEqual([before.fileId, after.fileId].sort());
    }
    const lib = await media.get(`/api/v1/photos?segmentId=${segId}`);
    const byFile = new Map(lib.body.items.map((p: { fileId: number }) => [p.fileId, p]));
    expect(byFile.get(before.fileId)).toMatchObject({ communeId: w.units.tanNam.id, roadId: road, segmentId: segId, takenOn: '2021-09-18', date: '2021-09-18', phase: 'before', tagged: true });
    expect(byFile.get(after.fileId)).toMatchObject({ segmentId: segId, phase: 'after' });
    // Paired before and after on the segment.
    expect(lib.body.pairs.some((p: { before: { fileId: number } | null; after: { fileId: number } | null }) => p.before?.fileId === before.fileId && p.after?.fileId === after.fileId)).toBe(true);
    // Another day or segment finds neither.
    expect((await media.get('/api/v1/photos?entity=workday&from=2021-09-19')).body.items).toEqual([]);
  });

  it('refuses a file that is not an image, and one over the limit, writing nothing', async () => {
    const c = await t.as('commune.tannam');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/workdays/${workdayId}/photos`, form(new TextEncoder().encode('%PDF-1.4 not a photo'), 'a.jpg')), 415, 'FILE_TYPE_NOT_ALLOWED', 'file');
      const noise = await sharp(randomBytes(262 * 262 * 3), { raw: { width: 262, height: 262, channels: 3 } }).png().toBuffer();
      expect(noise.byteLength).toBeGreaterThan(200_000); // over the photo limit, under the request limit
      expectError(await c.post(`/api/v1/workdays/${workdayId}/photos`, form(noise, 'lon.png')), 413, 'FILE_TOO_LARGE', 'file');
      expectError(await c.post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'x.jpg', 'during')), 400, 'VALIDATION', 'phase');
    });
  });

  it('takes the time and position the phone read before resizing when the file has no EXIF left', async () => {
    const c = await t.as('commune.tannam');
    const resized = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#6a8' } }).jpeg({ quality: 70 }).toBuffer();
    const f = form(resized, 'truoc.jpg');
    f.append('takenAt', '2021-09-18T08:15:30+07:00');
    f.append('lat', '22.41234');
    f.append('lng', '104.51234');
    f.append('accuracy', '12');
    const res = await c.post(`/api/v1/workdays/${workdayId}/photos`, f);
    expect(res.status).toBe(201);
    expect(res.body.photos[0]).toMatchObject({ takenAt: '2021-09-18T01:15:30.000Z', gps: { latitude: 22.41234, longitude: 104.51234, accuracyM: 12 }, factsFrom: 'phone' });
    // A file with its own EXIF keeps it: the phone's fields only fill what the file lacks.
    const g = form(await photoWithExif(), 'sau.jpg', 'after');
    g.append('takenAt', '2021-09-19T10:00:00+07:00');
    const own = await c.post(`/api/v1/workdays/${workdayId}/photos`, g);
    expect(own.body.photos[1]).toMatchObject({ takenAt: '2021-09-18T01:15:30.000Z', gps: { latitude: 22.4, longitude: 104.5, accuracyM: null }, factsFrom: 'exif' });
  });

  it('refuses a position or time out of bounds, naming the field, and writes nothing', async () => {
    const c = await t.as('commune.tannam');
    const cases: Array<[Record<string, string>, string]> = [
      [{ lat: '91', lng: '104' }, 'lat'], [{ lat: '22', lng: 'east' }, 'lng'], [{ lat: '22' }, 'lng'],
      [{ lat: '22', lng: '104', accuracy: '-3' }, 'accuracy'], [{ takenAt: '2099-01-01T00:00:00Z' }, 'takenAt'], [{ takenAt: 'yesterday' }, 'takenAt'],
    ];
    await expectNothingWritten(t.db, async () => {
      for (const [fields, field] of cases) {
        const f = form(await photoWithExif(), 'x.jpg');
        for (const [k, v] of Object.entries(fields)) f.append(k, v);
        expectError(await c.post(`/api/v1/workdays/${workdayId}/photos`, f), 400, 'VALIDATION', field);
      }
    });
  });

  it('lets the group lead add its own photo but not the agency user', async () => {
    const g = await t.as('group_lead');
    expect((await g.post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'sau.jpg', 'after'))).status).toBe(201);
    expectError(await (await t.as('agency')).post(`/api/v1/workdays/${workdayId}/photos`, form(await photoWithExif(), 'x.jpg')), 403, 'FORBIDDEN');
  });
});

describe('materials issued on a workday', () => {
  it('goes through the ledger and is checked against the norm; a lot not passed is refused there', async () => {
    const c = await t.as('commune.tannam');
    const passed = await makeCementLot(t.db, w.units.tanNam.id, w.users.inspector.id);
    const pending = await makeCementLot(t.db, w.units.tanNam.id, w.users.inspector.id, { passed: false });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/workdays/${workdayId}/commune`, { materials: [{ lotId: pending.lot.id, pointId: pending.point.id, quantity: 1000 }] }),
        409, 'LOT_NOT_PASSED', 'materials.0.lotId');
    });
    // 4.5 m³ of M200 1x2 needs 1 195 kg of cement; 1 400 kg is 17 % over (tolerance 10 %).
    const res = await c.patch(`/api/v1/workdays/${workdayId}/commune`, { materials: [{ lotId: passed.lot.id, pointId: passed.point.id, quantity: 1400, segmentId: segId }] });
    expect(res.status).toBe(200);
    expect(res.body.communePart.materials).toEqual([expect.objectContaining({ lotId: passed.lot.id, code: 'cement_pcb40', quantity: 1400, unit: 'kg', flaggedUnpassed: false })]);
    expect(res.body.communePart.variances).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'cement', issued: 1400, norm: 1195, flag: 'over' }),
      expect.objectContaining({ code: 'sand', issued: 0, norm: 2435, flag: 'under' }),
    ]));
    const moves = await t.db.selectFrom('stock_movements').selectAll().where('workday_id', '=', workdayId).execute();
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ kind: 'issue', quantity: 1400, moved_on: '2021-09-18' });
  });

  it('refuses the group lead issuing materials: that is the commune part', async () => {
    const g = await t.as('group_lead');
    const passed = await makeCementLot(t.db, w.units.tanNam.id, w.users.inspector.id);
    expectError(await g.patch(`/api/v1/workdays/${workdayId}/commune`, { materials: [{ lotId: passed.lot.id, pointId: passed.point.id, quantity: 10 }] }), 403, 'NOT_YOUR_PART', 'commune');
  });
});
