// /funds/{id}/reports and /fund-reports/{id}: the fund's periodic report to the Standing Committee
// (báo cáo Thường trực Huyện ủy): drafted from the ledger, edited, submitted with its number and
// date, and exported as DOCX, PDF or XLSX in the official format.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../../http/router.js';
import { getFund } from '../fund.repository.js';
import { createFundReport, presentFundReport, submitFundReport, updateFundReport } from './fund-report.commands.js';
import { fundReportDocx, fundReportMeta, fundReportPdf, fundReportXlsx } from './fund-report.documents.js';
import { fundReports } from './fund-report.repository.js';
import { FundReportCreate, FundReportOut, FundReportSubmit, FundReportUpdate } from './fund-report.schema.js';

const tags = ['fund'];
const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function reportOf(c: Context<AppEnv>, id: number) {
  const [row] = await fundReports(c.var.db, { id });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export const fundReportsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/funds/{id}/reports', tags, summary: 'The fund reports to the Standing Committee, newest period first',
    request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(FundReportOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const id = c.req.valid('param').id;
    if (!(await getFund(c.var.db, id))) throw new AppError('NOT_FOUND');
    const rows = await fundReports(c.var.db, { fundId: id });
    const items = [];
    for (const r of rows) items.push(await presentFundReport(c.var.db, r, c.var.actor));
    return c.json({ items }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/reports', tags, summary: 'Draft the report of a period from the ledger',
    request: { params: IdParam, body: jsonBody(FundReportCreate) }, responses: { 201: jsonContent(FundReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const r = await createFundReport(ctxOf(c), c.req.valid('param').id, c.req.valid('json'));
    setEtag(c, r.version);
    return c.json(r, 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/fund-reports/{id}', tags, summary: 'One fund report (a draft shows the ledger as it is now)',
    request: { params: IdParam }, responses: { 200: jsonContent(FundReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const r = await presentFundReport(c.var.db, await reportOf(c, c.req.valid('param').id), c.var.actor);
    setEtag(c, r.version);
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/fund-reports/{id}', tags, summary: 'Edit a draft: narrative, outstanding issues, proposals, number, date, signer, recipients',
    request: { params: IdParam, body: jsonBody(FundReportUpdate) }, responses: { 200: jsonContent(FundReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const r = await updateFundReport(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, r.version);
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/fund-reports/{id}/submit', tags, summary: 'Submit with its number and date: the figures are frozen and the report is kept as sent',
    request: { params: IdParam, body: jsonBody(FundReportSubmit) }, responses: { 200: jsonContent(FundReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const r = await submitFundReport(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, r.version);
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/fund-reports/{id}/export', tags, summary: 'The report as DOCX, PDF (Tinos embedded) or XLSX in the official format',
    request: { params: IdParam, query: z.object({ format: z.enum(['docx', 'pdf', 'xlsx']) }) },
    responses: { 200: { description: 'The document', content: Object.fromEntries(Object.values(TYPES).map((t) => [t, { schema: z.any().openapi({ type: 'string', format: 'binary' }) }])) }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.read');
    const row = await reportOf(c, c.req.valid('param').id);
    const fund = (await getFund(c.var.db, row.fund_id))!;
    const r = await presentFundReport(c.var.db, row, c.var.actor);
    const meta = await fundReportMeta(c.var.db, fund, r);
    const format = c.req.valid('query').format;
    const data = format === 'pdf' ? await fundReportPdf(meta, r) : format === 'docx' ? await fundReportDocx(meta, r) : await fundReportXlsx(meta, r);
    const name = `bao-cao-quy-${r.number ? r.number.replace(/[^\p{L}\p{N}-]+/gu, '-') : `du-thao-${r.id}`}.${format}`;
    return c.body(new Uint8Array(data), 200, {
      'content-type': TYPES[format],
      'content-disposition': `${format === 'pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  });
