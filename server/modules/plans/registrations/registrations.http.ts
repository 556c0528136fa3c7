// /campaigns/{id}/registrations and /registrations/{id}: the group lead's registration form, the
// commune's inbox (confirm, amend, decline), the deadlines of a day, registered vs actual.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../../../domain/roles.js';
import type { AppEnv } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../../http/router.js';
import { IsoDate } from '../plans.schema.js';
import { registrationScope } from '../plans.policy.js';
import { decideRegistration } from './commands/decide.js';
import { createRegistration, updateRegistration, withdrawRegistration } from './commands/register.js';
import { agencyNames, presentRegistration } from './registrations.presenter.js';
import { listRegistrations, type RegistrationFilter, type RegistrationRow } from './registrations.repository.js';
import {
  AmendInput, DecisionInput, RegistrationCreate, RegistrationOut, RegistrationQuery, RegistrationUpdate, VarianceOut, WindowOut,
} from './registrations.schema.js';
import { registeredVsActual } from './variance.js';
import { windowFor } from './window.js';

const tags = ['registrations'];
const CampaignParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

/** The filter that keeps a user to the registrations it may see. */
function scoped(actor: Actor, f: RegistrationFilter): RegistrationFilter | null {
  const s = registrationScope(actor);
  if ('none' in s) return null;
  if ('communeId' in s) return { ...f, communeId: s.communeId };
  if ('agencyId' in s) return { ...f, memberAgencyId: s.agencyId };
  return f;
}

async function present(c: Context<AppEnv>, actor: Actor, rows: RegistrationRow[]) {
  const names = await agencyNames(c.var.db, rows);
  const open = new Map<string, boolean>();
  for (const r of rows) {
    const key = `${r.campaign_id}|${r.day}`;
    if (!open.has(key)) open.set(key, (await windowFor(c.var.db, r.campaign_id, r.day)).registrationOpen);
  }
  return rows.map((r) => presentRegistration(r, actor, names, open.get(`${r.campaign_id}|${r.day}`)!));
}

async function visible(c: Context<AppEnv>, actor: Actor, id: number): Promise<RegistrationRow> {
  const f = scoped(actor, { ids: [id] });
  const [row] = f ? await listRegistrations(c.var.db, f) : [];
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The registration as JSON for this actor, its version as the ETag. */
async function one(c: Context<AppEnv>, actor: Actor, row: RegistrationRow) {
  const [out] = await present(c, actor, [row]);
  setEtag(c, out.version);
  return out;
}

const decide = (action: 'confirm' | 'decline', summary: string) => createRoute({
  method: 'post', path: `/registrations/{id}/${action}`, tags, summary,
  request: { params: IdParam, body: jsonBody(DecisionInput) }, responses: { 200: jsonContent(RegistrationOut), 412: errorResponses[409], ...errorResponses },
});

export const registrationsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/registrations', tags, summary: "Registrations the user may see (a commune's inbox: ?status=submitted)",
    request: { params: CampaignParam, query: RegistrationQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(RegistrationOut), window: WindowOut.nullable() })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.read');
    const q = c.req.valid('query');
    const campaignId = c.req.valid('param').id;
    const f = scoped(actor, { campaignId, day: q.day, from: q.from, to: q.to, status: q.status ? [q.status] : undefined,
      groupIds: q.groupId ? [q.groupId] : undefined, communeId: q.communeId });
    const rows = f && !(f.communeId && q.communeId && f.communeId !== q.communeId) ? await listRegistrations(c.var.db, f) : [];
    return c.json({ items: await present(c, actor, rows), window: q.day ? await windowFor(c.var.db, campaignId, q.day) : null }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/registration-window', tags, summary: 'The registration and confirmation deadlines of a campaign day',
    request: { params: CampaignParam, query: z.object({ day: IsoDate }) }, responses: { 200: jsonContent(WindowOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'registrations.read');
    return c.json(await windowFor(c.var.db, c.req.valid('param').id, c.req.valid('query').day), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/registrations/variance', tags, summary: 'Registered vs actual per group and day (actual from workday records, when they exist)',
    request: { params: CampaignParam, query: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }) }, responses: { 200: jsonContent(VarianceOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.read');
    const q = c.req.valid('query');
    const f = scoped(actor, { campaignId: c.req.valid('param').id, from: q.from, to: q.to });
    return c.json(await registeredVsActual(c.var.db, f), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/registrations', tags, summary: "Register the user's own group for a campaign day (the lead agency's user only)",
    request: { params: CampaignParam, body: jsonBody(RegistrationCreate) }, responses: { 201: jsonContent(RegistrationOut, 'Created'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.write');
    const row = await createRegistration(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(await one(c, actor, row), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/registrations/{id}', tags, summary: 'One registration', request: { params: IdParam },
    responses: { 200: jsonContent(RegistrationOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.read');
    return c.json(await one(c, actor, await visible(c, actor, c.req.valid('param').id)), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/registrations/{id}', tags, summary: 'Change a registration before the deadline (goes back to the commune)',
    request: { params: IdParam, body: jsonBody(RegistrationUpdate) }, responses: { 200: jsonContent(RegistrationOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.write');
    return c.json(await one(c, actor, await updateRegistration(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/registrations/{id}/withdraw', tags, summary: 'Withdraw a registration',
    request: { params: IdParam }, responses: { 200: jsonContent(RegistrationOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.write');
    return c.json(await one(c, actor, await withdrawRegistration(ctxOf(c), c.req.valid('param').id, ifMatchVersion(c))), 200);
  })
  .openapi(decide('confirm', 'The commune confirms a registration'), async (c) => {
    const actor = authorise(c, 'registrations.confirm');
    return c.json(await one(c, actor, await decideRegistration(ctxOf(c), c.req.valid('param').id, 'confirm', { comment: c.req.valid('json').comment ?? undefined }, ifMatchVersion(c))), 200);
  })
  .openapi(decide('decline', 'The commune declines a registration (comment required)'), async (c) => {
    const actor = authorise(c, 'registrations.confirm');
    return c.json(await one(c, actor, await decideRegistration(ctxOf(c), c.req.valid('param').id, 'decline', { comment: c.req.valid('json').comment ?? undefined }, ifMatchVersion(c))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/registrations/{id}/amend', tags, summary: 'The commune amends a registration with a comment (what the group sent is kept)',
    request: { params: IdParam, body: jsonBody(AmendInput) }, responses: { 200: jsonContent(RegistrationOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'registrations.confirm');
    return c.json(await one(c, actor, await decideRegistration(ctxOf(c), c.req.valid('param').id, 'amend', c.req.valid('json'), ifMatchVersion(c))), 200);
  });
