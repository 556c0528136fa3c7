// The agency list import (.xlsx) over HTTP, on PGlite and PostgreSQL: the office's 2021 sheet
// previews and imports into the right agencies, groups and leads; a preview writes nothing; a
// second import changes nothing; a bad workbook is refused whole, every bad row named.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten, rowCounts } from './helpers/assertions.js';
import { makeCampaign, makeWorld, type World } from './helpers/factories.js';
import { xlsxOf } from './helpers/sample-files.js';
import { setupApp, type TestApp } from './helpers/test-app.js';

const FIXTURE = new Uint8Array(fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/danh-sach-nhom-co-quan-2021.xlsx')));

// What the sheet says, read by eye: group → [agency, staff] with the lead (marked "x") first.
const SHEET: Record<string, Array<[string, number]>> = {
  'Nhóm 1': [['Văn phòng Huyện ủy', 18], ['Ban Tổ chức Huyện ủy', 9], ['Ban Tuyên giáo Huyện ủy', 8], ['Ủy ban Kiểm tra Huyện ủy', 7]],
  'Nhóm 2': [['Ban chỉ huy Quân sự huyện', 32], ['Công an huyện', 45]],
  'Nhóm 3': [['Văn phòng HĐND và UBND huyện', 24], ['Phòng Nội vụ', 8], ['Phòng Tư pháp', 5], ['Thanh tra huyện', 6]],
  'Nhóm 4': [['Phòng Kinh tế - Hạ tầng', 11], ['Phòng Nông nghiệp và PTNT', 10], ['Phòng Tài nguyên và Môi trường', 9], ['Ban Quản lý dự án đầu tư xây dựng', 14]],
  'Nhóm 5': [['Phòng Giáo dục và Đào tạo', 15], ['Phòng Văn hóa và Thông tin', 7], ['Trung tâm Văn hóa - Thông tin và Du lịch', 19], ['Phòng Y tế', 5]],
  'Nhóm 6': [['Ủy ban MTTQ Việt Nam huyện', 12], ['Huyện đoàn', 6], ['Hội Liên hiệp Phụ nữ huyện', 7], ['Hội Nông dân huyện', 6], ['Hội Cựu chiến binh huyện', 5], ['Liên đoàn Lao động huyện', 5]],
  'Nhóm 7': [['Phòng Tài chính - Kế hoạch', 10], ['Phòng Lao động - Thương binh và Xã hội', 9], ['Phòng Dân tộc', 6], ['Trung tâm Viễn thông', 22], ['Chi cục Thuế khu vực', 16]],
};
const SHEET_AGENCIES = Object.values(SHEET).flat();
// makeWorld already has these four, with the same staff counts as the sheet.
const IN_WORLD = ['Văn phòng Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Phòng Kinh tế - Hạ tầng', 'Trung tâm Văn hóa - Thông tin và Du lịch'];

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

function upload(data: Uint8Array, campaignId: number | null = w.campaign.id, filename = 'danh-sach-nhom-co-quan-2021.xlsx') {
  const f = new FormData();
  f.append('file', new File([new Uint8Array(data)], filename));
  if (campaignId !== null) f.append('campaignId', String(campaignId));
  return f;
}

describe('who may import', () => {
  it('401 signed out, 403 without the permission, and nothing written', async () => {
    const clients = await Promise.all(['leader', 'group_lead', 'commune.tannam'].map((u) => t.as(u)));
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/agencies/import', upload(FIXTURE)), 401, 'UNAUTHENTICATED');
      for (const c of clients) {
        expectError(await c.post('/api/v1/agencies/import/preview', upload(FIXTURE)), 403, 'FORBIDDEN');
        expectError(await c.post('/api/v1/agencies/import', upload(FIXTURE)), 403, 'FORBIDDEN');
      }
    });
  });
});

