// The agency list import (.xlsx) over HTTP, on PGlite and PostgreSQL: the office's 2021 sheet
// previews and imports into the right agencies, groups and leads; a preview writes nothing; a
// second import changes nothing; a bad workbook is refused whole, every bad row named.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
      expect(rowsOf(preview.body.errors)).toEqual([[9, 'staffCount'], [10, 'lead'], [15, 'name']]);
      for (const e of preview.body.errors) { expect(e.vi).toBeTruthy(); expect(e.en).toBeTruthy(); expect(e.vi).not.toBe(e.en); }
      expect(preview.body.errors.find((e: { row: number }) => e.row === 15).vi).toContain('dòng 8');
      const res = await c.post('/api/v1/agencies/import', upload(data));
      expectError(res, 400, 'IMPORT_INVALID', 'row 9: staffCount');
      expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['row 10: lead', 'row 15: name', 'row 9: staffCount']);
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
    expect(res.status).toBe(200);
    expect(res.body.agencies.map((a: { row: number; name: string; staffCount: number; action: string }) => [a.row, a.name, a.staffCount, a.action]))
      .toEqual([[10, 'Phòng Quản lý đô thị', 7, 'create'], [11, 'Đội Quản lý thị trường', 12, 'create']]);
    expect(res.body.groups).toEqual([]);
  });
});
