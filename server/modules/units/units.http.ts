// /units: list and search the tree, create and edit units.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { createUnit, updateUnit } from './commands/save-unit.js';
import { getUnit, listUnits } from './units.repository.js';
import { presentUnit } from './units.presenter.js';
import { UnitCreate, UnitOut, UnitQuery, UnitUpdate } from './units.schema.js';

const tags = ['units'];

export const unitsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/units', tags, summary: 'List administrative units (tree order, with paths)', request: { query: UnitQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(UnitOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'units.read');
    const rows = await listUnits(c.var.db, c.req.valid('query'));
    return c.json({ items: rows.map((r) => presentUnit(r, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/units/{id}', tags, summary: 'One unit', request: { params: IdParam },
    responses: { 200: jsonContent(UnitOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'units.read');
    const row = await getUnit(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentUnit(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/units', tags, summary: 'Create a unit', request: { body: jsonBody(UnitCreate) },
    responses: { 201: jsonContent(UnitOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'units.read');
    const unit = await createUnit(ctxOf(c), c.req.valid('json'));
    setEtag(c, unit.version);
    return c.json(unit, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/units/{id}', tags, summary: 'Change a unit', request: { params: IdParam, body: jsonBody(UnitUpdate) },
    responses: { 200: jsonContent(UnitOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'units.read');
    const unit = await updateUnit(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, unit.version);
    return c.json(unit, 200);
  });
