// The district report on both databases: built only from approved commune reports (the others
// named as missing); its own text with the state or the Party header; exports as PDF (pages
// rendered to PNG with pdftoppm, text read back with pdftotext, Tinos embedded), DOCX and XLSX.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../../test/helpers/test-app.js';
import { allocationBody, contributionBody, expenditureBody, makeFund } from '../../../../test/helpers/fund.js';
import { makeRoadWithSegments, recordSaturday, setBusinessDate } from '../../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
const WEEK = '2021-09-13';
const q = `kind=week&start=${WEEK}`;

async function reportFor(user: string, communeId: number, groupId: number) {
  const c = await t.as(user);
  const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId, weekStart: WEEK })).body.id;
  await c.patch(`/api/v1/weekly-reports/${id}`, { narrative: 'Ra quân đúng kế hoạch, nhân dân hưởng ứng tích cực.', proposals: 'Bổ sung 01 máy trộn 250 lít',
    ratings: [{ groupId, responsibility: 'tot', effectiveness: 'tot' }] });
  expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).status).toBe(200);
  return id;
}

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setBusinessDate(t.db, '2021-09-19');
  const tn = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0];
  const yt = (await makeRoadWithSegments(t.db, w.units.yenThanh.id)).segments[0];
  const office = await t.as('coordinator');
  await recordSaturday(await t.as('commune.tannam'), await t.as('group_lead'), { campaignId: w.campaign.id, communeId: w.units.tanNam.id,
    groupId: w.groups.groupA.id, segmentId: tn.id, m3: 12.5, attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 15 }, { agencyId: w.agencies.memberA.id, fullDay: 7 }] });
  await recordSaturday(await t.as('commune.yenthanh'), office, { campaignId: w.campaign.id, communeId: w.units.yenThanh.id,
    groupId: w.groups.groupB.id, segmentId: yt.id, m3: 8, attendance: [{ agencyId: w.agencies.leadB.id, fullDay: 9 }] });
  const tnReport = await reportFor('commune.tannam', w.units.tanNam.id, w.groups.groupA.id);
  await reportFor('commune.yenthanh', w.units.yenThanh.id, w.groups.groupB.id);
  await office.post(`/api/v1/weekly-reports/${tnReport}/approve`, {});
}, 120_000); // the first test of a worker also creates its database, slow on a busy machine

async function download(format: string, user = 'leader') {
  const c = await t.as(user);
  const res = await t.app.request(`/api/v1/campaigns/${w.campaign.id}/district-report/export?${q}&format=${format}`, { headers: { cookie: c.cookie! } });
  return { res, data: Buffer.from(await res.arrayBuffer()) };
}

describe('GET /campaigns/{id}/district-report', () => {
  it('counts only approved reports and names the missing ones', async () => {
    expectError(await (await t.as('commune.tannam')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?${q}`), 403, 'FORBIDDEN');
    expectError(await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=week&start=2021-09-14`), 400, 'NOT_A_WEEK_START', 'query.start');
    const r = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?${q}`)).body;
    expect(r.today).toBe('2021-09-19');
    expect(r.totals).toMatchObject({ workdays: 1, officials: 22, people: 8, participants: 30, labourDays: 29, lengthM: 27.778, volumeM3: 12.5 });
    expect(r.communes.map((c: { commune: { name: string }; reports: number }) => [c.commune.name, c.reports])).toEqual([['Tân Nam', 1], ['Yên Thành', 0]]);
    expect(r.groups.map((g: { name: string; ratings: unknown[] }) => [g.name, g.ratings])).toEqual([['Nhóm 1', [{ commune: 'Tân Nam', responsibility: 'tot', effectiveness: 'tot' }]]]);
    expect(r.missing).toEqual([expect.objectContaining({ commune: { id: w.units.yenThanh.id, name: 'Yên Thành' }, week: 'Tuần 37/2021', status: 'submitted' })]);
    expect(r.communes[0].criterion2).toEqual([{ roadClass: 'village', totalKm: 0.3, hardenedKm: 0, sharePercent: 0 }]);
  });

  it('keeps the office text; bad input named; commune may not write it', async () => {
    const body = { kind: 'week', start: WEEK, number: '02-KL/BCĐ', header: 'party', issuerParent: 'Huyện ủy Quang Bình', issuer: 'Ban chỉ đạo xây dựng nông thôn mới',
      signerTitle: 'Trưởng ban chỉ đạo', signerName: 'Triệu Tài Phong', narrative: 'Các nhóm tham gia đầy đủ, đúng giờ.', recipients: ['Thường trực Huyện ủy', 'Lưu VP'] };
    expectError(await (await t.as('commune.tannam')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/district-report`, body), 403, 'FORBIDDEN');
    expectError(await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/district-report`, { ...body, header: 'royal' }), 400, 'VALIDATION', 'header');
    const res = await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/district-report`, body);
    expect(res.body.meta).toMatchObject({ number: '02-KL/BCĐ', header: 'party', signerName: 'Triệu Tài Phong' });
  });
});

