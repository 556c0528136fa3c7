// Importing roads and segments from .xlsx: headers found by their words, all rows or none, bad rows
// reported with sheet, row and reason, and a commune user kept to its own commune.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

type Row = Array<string | number | null>;
async function workbook(roads: Row[], segments: Row[] = []): Promise<FormData> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tuyến đường');
  ws.addRow(['DANH MỤC TUYẾN ĐƯỜNG BÊ TÔNG HÓA NĂM 2021']);
  ws.mergeCells('A1:J1');
  ws.addRow([]);
  ws.addRow(['STT', 'Tên tuyến', 'Xã', 'Thôn', 'Loại đường', 'Chiều dài (m)', 'Hiện trạng', 'Rộng (m)', 'Dày (cm)', 'Mác bê tông', 'Đá']);
  roads.forEach((r, i) => ws.addRow([i + 1, ...r]));
  if (segments.length) {
    const s = wb.addWorksheet('Đoạn');
    s.addRow(['Tên tuyến', 'Từ (lý trình)', 'Đến (lý trình)', 'Trạng thái', 'Ngày nghiệm thu']);
    segments.forEach((r) => s.addRow(r));
  }
  const form = new FormData();
  form.append('file', new File([new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer)], 'tuyen-duong-tan-nam.xlsx'));
  return form;
}

const GOOD: Row[] = [
  ['Đường trục thôn Nậm Hốc', 'Tân Nam', 'Nặm Khẳm', 'Đường trục thôn', '850', 'Đất', '3', '18', 'M250', '1x2'],
  ['Đường trục xã Tân Nam', 'Tân Nam', '', 'Đường xã', '3.200', 'Đã cứng hóa', '3,5', '20', 'M250', '2x4'],
];
const SEGMENTS: Row[] = [
  ['Đường trục thôn Nậm Hốc', 'Km0+000', 'Km0+150', 'Đã nghiệm thu', '16/10/2021'],
  ['Đường trục thôn Nậm Hốc', 'Km0+150', 'Km0+300', 'Kế hoạch', null],
];

describe('POST /roads/import', () => {
  it('previews, then imports roads and segments walked to their status, audited', async () => {
    const c = await t.as('coordinator');
    const preview = await c.post('/api/v1/roads/import/preview', await workbook(GOOD, SEGMENTS));
    expect(preview.status).toBe(200);
    expect(preview.body.errors).toEqual([]);
    expect(await t.db.selectFrom('roads').selectAll().execute()).toHaveLength(0);
    const res = await c.post('/api/v1/roads/import', await workbook(GOOD, SEGMENTS));
    expect(res.status).toBe(200);
    expect(res.body.roads.map((r: { row: number; name: string; action: string }) => [r.row, r.name, r.action]))
      .toEqual([[4, 'Đường trục thôn Nậm Hốc', 'create'], [5, 'Đường trục xã Tân Nam', 'create']]);
    expect(res.body.segments.map((s: { chainage: string; status: string }) => [s.chainage, s.status]))
      .toEqual([['Km0+000 – Km0+150', 'accepted'], ['Km0+150 – Km0+300', 'planned']]);
    const roads = (await c.get(`/api/v1/roads?communeId=${w.units.tanNam.id}`)).body.items;
    expect(roads.map((r: any) => [r.roadClass, r.lengthM, r.surfaceBefore, r.widthM, r.thicknessM, r.mix.stone, r.villages.map((v: any) => v.name)]))
      .toEqual([['village', 850, 'earth', 3, 0.18, '1x2', ['Thôn Nặm Khẳm']], ['commune', 3200, 'hardened', 3.5, 0.2, '2x4', []]]);
    const accepted = await t.db.selectFrom('segments').select(['status', 'accepted_on']).where('status', '=', 'accepted').executeTakeFirstOrThrow();
    expect(accepted.accepted_on).toBe('2021-10-16');
    const [audit] = await auditRows(t.db, 'road').then((rows) => rows.filter((a) => a.action === 'import'));
    expect(audit.summary).toBe('tuyen-duong-tan-nam.xlsx');
    // Importing again updates the roads and refuses the same segments (they would overlap).
    const again = await c.post('/api/v1/roads/import/preview', await workbook(GOOD));
    expect(again.body.roads.map((r: { action: string }) => r.action)).toEqual(['update', 'update']);
  });

  it('imports nothing when a row is bad, and names sheet, row and field', async () => {
    const c = await t.as('coordinator');
    const bad: Row[] = [GOOD[0], ['Đường ngõ', 'Tân Nam', '', 'Đường cao tốc', 'abc', 'Đất', '3', '18', 'M999', '1x2'], ['Đường nội đồng', 'Xã Không Có', '', 'Nội đồng', '500', 'Đất', '2,5', '15', 'M200', '1x2']];
    const segs: Row[] = [['Đường trục thôn Nậm Hốc', 'Km0+800', 'Km0+900', '', null], ['Đường trục thôn Nậm Hốc', 'Km0+1500', 'Km0+100', '', null]];
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/roads/import', await workbook(bad, segs));
      expectError(res, 400, 'IMPORT_INVALID');
      expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual([
        'Tuyến đường row 5: roadClass', 'Tuyến đường row 5: lengthM', 'Tuyến đường row 5: grade', 'Đoạn row 3: fromM',
        'Tuyến đường row 6: commune', 'Đoạn row 2: toM']);
      expect(res.body.error.fields[5].vi).toContain('850');
    });
    const notXlsx = new FormData();
    notXlsx.append('file', new File(['a,b'], 'roads.xlsx'));
    expectError(await c.post('/api/v1/roads/import', notXlsx), 400, 'VALIDATION', 'file');
  });

  it('keeps a commune user to its own commune', async () => {
    const c = await t.as('commune.yenthanh');
    const media = await t.as('media');
    await expectNothingWritten(t.db, async () => {
      expectError(await media.post('/api/v1/roads/import', await workbook(GOOD)), 403, 'FORBIDDEN');
      const res = await c.post('/api/v1/roads/import', await workbook(GOOD));
      expectError(res, 400, 'IMPORT_INVALID');
      expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['Tuyến đường row 4: (row)', 'Tuyến đường row 5: (row)']);
    });
    const own: Row[] = [['Đường ngõ xóm Yên Sơn', '', 'Thôn Yên Sơn', 'Ngõ xóm', '400', 'Cấp phối', '2.5', '0.15', 'M200', '1x2']];
    const res = await c.post('/api/v1/roads/import', await workbook(own));
    expect(res.body.roads).toMatchObject([{ name: 'Đường ngõ xóm Yên Sơn', commune: 'Yên Thành', action: 'create' }]);
  });
});
