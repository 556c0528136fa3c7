// /funds: the campaign's fund, its ledger entries, and the writes: contributions, allocations,
// expenditures, approval decisions and reversals. Each: validate → authorise → command → present.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { decideExpenditure } from './commands/decide-expenditure.js';
import { recordAllocation } from './commands/record-allocation.js';
import { recordContribution } from './commands/record-contribution.js';
import { recordExpenditure } from './commands/record-expenditure.js';
import { reverseEntry } from './commands/reverse-entry.js';
import { createFund, updateFund } from './commands/save-fund.js';
import { unitScope } from './fund.policy.js';
import { presentEntry, presentFund } from './fund.presenter.js';
import { getEntry, getFund, listEntries, listFunds, type FundRow } from './fund.repository.js';
import {
  AllocationCreate, ContributionCreate, DecisionInput, EntryOut, EntryQuery, ExpenditureCreate, FundCreate, FundOut, FundUpdate,
  RejectInput, ReverseInput,
} from './fund.schema.js';
import { buildStatement } from './statements/statement.js';

const tags = ['fund'];
const EntryParam = IdParam.extend({ entryId: z.coerce.number().int().positive().openapi({ param: { name: 'entryId', in: 'path' } }) });

async function fundJson(c: Context<AppEnv>, row: FundRow) {
  const st = await buildStatement(c.var.db, row);
  return presentFund(row, c.var.actor!, st.totals);
}

async function entryJson(c: Context<AppEnv>, fundId: number, id: number) {
  return presentEntry((await getEntry(c.var.db, fundId, id))!, c.var.actor!);
}

export const fundRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/funds', tags, summary: 'Funds, newest first, with their totals',
    responses: { 200: jsonContent(z.object({ items: z.array(FundOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const rows = await listFunds(c.var.db);
    return c.json({ items: await Promise.all(rows.map((r) => fundJson(c, r))) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds', tags, summary: "Create a campaign's fund", request: { body: jsonBody(FundCreate) },
    responses: { 201: jsonContent(FundOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const row = await createFund(ctxOf(c), c.req.valid('json'));
    setEtag(c, row.version);
    return c.json(await fundJson(c, row), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}', tags, summary: 'One fund with its totals', request: { params: IdParam },
    responses: { 200: jsonContent(FundOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const row = await getFund(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(await fundJson(c, row), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/funds/{id}', tags, summary: 'Change the fund settings (approval threshold, document signer)',
    request: { params: IdParam, body: jsonBody(FundUpdate) },
    responses: { 200: jsonContent(FundOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const row = await updateFund(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, row.version);
    return c.json(await fundJson(c, row), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/entries', tags, summary: 'Ledger entries, newest first (a commune user sees its own commune\'s)',
    request: { params: IdParam, query: EntryQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(EntryOut), nextCursor: z.number().nullable() })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.read');
    const { id } = c.req.valid('param');
    if (!(await getFund(c.var.db, id))) throw new AppError('NOT_FOUND');
    const f = c.req.valid('query');
    const scope = unitScope(actor);
    if (scope !== null && f.unitId !== undefined && f.unitId !== scope) throw new AppError('FORBIDDEN');
    const rows = await listEntries(c.var.db, id, { ...f, unitId: scope ?? f.unitId });
    const page = rows.slice(0, f.limit);
    return c.json({ items: page.map((r) => presentEntry(r, actor)), nextCursor: rows.length > f.limit ? page[page.length - 1].id : null }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/entries/{entryId}', tags, summary: 'One ledger entry', request: { params: EntryParam },
    responses: { 200: jsonContent(EntryOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'fund.read');
    const { id, entryId } = c.req.valid('param');
    const row = await getEntry(c.var.db, id, entryId);
    const scope = unitScope(actor);
    if (!row || (scope !== null && row.unit_id !== scope)) throw new AppError('NOT_FOUND');
    return c.json(presentEntry(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/contributions', tags, summary: 'Record a contribution', request: { params: IdParam, body: jsonBody(ContributionCreate) },
    responses: { 201: jsonContent(EntryOut, 'Recorded'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const { id } = c.req.valid('param');
    const row = await recordContribution(ctxOf(c), id, c.req.valid('json'));
    return c.json(await entryJson(c, id, row.id), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/allocations', tags, summary: 'Allocate money to a commune by decision (never more than unallocated)',
    request: { params: IdParam, body: jsonBody(AllocationCreate) },
    responses: { 201: jsonContent(EntryOut, 'Recorded'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const { id } = c.req.valid('param');
    const row = await recordAllocation(ctxOf(c), id, c.req.valid('json'));
    return c.json(await entryJson(c, id, row.id), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/expenditures', tags, summary: "Record a commune's expenditure (never more than its allocation left)",
    request: { params: IdParam, body: jsonBody(ExpenditureCreate) },
    responses: { 201: jsonContent(EntryOut, 'Recorded (status pending when above the approval threshold)'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.record');
    const { id } = c.req.valid('param');
    const row = await recordExpenditure(ctxOf(c), id, c.req.valid('json'));
    return c.json(await entryJson(c, id, row.id), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/entries/{entryId}/approve', tags, summary: 'Approve an expenditure waiting for approval',
    request: { params: EntryParam, body: jsonBody(DecisionInput) },
    responses: { 200: jsonContent(EntryOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.approve');
    const { id, entryId } = c.req.valid('param');
    await decideExpenditure(ctxOf(c), id, entryId, 'approved', c.req.valid('json').comment ?? null);
    return c.json(await entryJson(c, id, entryId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/entries/{entryId}/reject', tags, summary: 'Reject an expenditure waiting for approval (comment required)',
    request: { params: EntryParam, body: jsonBody(RejectInput) },
    responses: { 200: jsonContent(EntryOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.approve');
    const { id, entryId } = c.req.valid('param');
    await decideExpenditure(ctxOf(c), id, entryId, 'rejected', c.req.valid('json').comment);
    return c.json(await entryJson(c, id, entryId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/entries/{entryId}/reverse', tags, summary: 'Reverse an entry with a reason (once; never a reversal)',
    request: { params: EntryParam, body: jsonBody(ReverseInput) },
    responses: { 201: jsonContent(EntryOut, 'The reversing entry'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.record');
    const { id, entryId } = c.req.valid('param');
    const row = await reverseEntry(ctxOf(c), id, entryId, c.req.valid('json'));
    return c.json(await entryJson(c, id, row.id), 201);
  });
