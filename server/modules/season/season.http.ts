// /campaigns/{id}/season-plan: the last plan solved with the labour estimate, the pins and bans and
// the settings; solve again; pin or forbid a group's Saturday; the route schedule as XLSX or PDF.
import { createRoute, z } from '@hono/zod-openapi';
import { can } from '../../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { addOverride, changeSeasonSettings, removeOverride, solveSeason } from './season.commands.js';
import { routeScheduleExport } from './season.export.js';
import { loadSeasonInput } from './season.inputs.js';
import { getSeasonSettings, listOverrides, storedPlan } from './season.repository.js';
import { SeasonOverrideOut, SeasonPageOut, SeasonPlanOut, SeasonSettingsOut } from './season.schema.js';
import { labourEstimate, OBJECTIVE } from './season.view.js';

const tags = ['season-plan'];
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const OverrideIn = z.object({
  groupId: z.number().int().positive(), roadId: z.number().int().positive().nullable(), day: IsoDate, kind: z.enum(['pin', 'forbid']),
}).openapi('SeasonOverrideInput');
const SettingsIn = z.object({
  timeLimitSeconds: z.number().int().min(1).max(120), defaultTurnoutPercent: z.number().int().min(10).max(100),
  materialsBind: z.boolean().optional().openapi({ description: 'Pours may only use the cement, sand and stone there or on order (unchanged when absent)' }),
}).openapi('SeasonSettingsInput');
const OverrideParam = IdParam.extend({ overrideId: z.coerce.number().int().positive().openapi({ param: { name: 'overrideId', in: 'path' }, example: 1 }) });

export const seasonRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/season-plan', tags, summary: 'The season plan last solved, the labour estimate, pins and bans, settings',
    request: { params: IdParam }, responses: { 200: jsonContent(SeasonPageOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'plans.read');
    const id = c.req.valid('param').id;
    const loaded = await loadSeasonInput(ctxOf(c), id);
    if (!loaded) throw new AppError('NOT_FOUND');
    const stored = await storedPlan(c.var.db, id);
    const settings = await getSeasonSettings(c.var.db, id);
    setEtag(c, settings.version);
    return c.json({
      campaign: loaded.context.campaign, asOf: loaded.context.asOf, deadline: loaded.input.deadline, days: loaded.input.days, objective: OBJECTIVE,
      plan: stored?.view ?? null, estimate: labourEstimate(loaded.context, loaded.input),
      groups: loaded.input.teams.map((t) => ({ id: t.id, name: t.name })),
      communes: loaded.input.communes.map((x) => ({ id: x.id, name: x.name })),
      roads: loaded.input.roads.map((r) => ({ id: r.id, name: r.name, communeId: r.communeId })),
      overrides: await listOverrides(c.var.db, id), settings,
      actions: can(actor, 'plans.write') ? ['solve' as const, 'edit' as const] : [],
    }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/season-plan/solve', tags, summary: 'Solve the season plan again (HiGHS within the time limit; the greedy proposal if it cannot start) and keep it',
    request: { params: IdParam }, responses: { 200: jsonContent(SeasonPlanOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    return c.json(await solveSeason(ctxOf(c), c.req.valid('param').id), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/season-plan/overrides', tags, summary: "Pin a group to a road on a Saturday, or forbid it (roadId null: the whole day); replaces the group's other edit that day",
    request: { params: IdParam, body: jsonBody(OverrideIn) }, responses: { 201: jsonContent(SeasonOverrideOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    return c.json(await addOverride(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201);
  })
  .openapi(createRoute({
    method: 'delete', path: '/campaigns/{id}/season-plan/overrides/{overrideId}', tags, summary: 'Remove a pin or ban',
    request: { params: OverrideParam }, responses: { 204: { description: 'Removed' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const p = c.req.valid('param');
    await removeOverride(ctxOf(c), p.id, p.overrideId);
    return c.body(null, 204);
  })
  .openapi(createRoute({
    method: 'put', path: '/campaigns/{id}/season-plan/settings', tags, summary: 'Solver time limit, default turnout, and whether materials limit the plan',
    request: { params: IdParam, body: jsonBody(SettingsIn) }, responses: { 200: jsonContent(SeasonSettingsOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const s = await changeSeasonSettings(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, s.version);
    return c.json(s, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/season-plan/export', tags, summary: 'The route schedule (lộ trình) of every road as XLSX or PDF, official header',
    request: { params: IdParam, query: z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx'), lang: z.enum(['vi', 'en']).default('vi') }) },
    responses: { 200: { description: 'XLSX or PDF' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    const stored = await storedPlan(c.var.db, c.req.valid('param').id);
    if (!stored) throw new AppError('NOT_FOUND');
    const { format } = c.req.valid('query');
    const file = await routeScheduleExport(c.var.db, stored.view, format);
    return c.body(new Uint8Array(file), 200, {
      'content-type': format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="lo-trinh-${stored.view.campaign.id}.${format}"`,
    });
  });
