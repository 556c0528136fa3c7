// The fund report to the Standing Committee on both databases: drafted from the ledger for a
// period (in the period = at its end less the day before), edited, refused with the field named
// and nothing written, submitted with its number and date, then kept as sent — the figures frozen
// even when the ledger moves on, and the database refusing any change; exported as DOCX, PDF, XLSX.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../../test/helpers/fund.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;
let fundId: number;
const url = (p = '') => `/api/v1/funds/${fundId}${p}`;
const SEPT = { periodFrom: '2021-09-01', periodTo: '2021-09-30' };

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
  const c = await t.as('coordinator');
  await c.post(url('/contributions'), contributionBody(w, { amount: 20_000_000, date: '2021-08-20' }));
  await c.post(url('/contributions'), contributionBody(w, { amount: 100_000_000, date: '2021-09-10' }));
  await c.post(url('/contributions'), contributionBody(w, { amount: 80_000_000, agencyId: w.agencies.leadB.id, contributorKind: 'agency', contributorName: null, date: '2021-09-12' }));
  await c.post(url('/allocations'), allocationBody(w, { amount: 100_000_000 }));
  await c.post(url('/allocations'), allocationBody(w, { amount: 60_000_000, unitId: w.units.yenThanh.id }));
  await c.post(url('/expenditures'), expenditureBody(w, { item: 'Máy trộn bê tông 250 lít', category: 'equipment', quantity: 2, unitPrice: 18_500_000, unit: 'chiếc',
    equipment: { kind: 'mixer', drumLitres: 250 } }));
  await c.post(url('/expenditures'), expenditureBody(w, { item: 'Thuê xe chở cát', quantity: 5, unitPrice: 400_000, invoiceDate: '2021-10-02' }));
});

