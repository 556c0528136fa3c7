// Road lines from GeoJSON, GPX and KML files (the sample roads measure 850 m and 1,200 m), files
// that are not what they say, and the map's GeoJSON with segments coloured by status.
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';
import { makeRoad } from './roads.test-helpers.js';

let t: TestApp;
let c: TestClient;
const fixture = (name: string) => fs.readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url));

function upload(name: string, data: Uint8Array | string, extra: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new File([data as BlobPart], name));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

beforeEach(async () => {
  t = await setupApp();
  await makeWorld(t.db);
  c = await t.as('commune.tannam');
});

describe('geometry import', () => {
  it('reads every sample format and measures the lines', async () => {
    const geo = await c.post('/api/v1/road-geometry/parse', upload('tan-nam-roads.geojson', fixture('tan-nam-roads.geojson')));
    expect(geo.body.lines.map((l: { name: string; lengthM: number; geometry: { type: string } }) => [l.name, l.geometry.type, l.lengthM]))
      .toEqual([['Đường trục thôn Nậm Hốc', 'LineString', 850], ['Đường liên thôn Khuổi Vài - Nậm Hốc', 'MultiLineString', 1200]]);
    const gpx = await c.post('/api/v1/road-geometry/parse', upload('tan-nam-lien-thon.gpx', fixture('tan-nam-lien-thon.gpx')));
    expect(gpx.body).toMatchObject({ format: 'gpx', lines: [{ name: 'Đường liên thôn Khuổi Vài - Nậm Hốc', lengthM: 1200 }] });
    const kml = await c.post('/api/v1/road-geometry/parse', upload('tan-nam-duong-truc-thon.kml', fixture('tan-nam-duong-truc-thon.kml')));
    expect(kml.body).toMatchObject({ format: 'kml', lines: [{ name: 'Đường trục thôn Nậm Hốc', lengthM: 850 }] });
  });

  it('sets a road\'s line from a file, picks the line named like the road, shows the measured length and audits it', async () => {
    const road = await makeRoad(c, { name: 'Đường liên thôn Khuổi Vài - Nậm Hốc', lengthM: 1150 });
    const res = await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('tan-nam-roads.geojson', fixture('tan-nam-roads.geojson')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hasGeometry: true, geometry: { type: 'MultiLineString' }, lengthM: 1150,
      lengthCheck: { measuredM: 1199.998, percent: 4.3, flagged: false, thresholdPercent: 10 } });
    const gpx = await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('survey.gpx', fixture('tan-nam-lien-thon.gpx')));
    expect(gpx.body.geometry.type).toBe('LineString');
    expect((await auditRows(t.db, 'road', road.id)).map((a) => a.action)).toEqual(['create', 'set_geometry', 'set_geometry']);
    const cleared = await c.send('PUT', `/api/v1/roads/${road.id}/geometry`, { geometry: null });
    expect(cleared.body).toMatchObject({ hasGeometry: false, lengthCheck: null });
  });

  it('refuses a file that is not what it says, a file without lines, and an ambiguous choice, naming the field', async () => {
    const road = await makeRoad(c, { name: 'Đường khác' });
    const yt = await t.as('commune.yenthanh');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('roads.gpx', fixture('tan-nam-roads.geojson'))), 400, 'GEOMETRY_INVALID', 'file');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('road.kml', fixture('tan-nam-lien-thon.gpx'))), 400, 'GEOMETRY_INVALID', 'file');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('road.geojson', '{"type":"Feature"')), 400, 'GEOMETRY_INVALID', 'file');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('road.shp', 'x')), 400, 'GEOMETRY_INVALID', 'file');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('p.geojson', '{"type":"Point","coordinates":[104,22]}')), 400, 'GEOMETRY_INVALID', 'file');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('tan-nam-roads.geojson', fixture('tan-nam-roads.geojson'))), 400, 'VALIDATION', 'feature');
      expectError(await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('x.gpx', fixture('tan-nam-lien-thon.gpx'), { format: 'shp' })), 400, 'VALIDATION', 'format');
      expectError(await yt.post(`/api/v1/roads/${road.id}/geometry/import`, upload('tan-nam-lien-thon.gpx', fixture('tan-nam-lien-thon.gpx'))), 403, 'FORBIDDEN');
      expectError(await c.send('PUT', `/api/v1/roads/${road.id}/geometry`, { geometry: { type: 'LineString', coordinates: [[200, 22], [104, 22]] } }), 400, 'GEOMETRY_INVALID', 'geometry');
    });
    const chosen = await c.post(`/api/v1/roads/${road.id}/geometry/import`, upload('tan-nam-roads.geojson', fixture('tan-nam-roads.geojson'), { feature: '0' }));
    expect(chosen.body.lengthCheck.measuredM).toBe(850.004);
  });
});

describe('GET /road-map', () => {
  it('draws each road and its segments along the line, with a legend and roads without lines listed', async () => {
    const sample = JSON.parse(fixture('tan-nam-roads.geojson').toString());
    const road = await makeRoad(c, { geometry: sample.features[0].geometry });
    await makeRoad(c, { name: 'Đường ngõ chưa vẽ', roadClass: 'alley' });
    const split = (await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 425 })).body.items;
    await c.post(`/api/v1/segments/${split[0].id}/transition`, { to: 'ready' });
    const res = await (await t.as('leader')).get('/api/v1/road-map');
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('FeatureCollection');
    expect(res.body.features.map((f: { properties: { kind: string; status?: string; chainage?: string } }) => [f.properties.kind, f.properties.status ?? null, f.properties.chainage ?? null]))
      .toEqual([['road', null, null], ['segment', 'ready', 'Km0+000 – Km0+425'], ['segment', 'planned', 'Km0+425 – Km0+850']]);
    const first = res.body.features[1].geometry.coordinates;
    expect(first[0]).toEqual(sample.features[0].geometry.coordinates[0]);
    expect(res.body.legend.find((l: { status: string }) => l.status === 'ready')).toEqual({ status: 'ready', count: 1, lengthM: 425 });
    expect(res.body.roadsWithoutGeometry.map((r: { name: string }) => r.name)).toEqual(['Đường ngõ chưa vẽ']);
    expect(res.body.bbox).toEqual([104.6695, 22.3412, 104.6753729, 22.3464574]);
    expect(res.body.tileUrl).toBe('');
    expect((await c.get('/api/v1/road-map?communeId=999')).body.features).toEqual([]);
    expectError(await t.client().get('/api/v1/road-map'), 401, 'UNAUTHENTICATED');
  });
});
