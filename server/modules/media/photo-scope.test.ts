// The photo library shows a commune only the photos of records it may read: another commune's
// workday photos are neither listed nor counted.
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
});
