// /groups: list by campaign, search (by group or member agency), create and edit.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { createGroup, updateGroup } from './commands/save-group.js';
import { getGroup, listGroups } from './groups.repository.js';
import { presentGroup } from './groups.presenter.js';
import { GroupCreate, GroupOut, GroupQuery, GroupUpdate } from './groups.schema.js';

const tags = ['groups'];

export const groupsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/groups', tags, summary: 'List groups with their members', request: { query: GroupQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(GroupOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'groups.read');
    const rows = await listGroups(c.var.db, c.req.valid('query'));
    return c.json({ items: rows.map((r) => presentGroup(r, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/groups/{id}', tags, summary: 'One group', request: { params: IdParam },
    responses: { 200: jsonContent(GroupOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'groups.read');
    const row = await getGroup(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentGroup(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/groups', tags, summary: 'Create a group', request: { body: jsonBody(GroupCreate) },
    responses: { 201: jsonContent(GroupOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'groups.write');
    const group = await createGroup(ctxOf(c), c.req.valid('json'));
    setEtag(c, group.version);
    return c.json(group, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/groups/{id}', tags, summary: 'Change a group', request: { params: IdParam, body: jsonBody(GroupUpdate) },
    responses: { 200: jsonContent(GroupOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'groups.write');
    const group = await updateGroup(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, group.version);
    return c.json(group, 200);
  });
