// The plan sheet of a day on both databases: by commune (who, how many, which segments, materials
// to stage against what is staged and passed) and by group (where, when, whom to meet), as JSON,
// PDF (A4, official format) and XLSX (both sheets, Vietnamese headers); the Party variant issued,
// and introduced, by the Party committee.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../../test/helpers/assertions.js';
import { officeIssuer, pdfText } from '../../../../test/helpers/documents.js';
import { FOR_12_M3, makePlanWorld, SATURDAY, stageMaterials, type PlanWorld } from '../../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';

let t: TestApp;
let w: PlanWorld;
let planId: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  const c = await t.as('coordinator');
  planId = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body.id;
  const a = await c.post(`/api/v1/plans/${planId}/entries`, { groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 24, targetVolumeM3: 12,
    meetingTime: '07:00', meetingPlace: 'Nhà văn hóa thôn Nặm Khẳm' });
  await c.post(`/api/v1/plans/${planId}/entries`, { groupId: w.groups.groupB.id, communeId: w.units.yenThanh.id, segmentIds: [w.roadB.segmentIds[0]], headcount: 12, targetVolumeM3: 6,
    meetingTime: '07:30', meetingPlace: 'UBND xã Yên Thành' });
  await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3, cementKg: 2000 });
  await (await t.as('commune.tannam')).send('PUT', `/api/v1/plans/${planId}/entries/${a.body.entryId}/supervisor`, { name: 'Hoàng Văn Thắng', phone: '0912 345 678' });
});

async function raw(path: string, user: string) {
  const c = await t.as(user);
  return t.app.request(path, { headers: { cookie: c.cookie! } });
}

describe('plan sheet', () => {
  it('lists each commune with its groups and materials, and each group with where, when and whom to meet', async () => {
    expectError(await t.client().get(`/api/v1/plans/${planId}/sheet`), 401, 'UNAUTHENTICATED');
    const s = (await (await t.as('agency')).get(`/api/v1/plans/${planId}/sheet`)).body;
    expect(s.plan).toMatchObject({ day: SATURDAY, week: 'Tuần 42/2021', status: 'draft' });
    expect(s.totals).toEqual({ groups: 2, headcount: 36, targetVolumeM3: 18 });
    expect(s.byCommune.map((c: { communeName: string }) => c.communeName)).toEqual(['Tân Nam', 'Yên Thành']);
    const tanNam = s.byCommune[0];
    expect(tanNam.entries[0]).toMatchObject({ groupName: 'Nhóm 1', leadAgencyName: 'Văn phòng Huyện ủy', headcount: 24,
      where: 'Đường trục thôn Nặm Khẳm: Km0+000 – Km0+025', supervisor: { name: 'Hoàng Văn Thắng', phone: '0912 345 678' } });
    expect(tanNam.materials).toEqual([
      { roadName: 'Đường trục thôn Nặm Khẳm', name: 'Xi măng PCB40', unit: 'kg', needed: 3703, stagedPassed: 2000, short: 1703 },
      { roadName: 'Đường trục thôn Nặm Khẳm', name: 'Cát vàng', unit: 'l', needed: 6384, stagedPassed: 6390, short: 0 },
      { roadName: 'Đường trục thôn Nặm Khẳm', name: 'Đá 1x2', unit: 'l', needed: 10512, stagedPassed: 10520, short: 0 },
    ]);
    expect(s.byGroup.map((g: { groupName: string; meetingTime: string }) => [g.groupName, g.meetingTime])).toEqual([['Nhóm 1', '07:00'], ['Nhóm 2', '07:30']]);
    // 12 m³ is more than one 250 l mixer pours in a day (10 m³), and the commune has not confirmed the site.
    expect(s.byGroup[0].notReady.map((r: { item: string }) => r.item)).toEqual(['registration', 'materials', 'mixer', 'site']);
  });

  it('prints as an A4 PDF and as XLSX with both views in Vietnamese', async () => {
    const pdf = await raw(`/api/v1/plans/${planId}/sheet.pdf?number=15/KH-VPĐP&date=2021-10-20`, 'commune.yenthanh');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('ke-hoach-2021-10-23.pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);

    const res = await raw(`/api/v1/plans/${planId}/sheet.xlsx?number=15/KH-VPĐP&date=2021-10-20`, 'coordinator');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const texts = (name: string) => {
      const out: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
      return out;
    };
    expect(texts('Theo xã')).toEqual(expect.arrayContaining(['UBND HUYỆN QUANG BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 15/KH-VPĐP',
      'Quang Bình, ngày 20 tháng 10 năm 2021', 'KẾ HOẠCH (DỰ THẢO)', 'Tân Nam', 'Nhóm 1', 'Hoàng Văn Thắng - 0912 345 678', 'Xi măng PCB40', 'Nơi nhận:']));
    expect(texts('Theo xã')).toContain('Lao động "Ngày thứ 7 vì nông thôn mới" thứ Bảy, ngày 23/10/2021 (Tuần 42/2021)');
    expect(texts('Theo nhóm')).toEqual(expect.arrayContaining(['Nhóm 2', 'Yên Thành', '07:30', 'UBND xã Yên Thành', 'Chưa cử']));
  });

  it('in the Party variant the Party committee issues it, in its header and in its opening paragraph', async () => {
    const c = await t.as('coordinator');
    expect((await c.send('PUT', '/api/v1/document-issuer', officeIssuer())).status).toBe(200);
    const text = async (header: string) => {
      const res = await raw(`/api/v1/plans/${planId}/sheet.pdf?header=${header}&date=2021-10-20`, 'coordinator');
      expect(res.status).toBe(200);
      return pdfText(res);
    };
    const party = await text('party');
    expect(party).toContain('ý kiến của các xã, Huyện ủy Quang Bình thông báo kế hoạch lao động');
    expect(party).not.toContain('Văn phòng điều phối');
    expect(party).toMatch(/Số -KH\/HU/);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'T/M BAN THƯỜNG VỤ', 'Lương Văn Đoàn']) expect(party).toContain(s);
    const state = await text('state');
    expect(state).toContain('ý kiến của các xã, Văn phòng điều phối nông thôn mới huyện thông báo kế hoạch lao động');
    expect(state).toContain('Hoàng Thị Điều');
  });

  it('is 404 for a plan that does not exist', async () => {
    expectError(await (await t.as('coordinator')).get('/api/v1/plans/999999/sheet'), 404, 'NOT_FOUND');
  });
});
