// The public transparency summary over HTTP, on the worker's database (PGlite, or PostgreSQL with
// DATABASE_URL): it works signed out, is cacheable with an ETag, holds no personal data (searched
// for every user and every person the data names), and serves only photos of accepted segments.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectDescribedBy, expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { seedDemo } from '../../demo/seed-demo.js';
import { makeWork } from '../dashboard/index.js';
import { PublicSummaryOut } from './public.http.js';

/** Every string value anywhere in a JSON value. */
function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsOf);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsOf);
  return [];
}

/** The people named anywhere in the database, except contributors who agreed to be named publicly. */
async function personalData(t: TestApp) {
  const db = t.db;
  const consented = new Set((await db.selectFrom('fund_entries').select('contributor_name').where('public_name_consent', '=', true)
    .where('contributor_name', 'is not', null).execute()).map((r) => r.contributor_name!));
  const users = await db.selectFrom('users').select(['username', 'display_name', 'email']).execute();
  const contains = [
    ...users.map((u) => u.display_name).filter((n) => !consented.has(n)), ...users.flatMap((u) => (u.email ? [u.email] : [])),
    ...(await db.selectFrom('fund_entries').select(['contributor_name', 'collected_by', 'public_name_consent']).execute())
      .flatMap((e) => [...(e.contributor_name && !e.public_name_consent ? [e.contributor_name] : []), ...(e.collected_by ? [e.collected_by] : [])]),
    ...(await db.selectFrom('agencies').select(['contact_name', 'contact_phone']).execute()).flatMap((a) => [a.contact_name, a.contact_phone]),
    ...(await db.selectFrom('people_contributions').select('donor_name').where('public_name_consent', '=', false).execute()).map((x) => x.donor_name),
    ...(await db.selectFrom('workdays').select(['supervisor_name', 'supervisor_phone']).execute()).flatMap((x) => [x.supervisor_name, x.supervisor_phone]),
    ...(await db.selectFrom('plan_entries').select(['supervisor_name', 'supervisor_phone']).execute()).flatMap((x) => [x.supervisor_name, x.supervisor_phone]),
  ].filter((s): s is string => !!s && s.length > 2);
  return { contains: [...new Set(contains)], usernames: users.map((u) => u.username) };
}

async function expectNoPersonalData(t: TestApp, body: unknown) {
  const strings = stringsOf(body);
  const { contains, usernames } = await personalData(t);
  expect(contains.length).toBeGreaterThan(0);
  for (const s of strings) {
    for (const p of contains) expect(s.includes(p), `"${p}" in "${s}"`).toBe(false);
    expect(usernames.includes(s), `username "${s}"`).toBe(false);
  }
}

describe('public summary on the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp();
    await seedDemo(t.db);
  }, 240_000);

  it('works signed out, is cacheable with an ETag, and answers 304 to a matching If-None-Match', async () => {
    const res = await t.client().get('/api/v1/public/summary');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(res.body.campaign.name).toContain('2021');
    expect(res.body.communes.map((c: { commune: { name: string } }) => c.commune.name)).toEqual(expect.arrayContaining(['Tân Nam', 'Yên Thành']));
    expect(res.body.totals.acceptedKm).toBeGreaterThan(0);
    expect(res.body.map.features.length).toBeGreaterThan(0);
    expect(res.body.fund.totals.received).toBe(200_000_000);
    expect(res.body.map.features.some((f: { properties: { kind: string } }) => f.properties.kind === 'segment')).toBe(true);
    expectDescribedBy(PublicSummaryOut, res.body);
    const again = await t.client().get('/api/v1/public/summary', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
  });

  it('holds no name, username, e-mail or phone of a user, nor contributors who did not consent', async () => {
    const res = await t.client().get('/api/v1/public/summary');
    expect(res.status).toBe(200);
    // The one official who agreed is named; the two who did not are not.
    expect(res.body.fund.namedContributors.map((n: { name: string }) => n.name)).toEqual(['Triệu Văn Lãnh (demo)']);
    await expectNoPersonalData(t, res.body);
  });

  it("shows the people's contributions per commune as the people module sums them, naming only donors who consented", async () => {
    const res = await t.client().get('/api/v1/public/summary');
    const own = (await t.client().get('/api/v1/public/people-contributions')).body;
    expect(res.body.people.communes).toEqual(own.communes.map((c: { name: string; totals: unknown }) => ({ commune: c.name, totals: c.totals })));
    const tanNam = res.body.people.communes.find((c: { commune: string }) => c.commune === 'Tân Nam');
    expect(tanNam.totals.cash).toBeGreaterThan(0);
    expect(tanNam.totals.inKindCount).toBeGreaterThan(0);
    expect(tanNam.totals.landM2).toBeGreaterThan(0);
    const consenting = await t.db.selectFrom('people_contributions').select('donor_name').where('public_name_consent', '=', true).execute();
    expect(res.body.people.donors.length).toBeGreaterThan(0);
    for (const d of res.body.people.donors) expect(consenting.map((x) => x.donor_name)).toContain(d.name);
  });

  it('answers 404 for a campaign that does not exist and 400 naming a bad campaign', async () => {
    expectError(await t.client().get('/api/v1/public/summary?campaign=999999'), 404, 'NOT_FOUND');
    expectError(await t.client().get('/api/v1/public/summary?campaign=x'), 400, 'VALIDATION', 'query.campaign');
  });
});

describe('public photos', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await setupApp();
    w = await makeWorld(t.db);
  });

  it('lists and serves the before and after photos of workdays that poured an accepted segment, and no other', async () => {
    const x = await makeWork(t, w);
    const res = await t.client().get(`/api/v1/public/summary?campaign=${w.campaign.id}`);
    expect(res.status).toBe(200);
    const photo = (p: { id: number }, phase: string) => ({ id: p.id, url: `/api/v1/public/photos/${p.id}`, phase, day: expect.any(String), commune: w.units.tanNam.name, roads: 'Đường thôn Nậm Hốc' });
    expect(res.body.photos).toEqual([photo(x.beforePhoto, 'before'), photo(x.afterPhoto, 'after')]);
    for (const p of [x.afterPhoto, x.beforePhoto]) {
      const ok = await t.client().get(`/api/v1/public/photos/${p.id}`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('image/webp');
    }
    // Once the segment is no longer accepted, its photos are no longer public.
    await t.db.updateTable('segments').set({ status: 'poured', accepted_on: null }).where('id', '=', x.accepted.id).execute();
    expectError(await t.client().get(`/api/v1/public/photos/${x.afterPhoto.id}`), 404, 'NOT_FOUND');
    expectError(await t.client().get(`/api/v1/public/photos/${x.beforePhoto.id}`), 404, 'NOT_FOUND');
    expect((await t.client().get(`/api/v1/public/summary?campaign=${w.campaign.id}`)).body.photos).toEqual([]);
    await expectNoPersonalData(t, res.body);
  });
});
