// The role homes over HTTP on both databases (PGlite, or PostgreSQL with DATABASE_URL): each role
// gets the cards of its own work, scoped to its commune or groups, and each card and item links to
// the action; what is done leaves the count.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { ctxAs, makePlanWorld, SATURDAY, setToday, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeCementLot, recordSaturday } from '../../../test/helpers/workdays.js';
import { transitionSegment } from '../roads/index.js';

let t: TestApp;
let w: PlanWorld;
let planId: number;
let entryId: number;

interface Card { kind: string; count: number; link: string; day?: string; status?: string; redItems?: number; items: Array<{ id: number | string; label: string; state?: string; link: string; day?: string }> }
async function home(user: string): Promise<Card[]> {
  const res = await (await t.as(user)).get('/api/v1/home');
  expect(res.status).toBe(200);
  return res.body.cards as Card[];
}
const card = (cards: Card[], kind: string) => cards.find((c) => c.kind === kind);

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  const c = await t.as('coordinator');
  planId = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body.id;
  entryId = (await c.post(`/api/v1/plans/${planId}/entries`, {
    groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 24, targetVolumeM3: 12,
  })).body.entryId;
});

describe('GET /home', () => {
  it('needs a session', async () => {
    expectError(await t.client().get('/api/v1/home'), 401, 'UNAUTHENTICATED');
  });

  it("gives the office its week: the draft plan with its red items first, the dashboard after", async () => {
    const cards = await home('coordinator');
    const next = card(cards, 'nextDay')!;
    expect(next).toMatchObject({ day: SATURDAY, status: 'draft', link: `/plans/${planId}` });
    expect(next.redItems).toBeGreaterThan(0);
    expect(next.count).toBe(1 + next.redItems!);
    expect(next.items).toEqual([expect.objectContaining({ id: entryId, state: 'red', link: `/plans/${planId}` })]);
    expect(cards.findIndex((x) => x.kind === 'nextDay')).toBeLessThan(cards.findIndex((x) => x.kind === 'dashboard'));
    // Nothing of the commune's or the inspector's queues.
    expect(card(cards, 'record')).toBeUndefined();
    expect(card(cards, 'inspectLots')).toBeUndefined();
  });

  it('asks the group lead to register, then the commune (and only that commune) to confirm', async () => {
    const registerLink = `/registrations?campaign=${w.campaign.id}&day=${SATURDAY}&register=1`;
    expect(card(await home('group_lead'), 'register')).toMatchObject({ count: 1, day: SATURDAY, link: registerLink, items: [{ id: w.groups.groupA.id, state: 'todo', link: registerLink }] });
    expect(card(await home('commune.tannam'), 'confirmRegistrations')!.count).toBe(0);
    const r = await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 24, targetVolumeM3: 12,
    });
    expect(r.status).toBe(201);
    expect(card(await home('group_lead'), 'register')).toMatchObject({ count: 0, link: '/registrations', items: [{ state: 'done', link: `/registrations?campaign=${w.campaign.id}&day=${SATURDAY}` }] });
    const tanNam = card(await home('commune.tannam'), 'confirmRegistrations')!;
    expect(tanNam).toMatchObject({ count: 1, link: '/registrations', items: [{ id: r.body.id, day: SATURDAY, state: 'waiting' }] });
    expect(card(await home('commune.yenthanh'), 'confirmRegistrations')!.count).toBe(0);
    // The commune decides: the card empties.
    await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.body.id}/confirm`, {});
    expect(card(await home('commune.tannam'), 'confirmRegistrations')!.count).toBe(0);
  });

  it("on the Saturday the commune's card opens the record of each published entry; the group lead's, its attendance", async () => {
    const office = await t.as('coordinator');
    expect((await office.post(`/api/v1/plans/${planId}/publish`, { reason: 'Đã thống nhất với xã, vật liệu về chiều thứ Sáu' })).status).toBe(200);
    // Before the day: the commune sees the published plan of this Saturday, not a record to make.
    const before = await home('commune.tannam');
    expect(card(before, 'nextDay')).toMatchObject({ status: 'published', items: [expect.objectContaining({ id: entryId })] });
    expect(card(await home('commune.yenthanh'), 'nextDay')!.items).toEqual([]);
    await setToday(t.db, SATURDAY);
    const rec = card(await home('commune.tannam'), 'record')!;
    const link = `/workdays/new?campaignId=${w.campaign.id}&communeId=${w.units.tanNam.id}&groupId=${w.groups.groupA.id}&day=${SATURDAY}&planEntryId=${entryId}`;
    expect(rec).toMatchObject({ count: 1, day: SATURDAY, link, items: [{ id: entryId, state: 'todo', link }] });
    const id = await recordSaturday(await t.as('commune.tannam'), null, { campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, segmentId: w.roadA.segmentIds[0], day: SATURDAY, m3: 6 });
    await t.db.updateTable('workdays').set({ plan_entry_id: entryId }).where('id', '=', id).execute();
    expect(card(await home('commune.tannam'), 'record')).toMatchObject({ count: 0, items: [{ state: 'done', link: `/workdays/${id}` }] });
    // The commune's part is in; the group lead still has its attendance to enter.
    expect(card(await home('group_lead'), 'record')).toMatchObject({ count: 1, link: `/workdays/${id}`, items: [{ state: 'partial' }] });
  });

  it("gives the inspector the lots to test and the segments to accept, and the commune its overdue reports", async () => {
    const { lot } = await makeCementLot(t.db, w.units.tanNam.id, w.users.inspector.id, { passed: false });
    const coordinator = ctxAs(t.db, w.users.coordinator);
    for (const to of ['ready', 'in_progress', 'poured'] as const) {
      await transitionSegment(coordinator, w.roadA.segmentIds[1], { to, date: to === 'poured' ? '2021-10-16' : undefined, reason: null });
    }
    const cards = await home('inspector');
    expect(card(cards, 'inspectLots')).toMatchObject({ count: 1, link: `/stock/lots/${lot.id}` });
    expect(card(cards, 'acceptSegments')).toMatchObject({ count: 1, link: `/roads/${w.roadA.id}?accept=${w.roadA.segmentIds[1]}`, items: [{ id: w.roadA.segmentIds[1], day: '2021-10-16' }] });
    // Two weeks on, the weeks whose deadline passed without a report are overdue, each opening its week.
    await setToday(t.db, '2021-11-03');
    const reports = card(await home('commune.tannam'), 'reports')!;
    expect(reports.count).toBeGreaterThan(0);
    const overdue = reports.items.filter((i) => i.state === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0].link).toBe(`/weekly-reports?campaignId=${w.campaign.id}&weekStart=${overdue[0].day}`);
    expect(card(await home('leader'), 'reports')).toBeUndefined();
    expect((await home('leader'))[0].kind).toBe('dashboard');
  });
});
