// The demo's Saturday 16/10/2021: a workday in Tân Nam and in Yên Thành, both weekly reports
// approved (Tân Nam's after being returned and resubmitted), the district weekly report ready
// with its number, and the ranking showing every group.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;

beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
}, 300_000);

describe('demo workdays and reports', () => {
  it('records a Saturday in both communes and approves both reports, one after a return', async () => {
    const wd = await t.db.selectFrom('workdays as w').innerJoin('admin_units as u', 'u.id', 'w.commune_id').select(['u.name', 'w.day', 'w.status']).orderBy('u.name').execute();
    expect(wd).toEqual([{ name: 'Tân Nam', day: '2021-10-16', status: 'recorded' }, { name: 'Yên Thành', day: '2021-10-16', status: 'recorded' }]);
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
    expect(r.totals.workdays).toBe(2);
    const ranking = (await c.get(`/api/v1/campaigns/${campaign.id}/ranking`)).body;
    expect(ranking.groups).toHaveLength(7);
    const pdf = await t.app.request(`/api/v1/campaigns/${campaign.id}/district-report/export?kind=week&start=2021-10-11&format=pdf`, { headers: { cookie: c.cookie! } });
    expect(pdf.status).toBe(200);
  });
});
