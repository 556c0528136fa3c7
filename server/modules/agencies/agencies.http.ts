// /agencies: list, search, create and edit agencies; import them with their groups from .xlsx.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { isNotModified } from '../../http/read-cache.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, ListQuery, setEtag } from '../../http/router.js';
import { getAgency, listAgencies } from './agencies.repository.js';
import { presentAgency } from './agencies.presenter.js';
import { AgencyCreate, AgencyOut, AgencyUpdate } from './agencies.schema.js';
import { createAgency, ledAgencyIdsOf, updateAgency } from './commands/save-agency.js';
import { importRoutes } from './import/import.http.js';

const tags = ['agencies'];

export const agenciesRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/agencies', tags, summary: 'List and search agencies', request: { query: ListQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(AgencyOut), nextCursor: z.number().nullable() })), 304: { description: 'Not modified (ETag: data version)' }, ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'agencies.read');
    if (await isNotModified(c)) return c.body(null, 304);
    const f = c.req.valid('query');
    const rows = await listAgencies(c.var.db, f);
    const page = rows.slice(0, f.limit);
    const led = await ledAgencyIdsOf(ctxOf(c));
    return c.json({ items: page.map((r) => presentAgency(r, actor, led)), nextCursor: rows.length > f.limit ? page[page.length - 1].id : null }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/agencies/{id}', tags, summary: 'One agency', request: { params: IdParam },
    responses: { 200: jsonContent(AgencyOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'agencies.read');
    const row = await getAgency(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentAgency(row, actor, await ledAgencyIdsOf(ctxOf(c))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/agencies', tags, summary: 'Create an agency', request: { body: jsonBody(AgencyCreate) },
    responses: { 201: jsonContent(AgencyOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'agencies.write');
    const agency = await createAgency(ctxOf(c), c.req.valid('json'));
    setEtag(c, agency.version);
    return c.json(agency, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/agencies/{id}', tags, summary: 'Change an agency (an agency or group lead: staff count and contact only)',
    request: { params: IdParam, body: jsonBody(AgencyUpdate) },
    responses: { 200: jsonContent(AgencyOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'agencies.read');
    const agency = await updateAgency(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, agency.version);
    return c.json(agency, 200);
  })
  .route('/', importRoutes);
