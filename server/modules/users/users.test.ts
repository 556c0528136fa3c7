// Users over HTTP, on PGlite and PostgreSQL: only the admin manages accounts; a role and its
// organisation fit together; usernames are unique regardless of case; disabling a user or
// resetting a password ends their sessions; the admin cannot lock himself out.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, TEST_PASSWORD, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

/** The user's audit rows other than sign-ins. */
const changesOf = async (userId: number) => (await auditRows(t.db, 'user', userId)).filter((a) => a.action !== 'login');
const sessionCount = async (userId: number) =>
  (await t.db.selectFrom('sessions').select('id').where('user_id', '=', userId).execute()).length;

describe('GET /users', () => {
  it('is for the admin only', async () => {
    expectError(await t.client().get('/api/v1/users'), 401, 'UNAUTHENTICATED');
    for (const u of ['coordinator', 'leader', 'commune.tannam']) {
      expectError(await (await t.as(u)).get('/api/v1/users'), 403, 'FORBIDDEN');
    }
    const res = await (await t.as('admin')).get('/api/v1/users?q=YENTHANH');
    expect(res.status).toBe(200);
    expect(res.body.items.map((u: { username: string }) => u.username)).toEqual(['commune.yenthanh']);
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon2/i);
  });
});

describe('POST /users', () => {
  const body = { username: 'xa.tiennguyen', displayName: 'Hoàng Văn Nguyên', password: 'mat-khau-moi-1', role: 'commune' };

  it('refuses the coordinator and writes nothing', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/users', { ...body, unitId: w.units.tanNam.id }), 403, 'FORBIDDEN');
    });
  });

  it('fits the role to its organisation, naming the field, and writes nothing', async () => {
    const c = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      // A commune user needs a commune, and a village is not one.
      expectError(await c.post('/api/v1/users', body), 400, 'ORGANISATION_REQUIRED', 'unitId');
      expectError(await c.post('/api/v1/users', { ...body, unitId: w.units.villageTN.id }), 400, 'NOT_A_COMMUNE', 'unitId');
      expectError(await c.post('/api/v1/users', { ...body, agencyId: w.agencies.leadA.id }), 400, 'ORGANISATION_REQUIRED', 'unitId');
      // Agency roles need an agency.
      for (const role of ['agency', 'group_lead', 'inspector', 'media']) {
        expectError(await c.post('/api/v1/users', { ...body, role }), 400, 'ORGANISATION_REQUIRED', 'agencyId');
        expectError(await c.post('/api/v1/users', { ...body, role, unitId: w.units.tanNam.id }), 400, 'ORGANISATION_REQUIRED', 'agencyId');
      }
      // Never both.
      expectError(await c.post('/api/v1/users', { ...body, role: 'leader', agencyId: w.agencies.leadA.id, unitId: w.units.tanNam.id }), 400, 'VALIDATION', 'unitId');
      expectError(await c.post('/api/v1/users', { ...body, role: 'agency', agencyId: 999_999 }), 400, 'VALIDATION', 'agencyId');
      expectError(await c.post('/api/v1/users', { ...body, username: 'có dấu', unitId: w.units.tanNam.id }), 400, 'VALIDATION', 'username');
      expectError(await c.post('/api/v1/users', { ...body, password: 'short', unitId: w.units.tanNam.id }), 400, 'VALIDATION', 'password');
      expectError(await c.post('/api/v1/users', { ...body, role: 'mayor', unitId: w.units.tanNam.id }), 400, 'VALIDATION', 'role');
    });
  });

  it('refuses a taken username whatever its case (409)', async () => {
    const c = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/users', { ...body, username: 'Commune.TanNam', unitId: w.units.tanNam.id });
      expectError(res, 409, 'USERNAME_TAKEN', 'username');
    });
  });

  it('creates the user, audits it without the password, and the user signs in', async () => {
    const res = await (await t.as('admin')).post('/api/v1/users', { ...body, username: 'Xa.TienNguyen', unitId: w.units.tanNam.id, email: 'nguyen@example.org' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ username: 'xa.tiennguyen', displayName: 'Hoàng Văn Nguyên', role: 'commune', unit: { id: w.units.tanNam.id, name: 'Tân Nam' }, agency: null, disabled: false });
    const [audit] = await auditRows(t.db, 'user', res.body.id);
    expect(audit).toMatchObject({ action: 'create', user_id: w.users.admin.id, summary: 'xa.tiennguyen' });
    expect(JSON.stringify(audit)).not.toMatch(/mat-khau-moi-1|argon2/);
    expect((await t.client().post('/api/v1/auth/login', { username: 'xa.tiennguyen', password: 'mat-khau-moi-1' })).status).toBe(200);
  });
});