describe('the 2021 sheet', () => {
  it('previews every agency and group with its lead and staff, and writes nothing', async () => {
    const c = await t.as('coordinator');
    const res = await expectNothingWritten(t.db, () => c.post('/api/v1/agencies/import/preview', upload(FIXTURE)));
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    // 29 agencies in 7 groups: 4 + 2 + 4 + 4 + 4 + 6 + 5.
    expect(res.body.agencies).toHaveLength(29);
    expect(res.body.agencies.map((a: { name: string; staffCount: number }) => [a.name, a.staffCount])).toEqual(SHEET_AGENCIES);
    expect(res.body.agencies.reduce((s: number, a: { staffCount: number }) => s + a.staffCount, 0)).toBe(356);
    expect(res.body.groups.map((g: { name: string; lead: string; members: number }) => [g.name, g.lead, g.members]))
      .toEqual(Object.entries(SHEET).map(([name, list]) => [name, list[0][0], list.length]));
    const leads = res.body.agencies.filter((a: { isLead: boolean }) => a.isLead).map((a: { name: string; group: string }) => [a.group, a.name]);
    expect(leads).toEqual(Object.entries(SHEET).map(([name, list]) => [name, list[0][0]]));
    // Row numbers are the spreadsheet's own: the first agency sits on row 9 under the title rows.
    expect(res.body.agencies[0].row).toBe(9);
    const action = (name: string) => res.body.agencies.find((a: { name: string }) => a.name === name).action;
    for (const name of IN_WORLD) expect(action(name)).toBe('unchanged');
    expect(res.body.agencies.filter((a: { action: string }) => a.action === 'create')).toHaveLength(25);
    expect(res.body.groups.map((g: { action: string }) => g.action)).toEqual(['update', 'update', 'create', 'create', 'create', 'create', 'create']);
  });

  it('imports everything in one go with an import audit entry; a second import changes nothing', async () => {
    const c = await t.as('coordinator');
    const res = await c.post('/api/v1/agencies/import', upload(FIXTURE));
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    const groups = (await c.get(`/api/v1/groups?campaignId=${w.campaign.id}`)).body.items;
    expect(groups.map((g: { name: string; leadAgency: { name: string }; members: unknown[]; staffTotal: number }) => [g.name, g.leadAgency.name, g.members.length, g.staffTotal]))
      .toEqual(Object.entries(SHEET).map(([name, list]) => [name, list[0][0], list.length, list.reduce((s, [, n]) => s + n, 0)]));
    const agencies = await t.db.selectFrom('agencies').select(['name', 'staff_count']).execute();
    expect(agencies).toHaveLength(29 + 1); // the sheet's, and the coordinating office of the world
    for (const [name, staff] of SHEET_AGENCIES) expect(agencies).toContainEqual({ name, staff_count: staff });
    const imports = (await auditRows(t.db, 'agency')).filter((a) => a.action === 'import');
    expect(imports).toMatchObject([{ user_id: w.users.coordinator.id, summary: 'danh-sach-nhom-co-quan-2021.xlsx', after: { campaignId: w.campaign.id, agencies: 29, groups: 7 } }]);

    const before = await rowCounts(t.db);
    const versions = await t.db.selectFrom('groups').select(['id', 'version']).orderBy('id').execute();
    const again = await c.post('/api/v1/agencies/import', upload(FIXTURE));
    expect(again.status).toBe(200);
    expect(new Set(again.body.agencies.map((a: { action: string }) => a.action))).toEqual(new Set(['unchanged']));
    expect(new Set(again.body.groups.map((g: { action: string }) => g.action))).toEqual(new Set(['unchanged']));
    // Only the record that the import ran was added.
    expect(await rowCounts(t.db)).toEqual({ ...before, audit_log: before.audit_log + 1 });
    expect(await t.db.selectFrom('groups').select(['id', 'version']).orderBy('id').execute()).toEqual(versions);
  });

  it('updates a changed staff count and moves an agency between groups of the file', async () => {
    const c = await t.as('coordinator');
    await c.post('/api/v1/agencies/import', upload(FIXTURE));
    const rows: Array<Array<string | number | null>> = [['STT', 'Tên cơ quan, đơn vị', 'Số CBCCVC', 'Trưởng nhóm'], ['I', 'NHÓM 1']];
    SHEET['Nhóm 1'].forEach(([name, staff], i) => rows.push([i + 1, name, name === 'Ban Tuyên giáo Huyện ủy' ? 10 : staff, i === 0 ? 'x' : null]));
    rows.push([5, 'Công an huyện', 45, null], ['II', 'NHÓM 2'], [1, 'Ban chỉ huy Quân sự huyện', 32, 'x']);
    const res = await c.post('/api/v1/agencies/import', upload(await xlsxOf(rows)));
    expect(res.status).toBe(200);
    expect(res.body.agencies.find((a: { name: string }) => a.name === 'Ban Tuyên giáo Huyện ủy')).toMatchObject({ staffCount: 10, action: 'update' });
    const groups = (await c.get(`/api/v1/groups?campaignId=${w.campaign.id}&q=cong%20an`)).body.items;
    expect(groups.map((g: { name: string; members: unknown[] }) => [g.name, g.members.length])).toEqual([['Nhóm 1', 5]]);
  });
});

