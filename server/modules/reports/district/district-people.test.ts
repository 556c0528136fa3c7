// The people's contributions in the district report (issue 18), on both databases: per commune and
// village as the people module sums them (domain/mobilisation.ts), dated up to the period's end and
// not cancelled; the same figures read back from the PDF (pdftotext), the DOCX and the XLSX; a donor
// who did not agree is never named, one who did is.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/helpers/documents.js';
import { makeUnit, makeWorld, type World } from '../../../../test/helpers/factories.js';
import { makeFund } from '../../../../test/helpers/fund.js';
import { makeRoad } from '../../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { setBusinessDate } from '../../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
const MONTH = 'kind=month&start=2021-09';

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await makeFund(t.db, w);
  await setBusinessDate(t.db, '2021-10-20');
  const napong = await makeUnit(t.db, { name: 'Thôn Nà Pồng', level: 'village', parentId: w.units.tanNam.id });
  const { road } = await makeRoad(t.db, w.units.tanNam.id);
  const tn = await t.as('commune.tannam');
  const base = { communeId: w.units.tanNam.id, villageId: w.units.villageTN.id, donorKind: 'household', publicNameConsent: false, contributedOn: '2021-09-15' };
  const post = async (body: Record<string, unknown>) => {
    const res = await tn.post('/api/v1/people-contributions', { ...base, ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  await post({ kind: 'cash', donorName: 'Hộ ông Hoàng Văn Sáng', publicNameConsent: true, amount: 3_000_000, receiptNo: 'ND-01' });
  await post({ kind: 'cash', donorName: 'Hợp tác xã chè Nà Pồng', donorKind: 'enterprise', villageId: napong.id, amount: 5_000_000, receiptNo: 'ND-02' });
  await post({ kind: 'labour', donorName: 'Nhân dân thôn Nà Pồng', donorKind: 'village', villageId: napong.id, labourDays: 12.5 });
  await post({ kind: 'land', donorName: 'Hộ bà Lý Thị Mai', roadId: road.id, areaM2: 48.5, lengthM: 40 });
  // Not in September's report: dated in October, and a gift cancelled.
  await post({ kind: 'cash', donorName: 'Hộ ông Lục Văn Tài', amount: 700_000, receiptNo: 'ND-03', contributedOn: '2021-10-02' });
  const wrong = await post({ kind: 'cash', donorName: 'Hộ ông Ghi Nhầm', amount: 9_000_000, receiptNo: 'ND-04' });
  expect((await tn.post(`/api/v1/people-contributions/${wrong.id}/reverse`, { reason: 'Ghi nhầm' })).status).toBe(200);
  const yt = await t.as('commune.yenthanh');
  expect((await yt.post('/api/v1/people-contributions', { ...base, communeId: w.units.yenThanh.id, villageId: null, kind: 'cash', donorName: 'Hộ bà Đặng Thị Hoa',
    amount: 1_000_000, receiptNo: 'YT-01' })).status).toBe(201);
}, 120_000);

async function download(format: string) {
  const c = await t.as('leader');
  return t.app.request(`/api/v1/campaigns/${w.campaign.id}/district-report/export?${MONTH}&format=${format}`, { headers: { cookie: c.cookie! } });
}

describe("the district report's people's contributions", () => {
  it('sums per commune and village up to the end of the period, without the cancelled gift; names only consenting donors', async () => {
    const r = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?${MONTH}`)).body;
    expect(r.people.to).toBe('2021-09-30');
    expect(r.people.totals).toMatchObject({ count: 5, cash: 9_000_000, inKindCount: 0, labourDays: 12.5, landM2: 48.5, landCount: 1 });
    const [tanNam, yenThanh] = r.people.communes;
    expect(tanNam).toMatchObject({ commune: { name: 'Tân Nam' }, totals: { count: 4, cash: 8_000_000, labourDays: 12.5, landM2: 48.5 } });
    expect(tanNam.villages.map((v: { name: string; totals: { cash: number; labourDays: number } }) => [v.name, v.totals.cash, v.totals.labourDays]))
      .toEqual([['Thôn Nà Pồng', 5_000_000, 12.5], ['Thôn Nặm Khẳm', 3_000_000, 0]]);
    expect(yenThanh).toMatchObject({ commune: { name: 'Yên Thành' }, totals: { cash: 1_000_000 }, villages: [{ name: null, totals: { cash: 1_000_000 } }] });
    expect(r.people.donors).toEqual([{ name: 'Hộ ông Hoàng Văn Sáng', commune: 'Tân Nam', village: 'Thôn Nặm Khẳm', kind: 'cash' }]);
    // October's report counts the October gift too.
    const oct = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=month&start=2021-10`)).body;
    expect(oct.people.totals.cash).toBe(9_700_000);
  });

  it('PDF, DOCX and XLSX carry table 5 with the same figures and no unconsented name', async () => {
    const caption = '5. Huy động nguồn lực trong nhân dân (lũy kế đến hết ngày 30/09/2021)';
    const pdf = await pdfText(await download('pdf'));
    expect(pdf).toContain(caption);
    // pdftotext reads the first row's header cells between its name and its figures.
    expect(pdf).toContain('1 Xã Tân Nam');
    expect(pdf).toContain('8.000.000 0 12,5 48,5 – Thôn Nà Pồng');
    expect(pdf).toContain('– Thôn Nà Pồng 5.000.000 0 12,5 0');
    expect(pdf).toContain('Tổng cộng 9.000.000 0 12,5 48,5');
    expect(pdf).toContain('Hộ gia đình, tập thể đồng ý công khai tên: Hộ ông Hoàng Văn Sáng (tiền; Thôn Nặm Khẳm, xã Tân Nam).');

    const xml = await (await JSZip.loadAsync(Buffer.from(await (await download('docx')).arrayBuffer()))).file('word/document.xml')!.async('string');
    const docx = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(docx).toContain(caption);
    expect(docx).toContain('2 Xã Yên Thành 1.000.000 0 0 0');
    expect(docx).toContain('– Chưa ghi thôn, bản 1.000.000');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download('xlsx')).arrayBuffer());
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([1, 'Xã Tân Nam', 8_000_000, 0, 12.5, 48.5]);
    expect(rows.find((x) => x[1] === 'Tổng cộng' && x[2] === 9_000_000)?.slice(2)).toEqual([9_000_000, 0, 12.5, 48.5]);

    for (const text of [pdf, docx, JSON.stringify(rows)]) {
      for (const hidden of ['Hợp tác xã chè', 'Lý Thị Mai', 'Đặng Thị Hoa', 'Ghi Nhầm']) expect(text).not.toContain(hidden);
    }
  });
});
