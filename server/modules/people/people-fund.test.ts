// A people's cash gift in the fund's double-entry ledger (issue 18), on both databases: recording it
// posts a contribution from the people in the same transaction (its receipt, its commune, balanced
// postings, audited); the statement, the fund report's figures and the public summary show it on a
// "from the people" line; cancelling it posts a reversal entry (nothing is deleted); the fund itself
// cannot reverse it alone; refused input writes nothing, not even an audit row.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { ledgerViolations, summarise } from '../../../domain/ledger.js';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { allocationBody, contributionBody, makeFund } from '../../../test/helpers/fund.js';
import { pdfText } from '../../../test/helpers/documents.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
let fundId: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
  await setToday(t.db, '2021-10-20');
});

const gift = (over: Record<string, unknown> = {}) => ({
  communeId: w.units.tanNam.id, villageId: w.units.villageTN.id, kind: 'cash', donorKind: 'household', donorName: 'Hộ ông Hoàng Văn Sáng',
  publicNameConsent: false, contributedOn: '2021-09-15', amount: 3_000_000, receiptNo: 'ND-01', ...over,
});

async function ledger() {
  const rows = await t.db.selectFrom('fund_postings').select(['account', 'unit_id', 'category', 'amount']).where('fund_id', '=', fundId).execute();
  return summarise(rows.map((r) => ({ account: r.account, unitId: r.unit_id, category: r.category, amount: Number(r.amount) })));
}

