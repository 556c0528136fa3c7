// /media-broadcasts: news items and reportages sent to a station (the provincial radio and
// television station of conclusion §4), and what came of each; a reportage's outcome completes the
// media centre's monthly reportage task.
import { createRoute, z } from '@hono/zod-openapi';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { AppError } from '../../http/errors.js';
import { businessToday } from '../directives/index.js';
import { presentBroadcast } from './broadcasts.presenter.js';
import { getBroadcast, listBroadcasts } from './broadcasts.repository.js';
import { BroadcastOut, BroadcastOutcome, BroadcastQuery, BroadcastSend } from './broadcasts.schema.js';
import { recordBroadcastOutcome, sendBroadcast } from './commands/broadcast.js';

const tags = ['media'];

export const broadcastsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/media-broadcasts', tags, summary: 'Items sent to a station, newest first, with their outcome', request: { query: BroadcastQuery },
    responses: { 200: jsonContent(z.object({ today: z.string().openapi({ description: 'The business date, the default for the forms' }), items: z.array(BroadcastOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'media.read');
    const q = c.req.valid('query');
    return c.json({ today: await businessToday(c.var.db), items: (await listBroadcasts(c.var.db, q, q)).map((r) => presentBroadcast(r, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/media-broadcasts/{id}', tags, summary: 'One broadcast', request: { params: IdParam },
    responses: { 200: jsonContent(BroadcastOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'media.read');
    const row = await getBroadcast(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentBroadcast(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/media-items/{id}/broadcasts', tags, summary: 'Record that a media item was sent to a station',
    request: { params: IdParam, body: jsonBody(BroadcastSend) },
    responses: { 201: jsonContent(BroadcastOut, 'Sent'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'media.write');
    const out = await sendBroadcast(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    setEtag(c, out.version);
    return c.json(out, 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/media-broadcasts/{id}/outcome', tags,
    summary: "Record whether the station aired it (day and link) or not (explanation); a reportage's outcome completes the monthly reportage task (If-Match)",
    request: { params: IdParam, body: jsonBody(BroadcastOutcome) },
    responses: { 200: jsonContent(BroadcastOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'media.write');
    const out = await recordBroadcastOutcome(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, out.version);
    return c.json(out, 200);
  });
