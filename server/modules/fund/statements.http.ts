// Statements of the fund as JSON (for pages), XLSX and PDF in the official format, a contributor's
// receipt as PDF, and the public summary anyone may read without signing in.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { can } from '../../../domain/roles.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, errorResponses, IdParam, jsonContent } from '../../http/router.js';
import { getEntry, getFund, listEntries, listFunds } from './fund.repository.js';
import { DocQuery, PublicFundOut, StatementOut } from './fund.schema.js';
import { fundMeta, receiptPdf, statementPdf, statementXlsx } from './statements/documents.js';
import { buildPublicSummary, buildStatement } from './statements/statement.js';

const tags = ['fund'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fileResponse = (type: string) => ({ 200: { description: 'The document', content: { [type]: { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } }, ...errorResponses });

async function loadFund(c: Context<AppEnv>, id: number) {
  const fund = await getFund(c.var.db, id);
  if (!fund) throw new AppError('NOT_FOUND');
  return fund;
}

function download(c: Context<AppEnv>, data: Buffer, type: string, filename: string) {
  return c.body(new Uint8Array(data), 200, {
    'content-type': type,
    'content-disposition': `${type === 'application/pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(filename)}`,
  });
}

const SUMMARY = 'Tình hình tiếp nhận, phân bổ và sử dụng nguồn kinh phí xã hội hóa';

export const statementsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/statement', tags, summary: 'The fund statement: fund, each commune, each agency',
    request: { params: IdParam, query: z.object({ to: DocQuery.shape.to }) },
    responses: { 200: jsonContent(StatementOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const fund = await loadFund(c, c.req.valid('param').id);
    return c.json(await buildStatement(c.var.db, fund, c.req.valid('query').to ?? null), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/statement.pdf', tags, summary: 'The fund statement as PDF (official format)',
    request: { params: IdParam, query: DocQuery }, responses: fileResponse('application/pdf'),
  }), async (c) => {
    authorise(c, 'fund.read');
    const q = c.req.valid('query');
    const fund = await loadFund(c, c.req.valid('param').id);
    const st = await buildStatement(c.var.db, fund, q.to ?? null);
    const meta = await fundMeta(c.var.db, fund, q, 'Báo cáo', SUMMARY);
    return download(c, await statementPdf(meta, st), 'application/pdf', `bao-cao-quy-${fund.id}.pdf`);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/statement.xlsx', tags, summary: 'The fund statement and ledger as XLSX (official header)',
    request: { params: IdParam, query: DocQuery }, responses: fileResponse(XLSX),
  }), async (c) => {
    const actor = authorise(c, 'fund.read');
    const q = c.req.valid('query');
    const fund = await loadFund(c, c.req.valid('param').id);
    const st = await buildStatement(c.var.db, fund, q.to ?? null);
    const meta = await fundMeta(c.var.db, fund, q, 'Báo cáo', SUMMARY);
    // The ledger sheet lists contributors' receipts, not names; a commune user gets its own lines.
    const entries = await listEntries(c.var.db, fund.id, { to: q.to ?? null, unitId: actor.role === 'commune' ? (actor.unitId ?? -1) : undefined });
    return download(c, await statementXlsx(meta, st, entries), XLSX, `bao-cao-quy-${fund.id}.xlsx`);
  })
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/entries/{entryId}/receipt.pdf', tags, summary: "A contributor's receipt (giấy biên nhận) as PDF",
    request: { params: IdParam.extend({ entryId: z.coerce.number().int().positive().openapi({ param: { name: 'entryId', in: 'path' } }) }), query: DocQuery },
    responses: fileResponse('application/pdf'),
  }), async (c) => {
    authorise(c, 'fund.read');
    if (!can(c.var.actor, 'fund.manage')) throw new AppError('FORBIDDEN');
    const { id, entryId } = c.req.valid('param');
    const fund = await loadFund(c, id);
    const entry = await getEntry(c.var.db, id, entryId);
    if (!entry || entry.kind !== 'contribution') throw new AppError('NOT_FOUND');
    const q = c.req.valid('query');
    const meta = await fundMeta(c.var.db, fund, { ...q, number: q.number ?? entry.receipt_no ?? undefined, date: q.date ?? entry.entry_date }, 'Giấy biên nhận', 'Tiền đóng góp xây dựng nông thôn mới');
    return download(c, await receiptPdf(meta, entry, fund.campaign_name), 'application/pdf', `bien-nhan-${entry.receipt_no}.pdf`);
  })
  .openapi(createRoute({
    method: 'get', path: '/public/funds', tags: ['public'], summary: 'Funds open to the public (no sign-in)', security: [],
    responses: { 200: jsonContent(z.object({ items: z.array(z.object({ id: z.number(), name: z.string(), campaign: z.object({ id: z.number(), name: z.string() }) })) })) },
  }), async (c) => {
    const rows = await listFunds(c.var.db);
    return c.json({ items: rows.map((r) => ({ id: r.id, name: r.name, campaign: { id: r.campaign_id, name: r.campaign_name } })) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/public/funds/{id}', tags: ['public'], summary: 'Public summary: totals by agency, allocations, spending by item; names only with consent',
    security: [], request: { params: IdParam }, responses: { 200: jsonContent(PublicFundOut), 404: errorResponses[404] },
  }), async (c) => {
    const fund = await loadFund(c, c.req.valid('param').id);
    return c.json(await buildPublicSummary(c.var.db, fund), 200);
  });
