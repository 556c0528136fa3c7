// Racing requests against the same money. On PostgreSQL the requests run in parallel on separate
// connections and the fund's row lock makes them queue; on PGlite they are serialised by its one
// connection. Either way exactly one of two claims on the last 5.000.000 ₫ may win.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../test/helpers/fund.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
let fundId: number;
const url = (p = '') => `/api/v1/funds/${fundId}${p}`;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
});

describe('concurrent writes on one fund', () => {
  it('two expenditures racing for the last 5.000.000 ₫: exactly one wins, every round', async () => {
    const office = await t.as('coordinator');
    const commune = await t.as('commune.tannam');
    for (let round = 1; round <= 5; round++) {
      expect((await office.post(url('/contributions'), contributionBody(w, { amount: 5_000_000 }))).status).toBe(201);
      expect((await office.post(url('/allocations'), allocationBody(w, { amount: 5_000_000 }))).status).toBe(201);
      const body = expenditureBody(w, { quantity: 1, unitPrice: 5_000_000 });
      const results = await Promise.all([
        commune.post(url('/expenditures'), { ...body, invoiceNo: `A-${round}` }),
        office.post(url('/expenditures'), { ...body, invoiceNo: `B-${round}` }),
        commune.post(url('/expenditures'), { ...body, invoiceNo: `C-${round}` }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'OVERSPEND')).toBe(true);
      const st = (await office.get(url('/statement'))).body;
      expect(st.communes.find((c: { commune: { id: number } }) => c.commune.id === w.units.tanNam.id))
        .toMatchObject({ allocated: 5_000_000 * round, spent: 5_000_000 * round, balance: 0 });
    }
  });

  it('two allocations racing for the same money: exactly one wins', async () => {
    const office = await t.as('coordinator');
    const other = await t.as('coordinator');
    await office.post(url('/contributions'), contributionBody(w, { amount: 100_000_000 }));
    const results = await Promise.all([
      office.post(url('/allocations'), allocationBody(w, { amount: 60_000_000 })),
      other.post(url('/allocations'), allocationBody(w, { unitId: w.units.yenThanh.id, amount: 60_000_000 })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await office.get(url('/statement'))).body.totals).toMatchObject({ allocated: 60_000_000, unallocated: 40_000_000 });
  });

  it('the same entry reversed twice at once: exactly one reversal', async () => {
    const office = await t.as('coordinator');
    const commune = await t.as('commune.tannam');
    await office.post(url('/contributions'), contributionBody(w, { amount: 10_000_000 }));
    await office.post(url('/allocations'), allocationBody(w, { amount: 10_000_000 }));
    const e = await commune.post(url('/expenditures'), expenditureBody(w));
    const results = await Promise.all([
      commune.post(url(`/entries/${e.body.id}/reverse`), { reason: 'Nhầm lần 1' }),
      office.post(url(`/entries/${e.body.id}/reverse`), { reason: 'Nhầm lần 2' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('ALREADY_REVERSED');
    const reversals = await t.db.selectFrom('fund_entries').select('id').where('reverses_id', '=', e.body.id).execute();
    expect(reversals).toHaveLength(1);
  });
});