describe('the monthly report', () => {
  it("takes the weeks whose Saturday is in the month, and each commune's spending from the fund ledger", async () => {
    const fundId = (await makeFund(t.db, w)).id;
    const office = await t.as('coordinator');
    expect((await office.post(`/api/v1/funds/${fundId}/contributions`, contributionBody(w, { amount: 5_000_000, date: '2021-09-10' }))).status).toBe(201);
    expect((await office.post(`/api/v1/funds/${fundId}/allocations`, allocationBody(w, { amount: 3_000_000, decisionDate: '2021-09-12' }))).status).toBe(201);
    const spend = await (await t.as('commune.tannam')).post(`/api/v1/funds/${fundId}/expenditures`, expenditureBody(w, { quantity: 4, unitPrice: 250_000, invoiceDate: '2021-09-15' }));
    expect(spend.status).toBe(201);
    const r = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=month&start=2021-09`)).body;
    expect(r.period).toMatchObject({ kind: 'month', from: '2021-09-01', to: '2021-09-30', vi: 'Tháng 9/2021', weeks: ['2021-09-06', '2021-09-13', '2021-09-20'] });
    expect(r.communes[0]).toMatchObject({ commune: { name: 'Tân Nam' }, reports: 1, moneySpent: 1_000_000 });
    expect(r.totals.moneySpent).toBe(1_000_000);
    // The campaign's September weeks up to the business date 19/9 (Saturdays 11/9 and 18/9; 25/9 is
    // still ahead, so not missing) × two communes, one approved.
    expect(r.missing.map((m: { commune: { name: string }; week: string }) => `${m.commune.name} ${m.week}`))
      .toEqual(['Tân Nam Tuần 36/2021', 'Yên Thành Tuần 36/2021', 'Yên Thành Tuần 37/2021']);
    const october = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=month&start=2021-10`)).body;
    expect(october.totals).toMatchObject({ moneySpent: 0, workdays: 0 });
  });
});

