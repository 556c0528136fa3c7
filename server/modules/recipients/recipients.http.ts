// /directives/{id}/recipients: the distribution list with who has read it; PUT sets the list
// (the office); /directives/{id}/read: a recipient agency's or commune's user marks it read.
import { createRoute, z } from '@hono/zod-openapi';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { listRecipients, markRead, RecipientsPut, setRecipients } from './recipients.js';

const tags = ['directives'];
const RecipientsOut = z.object({
  items: z.array(z.object({
    id: z.number(), kind: z.enum(['body', 'agency', 'commune']), name: z.string(),
    agencyId: z.number().nullable().openapi({ description: 'The agency, for kind agency' }), communeId: z.number().nullable().openapi({ description: 'The commune, for kind commune' }),
    tracked: z.boolean().openapi({ description: 'False for a body without users in the app: listed, not tracked' }),
    read: z.object({ by: z.string(), at: z.string() }).nullable(), mine: z.boolean(), actions: z.array(z.enum(['markRead'])),
  })),
  counts: z.object({ total: z.number(), tracked: z.number(), read: z.number() }),
  actions: z.array(z.enum(['edit'])),
}).openapi('DirectiveRecipients');

export const recipientsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/directives/{id}/recipients', tags, summary: 'Who receives the directive, and who has read it', request: { params: IdParam },
    responses: { 200: jsonContent(RecipientsOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'directives.read');
    return c.json(await listRecipients(c.var.db, c.req.valid('param').id, actor), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/directives/{id}/recipients', tags, summary: 'Set the distribution list (bodies, agencies, communes); reads of kept recipients stay',
    request: { params: IdParam, body: jsonBody(RecipientsPut) },
    responses: { 200: jsonContent(RecipientsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.write');
    return c.json(await setRecipients(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/directives/{id}/read', tags, summary: "Mark the directive read for the user's agency or commune", request: { params: IdParam },
    responses: { 200: jsonContent(RecipientsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'directives.read');
    return c.json(await markRead(ctxOf(c), c.req.valid('param').id), 200);
  });
