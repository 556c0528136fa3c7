// Sign-in, sessions, CSRF and password change over HTTP, on PGlite and PostgreSQL: the same 401
// for a wrong password and an unknown user, the rate limit, fresh session ids, cookie flags,
// expiry, logout, CSRF on every write and the foreign-origin sign-in.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeUser, makeWorld, TEST_PASSWORD, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { statementCount } from '../../db/statement-count.js';
import { hashToken } from '../../http/session.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const tokenOf = (cookie: string | null) => cookie!.replace(/^ntm_session=/, '');
const sessionsOf = (userId: number) => t.db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute();

describe('POST /auth/login', () => {
  it('signs in: the user, permissions, a CSRF token, a session row and a login audit entry', async () => {
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { username: 'coordinator', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'coordinator', role: 'coordinator' });
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(res.body.permissions).toContain('agencies.write');
    expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const sessions = await sessionsOf(w.users.coordinator.id);
    expect(sessions.map((s) => s.id)).toEqual([hashToken(tokenOf(c.cookie))]);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'login').execute();
    expect(audit).toMatchObject([{ entity: 'user', entity_id: String(w.users.coordinator.id), user_id: w.users.coordinator.id }]);
    // Usernames are matched without regard to case.
    expect((await t.client().post('/api/v1/auth/login', { username: 'COORDINATOR', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('gives the same 401 to a wrong password and to an unknown user, and no session', async () => {
    const wrong = await t.client().post('/api/v1/auth/login', { username: 'coordinator', password: 'not-the-password' });
    const unknown = await t.client().post('/api/v1/auth/login', { username: 'nobody.here', password: 'not-the-password' });
    expectError(wrong, 401, 'INVALID_CREDENTIALS');
    expectError(unknown, 401, 'INVALID_CREDENTIALS');
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await t.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0);
    const attempts = await t.db.selectFrom('login_attempts').select(['username', 'succeeded']).orderBy('id').execute();
    expect(attempts).toEqual([{ username: 'coordinator', succeeded: false }, { username: 'nobody.here', succeeded: false }]);
  });

  it('refuses a disabled user with the right password, and creates no session', async () => {
    const u = await makeUser(t.db, { role: 'coordinator', username: 'old.coordinator', disabled: true });
    const res = await t.client().post('/api/v1/auth/login', { username: 'old.coordinator', password: TEST_PASSWORD });
    expectError(res, 403, 'ACCOUNT_DISABLED');
    expect(await sessionsOf(u.id)).toHaveLength(0);
    // With a wrong password the answer does not tell that the account exists.
    expectError(await t.client().post('/api/v1/auth/login', { username: 'old.coordinator', password: 'wrong-password' }), 401, 'INVALID_CREDENTIALS');
  });

  it('names the missing field when the body is incomplete', async () => {
    expectError(await t.client().post('/api/v1/auth/login', { username: 'admin' }), 400, 'VALIDATION', 'password');
  });

  it('issues a new session id at every login, whatever cookie the browser already had', async () => {
    const c = t.client();
    c.cookie = 'ntm_session=planted-by-an-attacker-0123456789';
    await c.login('leader');
    const first = c.cookie;
    expect(first).not.toBe('ntm_session=planted-by-an-attacker-0123456789');
    await c.login('leader');
    expect(c.cookie).not.toBe(first);
    const ids = (await sessionsOf(w.users.leader.id)).map((s) => s.id).sort();
    expect(ids).toEqual([hashToken(tokenOf(first)), hashToken(tokenOf(c.cookie))].sort());
    // The token is stored hashed: the cookie value itself is nowhere in the table.
    expect(ids).not.toContain(tokenOf(c.cookie));
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ and without Secure by default', async () => {
    const res = await t.client().post('/api/v1/auth/login', { username: 'admin', password: TEST_PASSWORD });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ntm_session=[\w-]{30,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    expect(cookie).not.toMatch(/; Secure/i);
  });

  it('adds Secure (and HSTS) when secureCookies is on', async () => {
    t = await setupApp({ secureCookies: true });
    w = await makeWorld(t.db);
    const res = await t.client().post('/api/v1/auth/login', { username: 'admin', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('answers 429 RATE_LIMITED after loginMaxFailures failures, even with the right password', async () => {
    t = await setupApp({ loginMaxFailures: 3 });
    w = await makeWorld(t.db);
    for (let i = 0; i < 3; i++) {
      expectError(await t.client().post('/api/v1/auth/login', { username: 'admin', password: `wrong-${i}-password` }), 401, 'INVALID_CREDENTIALS');
    }
    const blocked = await t.client().post('/api/v1/auth/login', { username: 'admin', password: TEST_PASSWORD });
    expectError(blocked, 429, 'RATE_LIMITED');
    expect(await sessionsOf(w.users.admin.id)).toHaveLength(0);
    // Only that username is held back: another user signs in from the same address.
    expect((await t.client().post('/api/v1/auth/login', { username: 'leader', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('answers 429 to an address that sprays one password over many usernames, whatever the username', async () => {
    t = await setupApp({ loginMaxFailuresPerAddress: 4 });
    w = await makeWorld(t.db);
    for (const username of ['admin', 'leader', 'coordinator', 'no.such.user']) {
      expectError(await t.client().post('/api/v1/auth/login', { username, password: 'Password123' }), 401, 'INVALID_CREDENTIALS');
    }
    // A fifth username, never tried, with its right password: held back all the same.
    expectError(await t.client().post('/api/v1/auth/login', { username: 'media', password: TEST_PASSWORD }), 429, 'RATE_LIMITED');
    expect(await sessionsOf(w.users.media.id)).toHaveLength(0);
  });

  it('refuses a sign-in posted from another site, accepts one from this site', async () => {
    const body = { username: 'admin', password: TEST_PASSWORD };
    const foreign = await t.client().post('/api/v1/auth/login', body, { origin: 'https://evil.example', host: 'ntm.example.gov.vn' });
    expectError(foreign, 403, 'CSRF_INVALID');
    expect(foreign.headers.get('set-cookie')).toBeNull();
    const same = await t.client().post('/api/v1/auth/login', body, { origin: 'https://ntm.example.gov.vn', host: 'ntm.example.gov.vn' });
    expect(same.status).toBe(200);
    expectError(await t.client().post('/api/v1/auth/login', body, { origin: 'not a url', host: 'ntm.example.gov.vn' }), 403, 'CSRF_INVALID');
  });

  it('behind a trusted reverse proxy, compares the origin with X-Forwarded-Host', async () => {
    const body = { username: 'admin', password: TEST_PASSWORD };
    const proxied = { origin: 'https://ntm.example.gov.vn', host: '127.0.0.1:3000', 'x-forwarded-host': 'ntm.example.gov.vn' };
    // Forwarded headers are ignored unless the proxy is trusted.
    expectError(await t.client().post('/api/v1/auth/login', body, proxied), 403, 'CSRF_INVALID');
    const saved = process.env.TRUST_PROXY;
    process.env.TRUST_PROXY = 'true';
    try {
      expect((await t.client().post('/api/v1/auth/login', body, proxied)).status).toBe(200);
      expectError(await t.client().post('/api/v1/auth/login', body, { ...proxied, origin: 'https://evil.example' }), 403, 'CSRF_INVALID');
    } finally {
      if (saved === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = saved;
    }
  });
});

describe('sessions', () => {
  it('needs a session for /auth/me, and gives the CSRF token to a signed-in user', async () => {
    expectError(await t.client().get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    const c = await t.as('commune.tannam');
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: 'commune.tannam', unit: { id: w.units.tanNam.id, name: 'Tân Nam' } }, csrfToken: c.csrf });
  });

  it('answers /auth/me with one SQL statement, the same answer as sign-in gave (a group lead\'s groups, the demo flag)', async () => {
    await t.db.insertInto('settings').values({ key: 'demo', value: JSON.stringify(true) }).execute();
    const c = t.client();
    const login = await c.post('/api/v1/auth/login', { username: 'group_lead', password: TEST_PASSWORD });
    const before = statementCount();
    const me = await c.get('/api/v1/auth/me');
    expect(statementCount() - before).toBe(1);
    expect(me.body).toEqual(login.body);
    expect(me.body).toMatchObject({ demo: true, user: { agency: { id: w.agencies.leadA.id, name: 'Văn phòng Huyện ủy' } },
      ledGroups: [{ id: w.groups.groupA.id, name: 'Nhóm 1', campaignId: w.campaign.id }] });
    const other = await t.as('commune.tannam');
    expect((await other.get('/api/v1/auth/me')).body).toMatchObject({ demo: true, ledGroups: [], user: { unit: { name: 'Tân Nam' } } });
  });

  it('reads the role and the disabled flag afresh on every request (another app node may have changed them)', async () => {
    const c = await t.as('agency');
    expect((await c.get('/api/v1/auth/me')).body.permissions).not.toContain('agencies.write');
    await t.db.updateTable('users').set({ role: 'coordinator' }).where('id', '=', w.users.agency.id).execute();
    expect((await c.get('/api/v1/auth/me')).body.permissions).toContain('agencies.write');
    await t.db.updateTable('users').set({ disabled: true }).where('id', '=', w.users.agency.id).execute();
    expectError(await c.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('treats an expired session as signed out', async () => {
    const c = await t.as('coordinator');
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
    await t.db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', hashToken(tokenOf(c.cookie))).execute();
    expectError(await c.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await c.post('/api/v1/agencies', { name: 'Phòng Tư pháp', staffCount: 5 }), 401, 'UNAUTHENTICATED');
  });

  it('logout ends the session: the old cookie no longer works', async () => {
    const c = await t.as('coordinator');
    const cookie = c.cookie;
    const res = await c.post('/api/v1/auth/logout');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/ntm_session=;/);
    expect(await sessionsOf(w.users.coordinator.id)).toHaveLength(0);
    c.cookie = cookie;
    expectError(await c.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('refuses a write with a session but without the CSRF token, or with a wrong one, and writes nothing', async () => {
    const c = await t.as('coordinator');
    const body = { name: 'Phòng Tư pháp', staffCount: 5 };
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/agencies', body, { 'x-csrf-token': 'not-the-token' }), 403, 'CSRF_INVALID');
      const csrf = c.csrf;
      c.csrf = null;
      expectError(await c.post('/api/v1/agencies', body), 403, 'CSRF_INVALID');
      expectError(await c.patch(`/api/v1/agencies/${w.agencies.leadB.id}`, { staffCount: 1 }), 403, 'CSRF_INVALID');
      expectError(await c.post('/api/v1/auth/logout'), 403, 'CSRF_INVALID');
      c.csrf = csrf;
    });
    expect((await c.post('/api/v1/agencies', body)).status).toBe(201);
  });

  it('does not accept one session\'s CSRF token on another session', async () => {
    const a = await t.as('coordinator');
    const b = await t.as('admin');
    const res = await a.post('/api/v1/agencies', { name: 'Phòng Tư pháp', staffCount: 5 }, { 'x-csrf-token': b.csrf! });
    expectError(res, 403, 'CSRF_INVALID');
  });
});

describe('POST /auth/change-password', () => {
  it('needs a session', async () => {
    expectError(await t.client().post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password' }), 401, 'UNAUTHENTICATED');
  });

  it('refuses a wrong current password, naming currentPassword, and changes nothing', async () => {
    const c = await t.as('inspector');
    await expectNothingWritten(t.db, async () => {
      const res = await c.post('/api/v1/auth/change-password', { currentPassword: 'wrong-password', newPassword: 'a-new-password' });
      expectError(res, 400, 'WRONG_PASSWORD', 'currentPassword');
    });
    expectError(await c.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }), 400, 'VALIDATION', 'newPassword');
    expectError(await c.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }), 400, 'VALIDATION', 'newPassword');
    expect((await t.client().post('/api/v1/auth/login', { username: 'inspector', password: TEST_PASSWORD })).status).toBe(200);
  });

  it('changes the password, ends the other sessions of the user and keeps this one', async () => {
    const phone = await t.as('inspector');
    const laptop = await t.as('inspector');
    const someoneElse = await t.as('media');
    const res = await laptop.post('/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password' });
    expect(res.status).toBe(200);
    expect((await laptop.get('/api/v1/auth/me')).status).toBe(200);
    expectError(await phone.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await someoneElse.get('/api/v1/auth/me')).status).toBe(200);
    expectError(await t.client().post('/api/v1/auth/login', { username: 'inspector', password: TEST_PASSWORD }), 401, 'INVALID_CREDENTIALS');
    expect((await t.client().post('/api/v1/auth/login', { username: 'inspector', password: 'a-new-password' })).status).toBe(200);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'change_password').execute();
    expect(audit).toMatchObject([{ entity: 'user', entity_id: String(w.users.inspector.id), user_id: w.users.inspector.id }]);
    expect(JSON.stringify(audit)).not.toContain('a-new-password');
  });
});
