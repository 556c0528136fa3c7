// The demo's Saturday 16/10/2021: a workday in Tân Nam and in Yên Thành, both weekly reports
// approved (Tân Nam's after being returned and resubmitted), the district weekly report ready
// with its number, and the ranking showing every group.
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from '../files/store.js';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;

beforeAll(async () => {
  t = await setupApp();
  // The server's own file folder, as `npm start` passes it: the demo workdays get their photos.
  await seedDemo(t.db, { files: new LocalFileStore(path.join(t.dataDir, 'files')) });
}, 300_000);

describe('demo workdays and reports', () => {
  it('records a Saturday in both communes and approves both reports, one after a return', async () => {
    // Nhóm 3's four first Saturdays in Tân Nam come before (seed-demo-early-workdays.ts); this is 16/10.
    const wd = await t.db.selectFrom('workdays as w').innerJoin('admin_units as u', 'u.id', 'w.commune_id').innerJoin('groups as g', 'g.id', 'w.group_id')
      .select(['u.name', 'g.name as team', 'w.day', 'w.status']).where('w.day', '=', '2021-10-16').orderBy('u.name').orderBy('g.ordinal').execute();
    // The military command pours its own road in Tân Nam beside Nhóm 1 (issue 18).
    expect(wd).toEqual([{ name: 'Tân Nam', team: 'Nhóm 1', day: '2021-10-16', status: 'recorded' }, { name: 'Tân Nam', team: 'Ban chỉ huy Quân sự huyện', day: '2021-10-16', status: 'recorded' },
      { name: 'Yên Thành', team: 'Nhóm 4', day: '2021-10-16', status: 'recorded' }]);
    const reports = await t.db.selectFrom('weekly_reports as r').innerJoin('admin_units as u', 'u.id', 'r.commune_id')
      .select(['r.id', 'u.name', 'r.status', 'r.on_time']).orderBy('u.name').execute();
    expect(reports.map((r) => [r.name, r.status, r.on_time])).toEqual([['Tân Nam', 'approved', true], ['Yên Thành', 'approved', true]]);
    const history = await t.db.selectFrom('weekly_report_history').select('action').where('report_id', '=', reports[0].id).orderBy('id').execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'submit', 'return', 'submit', 'approve']);
  });

  it('gives the district weekly report from both approved reports and a ranking of every group', async () => {
    const c = t.client();
    await c.login('leader', DEMO_PASSWORD);
    const campaign = await t.db.selectFrom('campaigns').select('id').executeTakeFirstOrThrow();
    const r = (await c.get(`/api/v1/campaigns/${campaign.id}/district-report?kind=week&start=2021-10-11`)).body;
    expect(r.missing).toEqual([]);
    expect(r.included).toHaveLength(2);
    expect(r.meta.number).toBe('15/BC-VPĐP');
    expect(r.totals.workdays).toBe(3);
    const ranking = (await c.get(`/api/v1/campaigns/${campaign.id}/ranking`)).body;
    expect(ranking.groups).toHaveLength(8);
    expect(ranking.groups.filter((g: { kind: string }) => g.kind === 'agency').map((g: { name: string }) => g.name)).toEqual(['Ban chỉ huy Quân sự huyện']);
    const pdf = await t.app.request(`/api/v1/campaigns/${campaign.id}/district-report/export?kind=week&start=2021-10-11&format=pdf`, { headers: { cookie: c.cookie! } });
    expect(pdf.status).toBe(200);
  });

  it('gives each demo workday a photo before and after, with EXIF time and GPS, shown on the segment drill-down', async () => {
    const photos = await t.db.selectFrom('workday_photos as p').innerJoin('workdays as w', 'w.id', 'p.workday_id').innerJoin('admin_units as u', 'u.id', 'w.commune_id')
      .select(['p.id', 'u.name', 'p.phase', 'p.side', 'p.taken_at', 'p.latitude', 'p.longitude', 'p.width']).where('w.day', '=', '2021-10-16').orderBy('p.id').execute();
    expect(photos.map((p) => [p.name, p.phase, p.side])).toEqual([
      ['Tân Nam', 'before', 'commune'], ['Tân Nam', 'after', 'commune'], ['Yên Thành', 'before', 'commune'], ['Yên Thành', 'after', 'commune']]);
    // 07:40 in Vietnam is 00:40 UTC; Tân Nam's road has a geometry, so its photos carry its start point.
    expect(new Date(photos[0].taken_at!).toISOString()).toBe('2021-10-16T00:40:00.000Z');
    expect(Number(photos[0].latitude)).toBeCloseTo(22.3412, 3);
    expect(Number(photos[0].longitude)).toBeCloseTo(104.6695, 3);
    expect(photos[0].width).toBe(1600);

    const c = await t.client().login('leader', DEMO_PASSWORD);
    const pour = await t.db.selectFrom('workday_pours as wp').innerJoin('workdays as w', 'w.id', 'wp.workday_id').innerJoin('groups as g', 'g.id', 'w.group_id')
      .select('wp.segment_id').where('g.name', '=', 'Nhóm 1').executeTakeFirstOrThrow();
    const drill = await c.get(`/api/v1/dashboard/segments/${pour.segment_id}`);
    expect(drill.status).toBe(200);
    const shown = JSON.stringify(drill.body);
    expect(shown).toContain(`/api/v1/workday-photos/${photos[0].id}/display`);
    const display = await t.app.request(`/api/v1/workday-photos/${photos[1].id}/display`, { headers: { cookie: c.cookie! } });
    expect(display.status).toBe(200);
    const meta = await sharp(new Uint8Array(await display.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1280, 960]);
  });
});
