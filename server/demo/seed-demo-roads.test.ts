// The demo has roads for Tân Nam (on the sample lines) and Yên Thành, with segments, some accepted.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;

beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
}, 180_000);

describe('demo roads', () => {
  it('seeds roads, segments and acceptances that the API shows, with criterion 2 per commune', async () => {
    const c = await t.client().login('commune.tannam', DEMO_PASSWORD);
    const roads = (await c.get('/api/v1/roads')).body.items as Array<{ name: string; commune: { name: string }; hasGeometry: boolean; lengthCheck: { flagged: boolean } | null; progress: { byStatus: Record<string, { count: number }> } }>;
    expect(roads.filter((r) => r.commune.name === 'Tân Nam')).toHaveLength(5);
    expect(roads.filter((r) => r.commune.name === 'Yên Thành')).toHaveLength(3);
    // Every demo road is drawn (two sample traces, the others illustrative), each as long as entered.
    expect(roads.filter((r) => !r.hasGeometry).map((r) => r.name)).toEqual([]);
    expect(roads.filter((r) => r.lengthCheck?.flagged).map((r) => r.name)).toEqual([]);
    const accepted = roads.reduce((s, r) => s + r.progress.byStatus.accepted.count, 0);
    expect(accepted).toBeGreaterThanOrEqual(8); // and the materials demo may accept one more
    const tanNam = (await c.get('/api/v1/criterion2/communes?asOf=2021-12-25')).body.items.find((i: { commune: { name: string } }) => i.commune.name === 'Tân Nam');
    expect(tanNam.indicators.map((i: { indicator: string; totalKm: number }) => [i.indicator, i.totalKm])).toEqual([['2.1', 3.2], ['2.2', 2.05], ['2.3', 0.4], ['2.4', 0.6]]);
    expect(tanNam.indicators[0]).toMatchObject({ hardenedKm: 3.2, met: true });
    expect(tanNam.indicators[1].hardenedKm).toBeGreaterThanOrEqual(0.85);
    expect(tanNam.status).toBe('thresholds_not_confirmed');
    const map = (await c.get('/api/v1/road-map')).body;
    // Every segment of every road on the map: 6 + 6 + 4 in Tân Nam, 6 + 2 in Yên Thành.
    expect(map.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'segment').length).toBe(24);
    expect(map.roadsWithoutGeometry).toEqual([]);
  });
});
