// The demo's fund tells the seed's story: 200.000.000 ₫ from many agencies, 100.000.000 ₫ to each of
// Tân Nam and Yên Thành, the purchases counted; an overspend and an over-allocation are refused
// with clear Vietnamese messages; the statements match to the đồng.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';
import { FUND_TOTAL } from './seed-demo-fund.js';

let t: TestApp;
let fundId: number;

beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
  fundId = (await t.db.selectFrom('funds').select('id').executeTakeFirstOrThrow()).id;
}, 180_000);

describe('demo fund', () => {
  it('adds up to 200.000.000 ₫ from many agencies, allocated 100.000.000 ₫ per commune', async () => {
    const c = await t.client().login('coordinator', DEMO_PASSWORD);
    const st = (await c.get(`/api/v1/funds/${fundId}/statement`)).body;
    expect(st.totals).toEqual({ received: FUND_TOTAL, allocated: 200_000_000, unallocated: 0, spent: 18_500_000 + 33_000_000 + 7_000_000 + 21_000_000 + 30_400_000, pending: 0 });
    expect(st.agencies.length).toBeGreaterThan(20);
    expect(st.agencies.reduce((s: number, a: { amount: number }) => s + a.amount, 0)).toBe(FUND_TOTAL);
    const byName = Object.fromEntries(st.communes.map((x: { commune: { name: string } }) => [x.commune.name, x]));
    expect(byName['Tân Nam']).toMatchObject({ allocated: 100_000_000, spent: 58_500_000, balance: 41_500_000, spentByCategory: { equipment: 18_500_000, materials: 40_000_000 } });
    expect(byName['Yên Thành']).toMatchObject({ allocated: 100_000_000, spent: 51_400_000, balance: 48_600_000 });
  });

  it('refuses an over-allocation and an overspend in Vietnamese', async () => {
    const c = await t.client().login('coordinator', DEMO_PASSWORD);
    const units = await t.db.selectFrom('admin_units').select(['id', 'name']).where('name', 'in', ['Tân Nam', 'Yên Thành']).execute();
    const tanNam = units.find((u) => u.name === 'Tân Nam')!.id;
    const over = await c.post(`/api/v1/funds/${fundId}/allocations`, { unitId: tanNam, amount: 1_000_000, decisionNo: '1500/QĐ-UBND',
      decisionDate: '2021-10-01', signer: 'Chủ tịch UBND huyện', purpose: 'Bổ sung' });
    expect(over.status).toBe(409);
    expect(over.body.error.message).toContain('Quỹ chỉ còn 0 ₫ chưa phân bổ, không thể cấp 1.000.000 ₫');
    const spend = await (await t.client().login('commune.tannam', DEMO_PASSWORD)).post(`/api/v1/funds/${fundId}/expenditures`, { unitId: tanNam, item: 'Thuê xe vận chuyển',
      category: 'other', quantity: 30, unit: 'chuyến', unitPrice: 1_650_000, total: 49_500_000, vendor: 'Đại lý', invoiceNo: '999', invoiceDate: '2021-10-02' });
    expect(spend.status).toBe(409);
    expect(spend.body.error.message).toContain('Xã Tân Nam chỉ còn 41.500.000 ₫, khoản chi 49.500.000 ₫ vượt 8.000.000 ₫');
  });

  it('brings the purchases into stock and equipment', async () => {
    const c = await t.client().login('commune.tannam', DEMO_PASSWORD);
    const lots = (await c.get('/api/v1/stock/lots')).body.items;
    // The fund's purchases; the people's gifts in kind are lots too (server/demo/seed-demo-people.ts).
    const bought = lots.filter((l: { fundEntryId: number | null }) => l.fundEntryId);
    expect(bought.map((l: { material: { code: string }; displayQuantity: number; fundEntryId: number | null }) => [l.material.code, l.displayQuantity, !!l.fundEntryId]).sort())
      .toEqual([['cement_pcb40', 400, true], ['sand', 20, true]]);
    const equipment = (await c.get('/api/v1/equipment')).body.items;
    expect(equipment).toEqual([expect.objectContaining({ kind: 'mixer', drumLitres: 250, origin: 'purchased', commune: expect.objectContaining({ name: 'Tân Nam' }) })]);
  });

  it('shows the public summary without unconsented names', async () => {
    const pub = (await t.client().get(`/api/v1/public/funds/${fundId}`)).body;
    expect(pub.totals.received).toBe(FUND_TOTAL);
    expect(pub.namedContributors.map((n: { name: string }) => n.name)).toEqual(['Triệu Văn Lãnh (demo)']);
    expect(JSON.stringify(pub)).not.toContain('Hoàng Văn Bình');
    const tn = pub.communes.find((x: { commune: { name: string } }) => x.commune.name === 'Tân Nam');
    expect(tn.items.map((i: { item: string }) => i.item).sort()).toEqual(['Cát vàng', 'Máy trộn bê tông 250 lít', 'Xi măng PCB40']);
  });

  it('has the report of September 2021 to the Standing Committee, submitted as 05/BC-VPĐP on 05/10/2021 (issue 18)', async () => {
    const c = await t.client().login('leader', DEMO_PASSWORD);
    const [report] = (await c.get(`/api/v1/funds/${fundId}/reports`)).body.items;
    expect(report).toMatchObject({ periodFrom: '2021-09-01', periodTo: '2021-09-30', status: 'submitted', number: '05/BC-VPĐP', reportDate: '2021-10-05', submittedBy: 'Hoàng Thị Điều (demo)' });
    // Its figures are the ledger's at the end of September.
    const st = (await c.get(`/api/v1/funds/${fundId}/statement?to=2021-09-30`)).body;
    expect(report.figures.totals).toEqual(st.totals);
    expect(report.figures.purchases.length).toBeGreaterThan(0);
    const pdf = await t.app.request(`/api/v1/fund-reports/${report.id}/export?format=pdf`, { headers: { cookie: c.cookie! } });
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