describe('bad workbooks are refused whole', () => {
  // Title rows push the header down to row 6; three rows are wrong in three ways.
  const BAD: Array<Array<string | number | null>> = [
    [null, 'UBND HUYỆN QUANG BÌNH'],
    [null, 'DANH SÁCH NHÓM CƠ QUAN (bản thử)'],
    [], [], [],
    ['STT', 'Tên cơ quan, đơn vị', 'Số CBCCVC', 'Trưởng nhóm', 'Người đầu mối'], // row 6
    ['I', 'NHÓM 1'],
    [1, 'Phòng Tư pháp', 5, 'x', 'Hoàng Văn Pháp'],
    [2, 'Phòng Nội vụ', -3, null, null], // row 9: negative staff count
    ['II', 'NHÓM 2'], // row 10: no lead marked
    [1, 'Phòng Y tế', 5, null, null],
    [2, 'Phòng Dân tộc', 6, null, null],
    ['III', 'NHÓM 3'],
    [1, 'Thanh tra huyện', 6, 'x', null],
    [2, 'PHÒNG TƯ PHÁP', 5, null, null], // row 15: the same agency as row 8
    [null, 'Tổng cộng', 27],
  ];
  const rowsOf = (errors: Array<{ row: number; field: string }>) => errors.map((e) => [e.row, e.field]).sort((a, b) => Number(a[0]) - Number(b[0]));

  it('the preview lists every bad row with its number; the import refuses with all of them; nothing is written', async () => {
    const c = await t.as('coordinator');
    const data = await xlsxOf(BAD);
    await expectNothingWritten(t.db, async () => {
      const preview = await c.post('/api/v1/agencies/import/preview', upload(data));
      expect(preview.status).toBe(200);
      expect(rowsOf(preview.body.errors)).toEqual([[9, 'staffCount'], [10, 'lead'], [15, 'group']]);
      for (const e of preview.body.errors) { expect(e.vi).toBeTruthy(); expect(e.en).toBeTruthy(); expect(e.vi).not.toBe(e.en); }
      expect(preview.body.errors.find((e: { row: number }) => e.row === 15).vi).toContain('dòng 8');
      const res = await c.post('/api/v1/agencies/import', upload(data));
      expectError(res, 400, 'IMPORT_INVALID', 'row 9: staffCount');
      expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['row 10: lead', 'row 15: group', 'row 9: staffCount']);
    });
  });

  it('holds imported names to the API limit of 200 characters', async () => {
    const c = await t.as('coordinator');
    const data = await xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ['P'.repeat(201), 5], ['Phòng Tư pháp', 4]]);
    await expectNothingWritten(t.db, async () => {
      const preview = await c.post('/api/v1/agencies/import/preview', upload(data));
      expect(preview.status).toBe(200);
      expect(rowsOf(preview.body.errors)).toEqual([[2, 'name']]);
      expect(preview.body.errors[0].en).toMatch(/longer than 200/);
    });
  });

  it('refuses a file that is not a workbook (400 VALIDATION on file), and a workbook without the header', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const text = new TextEncoder().encode('STT;Tên cơ quan, đơn vị;Số CBCCVC\n1;Phòng Tư pháp;5\n');
      expectError(await c.post('/api/v1/agencies/import', upload(text, w.campaign.id, 'danh-sach.xlsx')), 400, 'VALIDATION', 'file');
      expectError(await c.post('/api/v1/agencies/import/preview', upload(text, w.campaign.id, 'danh-sach.xlsx')), 400, 'VALIDATION', 'file');
      const noHeader = await c.post('/api/v1/agencies/import', upload(await xlsxOf([['Tên', 'Số người'], ['Phòng Tư pháp', 5]])));
      expectError(noHeader, 400, 'IMPORT_INVALID', 'row 0: file');
      const noCampaign = await c.post('/api/v1/agencies/import', upload(FIXTURE, null));
      expectError(noCampaign, 400, 'IMPORT_INVALID', 'row 0: campaignId');
      expectError(await c.post('/api/v1/agencies/import', upload(FIXTURE, 999_999)), 400, 'VALIDATION', 'campaignId');
    });
  });

  it('rolls back agencies already written when a group fails late (an agency in a group not in the file)', async () => {
    const c = await t.as('coordinator');
    // Phòng Kinh tế - Hạ tầng leads "Nhóm 2" of the campaign, which this file does not mention.
    const data = await xlsxOf([
      ['STT', 'Tên cơ quan, đơn vị', 'Số CBCCVC', 'Trưởng nhóm'],
      ['I', 'NHÓM 9'],
      [1, 'Phòng Kinh tế - Hạ tầng', 11, 'x'],
      [2, 'Phòng Quản lý đô thị', 7, null],
    ]);
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/agencies/import', upload(data));
      expectError(res, 400, 'IMPORT_INVALID', 'row 2: leadAgencyId');
      expect(res.body.error.fields[0].vi).toContain('Nhóm 2');
    });
    expect(await t.db.selectFrom('agencies').select('id').where('name', '=', 'Phòng Quản lý đô thị').execute()).toEqual([]);
    // The same list into a campaign of its own goes in.
    const other = await makeCampaign(t.db, { districtId: w.units.district.id, name: 'Chiến dịch 2022', startDate: '2022-03-05', endDate: '2022-06-25' });
    expect((await c.post('/api/v1/agencies/import', upload(data, other.id))).status).toBe(200);
  });

  it('imports a list without groups and without a campaign, the header wherever it is', async () => {
    const c = await t.as('admin');
    const data = await xlsxOf([[null, 'Danh sách cơ quan'], [], [], [], [], [], [], [], ['TT', 'Tên cơ quan', 'Số cán bộ'], [1, 'Phòng Quản lý đô thị', 7], [2, 'Đội Quản lý thị trường', '12']]);
    const res = await c.post('/api/v1/agencies/import', upload(data, null, 'co-quan.xlsx'));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.agencies.map((a: { row: number; name: string; staffCount: number; action: string }) => [a.row, a.name, a.staffCount, a.action]))
      .toEqual([[10, 'Phòng Quản lý đô thị', 7, 'create'], [11, 'Đội Quản lý thị trường', 12, 'create']]);
    expect(res.body.groups).toEqual([]);
  });
});

