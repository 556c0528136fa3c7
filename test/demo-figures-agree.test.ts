// The demo itself (issue 14, "Done when"): for each of the demo's Saturdays with records and for
// the whole campaign, the dashboard, the workday list, the district report, the ranking, the
// public page and the criterion 2 page give the same figures; every segment poured or accepted has
// workday records behind it that reach its design volume, unless it was poured before the
// campaign's first day (then its history says why, and the campaign's figures count it apart);
// the public page's finished-road photos are the workday photos of accepted segments, tagged with
// commune, road, segment, day and phase. On PGlite, and on PostgreSQL with DATABASE_URL.
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStore } from '../server/files/store.js';
import { DEMO_PASSWORD } from '../server/demo/demo-data.js';
import { POURED_BEFORE_CAMPAIGN } from '../server/demo/seed-demo-roads.js';
import { seedDemo } from '../server/demo/seed-demo.js';
import { setupApp, type TestApp, type TestClient } from './helpers/test-app.js';

type Totals = { officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number };
const KEYS = ['officials', 'people', 'participants', 'labourDays', 'lengthM', 'volumeM3'] as const;
const zero = (): Totals => ({ officials: 0, people: 0, participants: 0, labourDays: 0, lengthM: 0, volumeM3: 0 });
const add = (a: Totals, b: Partial<Totals>) => { for (const k of KEYS) a[k] = Math.round((a[k] + (b[k] ?? 0)) * 1000) / 1000; return a; };
const pick = (x: Partial<Totals>) => Object.fromEntries(KEYS.map((k) => [k, x[k] ?? 0]));
const km = (mm: number) => Math.round(mm / 1000) / 1000;
/** The Monday of a day's week (the demo's report weeks run Monday to Sunday). */
const mondayOf = (day: string) => { const d = new Date(`${day}T00:00:00Z`); d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); return d.toISOString().slice(0, 10); };

let t: TestApp;
let leader: TestClient;
let office: TestClient;
let campaign: { id: number; start: string };
type Item = { id: number; day: string; status: string; commune: { id: number; name: string }; group: { id: number; name: string }; totals: Totals };
let list: Item[];

beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db, { files: new LocalFileStore(path.join(t.dataDir, 'files')) });
  leader = await t.client().login('leader', DEMO_PASSWORD);
  office = await t.client().login('coordinator', DEMO_PASSWORD);
  const c = await t.db.selectFrom('campaigns').select(['id', sql<string>`to_char(start_date, 'YYYY-MM-DD')`.as('start')]).executeTakeFirstOrThrow();
  campaign = { id: c.id, start: c.start };
  list = (await office.get(`/api/v1/workdays?campaignId=${c.id}`)).body.items;
}, 300_000);

const sumOf = (f: (x: Item) => boolean) => list.filter((x) => x.status === 'recorded' && f(x)).reduce((a, x) => add(a, x.totals), zero());

