// Read models answer 304 to a repeat load and a fresh 200 after any write (issue 19): the ETag is
// the data version that every write transaction bumps (server/http/read-cache.ts), with the reader
// and the business date; on PGlite and, with DATABASE_URL, on PostgreSQL.
import { Kysely } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPglite } from '../server/db/client.js';
import { dataVersion } from '../server/db/data-version.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { PGliteDialect } from '../server/db/pglite-dialect.js';
import type { Database } from '../server/db/schema.js';
import { makeWork } from '../server/modules/dashboard/index.js';
import { makeWorld, type World } from './helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from './helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await makeWork(t, w);
});

async function firstLoad(c: TestClient, url: string) {
  const res = await c.get(url);
  expect(res.status).toBe(200);
  const etag = res.headers.get('etag');
  expect(etag).toMatch(/^(W\/)?".+"$/);
  return { etag: etag!, body: res.body, cacheControl: res.headers.get('cache-control') };
}

describe('ETag and 304 on read models', () => {
  it('dashboard, roads, the road map, agencies and criterion 2: 304 on a repeat load, 200 with a new tag after a write', async () => {
    const leader = await t.as('leader');
    const admin = await t.as('admin');
    const urls = [`/api/v1/dashboard?campaignId=${w.campaign.id}`, '/api/v1/roads', '/api/v1/road-map', '/api/v1/agencies', `/api/v1/criterion2/communes?campaignId=${w.campaign.id}`];
    const first = new Map<string, string>();
    for (const url of urls) {
      const f = await firstLoad(leader, url);
      expect(f.cacheControl).toBe('private, no-cache');
      first.set(url, f.etag);
      const again = await leader.get(url, { 'if-none-match': f.etag });
      expect(again.status, url).toBe(304);
      expect(again.body, url).toBeFalsy();
    }
    // Another reader never gets the leader's copy: the answers carry each reader's actions.
    const other = await admin.get('/api/v1/agencies', { 'if-none-match': first.get('/api/v1/agencies')! });
    expect(other.status).toBe(200);

    // A write through the API (an agency's staff count) changes every tag, not only the agencies'.
    const agency = (await admin.get(`/api/v1/agencies/${w.agencies.memberB.id}`)).body;
    const changed = await admin.patch(`/api/v1/agencies/${agency.id}`, { staffCount: agency.staffCount + 1 }, { 'if-match': `W/"${agency.version}"` });
    expect(changed.status).toBe(200);
    for (const url of urls) {
      const after = await leader.get(url, { 'if-none-match': first.get(url)! });
      expect(after.status, url).toBe(200);
      expect(after.headers.get('etag'), url).not.toBe(first.get(url));
    }
    const list = await leader.get('/api/v1/agencies');
    expect(list.body.items.find((a: { id: number }) => a.id === agency.id).staffCount).toBe(agency.staffCount + 1);
  });

  it('a refused write changes nothing, not even the tag', async () => {
    const leader = await t.as('leader');
    const f = await firstLoad(leader, '/api/v1/agencies');
    const refused = await (await t.as('admin')).patch(`/api/v1/agencies/${w.agencies.memberB.id}`, { staffCount: -5 });
    expect(refused.status).toBe(400);
    expect((await leader.get('/api/v1/agencies', { 'if-none-match': f.etag })).status).toBe(304);
  });

  it('the public summary: public for 5 minutes, 304 until a write, then the new figures', async () => {
    const f = await firstLoad(t.client(), '/api/v1/public/summary');
    expect(f.cacheControl).toBe('public, max-age=300');
    expect((await t.client().get('/api/v1/public/summary', { 'if-none-match': f.etag })).status).toBe(304);
    const admin = await t.as('admin');
    const agency = (await admin.get(`/api/v1/agencies/${w.agencies.memberB.id}`)).body;
    expect((await admin.patch(`/api/v1/agencies/${agency.id}`, { staffCount: agency.staffCount + 1 }, { 'if-match': `W/"${agency.version}"` })).status).toBe(200);
    const after = await t.client().get('/api/v1/public/summary', { 'if-none-match': f.etag });
    expect(after.status).toBe(200);
    expect(after.body.totals).toEqual(f.body.totals);
  });
});

describe('the data version of a new database', () => {
  // Every fresh database used to start at version 0, the demo seed moved nothing, and a browser that
  // had kept a tag from an earlier database (a data folder wiped and seeded again) could get a 304
  // for another database's answers. A migration run starts the version at the clock.
  it('starts past the clock when migrations are applied, and stays put when there is nothing to apply', async () => {
    const before = Date.now();
    const pglite = await openPglite(null);
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    try {
      expect((await migrateToLatest(db)).length).toBeGreaterThan(0);
      const v = await dataVersion(db);
      expect(v).toBeGreaterThanOrEqual(before);
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await dataVersion(db)).toBe(v);
    } finally {
      await db.destroy();
      await pglite.close();
    }
  });
});
