// /document-issuer: who issues the office's documents, read by everyone who prints them and
// changed by the office.
import { createRoute } from '@hono/zod-openapi';
import { authorise, createRouter, ctxOf, errorResponses, jsonBody, jsonContent } from '../../http/router.js';
import { getIssuer, IssuerIn, IssuerOut, saveIssuer } from './issuer.js';

const tags = ['document issuer'];

export const issuerRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/document-issuer', tags, summary: "The documents' issuer: state and Party bodies, symbols, place, default signers",
    responses: { 200: jsonContent(IssuerOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'district_reports.read');
    return c.json(await getIssuer(c.var.db), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/document-issuer', tags, summary: "Change the documents' issuer (the office; audited)",
    request: { body: jsonBody(IssuerIn) }, responses: { 200: jsonContent(IssuerOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'district_reports.write');
    return c.json(await saveIssuer(ctxOf(c), c.req.valid('json')), 200);
  });
