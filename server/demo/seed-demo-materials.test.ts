// The demo's materials tell the seed's story: Tân Nam's cement passed and its sand failed
// (quarantined), an issue from the failed lot is refused, passed stock is staged at a road when the
// roads demo has one, the mixers are placed for the first Saturday, the guidance is published.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
}, 180_000);

describe('demo materials', () => {
  it('passes the cement and quarantines the sand of Tân Nam; an issue from the failed lot is refused', async () => {
    const c = await t.client().login('commune.tannam', DEMO_PASSWORD);
    const lots = (await c.get('/api/v1/stock/lots')).body.items;
    const cement = lots.find((l: { material: { code: string } }) => l.material.code === 'cement_pcb40');
    const sand = lots.find((l: { material: { code: string }; source: string }) => l.material.code === 'sand' && l.source !== 'donation'); // the people's gift of sand passed
    expect([cement.status, sand.status]).toEqual(['passed', 'failed']);
    const store = (await c.get('/api/v1/stock/points')).body.items.find((p: { kind: string }) => p.kind === 'store');
    const refused = await c.post('/api/v1/stock/issues', { lotId: sand.id, pointId: store.id, quantity: 1_000, movedOn: '2021-10-02' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'LOT_NOT_PASSED' });
    expect(refused.body.error.message).toContain('không đạt, đang bị cách ly');
    const stock = (await c.get('/api/v1/stock?materialCode=cement_pcb40')).body;
    expect(stock.totals.reduce((s: number, x: { displayPassed: number }) => s + x.displayPassed, 0)).toBe(400);
  });

  it('places the mixers for the first Saturday and publishes the guidance', async () => {
    const c = await t.client().login('coordinator', DEMO_PASSWORD);
    const equipment = (await c.get('/api/v1/equipment')).body.items;
    expect(equipment.map((e: { drumLitres: number; bookings: Array<{ day: string }> }) => [e.drumLitres, e.bookings.map((b) => b.day)]))
      .toEqual([[250, ['2021-10-02']], [350, ['2021-10-02']]]);
    const guidance = (await c.get('/api/v1/guidance?asOf=2021-10-01')).body.items;
    expect(guidance[0].current.title).toContain('kỹ thuật thi công đường bê tông');
  });
});