describe("a people's cash gift in the fund ledger", () => {
  it('posts a balanced contribution from the people with its receipt, audited, shown on the statement and the public summary', async () => {
    const office = await t.as('coordinator');
    expect((await office.post(`/api/v1/funds/${fundId}/contributions`, contributionBody(w, { amount: 10_000_000, receiptNo: 'ND-01' }))).status).toBe(201);
    const c = await t.as('commune.tannam');
    // The commune's receipt book is its own: the fund's ND-01 does not block it.
    const res = await c.post('/api/v1/people-contributions', gift());
    expect(res.status, JSON.stringify(res.body)).toBe(201);

    const entry = await t.db.selectFrom('fund_entries').selectAll().where('people_contribution_id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ fund_id: fundId, kind: 'contribution', amount: 3_000_000, entry_date: '2021-09-15', contributor_kind: 'people',
      contributor_name: 'Hộ ông Hoàng Văn Sáng', unit_id: w.units.tanNam.id, agency_id: null, receipt_no: 'ND-01' });
    const s = await ledger();
    expect(ledgerViolations(s)).toEqual([]);
    expect(s).toMatchObject({ received: 13_000_000, unallocated: 13_000_000, total: 0 });
    expect((await auditRows(t.db, 'fund_entry', entry.id)).map((a) => a.action)).toEqual(['contribute']);

    const st = (await office.get(`/api/v1/funds/${fundId}/statement`)).body;
    expect(st.totals.received).toBe(13_000_000);
    expect(st.agencies.reduce((sum: number, a: { amount: number }) => sum + a.amount, 0)).toBe(10_000_000);
    expect(st.people).toEqual({ amount: 3_000_000, contributions: 1, communes: [{ commune: { id: w.units.tanNam.id, name: w.units.tanNam.name }, amount: 3_000_000, contributions: 1 }] });
    const listed = (await office.get(`/api/v1/funds/${fundId}/entries?kind=contribution`)).body.items.find((e: { id: number }) => e.id === entry.id);
    expect(listed.contribution).toMatchObject({ contributorKind: 'people', agency: null, commune: { id: w.units.tanNam.id }, receiptNo: 'ND-01', peopleContributionId: res.body.id });
    expect(listed.actions).not.toContain('reverse');

    const pub = (await t.client().get(`/api/v1/public/funds/${fundId}`)).body;
    expect(pub.totals.received).toBe(13_000_000);
    expect(pub.people.amount).toBe(3_000_000);
    expect(JSON.stringify(pub)).not.toContain('Hoàng Văn Sáng'); // no consent
    const report = (await office.post(`/api/v1/funds/${fundId}/reports`, { periodFrom: '2021-09-01', periodTo: '2021-09-30' })).body;
    expect(report.figures.people).toMatchObject({ amount: 3_000_000, inPeriod: 3_000_000, communes: [{ commune: { name: w.units.tanNam.name }, inPeriod: 3_000_000 }] });
  });

  it('cancelling the gift reverses its fund entry by a reversal entry; the fund cannot reverse it alone', async () => {
    const c = await t.as('commune.tannam');
    const office = await t.as('coordinator');
    const res = await c.post('/api/v1/people-contributions', gift());
    const entry = await t.db.selectFrom('fund_entries').select('id').where('people_contribution_id', '=', res.body.id).executeTakeFirstOrThrow();
    await expectNothingWritten(t.db, async () => {
      expectError(await office.post(`/api/v1/funds/${fundId}/entries/${entry.id}/reverse`, { reason: 'Ghi nhầm' }), 409, 'NOT_REVERSIBLE', 'id');
    });
    const rev = await c.post(`/api/v1/people-contributions/${res.body.id}/reverse`, { reason: 'Ghi nhầm số tiền' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(200);
    const rows = await t.db.selectFrom('fund_entries').selectAll().where('fund_id', '=', fundId).orderBy('id').execute();
    expect(rows.map((r) => [r.kind, r.amount])).toEqual([['contribution', 3_000_000], ['reversal', 3_000_000]]);
    expect(rows[1]).toMatchObject({ reverses_id: entry.id, entry_date: '2021-10-20', reason: 'Hủy đóng góp của nhân dân: Ghi nhầm số tiền', unit_id: w.units.tanNam.id });
    expect(await ledger()).toMatchObject({ received: 0, unallocated: 0, total: 0 });
    expect((await auditRows(t.db, 'fund_entry', rows[1].id)).map((a) => a.action)).toEqual(['reverse']);
    const st = (await office.get(`/api/v1/funds/${fundId}/statement`)).body;
    expect(st.people).toEqual({ amount: 0, contributions: 0, communes: [] });
    // As at a day before the cancellation, the gift still counts.
    expect((await office.get(`/api/v1/funds/${fundId}/statement?to=2021-10-19`)).body.people.amount).toBe(3_000_000);
    // The ledger keeps both rows: the database refuses to change or remove them.
    await expect(sql`delete from fund_entries where id = ${entry.id}`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('refuses to cancel a gift whose money is already allocated, and refuses cash on a day without a campaign fund: nothing written', async () => {
    const c = await t.as('commune.tannam');
    const office = await t.as('coordinator');
    const res = await c.post('/api/v1/people-contributions', gift());
    expect((await office.post(`/api/v1/funds/${fundId}/allocations`, allocationBody(w, { amount: 2_000_000 }))).status).toBe(201);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/people-contributions/${res.body.id}/reverse`, { reason: 'Ghi nhầm' }), 409, 'OVER_ALLOCATION', 'id');
      const outside = await c.post('/api/v1/people-contributions', gift({ receiptNo: 'ND-02', contributedOn: '2022-03-01' }));
      expectError(outside, 400, 'VALIDATION', 'contributedOn');
      expect(outside.body.error.fields[0].en).toContain('no campaign with a fund');
      expectError(await c.post('/api/v1/people-contributions', gift()), 409, 'DUPLICATE_RECEIPT', 'receiptNo');
      expectError(await c.post('/api/v1/people-contributions', gift({ receiptNo: 'ND-03', amount: 0 })), 400, 'VALIDATION', 'amount');
    });
    expect(await ledger()).toMatchObject({ received: 3_000_000, allocated: 2_000_000, total: 0 });
    // Yên Thành's gift goes to the same campaign's fund under its own commune.
    const yt = await (await t.as('commune.yenthanh')).post('/api/v1/people-contributions', gift({ communeId: w.units.yenThanh.id, villageId: null, amount: 1_500_000 }));
    expect(yt.status).toBe(201);
    expect((await office.get(`/api/v1/funds/${fundId}/statement`)).body.people.communes.map((p: { commune: { name: string }; amount: number }) => [p.commune.name, p.amount]).sort())
      .toEqual([[w.units.tanNam.name, 3_000_000], [w.units.yenThanh.name, 1_500_000]].sort());
  });

  it("the statement (PDF, XLSX) and the fund report (DOCX, PDF, XLSX) name the people's gifts on their own line", async () => {
    const office = await t.as('coordinator');
    await office.post(`/api/v1/funds/${fundId}/contributions`, contributionBody(w, { amount: 10_000_000 }));
    expect((await (await t.as('commune.tannam')).post('/api/v1/people-contributions', gift())).status).toBe(201);
    const get = async (path: string) => {
      const res = await t.app.request(path, { headers: { cookie: office.cookie! } });
      expect(res.status).toBe(200);
      return res;
    };
    const line = 'Nhân dân xã Tân Nam (ủng hộ tiền mặt)';
    const statementPdf = await pdfText(await get(`/api/v1/funds/${fundId}/statement.pdf`));
    expect(statementPdf).toContain(line);
    expect(statementPdf).toContain('III. Đóng góp theo cơ quan, đơn vị và của nhân dân');
    expect(statementPdf).toContain(`1 Văn phòng Huyện ủy 1 10.000.000 2 ${line} 1 3.000.000 2 13.000.000`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await get(`/api/v1/funds/${fundId}/statement.xlsx`)).arrayBuffer());
    const rows: unknown[][] = [];
    wb.getWorksheet('Báo cáo quỹ')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([2, line, 1, 3_000_000]);
    expect(rows.find((r) => r[1] === 'Tổng cộng' && r[3] === 13_000_000)?.[2]).toBe(2);

    const report = (await office.post(`/api/v1/funds/${fundId}/reports`, { periodFrom: '2021-09-01', periodTo: '2021-09-30' })).body;
    const docx = await (await get(`/api/v1/fund-reports/${report.id}/export?format=docx`)).arrayBuffer();
    const text = (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('2. Tiếp nhận theo cơ quan, đơn vị và từ nhân dân');
    expect(text).toContain(`${line} 1 3.000.000 3.000.000`);
    expect(await pdfText(await get(`/api/v1/fund-reports/${report.id}/export?format=pdf`))).toContain(line);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await get(`/api/v1/fund-reports/${report.id}/export?format=xlsx`)).arrayBuffer());
    const cells: unknown[] = [];
    book.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toEqual(expect.arrayContaining([line, 3_000_000, 13_000_000]));
  });
});
