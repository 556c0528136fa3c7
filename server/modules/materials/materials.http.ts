// /materials (catalogue), /stock/points (staging points), /stock/settings/{campaignId}.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { createMaterial, createPoint, saveSettings } from './commands/catalogue.js';
import { stockScope } from './materials.policy.js';
import { presentMaterial, presentPoint } from './materials.presenter.js';
import { listMaterials, listPoints } from './materials.repository.js';
import { MaterialCreate, MaterialOut, PointCreate, PointOut, SettingsInput } from './materials.schema.js';

const tags = ['materials'];
const Settings = z.object({ campaignId: z.number(), unpassedIssue: z.enum(['refuse', 'warn']) });

export const catalogueRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/materials', tags, summary: 'The materials catalogue',
    responses: { 200: jsonContent(z.object({ items: z.array(MaterialOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'stock.read');
    return c.json({ items: (await listMaterials(c.var.db)).map(presentMaterial) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/materials', tags, summary: 'Add a material to the catalogue', request: { body: jsonBody(MaterialCreate) },
    responses: { 201: jsonContent(MaterialOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'materials.manage');
    return c.json(presentMaterial(await createMaterial(ctxOf(c), c.req.valid('json'))), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/stock/points', tags, summary: 'Staging points (a commune user sees its own commune\'s)',
    request: { query: z.object({ unitId: z.coerce.number().int().positive().optional(), roadId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(PointOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'stock.read');
    const q = c.req.valid('query');
    const scope = stockScope(actor);
    if (scope !== null && q.unitId && q.unitId !== scope) throw new AppError('FORBIDDEN');
    return c.json({ items: (await listPoints(c.var.db, { unitId: scope ?? q.unitId, roadId: q.roadId })).map(presentPoint) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/stock/points', tags, summary: 'Add a staging point (a store, or a point at a road)', request: { body: jsonBody(PointCreate) },
    responses: { 201: jsonContent(PointOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'stock.record');
    return c.json(presentPoint(await createPoint(ctxOf(c), c.req.valid('json'))), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/stock/settings/{id}', tags, summary: "A campaign's materials setting (issue from a lot not yet inspected: refuse or warn)",
    request: { params: IdParam }, responses: { 200: jsonContent(Settings), ...errorResponses },
  }), async (c) => {
    authorise(c, 'stock.read');
    const { id } = c.req.valid('param');
    const row = await c.var.db.selectFrom('materials_settings').select('unpassed_issue').where('campaign_id', '=', id).executeTakeFirst();
    return c.json({ campaignId: id, unpassedIssue: row?.unpassed_issue ?? 'refuse' }, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/stock/settings/{id}', tags, summary: "Set a campaign's materials setting", request: { params: IdParam, body: jsonBody(SettingsInput) },
    responses: { 200: jsonContent(Settings), ...errorResponses },
  }), async (c) => {
    authorise(c, 'materials.manage');
    return c.json(await saveSettings(ctxOf(c), c.req.valid('param').id, c.req.valid('json').unpassedIssue), 200);
  });