describe('fund report to the Standing Committee', () => {
  it('is the office’s to draft; the leader reads it', async () => {
    expectError(await t.client().post(url('/reports'), SEPT), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('leader')).post(url('/reports'), SEPT), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.tannam')).post(url('/reports'), SEPT), 403, 'FORBIDDEN');
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(url('/reports'), { ...SEPT, periodTo: '2021-08-31' }), 400, 'VALIDATION', 'periodTo');
      expectError(await c.post(url('/reports'), { ...SEPT, periodFrom: '2021-02-30' }), 400, 'VALIDATION', 'periodFrom');
      expectError(await c.post('/api/v1/funds/999999/reports', SEPT), 404, 'NOT_FOUND');
    });
    const r = (await c.post(url('/reports'), SEPT)).body;
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(url('/reports'), SEPT), 409, 'CONFLICT', 'periodFrom');
      expectError(await c.patch(`/api/v1/fund-reports/${r.id}`, { recipients: ['x'] }), 400, 'VALIDATION', 'recipients.0');
      expectError(await c.post(`/api/v1/fund-reports/${r.id}/submit`, {}), 400, 'VALIDATION', 'number');
      expectError(await c.post(`/api/v1/fund-reports/${r.id}/submit`, { number: '05/BC-VPĐP' }), 400, 'VALIDATION', 'reportDate');
      expectError(await c.post(`/api/v1/fund-reports/${r.id}/submit`, { number: '05/BC-VPĐP', reportDate: '2021-09-29' }), 400, 'VALIDATION', 'reportDate');
      expectError(await c.patch(`/api/v1/fund-reports/${r.id}`, { narrative: 'x' }, { 'if-match': 'W/"99"' }), 412, 'STALE_VERSION');
    });
  });

  it('drafts September from the ledger: by agency, by commune and purpose, purchases and what they bought, open issues', async () => {
    const c = await t.as('coordinator');
    const res = await c.post(url('/reports'), SEPT);
    expect(res.status).toBe(201);
    const f = res.body.figures;
    expect(f.totals).toEqual({ received: 200_000_000, allocated: 160_000_000, unallocated: 40_000_000, spent: 37_000_000, pending: 0 });
    // August's 20 million came before the period; October's hire of a truck after it.
    expect(f.inPeriod).toEqual({ received: 180_000_000, allocated: 160_000_000, spent: 37_000_000 });
    expect(f.agencies.map((a: { agency: { name: string }; amount: number; inPeriod: number }) => [a.agency.name, a.amount, a.inPeriod]))
      .toEqual([['Phòng Kinh tế - Hạ tầng', 80_000_000, 80_000_000], ['Văn phòng Huyện ủy', 120_000_000, 100_000_000]]);
    expect(f.communes.map((x: { commune: { name: string }; spentByCategory: { equipment: number }; balance: number }) => [x.commune.name, x.spentByCategory.equipment, x.balance]))
      .toEqual([['Tân Nam', 37_000_000, 63_000_000], ['Yên Thành', 0, 60_000_000]]);
    expect(f.purchases).toEqual([expect.objectContaining({ item: 'Máy trộn bê tông 250 lít', amount: 37_000_000, bought: '2 máy trộn 250 lít', commune: 'Tân Nam' })]);
    expect(res.body.issues).toContain('Còn 40.000.000 đồng chưa phân bổ cho các xã.');
    expect(res.body).toMatchObject({ status: 'draft', number: null, actions: ['edit', 'submit'] });
    expect((await auditRows(t.db, 'fund_report', res.body.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('is edited, submitted with number and date, then kept as sent', async () => {
    const c = await t.as('coordinator');
    const draft = (await c.post(url('/reports'), SEPT)).body;
    const edited = await c.patch(`/api/v1/fund-reports/${draft.id}`, { proposals: 'Đề nghị Thường trực Huyện ủy chỉ đạo phân bổ 40 triệu đồng còn lại.', number: '05/BC-VPĐP' },
      { 'if-match': `W/"${draft.version}"` });
    expect(edited.status).toBe(200);
    const sent = await c.post(`/api/v1/fund-reports/${draft.id}/submit`, { reportDate: '2021-10-05' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'submitted', number: '05/BC-VPĐP', reportDate: '2021-10-05', actions: [] });
    expect((await auditRows(t.db, 'fund_report', draft.id)).map((a) => a.action)).toEqual(['create', 'update', 'submit']);

    // The ledger moves on (a late September contribution): the submitted report keeps what it said.
    await c.post(url('/contributions'), contributionBody(w, { amount: 5_000_000, date: '2021-09-28' }));
    const kept = (await (await t.as('leader')).get(`/api/v1/fund-reports/${draft.id}`)).body;
    expect(kept.figures.totals.received).toBe(200_000_000);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/fund-reports/${draft.id}`, { issues: 'Sửa sau khi gửi' }), 409, 'CONFLICT', 'status');
      expectError(await c.post(`/api/v1/fund-reports/${draft.id}/submit`, {}), 409, 'CONFLICT', 'status');
    });
    // The database refuses a change too, whoever asks.
    await expect(sql`update fund_reports set issues = 'x' where id = ${draft.id}`.execute(t.db)).rejects.toThrow();
    // A second report cannot take the same number.
    const oct = (await c.post(url('/reports'), { periodFrom: '2021-10-01', periodTo: '2021-10-31' })).body;
    expectError(await c.post(`/api/v1/fund-reports/${oct.id}/submit`, { number: '05/BC-VPĐP', reportDate: '2021-11-03' }), 409, 'CONFLICT', 'number');
    expect((await c.get(url('/reports'))).body.items.map((r: { periodFrom: string; status: string }) => [r.periodFrom, r.status]))
      .toEqual([['2021-10-01', 'draft'], ['2021-09-01', 'submitted']]);
  });

  it('exports the official document as DOCX, PDF and XLSX with its number, date and figures', async () => {
    const c = await t.as('coordinator');
    const draft = (await c.post(url('/reports'), SEPT)).body;
    await c.post(`/api/v1/fund-reports/${draft.id}/submit`, { number: '05/BC-VPĐP', reportDate: '2021-10-05' });
    const get = async (format: string) => {
      const res = await t.app.request(`/api/v1/fund-reports/${draft.id}/export?format=${format}`, { headers: { cookie: (await t.as('leader')).cookie! } });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const xml = await (await JSZip.loadAsync(await get('docx'))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['Số: 05/BC-VPĐP', 'Quang Bình, ngày 05 tháng 10 năm 2021', 'BÁO CÁO', 'Máy trộn bê tông 250 lít', '2 máy trộn 250 lít', 'TỒN TẠI, VƯỚNG MẮC', 'Thường trực Huyện ủy', '200.000.000']) {
      expect(text).toContain(s);
    }
    expect((await get('pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await get('xlsx') as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.getWorksheet('Báo cáo quỹ')!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toEqual(expect.arrayContaining(['Số: 05/BC-VPĐP', 'Tân Nam', 200_000_000, 37_000_000]));
  });
});
