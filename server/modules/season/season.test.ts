// The season plan over HTTP on both databases: the labour estimate from the remaining segments, the
// plan solved by HiGHS with reasons and each road's route schedule, pins and bans that change it,
// bad input refused with the field named, the weekly proposal taken from it, and its export.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectDescribedBy, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { officeIssuer, pdfText } from '../../../test/helpers/documents.js';
import { FOR_12_M3, makePlanWorld, NEXT_SATURDAY, SATURDAY, stageMaterials, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { SeasonOverrideOut, SeasonPageOut, SeasonPlanOut, SeasonSettingsOut } from './season.schema.js';

let t: TestApp;
let w: PlanWorld;
const url = (s = '') => `/api/v1/campaigns/${w.campaign.id}/season-plan${s}`;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  const c = await t.as('coordinator');
  await c.post(`/api/v1/campaigns/${w.campaign.id}/assignments`, { groupId: w.groups.groupA.id, roadId: w.roadA.id });
  await c.post(`/api/v1/campaigns/${w.campaign.id}/assignments`, { groupId: w.groups.groupB.id, roadId: w.roadB.id });
});

describe('season plan', () => {
  it('estimates the labour still needed per road: road A 48 m³ × 2 công/m³ = 96 labour-days over the Saturdays left', async () => {
    const res = await (await t.as('agency')).get(url());
    expect(res.status).toBe(200);
    expect(res.body.plan).toBeNull();
    expect(res.body.days[0]).toBe(SATURDAY);
    const a = res.body.estimate.byRoad.find((e: { key: number }) => e.key === w.roadA.id);
    const saturdays = res.body.days.length;
    // 100 m × 3 m × 0.16 m = 48 m³; M250 1x2: 308.525 kg/m³ → 14,809.2 kg → 297 bags; 1 mixer-day = 10 m³ → 5.
    expect(a).toMatchObject({ litres: 48_000, labourDays: 96, peoplePerSaturday: Math.ceil(96 / saturdays), cementBags: 297, mixerDays: 5 });
    expect(res.body.estimate.norm).toMatchObject({ congPerM3: 2, toConfirm: true });
    expect(res.body.actions).toEqual([]);
    expectDescribedBy(SeasonPageOut, res.body);
  });

  it('solves: each Saturday, each group on its road in chainage order, with people, mixers and a reason; the route schedule of each road', async () => {
    const c = await t.as('coordinator');
    expectError(await (await t.as('group_lead')).post(url('/solve'), {}), 403, 'FORBIDDEN');
    const res = await c.post(url('/solve'), {});
    expect(res.status).toBe(200);
    const v = res.body;
    expect(v.method).toBe('solver');
    expect(['optimal', 'time_limit']).toContain(v.solver.status);
    // Group A: 27 staff × 80 % = 22 expected people (11 m³); one mixer: 10 m³ a Saturday.
    const first = v.entries.filter((e: { day: string }) => e.day === SATURDAY);
    const a = first.find((e: { teamId: number }) => e.teamId === w.groups.groupA.id);
    expect(a).toMatchObject({ roadId: w.roadA.id, litres: 10_000, mixers: 1, headcount: 20, segmentIds: [w.roadA.segmentIds[0]] });
    expect(a.reason.vi).toBe('Bắt đầu tuyến Đường trục thôn Nặm Khẳm theo lộ trình (Km0+000 – Km0+025), nhóm có 22 người dự kiến, 1 máy trộn sẵn sàng → 10 m³, cần 20 người.');
    const roadA = v.roads.find((r: { id: number }) => r.id === w.roadA.id);
    const firstDays = roadA.segments.map((s: { plannedDays: string[] }) => s.plannedDays[0]);
    expect(firstDays).toEqual([...firstDays].sort());
    // 10 m³ a Saturday along 12 m³ segments: the first takes two Saturdays, the second starts on the second.
    expect(roadA.segments[0].plannedDays).toEqual([SATURDAY, NEXT_SATURDAY]);
    expect(roadA.segments[1].plannedDays).toEqual([NEXT_SATURDAY, '2021-11-06']);
    expect(v.unmetLitres).toBe(0);
    expect((await auditRows(t.db, 'season_plan'))[0]).toMatchObject({ action: 'solve', user_id: w.users.coordinator.id });
    expectDescribedBy(SeasonPlanOut, v);
    const page = (await c.get(url())).body;
    expect(page.plan.entries).toEqual(v.entries);
    expectDescribedBy(SeasonPageOut, page);
  });

  it('a ban keeps a group home that Saturday; a pin puts it on a road; the solve follows both', async () => {
    const c = await t.as('coordinator');
    const ban = await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: null, day: SATURDAY, kind: 'forbid' });
    expect(ban.status).toBe(201);
    expectDescribedBy(SeasonOverrideOut, ban.body);
    const v = (await c.post(url('/solve'), {})).body;
    expect(v.entries.some((e: { day: string; teamId: number }) => e.day === SATURDAY && e.teamId === w.groups.groupA.id)).toBe(false);
    expect(v.entries.find((e: { teamId: number }) => e.teamId === w.groups.groupA.id).day).toBe(NEXT_SATURDAY);
    // Group B has only road B: a pin on road B a week later than it would start.
    await c.post(url('/overrides'), { groupId: w.groups.groupB.id, roadId: w.roadB.id, day: NEXT_SATURDAY, kind: 'pin' });
    const v2 = (await c.post(url('/solve'), {})).body;
    expect(v2.entries.find((e: { day: string; teamId: number }) => e.day === NEXT_SATURDAY && e.teamId === w.groups.groupB.id)).toMatchObject({ pinned: true });
    const list = (await c.get(url())).body.overrides;
    expect(list).toHaveLength(2);
    expect((await c.delete(url(`/overrides/${ban.body.id}`))).status).toBe(204);
    expect((await c.get(url())).body.overrides).toHaveLength(1);
  });

  it('refuses a pin without a road, a road of another district, a day that is not a campaign day: the field named, nothing written', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      const noRoad = await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: null, day: SATURDAY, kind: 'pin' });
      expectError(noRoad, 400, 'VALIDATION', 'roadId');
      expect(noRoad.body.error.fields[0].vi).toBe('Ghim cần chọn tuyến đường');
      expectError(await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: w.roadA.id, day: '2021-10-21', kind: 'pin' }), 400, 'VALIDATION', 'day');
      expectError(await c.post(url('/overrides'), { groupId: 999_999, roadId: w.roadA.id, day: SATURDAY, kind: 'pin' }), 400, 'VALIDATION', 'groupId');
      expectError(await c.post(url('/overrides'), { groupId: w.groups.groupA.id, roadId: w.roadA.id, day: SATURDAY, kind: 'maybe' }), 400, 'VALIDATION', 'kind');
    });
  });

  it("'Đề xuất kế hoạch' takes the season plan's entries for the day, with its reasons", async () => {
    const c = await t.as('coordinator');
    await c.post(url('/solve'), {});
    const res = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    expect(res.status).toBe(200);
    const a = res.body.plan.entries.find((e: { group: { id: number } }) => e.group.id === w.groups.groupA.id);
    expect(a).toMatchObject({ targetVolumeM3: 10, headcount: 20, mixers: 1 });
    expect(a.explanation.vi).toMatch(/^Theo lộ trình mùa: Bắt đầu tuyến Đường trục thôn Nặm Khẳm/);
    expect(a.segments.map((s: { id: number }) => s.id)).toEqual([w.roadA.segmentIds[0]]);
  });

  it("reads the commune's stock: by default it plans the whole road and says what cement to buy; with the setting on, it pours only what the stock makes", async () => {
    const c = await t.as('coordinator');
    await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3 });
    const roadA = (v: { entries: Array<{ roadId: number; litres: number }> }) => v.entries.filter((e) => e.roadId === w.roadA.id).reduce((s, e) => s + e.litres, 0);
    const free = (await c.post(url('/solve'), {})).body;
    expect(roadA(free)).toBe(48_000);
    const cement = free.communes.find((x: { communeId: number }) => x.communeId === w.units.tanNam.id).materials.find((m: { code: string }) => m.code === 'cement');
    // 48 m³ of M250 take 14.8092 t of cement; 3.71 t are there: 11.0992 t (222 bags) to buy.
    expect(cement.needed).toBeCloseTo(14.8092, 3);
    expect(cement.available).toBeCloseTo(3.71, 6);
    expect(cement.toBuy).toBeCloseTo(11.0992, 3);
    expect(cement.shortFrom).toBe(NEXT_SATURDAY);
    expectDescribedBy(SeasonPlanOut, free);

    const before = (await c.get(url())).body.settings;
    expect(before).toMatchObject({ materialsBind: false });
    expectError(await c.put(url('/settings'), { timeLimitSeconds: 10, defaultTurnoutPercent: 80, materialsBind: 'yes' }), 400, 'VALIDATION', 'materialsBind');
    const put = await c.put(url('/settings'), { timeLimitSeconds: 10, defaultTurnoutPercent: 80, materialsBind: true });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ materialsBind: true, version: before.version + 1 });
    expectDescribedBy(SeasonSettingsOut, put.body);
    expect((await auditRows(t.db, 'season_plan_settings'))[0]).toMatchObject({ action: 'update', user_id: w.users.coordinator.id });
    const bound = (await c.post(url('/solve'), {})).body;
    // Sand is the first to run out: 6,390 l at 532 l/m³ make 12.011 m³.
    expect(roadA(bound)).toBeGreaterThan(11_900);
    expect(roadA(bound)).toBeLessThanOrEqual(12_012);
    // Settings left out keep the stored value.
    expect((await c.put(url('/settings'), { timeLimitSeconds: 12, defaultTurnoutPercent: 80 })).body).toMatchObject({ materialsBind: true, timeLimitSeconds: 12 });
  });

  it("the criterion 2 page's projection shows the season plan's date for each commune, or says none was solved", async () => {
    const c = await t.as('coordinator');
    const commune = `/api/v1/criterion2/communes/${w.units.tanNam.id}?campaignId=${w.campaign.id}`;
    expect((await c.get(commune)).body.seasonPlan).toBeNull();
    const v = (await c.post(url('/solve'), {})).body;
    const outlook = v.communes.find((x: { communeId: number }) => x.communeId === w.units.tanNam.id);
    const res = await c.get(commune);
    expect(res.status).toBe(200);
    expect(res.body.seasonPlan).toEqual({
      solvedAt: v.solvedAt, asOf: v.asOf, deadline: v.deadline, alreadyMet: outlook.alreadyMet, reachedOn: outlook.reachedOn,
      shortfall: outlook.shortfall ? { vi: outlook.shortfall.vi, en: outlook.shortfall.en } : null,
    });
  });

  it('exports the route schedule as XLSX and PDF: official header, each commune\'s outlook and materials to buy, every segment with its planned Saturdays', async () => {
    const c = await t.as('coordinator');
    expect((await c.get(url('/export'))).status).toBe(404);
    const v = (await c.post(url('/solve'), {})).body;
    const download = async (format: string) => {
      const res = await t.app.request(`/api/v1/campaigns/${w.campaign.id}/season-plan/export?format=${format}`, { headers: { cookie: c.cookie! } });
      return { res, data: Buffer.from(await res.arrayBuffer()) };
    };
    const x = await download('xlsx');
    expect(x.res.status).toBe(200);
    expect(x.res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((cell) => (cell == null ? '' : String(cell)))));
    const flat = rows.map((r) => r.join(' | '));
    expect(flat.some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(flat.some((l) => l.includes('LỘ TRÌNH THỰC HIỆN'))).toBe(true);
    // Section I: one row per commune with the plan's outcome; nothing staged, so everything is to buy from the first Saturday.
    const tanNam = v.communes.find((x: { communeId: number }) => x.communeId === w.units.tanNam.id);
    const rowI = rows.find((r) => r[0] === tanNam.name && r.length >= 4 && r[3] !== '')!;
    expect(rowI[1]).toBe(tanNam.reachedOn ? `Đạt tiêu chí 2 ngày ${tanNam.reachedOn.slice(8, 10)}/${tanNam.reachedOn.slice(5, 7)}/${tanNam.reachedOn.slice(0, 4)} (trước hạn 31/12/2021)` : tanNam.shortfall.vi);
    expect(rowI[3]).toMatch(/^\d+ bao xi măng \(từ 23\/10\); [\d,]+ m³ cát \(từ 23\/10\); [\d,]+ m³ đá \(từ 23\/10\)$/);
    // Section II: every segment of road A in chainage order, its Saturdays as the plan has them.
    const roadA = v.roads.find((r: { id: number }) => r.id === w.roadA.id);
    const segRows = rows.filter((r) => r[1] === roadA.name);
    expect(segRows.map((r) => r[2])).toEqual(roadA.segments.map((s: { chainage: string }) => s.chainage));
    expect(segRows[0][4]).toBe(roadA.segments[0].plannedDays.map((d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}`).join(', '));
    expect(segRows[0][7]).toBe('12');

    const pdf = await download('pdf');
    expect(pdf.res.status).toBe(200);
    expect(pdf.res.headers.get('content-type')).toContain('pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-season-'));
    const file = path.join(dir, 'lo-trinh.pdf');
    fs.writeFileSync(file, pdf.data);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'LỘ TRÌNH THỰC HIỆN', 'I. Khả năng đạt tiêu chí 2 theo xã', 'Vật liệu cần mua thêm',
      'II. Lộ trình từng tuyến', roadA.segments[0].chainage, 'Nơi nhận:', 'CHÁNH VĂN PHÒNG']) expect(text).toContain(s);
  });

  it('the route schedule is issued as the issuer setting says: its body, symbol and signer', async () => {
    const c = await t.as('coordinator');
    // The office's name on two lines and ending in "huyện"; its own abbreviation.
    const issuer = officeIssuer();
    const saved = await c.send('PUT', '/api/v1/document-issuer', { ...issuer, state: { ...issuer.state, name: 'VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI HUYỆN', abbreviation: 'VPĐPNTM' } });
    expect(saved.status).toBe(200);
    expect((await c.post(url('/solve'), {})).status).toBe(200);
    const text = await pdfText(await t.app.request(`/api/v1/campaigns/${w.campaign.id}/season-plan/export?format=pdf`, { headers: { cookie: c.cookie! } }));
    for (const s of ['UBND HUYỆN QUANG BÌNH', 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI HUYỆN', '/KH-VPĐPNTM', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Hoàng Thị Điều',
      'nhân công, Văn phòng điều phối nông thôn mới huyện lập lộ trình']) expect(text).toContain(s);
  });
});
