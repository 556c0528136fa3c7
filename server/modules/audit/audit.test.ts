// The audit log over HTTP, on PGlite and PostgreSQL: who may browse it, its filters (dates are
// Vietnamese calendar days), before/after of an update, and no entry for a refused write.
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAuditText } from '../../../domain/audit-text.js';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

async function entryAt(at: string, over: { action?: string; entity?: string; userId?: number | null } = {}) {
  return t.db.insertInto('audit_log').values({
    at, user_id: over.userId === undefined ? w.users.admin.id : over.userId, action: over.action ?? 'update', entity: over.entity ?? 'agency',
    entity_id: '1', summary: at, before: null, after: null, ip: 'test',
  }).returning('id').executeTakeFirstOrThrow();
}
const summaries = (items: Array<{ summary: string }>) => items.map((i) => i.summary);

describe('GET /audit-log', () => {
  it('is for the admin and the coordinator only', async () => {
    expectError(await t.client().get('/api/v1/audit-log'), 401, 'UNAUTHENTICATED');
    for (const u of ['leader', 'group_lead', 'agency', 'commune.tannam', 'inspector', 'media']) {
      expectError(await (await t.as(u)).get('/api/v1/audit-log'), 403, 'FORBIDDEN');
    }
    for (const u of ['admin', 'coordinator']) {
      const res = await (await t.as(u)).get('/api/v1/audit-log?action=login');
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({ action: 'login', entity: 'user', user: { username: u } });
    }
  });

  it('filters by Vietnamese calendar day: a day runs from 00:00 to 24:00 at UTC+7', async () => {
    await entryAt('2021-09-10T16:59:59Z'); // 23:59:59 on 10/9 in Hà Giang
    await entryAt('2021-09-10T17:00:00Z'); // 00:00 on 11/9
    await entryAt('2021-09-11T16:59:59Z'); // 23:59:59 on 11/9
    await entryAt('2021-09-11T17:00:00Z'); // 00:00 on 12/9
    const c = await t.as('coordinator');
    const day = await c.get('/api/v1/audit-log?from=2021-09-11&to=2021-09-11');
    expect(day.status).toBe(200);
    expect(summaries(day.body.items)).toEqual(['2021-09-11T16:59:59Z', '2021-09-10T17:00:00Z']);
    expect(day.body.items.map((i: { at: string }) => i.at)).toEqual(['2021-09-11T16:59:59.000Z', '2021-09-10T17:00:00.000Z']);
    expect(summaries((await c.get('/api/v1/audit-log?to=2021-09-10')).body.items)).toEqual(['2021-09-10T16:59:59Z']);
    expect(summaries((await c.get('/api/v1/audit-log?from=2021-09-12&to=2021-09-30')).body.items)).toEqual(['2021-09-11T17:00:00Z']);
    expectError(await c.get('/api/v1/audit-log?from=2021-09-31'), 400, 'VALIDATION', 'query.from');
  });

  it('filters by entity, entity id, user and action, newest first, page by page', async () => {
    await entryAt('2021-09-10T01:00:00Z', { entity: 'group', action: 'create' });
    await entryAt('2021-09-10T02:00:00Z', { entity: 'group', action: 'update', userId: w.users.coordinator.id });
    await entryAt('2021-09-10T03:00:00Z', { entity: 'agency', action: 'update', userId: w.users.coordinator.id });
    await entryAt('2021-09-10T04:00:00Z', { entity: 'group', action: 'update', userId: null });
    const c = await t.as('admin');
    const base = '/api/v1/audit-log?to=2021-09-30';
    expect(summaries((await c.get(`${base}&entity=group`)).body.items)).toEqual(['2021-09-10T04:00:00Z', '2021-09-10T02:00:00Z', '2021-09-10T01:00:00Z']);
    expect(summaries((await c.get(`${base}&userId=${w.users.coordinator.id}`)).body.items)).toEqual(['2021-09-10T03:00:00Z', '2021-09-10T02:00:00Z']);
    expect(summaries((await c.get(`${base}&entity=group&action=update`)).body.items)).toEqual(['2021-09-10T04:00:00Z', '2021-09-10T02:00:00Z']);
    expect((await c.get(`${base}&entity=group&action=update`)).body.items[0].user).toBeNull();
    expect((await c.get(`${base}&entityId=2`)).body.items).toEqual([]);
    const page1 = await c.get(`${base}&limit=3`);
    expect(summaries(page1.body.items)).toHaveLength(3);
    const page2 = await c.get(`${base}&limit=3&cursor=${page1.body.nextCursor}`);
    expect(summaries(page2.body.items)).toEqual(['2021-09-10T01:00:00Z']);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('records before and after of an update, readable through the API', async () => {
    const c = await t.as('coordinator');
    await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 12, contactName: 'Nguyễn Văn Hạ' });
    const res = await c.get(`/api/v1/audit-log?entity=agency&entityId=${w.agencies.leadB.id}`);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      action: 'update', summary: 'Phòng Kinh tế - Hạ tầng', user: { id: w.users.coordinator.id, username: 'coordinator' },
      before: { staffCount: 11, contactName: null }, after: { staffCount: 12, contactName: 'Nguyễn Văn Hạ' },
    });
    expect(res.body.items[0].ip).toBeTruthy();
  });

  it('keeps no entry for a refused write, whatever the 4xx', async () => {
    const c = await t.as('coordinator');
    const leader = await t.as('leader');
    const before = (await t.db.selectFrom('audit_log').select('id').execute()).length;
    const failures = [
      await c.post('/api/v1/agencies', { name: '', staffCount: 1 }), // 400
      await leader.post('/api/v1/agencies', { name: 'Phòng Mới', staffCount: 1 }), // 403
      await c.post('/api/v1/agencies', { name: 'phòng kinh tế - hạ tầng', staffCount: 1, districtId: w.units.district.id }), // 409
      await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 1 }, { 'if-match': 'W/"5"' }), // 412
      await c.patch('/api/v1/agencies/999999', { staffCount: 1 }), // 404
      await c.post('/api/v1/units', { parentId: w.units.district.id, level: 'commune', name: 'Xã A', code: 'X1' }),
    ];
    // The last one succeeds; the same official code again is refused (409).
    const dup = await c.post('/api/v1/units', { parentId: w.units.district.id, level: 'commune', name: 'Xã B', code: 'X1' });
    expect(failures.map((f) => f.status)).toEqual([400, 403, 409, 412, 404, 201]);
    expectError(dup, 409, 'CONFLICT', 'code');
    const after = await t.db.selectFrom('audit_log').select(['action', 'entity', 'summary']).orderBy('id').offset(before).execute();
    expect(after).toEqual([{ action: 'create', entity: 'admin_unit', summary: 'Xã A' }]);
    expect(await t.db.selectFrom('admin_units').select('id').where('name', '=', 'Xã B').execute()).toHaveLength(0);
  });

  it("keeps a sentence's code and parameters, so the page shows it in the reader's language", async () => {
    const c = await t.as('coordinator');
    const body = { registrationDeadline: { weekday: 3, time: '17:00' }, confirmationDeadline: { weekday: 5, time: '08:00' }, batchesPerMixerDay: 36, meetingTime: '06:30' };
    expect((await c.send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, body)).status).toBe(200);
    const [entry] = (await c.get('/api/v1/audit-log?entity=plan_settings')).body.items;
    expect(entry).toMatchObject({ summary: `Chiến dịch #${w.campaign.id}`, summaryText: { code: 'campaign.settings', params: { campaign: w.campaign.id } } });
    expect(renderAuditText(entry.summaryText, 'en')).toBe(`Campaign #${w.campaign.id}`);
    // An entry with a plain summary (a name) has no sentence to translate.
    await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 12 });
    expect((await c.get('/api/v1/audit-log?entity=agency')).body.items[0]).toMatchObject({ summary: 'Phòng Kinh tế - Hạ tầng', summaryText: null });
  });
});
