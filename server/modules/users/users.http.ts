// /users: the admin lists, creates and changes accounts.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, ListQuery, setEtag } from '../../http/router.js';
import { createUser, updateUser } from './commands/save-user.js';
import { getUser, listUsers } from './users.repository.js';
import { presentUser } from './users.presenter.js';
import { UserCreate, UserOut, UserUpdate } from './users.schema.js';

const tags = ['users'];

export const usersRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/users', tags, summary: 'List users', request: { query: ListQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(UserOut), nextCursor: z.number().nullable() })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'users.read');
    const f = c.req.valid('query');
    const rows = await listUsers(c.var.db, f);
    const page = rows.slice(0, f.limit);
    return c.json({ items: page.map(presentUser), nextCursor: rows.length > f.limit ? page[page.length - 1].id : null }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/users/{id}', tags, summary: 'One user', request: { params: IdParam },
    responses: { 200: jsonContent(UserOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'users.read');
    const row = await getUser(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentUser(row), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/users', tags, summary: 'Create a user', request: { body: jsonBody(UserCreate) },
    responses: { 201: jsonContent(UserOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'users.write');
    const user = await createUser(ctxOf(c), c.req.valid('json'));
    setEtag(c, user.version);
    return c.json(user, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/users/{id}', tags, summary: 'Change a user: role, organisation, disable, reset password',
    request: { params: IdParam, body: jsonBody(UserUpdate) },
    responses: { 200: jsonContent(UserOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'users.write');
    const user = await updateUser(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, user.version);
    return c.json(user, 200);
  });
