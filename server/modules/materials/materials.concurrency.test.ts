// Concurrent issues from the same lot never oversell it: the lot's row is locked by each movement,
// so on PostgreSQL parallel requests queue and each sees what the previous one left (on PGlite they
// are serialised by its one connection).
import { describe, expect, it } from 'vitest';
import { makeWorld } from '../../../test/helpers/factories.js';
import { makePoint, materialsReady } from '../../../test/helpers/materials.js';
import { setupApp } from '../../../test/helpers/test-app.js';

describe('concurrent issues from one lot', () => {
  it('never oversell: of eight parallel issues of 3.000 kg from 10.000 kg, exactly three pass', async () => {
    const t = await setupApp();
    const w = await makeWorld(t.db);
    await materialsReady(t.db);
    const store = await makePoint(t.db, w.units.tanNam.id, { name: 'Kho' });
    const commune = await t.as('commune.tannam');
    const office = await t.as('coordinator');
    const lot = await commune.post('/api/v1/stock/receipts', { unitId: w.units.tanNam.id, materialCode: 'cement_pcb40', pointId: store.id, quantity: 10_000,
      source: 'state', supplier: 'Nhà nước hỗ trợ', receivedOn: '2021-09-20' });
    await (await t.as('inspector')).post(`/api/v1/stock/lots/${lot.body.id}/inspections`, { inspectedOn: '2021-09-21', result: 'pass' });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? office : commune).post('/api/v1/stock/issues',
      { lotId: lot.body.id, pointId: store.id, quantity: 3_000, movedOn: '2021-10-02' })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(3);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'STOCK_NEGATIVE')).toBe(true);
    const history = (await office.get(`/api/v1/stock/lots/${lot.body.id}`)).body;
    expect(history.lot.onHand).toBe(1_000);
  });
});
