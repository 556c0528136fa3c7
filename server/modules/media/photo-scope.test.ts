// The photo library shows a commune only the photos of records it may read: another commune's
// workday photos are neither listed nor counted. The district's roles read every record, so they
// see every commune's photos.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, photoWithExif, workdayBody } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp({ maxUploadBytes: 200_000 });
  w = await makeWorld(t.db);
});

describe('GET /photos by scope', () => {
  it("lists a Tân Nam workday photo to Tân Nam and the district, not to Yên Thành", async () => {
    const segId = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0].id;
    const c = await t.as('commune.tannam');
    const workdayId = (await c.post('/api/v1/workdays', workdayBody({ campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id,
      commune: { pours: [{ segmentId: segId, lengthM: 10, volumeM3: 4.5 }] } }))).body.id;
    const f = new FormData();
    f.append('file', new Blob([new Uint8Array(await photoWithExif())]), 'truoc.jpg');
    f.append('phase', 'before');
    expect((await c.post(`/api/v1/workdays/${workdayId}/photos`, f)).status).toBe(201);

    const own = (await c.get('/api/v1/photos')).body;
    expect(own.total).toBe(1);
    expect((await (await t.as('leader')).get('/api/v1/photos')).body.total).toBe(1);
    const other = (await (await t.as('commune.yenthanh')).get('/api/v1/photos')).body;
    expect(other).toMatchObject({ items: [], pairs: [], total: 0 });
  });

  it('lists every commune\'s photos to the district-wide roles (admin, leader, coordinator, inspector, media), each commune only its own', async () => {
    const photoOf = async (username: string, communeId: number, groupId: number) => {
      const segId = (await makeRoadWithSegments(t.db, communeId)).segments[0].id;
      const c = await t.as(username);
      const res = await c.post('/api/v1/workdays', workdayBody({ campaignId: w.campaign.id, communeId, groupId, commune: { pours: [{ segmentId: segId, lengthM: 10, volumeM3: 4.5 }] } }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const f = new FormData();
      f.append('file', new Blob([new Uint8Array(await photoWithExif())]), 'truoc.jpg');
      f.append('phase', 'before');
      expect((await c.post(`/api/v1/workdays/${res.body.id}/photos`, f)).status).toBe(201);
      return res.body.id as number; // the workday the photo belongs to
    };
    const tanNam = await photoOf('commune.tannam', w.units.tanNam.id, w.groups.groupA.id);
    const yenThanh = await photoOf('commune.yenthanh', w.units.yenThanh.id, w.groups.groupB.id);
    const ids = async (username: string) => ((await (await t.as(username)).get('/api/v1/photos')).body as { items: Array<{ entityId: number }>; total: number });
    for (const role of ['admin', 'leader', 'coordinator', 'inspector', 'media']) {
      const seen = await ids(role);
      expect({ role, total: seen.total, ids: seen.items.map((p) => p.entityId).sort((a, b) => a - b) }).toEqual({ role, total: 2, ids: [tanNam, yenThanh].sort((a, b) => a - b) });
    }
    expect((await ids('commune.tannam')).items.map((p) => p.entityId)).toEqual([tanNam]);
    expect((await ids('commune.yenthanh')).items.map((p) => p.entityId)).toEqual([yenThanh]);
  });
});