describe('lists as offices keep them (groups as a column, thousands dots, total rows)', () => {
  type Line = { row: number; kind: string; name: string; staff: string; group: string | null; status: string; problems: Array<{ field: string; vi: string; en: string }> };
  const line = (body: { rows: Line[] }, row: number) => body.rows.find((l) => l.row === row)!;

  // The messy list of the issue: the group a column on every row, a "1.250" staff count, one
  // agency in two groups, a negative staff count, a total row.
  const MESSY: Array<Array<string | number | null>> = [
    [null, 'DANH SÁCH CƠ QUAN THAM GIA NGÀY THỨ 7 VÌ NÔNG THÔN MỚI'],
    [],
    ['STT', 'Tên cơ quan, đơn vị', 'Nhóm', 'Số CBCCVC', 'Trưởng nhóm'], // row 3
    [1, 'Văn phòng Huyện ủy', 'Nhóm 1', 18, 'x'],
    [2, 'Trường THPT Quang Bình', 'Nhóm 1', '1.250', null], // row 5: thousands dot
    [3, 'Phòng Tư pháp', 'Nhóm 1', 5, null],
    [4, 'Công an huyện', 'Nhóm 2', 45, 'x'],
    [5, 'Phòng Tư pháp', 'Nhóm 2', 5, null], // row 8: in two groups
    [6, 'Phòng Nội vụ', 'Nhóm 2', -3, 'có?'], // row 9: negative, and a lead mark that is not "x"
    [],
    [null, 'Tổng cộng', null, '1.320'], // row 11
  ];

  it('refuses the messy list, naming every problem on its row; the preview shows every row read with its status', async () => {
    const c = await t.as('coordinator');
    const data = await xlsxOf(MESSY);
    await expectNothingWritten(t.db, async () => {
      const preview = await c.post('/api/v1/agencies/import/preview', upload(data));
      expect(preview.status).toBe(200);
      const body = preview.body as { rows: Line[]; errors: Array<{ row: number; field: string; vi: string; en: string }>; agencies: Array<{ row: number; staffCount: number }> };
      expect(body.rows.map((l) => [l.row, l.kind, l.group, l.status])).toEqual([
        [4, 'agency', 'Nhóm 1', 'unchanged'], [5, 'agency', 'Nhóm 1', 'create'], [6, 'agency', 'Nhóm 1', 'create'],
        [7, 'agency', 'Nhóm 2', 'create'], [8, 'agency', 'Nhóm 2', 'error'], [9, 'agency', 'Nhóm 2', 'error'], [11, 'total', null, 'total'],
      ]);
      expect(line(body, 5)).toMatchObject({ name: 'Trường THPT Quang Bình', staff: '1.250' });
      expect(body.agencies.find((a) => a.row === 5)).toMatchObject({ staffCount: 1250 });
      expect(line(body, 11)).toMatchObject({ name: 'Tổng cộng', staff: '1.320', problems: [] });
      expect(body.errors.map((e) => [e.row, e.field])).toEqual([[8, 'group'], [9, 'staffCount'], [9, 'lead']]);
      expect(line(body, 8).problems).toEqual([{ field: 'group', vi: 'Cơ quan "Phòng Tư pháp" có trong hai nhóm: Nhóm 1 (dòng 6) và Nhóm 2',
        en: 'Agency "Phòng Tư pháp" is listed in two groups: Nhóm 1 (row 6) and Nhóm 2' }]);
      expect(line(body, 9).problems.map((p) => p.vi)).toEqual(['Số CBCCVC "-3" là số âm', 'Cột "Trưởng nhóm" chỉ ghi "x", gặp "có?"']);
      for (const e of body.errors) expect(e.vi).not.toBe(e.en);
      const res = await c.post('/api/v1/agencies/import', upload(data));
      expectError(res, 400, 'IMPORT_INVALID', 'row 8: group');
      expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['row 8: group', 'row 9: staffCount', 'row 9: lead']);
    });
  });

  it('names a group column that disagrees with the heading above, and a total that does not add up', async () => {
    const c = await t.as('coordinator');
    const data = await xlsxOf([
      ['STT', 'Tên cơ quan, đơn vị', 'Nhóm', 'Số CBCCVC', 'Trưởng nhóm'], // row 1
      ['I', 'NHÓM 1'],
      [1, 'Văn phòng Huyện ủy', 'Nhóm 1', 18, 'x'],
      [2, 'Công an huyện', '2', 45, null], // row 4: "2" is Nhóm 2, under the heading of Nhóm 1
    ]);
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/agencies/import/preview', upload(data));
      expect(res.body.errors).toEqual([{ row: 4, field: 'group', vi: 'Cột "Nhóm" ghi "Nhóm 2" nhưng dòng nằm dưới "Nhóm 1" (dòng 2)',
        en: 'The group column says "Nhóm 2" but the row is under "Nhóm 1" (row 2)' }]);
      expect(line(res.body, 2)).toMatchObject({ kind: 'group', group: 'Nhóm 1', status: 'group' });
    });

    // With every row read, a total that does not add up is itself the problem, on its row ("Cộng").
    const wrongTotal = await xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ['Phòng Tư pháp', 5], ['Phòng Nội vụ', '1.250'], ['Cộng', 1250]]);
    const res = await c.post('/api/v1/agencies/import/preview', upload(wrongTotal, null));
    expect(res.body.errors).toEqual([{ row: 4, field: 'staffCount', vi: 'Dòng tổng cộng ghi 1250 CBCCVC nhưng các dòng trên cộng lại được 1255',
      en: 'The total row says 1250 staff but the rows above add up to 1255' }]);
    expect(line(res.body, 4)).toMatchObject({ kind: 'total', status: 'error' });
  });

  it('imports a list whose group is a column on every row, merged down its rows, with "1.250" read as 1250', async () => {
    const c = await t.as('coordinator');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['UBND HUYỆN QUANG BÌNH']);
    ws.mergeCells('A1:E1');
    ws.addRow(['STT', 'Thuộc nhóm', 'Tên cơ quan, đơn vị', 'Số CBCCVC', 'Trưởng nhóm']); // row 2
    ws.addRow([1, 'Nhóm 8', 'Phòng Quản lý đô thị', 7, 'x']);
    ws.addRow([2, null, 'Trường THPT Quang Bình', '1.250', null]);
    ws.addRow([3, null, 'Đội Quản lý thị trường', '1 012', null]);
    ws.mergeCells('B3:B5'); // "Nhóm 8" written once, merged down its three agencies
    ws.addRow([4, 'nhóm 9', 'Chi cục Thống kê', 6, 'x']);
    ws.addRow([null, 'Tổng cộng', null, 2275, null]);
    ws.addRow([null, 'Người lập biểu', null, null, null]); // below the total: shown, not read
    const data = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);

    const preview = await c.post('/api/v1/agencies/import/preview', upload(data));
    expect(preview.body.errors).toEqual([]);
    expect(preview.body.rows.map((l: Line) => [l.row, l.kind, l.group, l.status])).toEqual([
      [3, 'agency', 'Nhóm 8', 'create'], [4, 'agency', 'Nhóm 8', 'create'], [5, 'agency', 'Nhóm 8', 'create'],
      [6, 'agency', 'Nhóm 9', 'create'], [7, 'total', null, 'total'], [8, 'after_total', null, 'after_total'],
    ]);
    const res = await c.post('/api/v1/agencies/import', upload(data));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.groups.map((g: { row: number; name: string; lead: string; members: number }) => [g.row, g.name, g.lead, g.members]))
      .toEqual([[3, 'Nhóm 8', 'Phòng Quản lý đô thị', 3], [6, 'Nhóm 9', 'Chi cục Thống kê', 1]]);
    const staff = await t.db.selectFrom('agencies').select(['name', 'staff_count']).where('name', 'in', ['Trường THPT Quang Bình', 'Đội Quản lý thị trường']).orderBy('name').execute();
    expect(staff).toEqual([{ name: 'Trường THPT Quang Bình', staff_count: 1250 }, { name: 'Đội Quản lý thị trường', staff_count: 1012 }]);
  });

  it('refuses a staff count that is not a whole number of people ("12.5", "1,5", "12.50")', async () => {
    const c = await t.as('coordinator');
    const data = await xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ['Phòng Tư pháp', '12.5'], ['Phòng Nội vụ', '1,5'], ['Phòng Y tế', '12.50'], ['Phòng Dân tộc', 12.5]]);
    const res = await c.post('/api/v1/agencies/import/preview', upload(data, null));
    expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[2, 'staffCount'], [3, 'staffCount'], [4, 'staffCount'], [5, 'staffCount']]);
    expect(res.body.errors[0].en).toBe('Staff count "12.5" must be a whole number');
  });
});
