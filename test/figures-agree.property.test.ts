// Every view gives the same figure for the same filter (issue 14), for random campaigns made through
// the real API: weekly plans with entries and group registrations split by agency (confirmed,
// amended, declined or left waiting) made before the days; then workdays recorded by the commune
// and the group lead, days rained off (recorded as cancelled, or cancelled after recording), pours
// reversed by a correction, weekly reports opened, rated, submitted and approved. The plan page, the
// plan calendar, the dashboard's next day, the commune's home card and the registration lists must
// agree on planned and registered figures; the dashboard (campaign, commune, last day), the workday
// list, the weekly reports, the district report, the ranking, the registered-vs-actual view and the
// public page on what was done. On PGlite, and on PostgreSQL with DATABASE_URL; FIGURES_RUNS
// campaigns (3 by default) keep it near a minute per database.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { participationBp } from '../domain/figures.js';
import { makeUser, makeWorld, type World } from './helpers/factories.js';
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
  // A group may work in both communes on one day: at most half of each agency's staff per record
  // (full and half days: the lead's 4 + 0 or 3 + 1 of Phòng Kinh tế - Hạ tầng's 11, the member's 4 of 9).
  lead: fc.integer({ min: 0, max: 4 }), member: fc.integer({ min: 0, max: 4 }),
  metres: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 140 })), fit: fc.integer({ min: 90, max: 110 }),
  fate: fc.constantFrom('kept', 'kept', 'kept', 'rained_off', 'cancelled_after', 'pour_reversed'),
});

