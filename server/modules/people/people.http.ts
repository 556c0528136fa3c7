// /people-contributions: what households, villages, enterprises and others give a commune (cash,
// materials in kind, labour-days, land), the summary per commune and village with the village
// emulation ranking, and /public/people-contributions: the same totals without sign-in, donors
// named only with their consent.
import { createRoute, z } from '@hono/zod-openapi';
import { can } from '../../../domain/roles.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { recordPeopleContribution, reversePeopleContribution } from './commands/record-people-contribution.js';
import { canRecordPeopleFor, peopleScope } from './people.policy.js';
import { presentPeopleContribution } from './people.presenter.js';
import { listPeopleRows } from './people.repository.js';
import { PeopleContributionCreate, PeopleContributionOut, PeopleQuery, PeopleSummaryOut, ReverseBody } from './people.schema.js';
import { peopleSummary } from './people.summary.js';

const tags = ['people'];

/** A commune user reads only its own commune; asking for another answers 403. */
function scopeOf(actor: Parameters<typeof peopleScope>[0], asked: number | undefined): number | null {
  const scope = peopleScope(actor);
  if (scope !== null && asked !== undefined && asked !== scope) throw new AppError('FORBIDDEN');
  return scope ?? asked ?? null;
}

export const peopleRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/people-contributions', tags, summary: "The people's contributions, newest first", request: { query: PeopleQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(PeopleContributionOut), actions: z.array(z.enum(['create'])) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.read');
    const communeId = scopeOf(actor, c.req.valid('query').communeId);
    const rows = await listPeopleRows(c.var.db, { communeId });
    const mayCreate = can(actor, 'fund.record') && (communeId === null || canRecordPeopleFor(actor, communeId));
    return c.json({ items: rows.map((r) => presentPeopleContribution(r, actor)), actions: mayCreate ? ['create' as const] : [] }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/people-contributions', tags, summary: 'Record a contribution from the people (cash, in kind, labour-days, land)',
    request: { body: jsonBody(PeopleContributionCreate) },
    responses: { 201: jsonContent(PeopleContributionOut, 'Recorded'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.record');
    return c.json(presentPeopleContribution(await recordPeopleContribution(ctxOf(c), c.req.valid('json')), actor), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/people-contributions/{id}/reverse', tags, summary: 'Cancel a contribution by a reversal row (append-only)',
    request: { params: IdParam, body: jsonBody(ReverseBody) },
    responses: { 200: jsonContent(PeopleContributionOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.record');
    const row = await reversePeopleContribution(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason);
    return c.json(presentPeopleContribution(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/people-contributions/summary', tags, summary: 'Totals per commune and village, village emulation ranking, donors named with consent',
    request: { query: PeopleQuery },
    responses: { 200: jsonContent(PeopleSummaryOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.read');
    return c.json(await peopleSummary(c.var.db, scopeOf(actor, c.req.valid('query').communeId)), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/public/people-contributions', tags, security: [],
    summary: "The people's contributions per commune and village, without sign-in; donors named only with consent",
    responses: { 200: jsonContent(PeopleSummaryOut) },
  }), async (c) => c.json(await peopleSummary(c.var.db, null), 200));