describe('exports', () => {
  it('PDF: official state header, Vietnamese text, Tinos embedded, pages render to PNG', async () => {
    await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/district-report`, { kind: 'week', start: WEEK, number: '12/BC-VPĐP',
      signerTitle: 'Chánh Văn phòng', signerName: 'Hoàng Thị Điều' });
    const { res, data } = await download('pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-district-'));
    const file = path.join(dir, 'bao-cao.pdf');
    fs.writeFileSync(file, data);
    if (process.env.KEEP_DISTRICT_PDF) fs.copyFileSync(file, process.env.KEEP_DISTRICT_PDF); // to look at it by hand
    // Lines wrap where the layout wraps them: compare with the whitespace folded.
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-VPĐP', 'Quang Bình, ngày 19 tháng 9 năm 2021', 'BÁO CÁO',
      'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', 'Tân Nam', 'Nhóm 1', 'Tân Nam: Tốt / Tốt', 'tuần 37/2021', 'Nơi nhận:', 'CHÁNH VĂN PHÒNG', 'Hoàng Thị Điều']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('xã Yên Thành tuần 37/2021 (đã gửi, chưa duyệt)');
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').filter((l) => l.includes('Tinos'));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const f of fonts) expect(f).toMatch(/TrueType\s+Identity-H\s+yes/); // embedded
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(dir, 'page')]);
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(fs.statSync(path.join(dir, pages[0])).size).toBeGreaterThan(10_000);
  });

  it('PDF laid out as the decree says, read back from the rendered pages: header rows, number beside the date, signer beside the recipients', async () => {
    const office = await t.as('coordinator');
    // The report names no signer: the issuer setting's default signer signs.
    await office.send('PUT', '/api/v1/document-issuer', {
      place: 'Quang Bình',
      state: { parent: 'UBND huyện Quang Bình', name: 'Văn phòng điều phối nông thôn mới', abbreviation: 'VPĐP', signerAuthority: '', signerTitle: 'Chánh Văn phòng', signerName: 'Hoàng Thị Điều' },
      party: { parent: 'Đảng bộ tỉnh Hà Giang', name: 'Huyện ủy Quang Bình', abbreviation: 'HU', signerAuthority: 'T/M Ban Thường vụ', signerTitle: 'Phó Bí thư', signerName: 'Lương Văn Đoàn' },
    });
    const { data } = await download('pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-district-layout-'));
    const file = path.join(dir, 'bao-cao.pdf');
    fs.writeFileSync(file, data);
    const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
    execFileSync('pdftoppm', ['-png', '-r', '40', file, path.join(dir, 'page')]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(pageCount);
    const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').filter((p) => p.trim());
    expect(pages).toHaveLength(pageCount);
    const lines = pages[0].split('\n');
    const row = (s: string) => lines.find((l) => l.includes(s)) ?? '';
    // Row 1: the governing body on the left, the national name on the right, on one line.
    expect(row('UBND HUYỆN QUANG BÌNH')).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(row('UBND HUYỆN QUANG BÌNH').indexOf('UBND')).toBeLessThan(row('UBND HUYỆN QUANG BÌNH').indexOf('CỘNG HÒA'));
    // Row 2: the number with its symbol (nothing typed: room left before it) beside the place and date.
    expect(row('Số:')).toMatch(/Số:\s+\/BC-VPĐP\s+Quang Bình, ngày 19 tháng 9 năm 2021/);
    // The type and summary below the header, centred: "BÁO CÁO" starts well inside the text block.
    const type = lines.findIndex((l) => l.trim() === 'BÁO CÁO');
    expect(type).toBeGreaterThan(lines.findIndex((l) => l.includes('Số:')));
    expect(lines[type].indexOf('BÁO CÁO')).toBeGreaterThan(20);
    // Last page: "Nơi nhận:" on the left, the signer's title on the right of the same line; the name below.
    const last = pages[pageCount - 1].split('\n');
    const recipients = last.find((l) => l.includes('Nơi nhận:')) ?? '';
    expect(recipients).toMatch(/Nơi nhận:\s+CHÁNH VĂN PHÒNG/);
    const nameLine = last.findIndex((l) => l.includes('Hoàng Thị Điều'));
    expect(nameLine).toBeGreaterThan(last.indexOf(recipients));
    expect(last.some((l) => /^\s*- Lưu: VT, VPĐP\.\s*$/.test(l) || /- Lưu: VT, VPĐP\./.test(l))).toBe(true);
    // No page ends on a heading left alone: each page's last line of text is not a section or table heading.
    for (const p of pages.slice(0, -1)) {
      const tail = p.split('\n').map((l) => l.trim()).filter(Boolean).at(-1)!;
      expect(tail).not.toMatch(/^([IVX]+|\d+)\. /);
    }
  });

  it('DOCX with the Party header: "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 02-KL/BCĐ", signer and recipients', async () => {
    await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/district-report`, { kind: 'week', start: WEEK, number: '02-KL/BCĐ', header: 'party',
      issuerParent: 'Huyện ủy Quang Bình', issuer: 'Ban chỉ đạo xây dựng nông thôn mới', signerTitle: 'Trưởng ban chỉ đạo', signerName: 'Triệu Tài Phong' });
    const { res, data } = await download('docx');
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 02-KL/BCĐ', 'HUYỆN ỦY QUANG BÌNH', 'BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI', '*', 'Quang Bình, ngày 19 tháng 9 năm 2021',
      'BÁO CÁO', 'Nơi nhận:', 'TRƯỞNG BAN CHỈ ĐẠO', 'Triệu Tài Phong', 'Tân Nam']) expect(text).toContain(s);
    expect(text).not.toContain('Độc lập - Tự do - Hạnh phúc');
    expect(xml).toContain('w:titlePg');
  });

  it('XLSX: the tables with numbers as numbers', async () => {
    const { res, data } = await download('xlsx');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const tanNam = rows.find((r) => r[1] === 'Tân Nam' && typeof r[2] === 'number');
    expect(tanNam).toEqual([1, 'Tân Nam', 1, 22, 8, 29, 27.778, 12.5, 0]);
    // Criterion 2: the share is a number too, under a header that gives its unit.
    expect(rows.find((r) => r.includes('Tỷ lệ (%)'))).toBeTruthy();
    expect(rows.find((r) => r[0] === 'Tân Nam' && r[1] === 'Đường trục thôn, liên thôn')).toEqual(['Tân Nam', 'Đường trục thôn, liên thôn', 0.3, 0, 0]);
    expect(rows.some((r) => r.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
  });
});
