// /campaigns/{id}/district-report: the district's weekly or monthly report as JSON (built from
// approved commune reports, missing ones named), its own text (number, header, signer,
// narrative), and its exports as DOCX, PDF and XLSX in the official format.
import { createRoute } from '@hono/zod-openapi';
import { AppError, fail } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../../http/router.js';
import { isWeekStart } from '../../../../domain/reporting.js';
import { businessToday } from '../clock.js';
import { DistrictMetaIn, DistrictReportOut, ExportQuery, PeriodQuery } from '../reports.schema.js';
import { buildDistrictReport } from './build.js';
import { districtDocx, districtPdf, districtXlsx } from './documents.js';
import { saveDistrictMeta } from './save-meta.js';

const tags = ['district report'];
const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

function checkStart(kind: 'week' | 'month', start: string) {
  if (kind === 'week' && !isWeekStart(start)) fail('NOT_A_WEEK_START', 'query.start');
}


export const districtReportsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/district-report', tags, summary: 'The district report of a week or a month, from approved commune reports',
    request: { params: IdParam, query: PeriodQuery }, responses: { 200: jsonContent(DistrictReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'district_reports.read');
    const q = c.req.valid('query');
    checkStart(q.kind, q.start);
    const r = await buildDistrictReport(c.var.db, c.req.valid('param').id, q.kind, q.start, await businessToday(c.var.db));
    if (!r) throw new AppError('NOT_FOUND');
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/campaigns/{id}/district-report', tags, summary: "The report's number, header (state or Party), signer, highlights, narrative, recipients",
    request: { params: IdParam, body: jsonBody(DistrictMetaIn) }, responses: { 200: jsonContent(DistrictReportOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'district_reports.write');
    const input = c.req.valid('json');
    checkStart(input.kind, input.start);
    await saveDistrictMeta(ctxOf(c), c.req.valid('param').id, input);
    return c.json((await buildDistrictReport(c.var.db, c.req.valid('param').id, input.kind, input.start, await businessToday(c.var.db)))!, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/district-report/export', tags, summary: 'Download as DOCX, PDF (Tinos embedded) or XLSX',
    request: { params: IdParam, query: ExportQuery }, responses: { 200: { description: 'The file' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'district_reports.read');
    const q = c.req.valid('query');
    checkStart(q.kind, q.start);
    const today = await businessToday(c.var.db);
    const r = await buildDistrictReport(c.var.db, c.req.valid('param').id, q.kind, q.start, today);
    if (!r) throw new AppError('NOT_FOUND');
    const data = q.format === 'pdf' ? await districtPdf(r, today) : q.format === 'docx' ? await districtDocx(r, today) : await districtXlsx(r, today);
    const name = `bao-cao-${q.kind === 'week' ? 'tuan' : 'thang'}-${q.start}.${q.format}`;
    return c.body(new Uint8Array(data), 200, {
      'content-type': TYPES[q.format], 'content-disposition': `attachment; filename="${name}"`, 'x-content-type-options': 'nosniff',
    });
  });
