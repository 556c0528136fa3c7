// The fund's documents: the statement as PDF and XLSX in the official format, a contributor's
// receipt, and the contribution list import (all rows or none, bad rows by number).
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../test/helpers/fund.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { placeDateLine } from '../../lib/documents/index.js';

let t: TestApp;
let w: World;
let fundId: number;
const url = (p = '') => `/api/v1/funds/${fundId}${p}`;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
});

async function raw(path: string, user: string) {
  const c = await t.as(user);
  return t.app.request(path, { headers: { cookie: c.cookie! } });
}

async function xlsxOf(rows: Array<Array<string | number | Date | null>>) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH ĐÓNG GÓP XÂY DỰNG NÔNG THÔN MỚI NĂM 2021']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Cơ quan, đơn vị', 'Số tiền (đồng)', 'Ngày nộp', 'Số biên lai', 'Người thu', 'Đồng ý công khai tên']);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function upload(data: Uint8Array, name = 'dong-gop.xlsx') {
  const form = new FormData();
  form.set('file', new File([data as Uint8Array<ArrayBuffer>], name));
  return form;
}

describe('official date line', () => {
  it('pads days below 10 and months 1 and 2', () => {
    expect(placeDateLine('Quang Bình', '2021-09-09')).toBe('Quang Bình, ngày 09 tháng 9 năm 2021');
    expect(placeDateLine('Quang Bình', '2022-01-15')).toBe('Quang Bình, ngày 15 tháng 01 năm 2022');
    expect(placeDateLine('Quang Bình', '2021-12-25')).toBe('Quang Bình, ngày 25 tháng 12 năm 2021');
  });
});

describe('statement documents', () => {
  beforeEach(async () => {
    const c = await t.as('coordinator');
    await c.post(url('/contributions'), contributionBody(w, { amount: 120_000_000 }));
    await c.post(url('/contributions'), contributionBody(w, { amount: 80_000_000, agencyId: w.agencies.leadB.id, contributorKind: 'agency', contributorName: null }));
    await c.post(url('/allocations'), allocationBody(w, { amount: 100_000_000 }));
    await c.post(url('/allocations'), allocationBody(w, { amount: 100_000_000, unitId: w.units.yenThanh.id }));
    await c.post(url('/expenditures'), expenditureBody(w, { item: 'Máy trộn bê tông 250 lít', category: 'equipment', quantity: 2, unitPrice: 18_500_000, unit: 'chiếc',
      equipment: { kind: 'mixer', drumLitres: 250 } }));
  });

  it('JSON matches to the đồng', async () => {
    const st = (await (await t.as('leader')).get(url('/statement'))).body;
    expect(st.totals).toEqual({ received: 200_000_000, allocated: 200_000_000, unallocated: 0, spent: 37_000_000, pending: 0 });
    expect(st.communes.map((c: { commune: { name: string }; balance: number }) => [c.commune.name, c.balance])).toEqual([['Tân Nam', 63_000_000], ['Yên Thành', 100_000_000]]);
    expect(st.agencies.map((a: { amount: number }) => a.amount).reduce((s: number, a: number) => s + a, 0)).toBe(200_000_000);
  });

  it('PDF is an A4 document; XLSX carries the official header and the same totals', async () => {
    const pdf = await raw(url('/statement.pdf?number=12/BC-VPĐP&date=2021-10-04'), 'leader');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);

    const res = await raw(url('/statement.xlsx?number=12/BC-VPĐP&date=2021-10-04&header=party'), 'coordinator');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Báo cáo quỹ')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toEqual(expect.arrayContaining(['HUYỆN ỦY QUANG BÌNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 12/BC-VPĐP',
      'Quang Bình, ngày 04 tháng 10 năm 2021', 'BÁO CÁO', 'Tân Nam', 'Nơi nhận:']));
    const money = ws.getColumn(3).values.filter((v) => typeof v === 'number');
    expect(money).toContain(200_000_000);
    expect(wb.getWorksheet('Sổ quỹ')!.rowCount).toBe(6);
  });

  it('a receipt for the office only', async () => {
    const entry = (await (await t.as('coordinator')).get(url('/entries?kind=contribution'))).body.items[0];
    expect((await raw(url(`/entries/${entry.id}/receipt.pdf`), 'commune.tannam')).status).toBe(403);
    const pdf = await raw(url(`/entries/${entry.id}/receipt.pdf`), 'coordinator');
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('POST /funds/{id}/contributions/import', () => {
  it('is for the office only', async () => {
    const res = await (await t.as('commune.tannam')).post(url('/contributions/import'), upload(await xlsxOf([])));
    expect(res.status).toBe(403);
  });

  it('reports every bad row by number and imports nothing', async () => {
    const data = await xlsxOf([
      [1, 'Lý Văn Mười', 'Văn phòng Huyện ủy', 500_000, '15/09/2021', 'BL-01', 'Hoàng Thị Điều', 'x'],
      [2, 'Nông Thị Hoa', 'Cơ quan không có', 500_000, '15/09/2021', 'BL-02', null, null],
      [3, 'Vàng Văn Cơ', 'KT-HT', '1.000.000,5', '31/02/2021', 'BL-01', null, null],
      [null, 'Tổng cộng', null, 2_000_000, null, null, null, null],
    ]);
    const res = await (await t.as('coordinator')).post(url('/contributions/import'), upload(data));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['row 5: agency', 'row 6: amount', 'row 6: date', 'row 6: receiptNo']);
    expect(await t.db.selectFrom('fund_entries').selectAll().execute()).toHaveLength(0);
  });

  it('previews, then imports all rows', async () => {
    const data = await xlsxOf([
      [1, 'Lý Văn Mười', 'Văn phòng Huyện ủy', 500_000, '15/09/2021', 'BL-01', 'Hoàng Thị Điều', 'x'],
      [2, null, 'kt-ht', '1.500.000', new Date(Date.UTC(2021, 8, 16)), 'BL-02', null, null],
    ]);
    const c = await t.as('coordinator');
    const preview = await c.post(url('/contributions/import/preview'), upload(data));
    expect(preview.body).toMatchObject({ total: 2_000_000, errors: [] });
    expect(await t.db.selectFrom('fund_entries').selectAll().execute()).toHaveLength(0);
    const res = await c.post(url('/contributions/import'), upload(data));
    expect(res.status).toBe(200);
    const items = (await c.get(url('/entries'))).body.items;
    expect(items.map((e: { contribution: unknown }) => e.contribution)).toEqual([
      expect.objectContaining({ contributorKind: 'agency', receiptNo: 'BL-02', agency: { id: w.agencies.leadB.id, name: 'Phòng Kinh tế - Hạ tầng' } }),
      expect.objectContaining({ contributorKind: 'official', contributorName: 'Lý Văn Mười', publicNameConsent: true, collectedBy: 'Hoàng Thị Điều' }),
    ]);
    expect(items[0].date).toBe('2021-09-16');
    const again = await c.post(url('/contributions/import'), upload(data));
    expect(again.body.error.fields[0].field).toBe('row 4: receiptNo');
  });
});