describe('PATCH /users/{id}', () => {
  it('is for the admin only', async () => {
    const c = await t.as('coordinator');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.patch(`/api/v1/users/${w.users.media.id}`, { disabled: true }), 403, 'FORBIDDEN');
    });
    expectError(await t.client().patch(`/api/v1/users/${w.users.media.id}`, { disabled: true }), 401, 'UNAUTHENTICATED');
  });

  it('disabling a user ends their sessions and blocks sign-in; enabling lets them back', async () => {
    const media = await t.as('media');
    expect(await sessionCount(w.users.media.id)).toBe(1);
    const admin = await t.as('admin');
    const res = await admin.patch(`/api/v1/users/${w.users.media.id}`, { disabled: true });
    expect(res.status).toBe(200);
    expect(res.body.disabled).toBe(true);
    expect(await sessionCount(w.users.media.id)).toBe(0);
    expectError(await media.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await t.client().post('/api/v1/auth/login', { username: 'media', password: TEST_PASSWORD }), 403, 'ACCOUNT_DISABLED');
    const [audit] = await changesOf(w.users.media.id);
    expect(audit).toMatchObject({ action: 'update' });
    expect((audit.before as { disabled: boolean }).disabled).toBe(false);
    expect((audit.after as { disabled: boolean }).disabled).toBe(true);
    expect((await admin.patch(`/api/v1/users/${w.users.media.id}`, { disabled: false })).status).toBe(200);
    expect((await t.client().post('/api/v1/auth/login', { username: 'media', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('does not let the admin disable himself or drop his own admin role', async () => {
    const admin = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      expectError(await admin.patch(`/api/v1/users/${w.users.admin.id}`, { disabled: true }), 400, 'VALIDATION', 'disabled');
      expectError(await admin.patch(`/api/v1/users/${w.users.admin.id}`, { role: 'leader' }), 400, 'VALIDATION', 'role');
    });
    expect((await admin.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('checks the organisation of a changed role, naming the field', async () => {
    const admin = await t.as('admin');
    await expectNothingWritten(t.db, async () => {
      // The agency user keeps their agency unless it is cleared: a commune user has a commune only.
      expectError(await admin.patch(`/api/v1/users/${w.users.agency.id}`, { role: 'commune', unitId: w.units.tanNam.id }), 400, 'VALIDATION', 'unitId');
      expectError(await admin.patch(`/api/v1/users/${w.users.agency.id}`, { role: 'commune' }), 400, 'ORGANISATION_REQUIRED', 'unitId');
      expectError(await admin.patch(`/api/v1/users/${w.users.commune.id}`, { unitId: w.units.villageTN.id }), 400, 'NOT_A_COMMUNE', 'unitId');
      expectError(await admin.patch(`/api/v1/users/${w.users.commune.id}`, { unitId: null }), 400, 'ORGANISATION_REQUIRED', 'unitId');
    });
    const ok = await admin.patch(`/api/v1/users/${w.users.agency.id}`, { role: 'commune', agencyId: null, unitId: w.units.yenThanh.id });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ role: 'commune', agency: null, unit: { id: w.units.yenThanh.id } });
  });

  it('resets a password: the old one stops working, the sessions end, and it is audited', async () => {
    const leader = await t.as('leader');
    const res = await (await t.as('admin')).patch(`/api/v1/users/${w.users.leader.id}`, { password: 'dat-lai-mat-khau' });
    expect(res.status).toBe(200);
    expectError(await leader.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await t.client().post('/api/v1/auth/login', { username: 'leader', password: TEST_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    expect((await t.client().post('/api/v1/auth/login', { username: 'leader', password: 'dat-lai-mat-khau' })).status).toBe(200);
    const [audit] = await changesOf(w.users.leader.id);
    expect(audit.action).toBe('update+reset_password');
    expect(JSON.stringify(audit)).not.toContain('dat-lai-mat-khau');
  });

  it('refuses a stale If-Match (412) and answers 404 for a missing user', async () => {
    const admin = await t.as('admin');
    const etag = (await admin.get(`/api/v1/users/${w.users.media.id}`)).headers.get('etag')!;
    expect((await admin.patch(`/api/v1/users/${w.users.media.id}`, { displayName: 'Lò Thị Tin' }, { 'if-match': etag })).status).toBe(200);
    expectError(await admin.patch(`/api/v1/users/${w.users.media.id}`, { displayName: 'Tên cũ' }, { 'if-match': etag }), 412, 'STALE_VERSION');
    expectError(await admin.patch('/api/v1/users/999999', { displayName: 'Không có' }), 404, 'NOT_FOUND');
    expect((await admin.get(`/api/v1/users/${w.users.media.id}`)).body.displayName).toBe('Lò Thị Tin');
  });
});
