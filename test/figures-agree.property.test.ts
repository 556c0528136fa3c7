// Every view gives the same figure for the same filter (issue 14), for random campaigns made through
// the real API: workdays recorded by the commune and the group lead, days rained off (recorded as
// cancelled, or cancelled after recording), pours reversed by a correction, weekly reports opened,
// rated, submitted and approved. Then the dashboard (campaign, commune, last day), the workday list,
// the weekly reports, the district report, the ranking and the public page must agree. On PGlite,
// and on PostgreSQL with DATABASE_URL; a few runs keep it near a minute per database.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from './helpers/factories.js';
import { setupApp, type TestApp } from './helpers/test-app.js';
import { makeRoadWithSegments, setBusinessDate, workdayBody } from './helpers/workdays.js';

const DAYS = ['2021-09-11', '2021-09-18', '2021-09-25'];
const WEEKS = ['2021-09-06', '2021-09-13', '2021-09-20'];

interface Spec {
  commune: 0 | 1; group: 0 | 1; day: 0 | 1 | 2;
  people: number; lead: number; member: number;
  /** Metres poured (0: none) and the m³ as a share of the design volume for them. */
  metres: number; fit: number;
  fate: 'kept' | 'rained_off' | 'cancelled_after' | 'pour_reversed';
}

const spec: fc.Arbitrary<Spec> = fc.record({
  commune: fc.constantFrom(0 as const, 1 as const), group: fc.constantFrom(0 as const, 1 as const), day: fc.constantFrom(0 as const, 1 as const, 2 as const),
  people: fc.integer({ min: 1, max: 60 }),
  // A group may work in both communes on one day: at most half of each agency's staff per record.
  lead: fc.integer({ min: 0, max: 5 }), member: fc.integer({ min: 0, max: 4 }),
  metres: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 140 })), fit: fc.integer({ min: 90, max: 110 }),
  fate: fc.constantFrom('kept', 'kept', 'kept', 'rained_off', 'cancelled_after', 'pour_reversed'),
});

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
}, 120_000); // the first test of a worker also creates its database

type Totals = { officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number };
const KEYS = ['officials', 'people', 'participants', 'labourDays', 'lengthM', 'volumeM3'] as const;
const zero = (): Totals => ({ officials: 0, people: 0, participants: 0, labourDays: 0, lengthM: 0, volumeM3: 0 });
const add = (a: Totals, b: Partial<Totals>) => { for (const k of KEYS) a[k] = Math.round((a[k] + (b[k] ?? 0)) * 1000) / 1000; return a; };
const pick = (x: Partial<Totals>) => Object.fromEntries(KEYS.map((k) => [k, x[k] ?? 0]));

