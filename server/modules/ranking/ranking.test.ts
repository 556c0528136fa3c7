// The emulation ranking on both databases: participation (attendances ÷ staff × days worked),
// labour-days, volume and the communes' ratings from approved reports, weighted by the campaign's
// settings; equal scores explained; the XLSX export; 401 and 403.
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, recordSaturday, setBusinessDate } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
let segs: number[];

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await setBusinessDate(t.db, '2021-09-19');
  segs = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments.map((s) => s.id);
}, 120_000); // the first test of a worker also creates its database, slow on a busy machine

async function saturday(groupId: number, segmentId: number, attendance: Array<{ agencyId: number; fullDay: number }>, m3 = 9) {
  return recordSaturday(await t.as('commune.tannam'), await t.as('coordinator'), { campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId, segmentId, attendance, m3 });
}

describe('GET /campaigns/{id}/ranking', () => {
  it('needs a session and the permission', async () => {
    expect((await t.client().get(`/api/v1/campaigns/${w.campaign.id}/ranking`)).status).toBe(401);
    expectError(await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/ranking?month=2021-13`), 400, 'VALIDATION', 'query.month');
    expect((await (await t.as('agency')).get(`/api/v1/campaigns/${w.campaign.id}/ranking`)).status).toBe(200);
  });

  it('scores groups and agencies from workdays and approved ratings', async () => {
    // Group A: 27 staff, 18 came; group B: 30 staff, 15 came and poured more.
    await saturday(w.groups.groupA.id, segs[0], [{ agencyId: w.agencies.leadA.id, fullDay: 12 }, { agencyId: w.agencies.memberA.id, fullDay: 6 }], 9);
    await saturday(w.groups.groupB.id, segs[1], [{ agencyId: w.agencies.leadB.id, fullDay: 10 }, { agencyId: w.agencies.memberB.id, fullDay: 5 }], 18);
    const c = await t.as('commune.tannam');
    const id = (await c.post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: w.units.tanNam.id, weekStart: '2021-09-13' })).body.id;
    await c.patch(`/api/v1/weekly-reports/${id}`, { ratings: [
      { groupId: w.groups.groupA.id, responsibility: 'tot', effectiveness: 'tot' }, { groupId: w.groups.groupB.id, responsibility: 'kha', effectiveness: 'trung_binh' }] });
    await c.post(`/api/v1/weekly-reports/${id}/submit`, {});
    await (await t.as('coordinator')).post(`/api/v1/weekly-reports/${id}/approve`, {});

    const r = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/ranking?month=2021-09`)).body;
    expect(r.period).toMatchObject({ kind: 'month', from: '2021-09-01', to: '2021-09-30' });
    expect(r.campaignDaysWorked).toBe(1);
    const [first, second] = r.groups;
    expect(first).toMatchObject({ rank: 1, name: 'Nhóm 1', participants: 18, possible: 27, participationPercent: 66.67, labourDays: 18, volumeM3: 9, rating: 4 });
    expect(second).toMatchObject({ rank: 2, name: 'Nhóm 2', participants: 15, possible: 30, participationPercent: 50, volumeM3: 18, rating: 2.5 });
    // 40 × 1 + 20 × 1 + 20 × 0.5 + 20 × 1 = 90; 40 × 0.75 + 20 × 15/18 + 20 × 1 + 20 × 0.625 = 79.17.
    expect(first.score).toBe(90);
    expect(second.score).toBe(79.17);
    expect(r.agencies).toHaveLength(4);
    const lead = r.agencies.find((a: { id: number }) => a.id === w.agencies.leadA.id);
    expect(lead).toMatchObject({ participants: 12, possible: 18, volumeM3: 6, group: { id: w.groups.groupA.id, name: 'Nhóm 1' } });
  });

  it('explains a tie and follows the weights of the settings', async () => {
    await saturday(w.groups.groupA.id, segs[0], [{ agencyId: w.agencies.leadA.id, fullDay: 9 }], 9);
    await saturday(w.groups.groupB.id, segs[1], [{ agencyId: w.agencies.leadB.id, fullDay: 9 }], 9);
    await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/report-settings`, { cutoffWeekday: 0, deadlineWeekday: 1, deadlineTime: '17:00',
      remindHoursBefore: 24, pourTolerancePercent: 5, materialTolerancePercent: 10, weights: { participation: 0, labour: 50, volume: 50, rating: 0 } });
    const r = (await (await t.as('leader')).get(`/api/v1/campaigns/${w.campaign.id}/ranking`)).body;
    expect(r.weights).toEqual({ participation: 0, labour: 50, volume: 50, rating: 0 });
    expect(r.groups.map((g: { score: number }) => g.score)).toEqual([100, 100]);
    // Equal score: group B (30 staff) has the lower participation rate than group A (27 staff).
    expect(r.groups[0]).toMatchObject({ name: 'Nhóm 1', rank: 1 });
    expect(r.groups[0].tie.vi).toBe('Bằng điểm 100: xếp trên Nhóm 2 vì tỷ lệ tham gia cao hơn');
    expect(r.groups[1].tie.en).toBe('Equal score 100: ranked below Nhóm 1 on a lower participation rate');
  });

  it('exports XLSX with a sheet for groups and one for agencies', async () => {
    await saturday(w.groups.groupA.id, segs[0], [{ agencyId: w.agencies.leadA.id, fullDay: 9 }]);
    const c = await t.as('leader');
    const res = await t.app.request(`/api/v1/campaigns/${w.campaign.id}/ranking/export?month=2021-09`, { headers: { cookie: c.cookie! } });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nhóm', 'Cơ quan']);
    expect(String(wb.worksheets[0].getCell(1, 1).value)).toContain('BẢNG XẾP HẠNG THI ĐUA THEO NHÓM — THÁNG 09/2021');
    expect((wb.worksheets[0].getRow(5).values as unknown[]).slice(1, 10)).toEqual([1, 'Nhóm 1', 9, 27, 33.33, 9, 9, undefined, 80]);
  });
});
