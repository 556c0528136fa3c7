// The report chain waits for its parts (issue 14): a weekly report cannot be submitted while a group
// that worked has no attendance, unless the commune declares it missing with a reason; the group
// lead enters attendance until the office approves, and approval counts it; the district report
// names a group whose attendance is missing instead of printing 0 officials.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, recordSaturday, setBusinessDate } from '../../../test/helpers/workdays.js';

const WEEK = '2021-09-13';
let t: TestApp;
let w: World;
let workdayId: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  const seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments[0];
  await setBusinessDate(t.db, '2021-09-19');
  // The commune records its part; the group lead has not entered the officials yet.
  workdayId = await recordSaturday(await t.as('commune.tannam'), null, { campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: seg.id });
}, 120_000);

const rating = { groupId: 0, responsibility: 'tot', effectiveness: 'kha' };

describe('a weekly report waits for the attendance', () => {
  it('refuses to submit while a group that worked has no attendance; the group lead enters it until approval, which counts it', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: WEEK })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating, groupId: w.groups.groupA.id }] });
    const refused = await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    expectError(refused, 409, 'ATTENDANCE_MISSING', 'missingAttendance');
    expect(refused.body.error.fields[0].vi).toContain('Nhóm 1');
    expect((await t.db.selectFrom('weekly_reports').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('draft');

    // Declared missing with a reason: the report goes; the group lead may still enter the attendance.
    expectError(await c.patch(`/api/v1/weekly-reports/${id}`, { missingAttendance: [{ groupId: w.groups.groupB.id, reason: 'x' }] }), 400, 'GROUP_DID_NOT_WORK', 'missingAttendance.0.groupId');
    await c.patch(`/api/v1/weekly-reports/${id}`, { missingAttendance: [{ groupId: w.groups.groupA.id, reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' }] });
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).status).toBe(200);
    const lead = await t.as('group_lead');
    expect((await lead.get(`/api/v1/workdays/${workdayId}`)).body.actions).toContain('editGroup');
    const entered = await lead.patch(`/api/v1/workdays/${workdayId}/group`, { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 12 }] });
    expect(entered.status).toBe(200);
    // The commune's own part is closed by the submission.
    expectError(await c.patch(`/api/v1/workdays/${workdayId}/commune`, { weather: 'cloudy' }), 409, 'WORKDAY_REPORTED');

    const approved = await (await t.as('coordinator')).post(`/api/v1/weekly-reports/${id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.figures.totals.officials).toBe(12);
    expect(approved.body.figures.missingAttendance).toEqual([]);
    // Approved: the attendance is locked.
    expectError(await lead.patch(`/api/v1/workdays/${workdayId}/group`, { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 13 }] }), 409, 'WORKDAY_REPORTED');
  });

  it('the district report names the group whose attendance is missing, with the reason, instead of 0', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: WEEK })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating, groupId: w.groups.groupA.id }],
      missingAttendance: [{ groupId: w.groups.groupA.id, reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' }] });
    expect((await c.post(`/api/v1/weekly-reports/${id}/submit`, {})).status).toBe(200);
    const office = await t.as('coordinator');
    expect((await office.post(`/api/v1/weekly-reports/${id}/approve`, {})).status).toBe(200);
    const r = (await office.get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=week&start=${WEEK}`)).body;
    expect(r.missingAttendance).toEqual([expect.objectContaining({ commune: 'Tân Nam', group: 'Nhóm 1', days: ['2021-09-18'], reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' })]);
  });

  it('so do its PDF, DOCX and XLSX: the group is named with its reason, its officials read "Chưa có số liệu", not 0', async () => {
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: WEEK })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [{ ...rating, groupId: w.groups.groupA.id }],
      missingAttendance: [{ groupId: w.groups.groupA.id, reason: 'Cơ quan trưởng nhóm chưa gửi danh sách' }] });
    await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    const office = await t.as('coordinator');
    await office.post(`/api/v1/weekly-reports/${id}/approve`, {});
    const download = async (format: string) => {
      const res = await t.app.request(`/api/v1/campaigns/${w.campaign.id}/district-report/export?kind=week&start=${WEEK}&format=${format}`, { headers: { cookie: office.cookie! } });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const named = 'Chưa có số cán bộ tham gia (không tính vào số lượt cán bộ nêu trên): Nhóm 1 tại xã Tân Nam ngày 18/09/2021 (Cơ quan trưởng nhóm chưa gửi danh sách).';
    // The PDF's text as pdftotext reads it, whitespace folded where the layout wraps lines.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-chain-'));
    fs.writeFileSync(path.join(dir, 'r.pdf'), await download('pdf'));
    const pdf = execFileSync('pdftotext', [path.join(dir, 'r.pdf'), '-']).toString().replace(/\s+/g, ' ');
    fs.rmSync(dir, { recursive: true, force: true });
    // The DOCX's and XLSX's text from inside their zip.
    const docx = (await (await JSZip.loadAsync(await download('docx'))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    // The streamed workbook writes its text inline in the sheets (no shared strings table): read every part that may hold text.
    const zip = await JSZip.loadAsync(await download('xlsx'));
    const parts = zip.file(/^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/);
    expect(parts.length).toBeGreaterThan(0);
    const xlsx = (await Promise.all(parts.map((f) => f.async('string')))).join('|').replace(/<[^>]+>/g, '|');
    for (const text of [pdf, docx, xlsx]) {
      expect(text).toContain(named);
      expect(text).toContain('Chưa có số liệu');
      expect(text).not.toContain('cán bộ, công chức, viên chức 0 lượt;');
    }
    // The summary still counts what is known: no officials, the people recorded.
    expect(pdf).toContain('cán bộ, công chức, viên chức 0 lượt (chưa có số liệu của 1 nhóm)');
  });
});
