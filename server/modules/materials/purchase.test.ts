// A fund purchase of materials brings a lot into stock, and of a mixer an equipment record, in the
// same transaction as the expenditure; a purchase waiting for approval does so only once approved;
// reversing the purchase reverses the receipt, unless the stock has already been used.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../test/helpers/fund.js';
import { makePoint, materialsReady } from '../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
let fundId: number;
let store: { id: number };
const url = (p = '') => `/api/v1/funds/${fundId}${p}`;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await materialsReady(t.db);
  fundId = (await makeFund(t.db, w, { approvalThreshold: 40_000_000 })).id;
  store = await makePoint(t.db, w.units.tanNam.id, { name: 'Kho UBND xã' });
  const c = await t.as('coordinator');
  await c.post(url('/contributions'), contributionBody(w, { amount: 100_000_000 }));
  await c.post(url('/allocations'), allocationBody(w, { amount: 100_000_000 }));
});

const cement = (v: Record<string, unknown> = {}) => expenditureBody(w, {
  item: 'Xi măng PCB40', category: 'materials', quantity: 20, unit: 'tấn', unitPrice: 1_650_000,
  stock: { materialCode: 'cement_pcb40', pointId: store.id, quantity: 20_000, deliveryNote: 'PGH-01' }, ...v,
});

describe('purchases from the fund', () => {
  it('needs the stock receipt for materials, with a point of the commune, and writes nothing otherwise', async () => {
    const c = await t.as('commune.tannam');
    const none = await c.post(url('/expenditures'), cement({ stock: undefined }));
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].field).toBe('stock');
    const otherPoint = await makePoint(t.db, w.units.yenThanh.id);
    const wrong = await c.post(url('/expenditures'), cement({ stock: { materialCode: 'cement_pcb40', pointId: otherPoint.id, quantity: 20_000 } }));
    expect(wrong.body.error.fields[0].field).toBe('stock.pointId');
    const unknown = await c.post(url('/expenditures'), cement({ stock: { materialCode: 'xi-mang', pointId: store.id, quantity: 20_000 } }));
    expect(unknown.body.error.fields[0].field).toBe('stock.materialCode');
    expect(await t.db.selectFrom('stock_lots').selectAll().execute()).toHaveLength(0);
    expect(await t.db.selectFrom('fund_entries').where('kind', '=', 'expenditure').selectAll().execute()).toHaveLength(0);
  });

  it('brings the lot into stock with the expenditure; reversing the purchase takes it out again', async () => {
    const c = await t.as('commune.tannam');
    const e = await c.post(url('/expenditures'), cement());
    expect(e.status).toBe(201);
    const lots = (await c.get('/api/v1/stock/lots')).body.items;
    expect(lots).toEqual([expect.objectContaining({ fundEntryId: e.body.id, source: 'purchase', supplier: 'Cửa hàng VLXD Tân Nam', deliveryNote: 'PGH-01',
      quantity: 20_000, displayQuantity: 400, status: 'pending', onHand: 20_000 })]);
    const receiptMove = (await c.get(`/api/v1/stock/lots/${lots[0].id}`)).body.movements[0];
    expect((await c.post(`/api/v1/stock/movements/${receiptMove.id}/reverse`, { reason: 'x' })).body.error.code).toBe('NOT_REVERSIBLE');
    const rev = await c.post(url(`/entries/${e.body.id}/reverse`), { reason: 'Hóa đơn ghi sai' });
    expect(rev.status).toBe(201);
    expect((await c.get(`/api/v1/stock/lots/${lots[0].id}`)).body.lot.onHand).toBe(0);
  });

  it('refuses to reverse a purchase whose stock was already used', async () => {
    const c = await t.as('commune.tannam');
    const e = await c.post(url('/expenditures'), cement());
    const lotId = (await c.get('/api/v1/stock/lots')).body.items[0].id;
    await (await t.as('inspector')).post(`/api/v1/stock/lots/${lotId}/inspections`, { inspectedOn: '2021-09-26', result: 'pass' });
    expect((await c.post('/api/v1/stock/issues', { lotId, pointId: store.id, quantity: 1_000, movedOn: '2021-10-02' })).status).toBe(201);
    const rev = await c.post(url(`/entries/${e.body.id}/reverse`), { reason: 'Hóa đơn ghi sai' });
    expect(rev.status).toBe(409);
    expect(rev.body.error.code).toBe('STOCK_NEGATIVE');
    expect(await t.db.selectFrom('fund_entries').where('kind', '=', 'reversal').selectAll().execute()).toHaveLength(0);
  });

  it('a purchase waiting for approval brings the lot in only once approved', async () => {
    const c = await t.as('commune.tannam');
    const e = await c.post(url('/expenditures'), cement({ quantity: 30, unitPrice: 1_650_000, stock: { materialCode: 'cement_pcb40', pointId: store.id, quantity: 30_000 } }));
    expect(e.body.status).toBe('pending');
    expect(await t.db.selectFrom('stock_lots').selectAll().execute()).toHaveLength(0);
    expect((await (await t.as('coordinator')).post(url(`/entries/${e.body.id}/approve`), {})).status).toBe(200);
    expect(await t.db.selectFrom('stock_lots').select(['quantity', 'fund_entry_id']).execute()).toEqual([{ quantity: 30_000, fund_entry_id: e.body.id }]);
  });

  it('a mixer bought from the fund becomes equipment of the commune', async () => {
    const c = await t.as('commune.tannam');
    const noDrum = await c.post(url('/expenditures'), expenditureBody(w, { item: 'Máy trộn bê tông', category: 'equipment', quantity: 2, unit: 'chiếc', unitPrice: 18_500_000,
      equipment: { kind: 'mixer' } }));
    expect(noDrum.body.error.fields[0].field).toBe('equipment.drumLitres');
    const e = await c.post(url('/expenditures'), expenditureBody(w, { item: 'Máy trộn bê tông', category: 'equipment', quantity: 2, unit: 'chiếc', unitPrice: 18_500_000,
      equipment: { kind: 'mixer', drumLitres: 250 } }));
    expect(e.status).toBe(201);
    const items = (await c.get('/api/v1/equipment')).body.items;
    expect(items.map((i: { name: string; drumLitres: number; fundEntryId: number }) => [i.name, i.drumLitres, i.fundEntryId]))
      .toEqual([['Máy trộn bê tông số 1', 250, e.body.id], ['Máy trộn bê tông số 2', 250, e.body.id]]);
  });
});
