// /directives: list, read, create, change; add items and tasks; the tracking table; and
// /directive-units/completion: units' completion and timeliness over a period.
import { createRoute, z } from '@hono/zod-openapi';
import { DIRECTIVE_TYPES } from '../../../domain/directives.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { businessToday } from './clock.js';
import { listDirectives } from './directives.repository.js';
import { presentDirectiveSummary } from './directives.presenter.js';
import {
  CompletionOut, CompletionQuery, DirectiveCreate, DirectiveOut, DirectiveSummaryOut, DirectiveUpdate, ItemIn, TaskIn, TrackingOut,
} from './directives.schema.js';
import { loadDirective, trackingTable, unitCompletion } from './directives.views.js';
import { addTask } from './commands/add-task.js';
import { addItem, createDirective, updateDirective } from './commands/save-directive.js';

const tags = ['directives'];

export const directivesRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/directives', tags, summary: 'List directives, newest first, with their progress',
    request: { query: z.object({ q: z.string().max(200).optional(), type: z.enum(DIRECTIVE_TYPES).optional(), campaignId: z.coerce.number().int().positive().optional() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(DirectiveSummaryOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.read');
    const rows = await listDirectives(c.var.db, c.req.valid('query'), await businessToday(c.var.db));
    return c.json({ items: rows.map(presentDirectiveSummary) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/directives/{id}', tags, summary: 'A directive with its items, tasks, assignees and documents', request: { params: IdParam },
    responses: { 200: jsonContent(DirectiveOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.read');
    const d = await loadDirective(ctxOf(c), c.req.valid('param').id, await businessToday(c.var.db));
    setEtag(c, d.version);
    return c.json(d, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/directives', tags, summary: 'Enter a directive with its numbered items and their tasks',
    request: { body: jsonBody(DirectiveCreate) },
    responses: { 201: jsonContent(DirectiveOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    const today = await businessToday(c.var.db);
    const id = await createDirective(ctxOf(c), c.req.valid('json'), today);
    const d = await loadDirective(ctxOf(c), id, today);
    setEtag(c, d.version);
    return c.json(d, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/directives/{id}', tags, summary: "Change a directive's heading (If-Match)", request: { params: IdParam, body: jsonBody(DirectiveUpdate) },
    responses: { 200: jsonContent(DirectiveOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    const id = c.req.valid('param').id;
    await updateDirective(ctxOf(c), id, c.req.valid('json'), ifMatchVersion(c));
    const d = await loadDirective(ctxOf(c), id, await businessToday(c.var.db));
    setEtag(c, d.version);
    return c.json(d, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/directives/{id}/items', tags, summary: 'Add a numbered item (with its tasks)', request: { params: IdParam, body: jsonBody(ItemIn) },
    responses: { 201: jsonContent(DirectiveOut, 'Added'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    const id = c.req.valid('param').id;
    const today = await businessToday(c.var.db);
    await addItem(ctxOf(c), id, c.req.valid('json'), today);
    return c.json(await loadDirective(ctxOf(c), id, today), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/directive-items/{id}/tasks', tags, summary: 'Add a task to an item: assignees and a one-off or recurring schedule',
    request: { params: IdParam, body: jsonBody(TaskIn) },
    responses: { 201: jsonContent(DirectiveOut, 'Added'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    const today = await businessToday(c.var.db);
    const { directiveId } = await addTask(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), today);
    return c.json(await loadDirective(ctxOf(c), directiveId, today), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/directives/{id}/tracking', tags, summary: 'Tracking table: items × units, counts by status, colour codes, overdue first',
    request: { params: IdParam },
    responses: { 200: jsonContent(TrackingOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.read');
    return c.json(await trackingTable(ctxOf(c), c.req.valid('param').id, await businessToday(c.var.db)), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/directive-units/completion', tags, summary: "Units' completion rate and timeliness over a period (overdue first)",
    request: { query: CompletionQuery },
    responses: { 200: jsonContent(CompletionOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.read');
    const today = await businessToday(c.var.db);
    const q = c.req.valid('query');
    return c.json(await unitCompletion(ctxOf(c), { ...q, from: q.from ?? '1900-01-01', to: q.to ?? today }, today), 200);
  });