/** A group registers for a day in a commune; each agency sends a share (0–100 %) of its staff, the lead at least one. */
interface RegSpec {
  group: 0 | 1; day: 0 | 1 | 2; commune: 0 | 1; leadShare: number; memberShare: number; targetM3: number;
  decision: 'confirm' | 'amend' | 'decline' | 'wait';
}
const regSpec: fc.Arbitrary<RegSpec> = fc.record({
  group: fc.constantFrom(0 as const, 1 as const), day: fc.constantFrom(0 as const, 1 as const, 2 as const), commune: fc.constantFrom(0 as const, 1 as const),
  leadShare: fc.integer({ min: 0, max: 100 }), memberShare: fc.integer({ min: 0, max: 100 }), targetM3: fc.integer({ min: 1, max: 30 }),
  decision: fc.constantFrom('confirm', 'amend', 'decline', 'wait'),
});
/** A plan entry: the office sends a group to a commune's segment on a day. */
interface EntrySpec { group: 0 | 1; day: 0 | 1 | 2; commune: 0 | 1; headcount: number; targetM3: number }
const entrySpec: fc.Arbitrary<EntrySpec> = fc.record({
  group: fc.constantFrom(0 as const, 1 as const), day: fc.constantFrom(0 as const, 1 as const, 2 as const), commune: fc.constantFrom(0 as const, 1 as const),
  headcount: fc.integer({ min: 1, max: 80 }), targetM3: fc.integer({ min: 1, max: 60 }),
});
interface CampaignSpec { work: Spec[]; regs: RegSpec[]; entries: EntrySpec[] }
const campaignSpec: fc.Arbitrary<CampaignSpec> = fc.record({
  work: fc.array(spec, { minLength: 1, maxLength: 9 }), regs: fc.array(regSpec, { minLength: 1, maxLength: 6 }), entries: fc.array(entrySpec, { maxLength: 6 }),
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

type Groups = Array<{ id: number; lead: number; member: number; leadStaff: number; memberStaff: number }>;
type Reg = { id: number; groupId: number; communeId: number; day: string; headcount: number; status: string; perAgency: Array<{ agencyId: number; headcount: number }> };

/**
 * Before the first day: the office plans the days, the groups register (each agency within its
 * staff, the split adding up to the headcount) and the communes answer. Then the plan page, the
 * plan calendar, the dashboard's next day, the communes' home cards and the registration lists
 * must give the same planned and registered figures. Returns the registrations as they stand.
 */
async function planAndRegister(c: CampaignSpec, communes: Array<{ id: number }>, groups: Groups, segs: Array<Array<{ id: number }>>): Promise<Reg[]> {
  await setBusinessDate(t.db, '2021-09-06'); // the Monday before the first Saturday
  const office = await t.as('coordinator');
  const leads = [await t.as('group_lead'), await t.as('lead.b')];
  const communeClients = [await t.as('commune.tannam'), await t.as('commune.yenthanh')];

  // Plans: one draft per day planned, one entry per group and day, each on a segment of its own.
  const plans = new Map<number, { id: number; version: number; headcount: number; litres: number }>();
  const planned = new Set<string>();
  const nextSegment = [12, 12];
  for (const e of c.entries) {
    if (planned.has(`${e.group}|${e.day}`)) continue;
    planned.add(`${e.group}|${e.day}`);
    if (!plans.has(e.day)) {
      const created = await office.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: DAYS[e.day] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      plans.set(e.day, { id: created.body.id, version: created.body.version, headcount: 0, litres: 0 });
    }
    const plan = plans.get(e.day)!;
    const added = await office.post(`/api/v1/plans/${plan.id}/entries`, {
      groupId: groups[e.group].id, communeId: communes[e.commune].id, segmentIds: [segs[e.commune][nextSegment[e.commune]++].id],
      headcount: e.headcount, targetVolumeM3: e.targetM3, meetingTime: '07:00', meetingPlace: 'Nhà văn hóa thôn',
    }, { 'if-match': `W/"${plan.version}"` });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    Object.assign(plan, { version: added.body.plan.version, headcount: plan.headcount + e.headcount, litres: plan.litres + e.targetM3 * 1000 });
  }

  // Registrations: the lead agency's user registers its group; the commune confirms, amends, declines or has not answered yet.
  const split = (g: Groups[number], lead: number, member: number) =>
    [{ agencyId: g.lead, headcount: lead }, { agencyId: g.member, headcount: member }].filter((x) => x.headcount > 0);
  const expected = new Map<string, { headcount: number; status: string }>();
  for (const r of c.regs) {
    const key = `${r.group}|${r.day}`;
    if (expected.has(key)) continue;
    const g = groups[r.group];
    const lead = Math.max(1, Math.round((g.leadStaff * r.leadShare) / 100));
    const member = Math.round((g.memberStaff * r.memberShare) / 100);
    const made = await leads[r.group].post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: g.id, day: DAYS[r.day], communeId: communes[r.commune].id, headcount: lead + member, perAgency: split(g, lead, member), targetVolumeM3: r.targetM3,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const commune = communeClients[r.commune];
    let headcount = lead + member;
    let status = 'submitted';
    if (r.decision === 'confirm') status = (await commune.post(`/api/v1/registrations/${made.body.id}/confirm`, {})).body.status;
    if (r.decision === 'decline') status = (await commune.post(`/api/v1/registrations/${made.body.id}/decline`, { comment: 'Xã chưa tập kết đủ vật liệu' })).body.status;
    if (r.decision === 'amend') {
      const [l, m] = [Math.ceil(lead / 2), Math.floor(member / 2)];
      const amended = await commune.post(`/api/v1/registrations/${made.body.id}/amend`, { headcount: l + m, perAgency: split(g, l, m), comment: 'Xã chỉ có một máy trộn' });
      expect(amended.status, JSON.stringify(amended.body)).toBe(200);
      [headcount, status] = [l + m, amended.body.status];
    }
    expect(status).toBe({ confirm: 'confirmed', amend: 'amended', decline: 'declined', wait: 'submitted' }[r.decision]);
    expected.set(key, { headcount, status });
  }

  // The registrations as the office and each group lead see them: the split adds up, no agency above its staff.
  const regs: Reg[] = (await office.get(`/api/v1/campaigns/${w.campaign.id}/registrations`)).body.items.map((x: any): Reg => ({
    id: x.id, groupId: x.group.id, communeId: x.commune.id, day: x.day, headcount: x.headcount, status: x.status,
    perAgency: x.perAgency.map((p: { agencyId: number; headcount: number }) => ({ agencyId: p.agencyId, headcount: p.headcount })),
  }));
  expect(regs.length).toBe(expected.size);
  for (const r of regs) {
    const gi = groups.findIndex((g) => g.id === r.groupId);
    expect({ headcount: r.headcount, status: r.status }).toEqual(expected.get(`${gi}|${DAYS.indexOf(r.day)}`));
    expect(r.perAgency.reduce((a, p) => a + p.headcount, 0)).toBe(r.headcount);
    const g = groups[gi];
    for (const p of r.perAgency) expect(p.headcount).toBeLessThanOrEqual(p.agencyId === g.lead ? g.leadStaff : g.memberStaff);
  }
  for (const [i, lead] of leads.entries()) {
    const own = (await lead.get(`/api/v1/campaigns/${w.campaign.id}/registrations`)).body.items.map((x: { id: number; headcount: number }) => [x.id, x.headcount]);
    expect(own).toEqual(expect.arrayContaining(regs.filter((r) => r.groupId === groups[i].id).map((r) => [r.id, r.headcount])));
  }

  // The plan page, the calendar and the dashboard's next day: the same headcount and m³ per day.
  const calendar = (await office.get(`/api/v1/campaigns/${w.campaign.id}/plans`)).body.items as Array<{ day: string; plan: { id: number; entries: number; headcount: number; targetVolumeM3: number } | null }>;
  for (const [day, plan] of plans) {
    const page = (await office.get(`/api/v1/plans/${plan.id}`)).body;
    expect([page.totals.headcount, page.totals.targetVolumeM3]).toEqual([plan.headcount, plan.litres / 1000]);
    expect(page.entries.reduce((a: number, e: { headcount: number }) => a + e.headcount, 0)).toBe(plan.headcount);
    const cal = calendar.find((x) => x.day === DAYS[day])!.plan!;
    expect([cal.id, cal.entries, cal.headcount, cal.targetVolumeM3]).toEqual([plan.id, page.totals.entries, page.totals.headcount, page.totals.targetVolumeM3]);
    // An entry shows its group's registration for the day, as the registration list has it.
    for (const e of page.entries as Array<{ group: { id: number }; registration: { id: number; headcount: number; status: string } | null }>) {
      const reg = regs.find((r) => r.groupId === e.group.id && r.day === DAYS[day]);
      expect(e.registration && { id: e.registration.id, headcount: e.registration.headcount, status: e.registration.status })
        .toEqual(reg ? { id: reg.id, headcount: reg.headcount, status: reg.status } : null);
    }
  }
  for (const d of calendar) if (!plans.has(DAYS.indexOf(d.day))) expect(d.plan).toBeNull();
  const next = (await (await t.as('leader')).get(`/api/v1/dashboard?campaignId=${w.campaign.id}`)).body.nextPlan;
  const first = [...plans.keys()].sort()[0];
  if (first === undefined) expect(next.available).toBe(false);
  else expect([next.planId, next.day, next.headcount, next.targetVolumeM3]).toEqual([plans.get(first)!.id, DAYS[first], plans.get(first)!.headcount, plans.get(first)!.litres / 1000]);

  // Each commune's home card: the registrations waiting for its answer, with their people.
  for (const [i, commune] of communes.entries()) {
    const waiting = regs.filter((r) => r.communeId === commune.id && r.status === 'submitted');
    const card = (await communeClients[i].get('/api/v1/home')).body.cards.find((x: { kind: string }) => x.kind === 'confirmRegistrations');
    expect(card.count).toBe(waiting.length);
    expect(card.items.map((x: { id: number; people: number }) => [x.id, x.people]).sort()).toEqual(waiting.map((r) => [r.id, r.headcount]).sort());
  }
  return regs;
}

async function play(c: CampaignSpec) {
  const specs = c.work;
  t = await setupApp(); // an empty database for each generated campaign
  w = await makeWorld(t.db);
  await makeUser(t.db, { role: 'group_lead', username: 'lead.b', agencyId: w.agencies.leadB.id });
  const communes = [w.units.tanNam, w.units.yenThanh];
  const groups: Groups = [
    { id: w.groups.groupA.id, lead: w.agencies.leadA.id, member: w.agencies.memberA.id, leadStaff: w.agencies.leadA.staff_count, memberStaff: w.agencies.memberA.staff_count },
    { id: w.groups.groupB.id, lead: w.agencies.leadB.id, member: w.agencies.memberB.id, leadStaff: w.agencies.leadB.staff_count, memberStaff: w.agencies.memberB.staff_count },
  ];
  // Every workday pours on a fresh 150 m segment of 3 m × 0.15 m (67.5 m³); plan entries take the last six.
  const segs = [(await makeRoadWithSegments(t.db, communes[0].id, 18)).segments, (await makeRoadWithSegments(t.db, communes[1].id, 18)).segments];
  const regs = await planAndRegister(c, communes, groups, segs);
  await setBusinessDate(t.db, '2021-10-20');
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
  return { communes, groups, regs };
}

describe('every view gives the same figure for the same filter', () => {
  it('plans, registrations, dashboard, workday list, weekly and district reports, ranking and public page agree on random campaigns', async () => {
    await fc.assert(fc.asyncProperty(campaignSpec, async (c) => {
      const { communes, groups, regs } = await play(c);
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
        // Participation: the domain's rate over the group's staff and the days worked, never above 100 %.
        const staff = g.leadStaff + g.memberStaff;
        expect(r.possible).toBe(staff * ranking.campaignDaysWorked);
        expect(r.participationPercent).toBe(participationBp(officials, staff * ranking.campaignDaysWorked) / 100);
        const agencies = ranking.agencies.filter((a: { group: { id: number } }) => a.group.id === g.id);
        expect(agencies.reduce((a: number, x: { participants: number }) => a + x.participants, 0)).toBe(officials);
        for (const a of agencies) {
          expect(a.participationPercent).toBe(participationBp(a.participants, a.possible) / 100);
          expect(a.participationPercent).toBeLessThanOrEqual(100);
        }
        // The dashboard's ranking section gives the ranking's rate.
        if (dash.ranking.available) expect(dash.ranking.groups.find((x: { id: number }) => x.id === g.id).participationPercent).toBe(r.participationPercent);
      }
      // Registered vs actual: every registration still standing, with the officials the workday list has for its group and day.
      const variance = (await office.get(`/api/v1/campaigns/${w.campaign.id}/registrations/variance`)).body.items as Array<{ day: string; groupId: number; registeredHeadcount: number; actualHeadcount: number | null; headcountVariance: number | null }>;
      const standing = regs.filter((r) => ['confirmed', 'amended', 'submitted'].includes(r.status));
      expect(variance.map((v) => `${v.groupId}|${v.day}`).sort()).toEqual(standing.map((r) => `${r.groupId}|${r.day}`).sort());
      for (const v of variance) {
        const reg = standing.find((r) => r.groupId === v.groupId && r.day === v.day)!;
        const mine = list.filter((x) => x.group.id === v.groupId && x.day === v.day && x.status === 'recorded');
        const officials = mine.length ? mine.reduce((a, x) => a + x.totals.officials, 0) : null;
        expect([v.registeredHeadcount, v.actualHeadcount, v.headcountVariance]).toEqual([reg.headcount, officials, officials === null ? null : officials - reg.headcount]);
      }
    }), { numRuns: Number(process.env.FIGURES_RUNS ?? 3), endOnFailure: true });
  }, 600_000);
});