describe('the demo: every figure is the same on every page', () => {
  it('backs every poured or accepted segment with workdays reaching its design volume, or marks it poured before the campaign', async () => {
    const rows = await sql<{ id: number; status: string; poured_on: string | null; design: number; litres: number; reason: string | null }>`
      select s.id, s.status, to_char(s.poured_on, 'YYYY-MM-DD') as poured_on,
             ((s.to_mm - s.from_mm)::numeric * coalesce(s.width_mm, r.width_mm) * coalesce(s.thickness_mm, r.thickness_mm) / 1e6)::float8 as design,
             coalesce((select sum(p.litres) from workday_pours p join workdays w on w.id = p.workday_id where p.segment_id = s.id and w.status = 'recorded'), 0)::float8 as litres,
             (select h.reason from segment_history h where h.segment_id = s.id and h.to_status = 'poured' order by h.id desc limit 1) as reason
        from segments s join roads r on r.id = s.road_id where s.status in ('poured', 'accepted') order by s.id`.execute(t.db);
    const byWorkdays = rows.rows.filter((s) => s.poured_on! >= campaign.start);
    const before = rows.rows.filter((s) => s.poured_on! < campaign.start);
    expect(byWorkdays.length).toBeGreaterThan(0);
    for (const s of byWorkdays) expect(Number(s.litres), `segment ${s.id}`).toBeGreaterThanOrEqual(Number(s.design) * 0.95);
    for (const s of before) expect(s.reason, `segment ${s.id}`).toBe(POURED_BEFORE_CAMPAIGN);
    expect(byWorkdays.length + before.length).toBe(rows.rows.length);
  });

  it('gives each Saturday the same figures on the workday list, the dashboard (series and latest day) and the district weekly report', async () => {
    const dash = (await leader.get(`/api/v1/dashboard?campaignId=${campaign.id}`)).body;
    const days = [...new Set(list.map((x) => x.day))].sort();
    expect(days.length).toBeGreaterThanOrEqual(5); // 11/09, 18/09, 25/09, 02/10 and 16/10
    for (const day of days) {
      const mine = sumOf((x) => x.day === day);
      // The list of that day, as the workday page asks for it.
      const ofDay = (await office.get(`/api/v1/workdays?campaignId=${campaign.id}&day=${day}`)).body.items as Item[];
      expect(pick(ofDay.filter((x) => x.status === 'recorded').reduce((a, x) => add(a, x.totals), zero())), day).toEqual(pick(mine));
      // The dashboard's weekly series (one campaign day a week).
      const week = dash.weeks.find((w: { endDay: string }) => w.endDay === day);
      expect([week.weekLengthM, week.weekM3], day).toEqual([mine.lengthM, mine.volumeM3]);
      // The district report of the day's week: the figures of the communes whose report was approved,
      // and the others named as missing (never counted as 0).
      const report = (await office.get(`/api/v1/campaigns/${campaign.id}/district-report?kind=week&start=${mondayOf(day)}`)).body;
      const reported = new Set(report.included.map((r: { commune: string }) => r.commune));
      const missing = new Set(report.missing.map((m: { commune: { name: string } }) => m.commune.name));
      expect(pick(report.totals), day).toEqual(pick(sumOf((x) => x.day === day && reported.has(x.commune.name))));
      for (const name of new Set(list.filter((x) => x.day === day).map((x) => x.commune.name))) {
        expect(reported.has(name) !== missing.has(name), `${day} ${name}: reported or named missing`).toBe(true);
        if (reported.has(name)) {
          expect(pick(report.communes.find((x: { commune: { name: string } }) => x.commune.name === name)), `${day} ${name}`).toEqual(pick(sumOf((x) => x.day === day && x.commune.name === name)));
        }
      }
    }
    // The latest Saturday on the dashboard's headline.
    const last = dash.headline.lastDay;
    expect(last.day).toBe('2021-10-16');
    expect(pick(last.work)).toEqual(pick(sumOf((x) => x.day === last.day)));
  });

  it('gives the whole campaign the same figures on the dashboard, the district report, the public page, the ranking and the criterion 2 page', async () => {
    const all = sumOf(() => true);
    const dash = (await leader.get(`/api/v1/dashboard?campaignId=${campaign.id}`)).body;
    expect(pick(dash.headline.campaign.work)).toEqual(pick(all));
    // The district report of each month: the workdays of the weeks whose reports were approved.
    for (const m of [...new Set(list.map((x) => x.day.slice(0, 7)))]) {
      const report = (await office.get(`/api/v1/campaigns/${campaign.id}/district-report?kind=month&start=${m}`)).body;
      const reported = new Set(report.included.map((r: { commune: string; weekStart: string }) => `${r.commune}|${String(r.weekStart).slice(0, 10)}`));
      expect(pick(report.totals), m).toEqual(pick(sumOf((x) => x.day.startsWith(m) && reported.has(`${x.commune.name}|${mondayOf(x.day)}`))));
    }
    // The public page: work and km per commune and in all, the same as the dashboard's.
    const pub = (await t.client().get(`/api/v1/public/summary?campaign=${campaign.id}`)).body;
    for (const k of ['lengthM', 'volumeM3', 'participants', 'labourDays'] as const) expect(pub.totals[k], k).toBe(all[k]);
    const roads = dash.headline.campaign.roads;
    expect({ finishedKm: pub.totals.finishedKm, acceptedKm: pub.totals.acceptedKm, beforeKm: pub.totals.beforeKm })
      .toEqual({ finishedKm: roads.finishedKm, acceptedKm: roads.acceptedKm, beforeKm: roads.beforeKm });
    // What the campaign finished it poured: its km finished are within the metres its workdays poured.
    expect(roads.finishedKm).toBeGreaterThan(0);
    expect(roads.finishedKm * 1000).toBeLessThanOrEqual(all.lengthM);
    for (const card of dash.communes as Array<{ commune: { id: number; name: string }; finishedKm: number; acceptedKm: number; beforeKm: number; work: Totals & { available: boolean } }>) {
      const mine = sumOf((x) => x.commune.id === card.commune.id);
      if (card.work.available) expect(pick(card.work)).toEqual(pick(mine));
      const p = pub.communes.find((x: { commune: { id: number } }) => x.commune.id === card.commune.id);
      expect([p.finishedKm, p.acceptedKm, p.beforeKm, p.volumeM3], card.commune.name).toEqual([card.finishedKm, card.acceptedKm, card.beforeKm, mine.volumeM3]);
      // Criterion 2 counts every accepted km, whoever poured it: the campaign's and those poured before it.
      const crit = (await leader.get(`/api/v1/criterion2/communes/${card.commune.id}`)).body;
      const acceptedBefore = await sql<{ mm: number }>`select coalesce(sum(s.to_mm - s.from_mm), 0)::bigint as mm from segments s join roads r on r.id = s.road_id
        where r.commune_id = ${card.commune.id} and r.surface_before <> 'hardened' and s.status = 'accepted' and s.poured_on < ${campaign.start}::date`.execute(t.db);
      const critAccepted = crit.indicators.reduce((a: number, i: { acceptedKm: number }) => a + i.acceptedKm, 0);
      expect(Math.round(critAccepted * 1000) / 1000, card.commune.name).toBe(Math.round((card.acceptedKm + km(Number(acceptedBefore.rows[0].mm))) * 1000) / 1000);
    }
    // The ranking: each group's officials and m³ are those of its workday records.
    const ranking = (await leader.get(`/api/v1/campaigns/${campaign.id}/ranking`)).body;
    for (const g of ranking.groups as Array<{ id: number; name: string; participants: number; volumeM3: number; participationPercent: number }>) {
      const mine = sumOf((x) => x.group.id === g.id);
      expect([g.participants, g.volumeM3], g.name).toEqual([mine.officials, mine.volumeM3]);
      expect(g.participationPercent).toBeLessThanOrEqual(100);
    }
  });

  it('shows the workday photos of accepted segments on the public page, tagged with commune, road, segment, day and phase', async () => {
    const pub = (await t.client().get(`/api/v1/public/summary?campaign=${campaign.id}`)).body;
    const photos = pub.photos as Array<{ id: number; phase: string; day: string; commune: string; roads: string }>;
    expect(photos.length).toBeGreaterThanOrEqual(2);
    expect(new Set(photos.map((p) => p.phase))).toEqual(new Set(['before', 'after']));
    const ids = photos.map((p) => p.id);
    const tags = await t.db.selectFrom('workday_photos as p').innerJoin('photo_tags as g', 'g.file_id', 'p.file_id').innerJoin('segments as s', 's.id', 'g.segment_id')
      .innerJoin('workdays as w', 'w.id', 'p.workday_id')
      .select(['p.id', 'p.phase', 'g.phase as tagPhase', 'g.commune_id', 'w.commune_id as workdayCommune', 'g.road_id', 's.road_id as segmentRoad', 's.status',
        sql<string>`to_char(g.taken_on, 'YYYY-MM-DD')`.as('tagDay'), sql<string>`to_char(w.day, 'YYYY-MM-DD')`.as('day')])
      .where('p.id', 'in', ids).execute();
    expect(tags).toHaveLength(ids.length);
    for (const g of tags) {
      expect([g.tagPhase, g.commune_id, g.road_id, g.tagDay, g.status]).toEqual([g.phase, g.workdayCommune, g.segmentRoad, g.day, 'accepted']);
    }
    const res = await t.app.request(`/api/v1/public/photos/${ids[0]}`);
    expect(res.status).toBe(200);
  });
});
