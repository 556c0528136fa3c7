// /task-instances: "my tasks", lists for a directive, item or unit (overdue first), one instance,
// and the reports on it: done with evidence, cannot do with a reason, reopen (coordinator).
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { businessToday } from './clock.js';
import { presentInstance } from './directives.presenter.js';
import { CannotDoIn, DoneIn, InstanceList, InstanceOut, InstanceQuery } from './directives.schema.js';
import { instanceList } from './directives.views.js';
import { getInstance } from './instances.repository.js';
import { reopenInstance, reportCannotDo, reportDone } from './commands/report-instance.js';

const tags = ['directives'];
const MineQuery = InstanceQuery.omit({ directiveId: true, unit: true, itemId: true });

function unitOf(key: string | undefined) {
  if (!key) return undefined;
  const [kind, ref] = key.split(':');
  return { kind, ref };
}

export const tasksRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/task-instances/mine', tags, summary: "My tasks: the signed-in user's unit's instances, overdue first",
    request: { query: MineQuery },
    responses: { 200: jsonContent(InstanceList), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'directives.read');
    const q = c.req.valid('query');
    const today = await businessToday(c.var.db);
    return c.json(await instanceList(ctxOf(c), { mine: actor, status: q.status, from: q.from, to: q.to }, today, q, actor), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/task-instances', tags, summary: 'Task instances of a directive, item or unit (a tracking-table cell), overdue first',
    request: { query: InstanceQuery },
    responses: { 200: jsonContent(InstanceList), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'directives.read');
    const q = c.req.valid('query');
    const today = await businessToday(c.var.db);
    const f = { status: q.status, directiveId: q.directiveId, itemId: q.itemId, unit: unitOf(q.unit), from: q.from, to: q.to };
    return c.json(await instanceList(ctxOf(c), f, today, q, actor), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/task-instances/{id}', tags, summary: 'One task instance', request: { params: IdParam },
    responses: { 200: jsonContent(InstanceOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'directives.read');
    const today = await businessToday(c.var.db);
    const row = await getInstance(c.var.db, c.req.valid('param').id, today);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(presentInstance(row, today, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/task-instances/{id}/done', tags,
    summary: "Report done with evidence: a file uploaded to this instance (entity 'task_instance'), an http(s) link, or a record (type + id)",
    request: { params: IdParam, body: jsonBody(DoneIn) },
    responses: { 200: jsonContent(InstanceOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'tasks.report');
    return c.json(await reportDone(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), await businessToday(c.var.db)), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/task-instances/{id}/cannot-do', tags, summary: 'Report that the task cannot be done, with the reason',
    request: { params: IdParam, body: jsonBody(CannotDoIn) },
    responses: { 200: jsonContent(InstanceOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'tasks.report');
    return c.json(await reportCannotDo(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason, await businessToday(c.var.db)), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/task-instances/{id}/reopen', tags, summary: 'Reopen a reported task (coordination office)',
    request: { params: IdParam },
    responses: { 200: jsonContent(InstanceOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    return c.json(await reopenInstance(ctxOf(c), c.req.valid('param').id, await businessToday(c.var.db)), 200);
  });
