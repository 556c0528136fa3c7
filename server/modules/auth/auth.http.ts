// /auth: sign in and out, who am I (with permissions and CSRF token), change own password.
import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { PERMISSIONS, permissionsOf, ROLES } from '../../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { SESSION_COOKIE } from '../../http/session.js';
import { createRouter, ctxOf, errorResponses, jsonBody, jsonContent, OkSchema, requireActor } from '../../http/router.js';
import { getUser, groupsLedBy, presentUser, UserOut } from '../users/index.js';
import { deleteSession } from './auth.repository.js';
import { changePassword } from './commands/change-password.js';
import { login } from './commands/login.js';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../domain/limits.js';

const tags = ['auth'];

const Me = z.object({
  user: UserOut,
  permissions: z.array(z.enum(PERMISSIONS)).openapi({ description: 'What this user may do; the web app shows actions from it' }),
  ledGroups: z.array(z.object({ id: z.number(), name: z.string(), campaignId: z.number() })),
  csrfToken: z.string().openapi({ description: 'Send back as X-CSRF-Token on every write' }),
  demo: z.boolean().openapi({ description: 'True when the database holds the demo district' }),
}).openapi('Me');

/**
 * What /auth/me answers. On an ordinary request the session middleware has read the user, the groups
 * it leads and the demo flag in its one statement; right after sign-in they are read here.
 */
async function loadMe(c: Parameters<typeof requireActor>[0]) {
  const actor = requireActor(c);
  const session = c.var.session!;
  let user = session.user;
  let demo = session.demo;
  if (!user || demo === undefined) {
    const row = await getUser(c.var.db, actor.userId);
    if (!row) throw new AppError('UNAUTHENTICATED');
    const led = actor.role === 'group_lead' && actor.agencyId ? await groupsLedBy(c.var.db, actor.agencyId) : [];
    user = { ...row, led_groups: led };
    demo = (await c.var.db.selectFrom('settings').select('value').where('key', '=', 'demo').executeTakeFirst())?.value === true;
  }
  return {
    user: presentUser(user),
    permissions: permissionsOf(actor),
    ledGroups: user.led_groups.map((g) => ({ id: g.id, name: g.name, campaignId: g.campaign_id })),
    csrfToken: session.csrfToken,
    demo,
  };
}

export const authRouter = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/auth/login', tags, summary: 'Sign in; sets the session cookie',
    request: { body: jsonBody(z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(PASSWORD_MAX) })) },
    responses: { 200: jsonContent(Me), 429: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const { username, password } = c.req.valid('json');
    const result = await login(c.var.deps, c.var.ip, username, password);
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true, sameSite: 'Lax', path: '/', secure: c.var.deps.config.secureCookies, expires: result.expiresAt,
    });
    const user = (await getUser(c.var.db, result.userId))!;
    c.set('actor', { userId: user.id, role: user.role as (typeof ROLES)[number], agencyId: user.agency_id, unitId: user.unit_id });
    c.set('session', { id: '', csrfToken: result.csrfToken, expiresAt: result.expiresAt });
    return c.json(await loadMe(c), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/auth/logout', tags, summary: 'Sign out; ends this session',
    responses: { 200: jsonContent(OkSchema), ...errorResponses },
  }), async (c) => {
    const session = c.var.session;
    if (session) await deleteSession(c.var.db, session.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/auth/me', tags, summary: 'The signed-in user, their permissions and CSRF token',
    responses: { 200: jsonContent(Me), ...errorResponses },
  }), async (c) => c.json(await loadMe(c), 200))
  .openapi(createRoute({
    method: 'post', path: '/auth/change-password', tags, summary: 'Change own password; other sessions end',
    request: { body: jsonBody(z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX), newPassword: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX) })) },
    responses: { 200: jsonContent(OkSchema), ...errorResponses },
  }), async (c) => {
    requireActor(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(ctxOf(c), c.var.session?.id ?? null, currentPassword, newPassword);
    return c.json({ ok: true as const }, 200);
  });
