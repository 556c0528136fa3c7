// The leadership dashboard and the public summary are read with a fixed number of SQL statements,
// whatever the number of communes (issue 19): a campaign of 2 communes and the same campaign with
// 20 more, each with a road, segments and a recorded workday, cost the same statements. Counted,
// never timed; on PGlite and, with DATABASE_URL, on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWork } from '../server/modules/dashboard/index.js';
import { statementCount } from '../server/db/statement-count.js';
import { makeWorld, type World } from './helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from './helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await makeWork(t, w);
});

/** `n` more communes in the campaign, each with a 500 m road (accepted, poured, planned stretches) and a recorded workday. */
async function addCommunes(n: number) {
  const db = t.db;
  const mix = await db.selectFrom('mix_tables').select('id').orderBy('id').executeTakeFirstOrThrow();
  const days = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', w.campaign.id).orderBy('day').limit(2).execute();
  for (let i = 1; i <= n; i++) {
    const unit = await db.insertInto('admin_units').values({ parent_id: w.units.district.id, level: 'commune', name: `Xã thêm ${i}`, code: null, search_text: `xa them ${i}` })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('campaign_communes').values({ campaign_id: w.campaign.id, unit_id: unit.id }).execute();
    const road = await db.insertInto('roads').values({ commune_id: unit.id, name: `Đường thôn ${i}`, road_class: 'village', length_mm: 500_000, surface_before: 'earth',
      width_mm: 3000, thickness_mm: 180, mix_table_id: mix.id, grade: 'M250', stone: '1x2', search_text: `duong thon ${i}` }).returning('id').executeTakeFirstOrThrow();
    const [first] = await db.insertInto('segments').values([
      { road_id: road.id, from_mm: 0, to_mm: 100_000, status: 'accepted', poured_on: String(days[0].day), accepted_on: String(days[1].day) },
      { road_id: road.id, from_mm: 100_000, to_mm: 200_000, status: 'poured', poured_on: String(days[1].day) },
      { road_id: road.id, from_mm: 200_000, to_mm: 500_000, status: 'planned' },
    ]).returning('id').execute();
    const workday = await db.insertInto('workdays').values({ client_id: randomUUID(), client_hash: 'x', campaign_id: w.campaign.id, commune_id: unit.id,
      group_id: w.groups.groupB.id, day: String(days[0].day), created_by: w.users.coordinator.id, created_side: 'office', people_full: 5, people_half: 1 })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('workday_attendance').values({ workday_id: workday.id, agency_id: w.agencies.leadB.id, full_day: 3, half_day: 1, names: JSON.stringify([]) }).execute();
    await db.insertInto('workday_pours').values({ workday_id: workday.id, segment_id: first.id, length_mm: 100_000, litres: 54_000 }).execute();
  }
}

/** Statements one request sends, after a first request has warmed the session. */
async function statementsOf(c: TestClient, url: string) {
  expect((await c.get(url)).status).toBe(200);
  const before = statementCount();
  const res = await c.get(url);
  expect(res.status).toBe(200);
  return { statements: statementCount() - before, body: res.body };
}

describe('statements per read, against the number of communes', () => {
  it('the dashboard and the public summary send as many statements for 22 communes as for 2', async () => {
    const leader = await t.as('leader');
    const dashboard = `/api/v1/dashboard?campaignId=${w.campaign.id}`;
    const summary = `/api/v1/public/summary?campaign=${w.campaign.id}`;
    const small = { dashboard: await statementsOf(leader, dashboard), summary: await statementsOf(t.client(), summary) };
    expect(small.dashboard.body.communes).toHaveLength(2);

    await addCommunes(20);
    const large = { dashboard: await statementsOf(leader, dashboard), summary: await statementsOf(t.client(), summary) };
    // The extra communes are read: 22 communes, each new one with its road, 200 m finished and its workday.
    expect(large.dashboard.body.communes).toHaveLength(22);
    expect(large.dashboard.body.communes.find((c: { commune: { name: string } }) => c.commune.name === 'Xã thêm 7'))
      .toMatchObject({ roads: 1, finishedKm: 0.2, acceptedKm: 0.1, totalKm: 0.5, work: { workdays: 1, lengthM: 100, volumeM3: 54 } });
    expect(large.dashboard.body.headline.campaign.work).toMatchObject({ workdays: 21 });
    expect(large.summary.body.communes).toHaveLength(21); // communes with roads: Tân Nam and the 20 new ones
    expect(large.summary.body.totals).toMatchObject({ roads: 21, finishedKm: 4.35, acceptedKm: 2.2 });

    expect(large.dashboard.statements).toBe(small.dashboard.statements);
    expect(large.summary.statements).toBe(small.summary.statements);
  });
});