async function play(specs: Spec[]) {
  t = await setupApp(); // an empty database for each generated campaign
  w = await makeWorld(t.db);
  await setBusinessDate(t.db, '2021-10-20');
  const communes = [w.units.tanNam, w.units.yenThanh];
  const groups = [
    { id: w.groups.groupA.id, lead: w.agencies.leadA.id, member: w.agencies.memberA.id },
    { id: w.groups.groupB.id, lead: w.agencies.leadB.id, member: w.agencies.memberB.id },
  ];
  // Every workday pours on a fresh 150 m segment of 3 m × 0.15 m (67.5 m³).
  const segs = [(await makeRoadWithSegments(t.db, communes[0].id, 12)).segments, (await makeRoadWithSegments(t.db, communes[1].id, 12)).segments];
  const clients = { commune: [await t.as('commune.tannam'), await t.as('commune.yenthanh')], office: await t.as('coordinator') };
  const seen = new Set<string>();
  const used = [0, 0];
  for (const s of specs) {
    const key = `${s.group}|${s.commune}|${s.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const g = groups[s.group];
    const communeId = communes[s.commune].id;
    const base = workdayBody({ campaignId: w.campaign.id, communeId, groupId: g.id, day: DAYS[s.day] });
    const c = clients.commune[s.commune];
    if (s.fate === 'rained_off') {
      expect((await c.post('/api/v1/workdays', { ...base, commune: { weather: 'heavy_rain' }, cancelReason: 'Mưa lớn' })).status).toBe(201);
      continue;
    }
    const segment = segs[s.commune][used[s.commune]++];
    const volumeM3 = Math.round(s.metres * 0.45 * s.fit * 10) / 1000;
    const pours = s.metres && s.fate !== 'cancelled_after' ? [{ segmentId: segment.id, lengthM: s.metres, volumeM3 }] : [];
    const res = await c.post('/api/v1/workdays', { ...base, commune: { people: { fullDay: s.people, halfDay: s.people % 3 }, pours } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const attendance = [{ agencyId: g.lead, fullDay: s.lead, halfDay: s.lead % 2 }, { agencyId: g.member, fullDay: s.member }].filter((a) => a.fullDay > 0);
    if (attendance.length) expect((await clients.office.patch(`/api/v1/workdays/${res.body.id}/group`, { attendance })).status).toBe(200);
    if (s.fate === 'cancelled_after') expect((await c.post(`/api/v1/workdays/${res.body.id}/cancel`, { reason: 'Mưa giữa buổi' })).status).toBe(200);
    if (s.fate === 'pour_reversed' && pours.length) expect((await c.patch(`/api/v1/workdays/${res.body.id}/commune`, { pours: [] })).status).toBe(200);
  }
  // Each commune reports every week it worked; the office approves.
  for (const [i, commune] of communes.entries()) {
    for (const week of WEEKS) {
      const opened = await clients.commune[i].post('/api/v1/weekly-reports', { campaignId: w.campaign.id, communeId: commune.id, weekStart: week });
      expect(opened.status).toBe(201);
      const ratings = opened.body.groupsToRate.map((x: { id: number }) => ({ groupId: x.id, responsibility: 'tot', effectiveness: 'kha' }));
      // A group that worked with no attendance entered (both counts drawn as 0) is declared missing, as the chain asks.
      const missingAttendance = (opened.body.figures?.missingAttendance ?? []).map((g: { groupId: number }) => ({ groupId: g.groupId, reason: 'Nhóm chưa nhập điểm danh' }));
      if (ratings.length || missingAttendance.length) {
        expect((await clients.commune[i].patch(`/api/v1/weekly-reports/${opened.body.id}`, { ratings, ...(missingAttendance.length ? { missingAttendance } : {}) })).status).toBe(200);
      }
      expect((await clients.commune[i].post(`/api/v1/weekly-reports/${opened.body.id}/submit`, {})).status).toBe(200);
      expect((await clients.office.post(`/api/v1/weekly-reports/${opened.body.id}/approve`, {})).status).toBe(200);
    }
  }
  return { communes, groups };
}

describe('every view gives the same figure for the same filter', () => {
  it('dashboard, workday list, weekly and district reports, ranking and public page agree on random campaigns', async () => {
    await fc.assert(fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 9 }), async (specs) => {
      const { communes, groups } = await play(specs);
      const leader = await t.as('leader');
      const office = await t.as('coordinator');
      const dash = (await leader.get(`/api/v1/dashboard?campaignId=${w.campaign.id}`)).body;
      const list = (await office.get(`/api/v1/workdays?campaignId=${w.campaign.id}`)).body.items as Array<{ day: string; status: string; commune: { id: number }; group: { id: number }; totals: Totals }>;
      const district = (await office.get(`/api/v1/campaigns/${w.campaign.id}/district-report?kind=month&start=2021-09`)).body;
      const ranking = (await leader.get(`/api/v1/campaigns/${w.campaign.id}/ranking`)).body;
      const pub = (await t.client().get(`/api/v1/public/summary?campaign=${w.campaign.id}`)).body;

      const fromList = (f: (x: (typeof list)[number]) => boolean) => list.filter(f).reduce((a, x) => add(a, x.totals), zero());
      const all = fromList(() => true);
      const recorded = list.filter((x) => x.status === 'recorded');
      const work = dash.headline.campaign.work;

      // The whole campaign: dashboard = workday list = district report (all weeks approved).
      if (recorded.length) {
        expect(pick(work)).toEqual(pick(all));
        expect(work.workdays).toBe(recorded.length);
      } else expect(work.available === false || work.workdays === 0).toBe(true);
      expect(pick(district.totals)).toEqual(pick(all));
      expect(district.missing).toEqual([]);
      // The public page: m³ and metres poured, per commune and in all.
      expect(pub.totals.volumeM3).toBe(all.volumeM3);
      expect(pub.totals.lengthM).toBe(all.lengthM);
      // Km finished and accepted (segments the workdays poured to their design volume): the same on the dashboard and the public page.
      const roads = dash.headline.campaign.roads;
      expect([pub.totals.finishedKm, pub.totals.acceptedKm, pub.totals.beforeKm]).toEqual([roads.finishedKm, roads.acceptedKm, roads.beforeKm]);
      for (const c of communes) {
        const mine = fromList((x) => x.commune.id === c.id);
        const card = dash.communes.find((x: { commune: { id: number } }) => x.commune.id === c.id);
        if (card.work.available) expect(pick(card.work)).toEqual(pick(mine));
        else expect(mine).toEqual(zero());
        expect(pick(district.communes.find((x: { commune: { id: number } }) => x.commune.id === c.id))).toEqual(pick(mine));
        expect(pub.communes.find((x: { commune: { id: number } }) => x.commune.id === c.id).volumeM3).toBe(mine.volumeM3);
      }
      // The last day: dashboard = list of that day.
      const last = dash.headline.lastDay;
      if (last?.work.available) expect(pick(last.work)).toEqual(pick(fromList((x) => x.day === last.day)));
      // Per group: ranking (officials' labour-days, the group's m³) and district report = the list.
      for (const g of groups) {
        const mine = list.filter((x) => x.group.id === g.id && x.status === 'recorded');
        const officials = mine.reduce((a, x) => a + x.totals.officials, 0);
        const m3 = Math.round(mine.reduce((a, x) => a + x.totals.volumeM3, 0) * 1000) / 1000;
        const r = ranking.groups.find((x: { id: number }) => x.id === g.id);
        expect(r.participants).toBe(officials);
        expect(r.volumeM3).toBeCloseTo(m3, 6);
        expect(r.participationPercent).toBeLessThanOrEqual(100);
        const d = district.groups.find((x: { groupId: number }) => x.groupId === g.id);
        if (mine.length) expect(pick(d)).toEqual(pick(mine.reduce((a, x) => add(a, x.totals), zero())));
      }
    }), { numRuns: Number(process.env.FIGURES_RUNS ?? 3), endOnFailure: true });
  }, 600_000);
});
