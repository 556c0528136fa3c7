// /plans/{id}/sheet: the day's plan sheet as JSON (the printable web page), PDF and XLSX in the
// official format.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../../http/context.js';
import { authorise, createRouter, errorResponses, IdParam, jsonContent } from '../../../http/router.js';
import { IsoDate } from '../plans.schema.js';
import { sheetMeta, sheetPdf, sheetXlsx } from './documents.js';
import { buildSheet } from './sheet.js';

const tags = ['plans'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fileResponse = (type: string) => ({ 200: { description: 'The document', content: { [type]: { schema: z.any().openapi({ type: 'string', format: 'binary' }) } } }, ...errorResponses });
const DocQuery = z.object({
  header: z.enum(['state', 'party']).default('state'),
  number: z.string().trim().max(40).optional().openapi({ description: 'Document number and symbol, e.g. 15/KH-VPĐP' }),
  date: IsoDate.optional().openapi({ description: 'Document date (default today)' }),
});
const Line = z.object({
  entryId: z.number(), groupId: z.number(), groupName: z.string(), leadAgencyName: z.string(), communeId: z.number(), communeName: z.string(),
  where: z.string(), headcount: z.number(), targetVolumeM3: z.number(), targetLengthM: z.number(), mixers: z.number(),
  meetingTime: z.string().nullable(), meetingPlace: z.string().nullable(), notes: z.string().nullable(),
  supervisor: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  notReady: z.array(z.object({ item: z.string(), vi: z.string(), en: z.string() })),
});
const SheetOut = z.object({
  plan: z.object({ id: z.number(), campaignId: z.number(), campaignName: z.string(), districtId: z.number(), day: z.string(), week: z.string(),
    status: z.string(), versionNo: z.number(), cancelReason: z.string().nullable() }),
  totals: z.object({ groups: z.number(), headcount: z.number(), targetVolumeM3: z.number() }),
  byCommune: z.array(z.object({
    communeId: z.number(), communeName: z.string(), entries: z.array(Line),
    totals: z.object({ headcount: z.number(), targetVolumeM3: z.number(), mixers: z.number() }),
    materials: z.array(z.object({ roadName: z.string(), name: z.string(), unit: z.enum(['kg', 'l']), needed: z.number(), stagedPassed: z.number(), short: z.number() })),
  })),
  byGroup: z.array(Line),
}).openapi('PlanSheet');

function download(c: Context<AppEnv>, data: Buffer, type: string, filename: string) {
  return c.body(new Uint8Array(data), 200, {
    'content-type': type,
    'content-disposition': `${type === 'application/pdf' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(filename)}`,
  });
}

export const sheetRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}/sheet', tags, summary: 'The plan sheet of the day: by commune and by group', request: { params: IdParam },
    responses: { 200: jsonContent(SheetOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    return c.json(await buildSheet(c.var.db, c.req.valid('param').id), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}/sheet.pdf', tags, summary: 'The plan sheet as PDF (official format, Vietnamese)',
    request: { params: IdParam, query: DocQuery }, responses: fileResponse('application/pdf'),
  }), async (c) => {
    authorise(c, 'plans.read');
    const s = await buildSheet(c.var.db, c.req.valid('param').id);
    return download(c, await sheetPdf(await sheetMeta(c.var.db, s, c.req.valid('query')), s), 'application/pdf', `ke-hoach-${s.plan.day}.pdf`);
  })
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}/sheet.xlsx', tags, summary: 'The plan sheet as XLSX (sheets "Theo xã" and "Theo nhóm")',
    request: { params: IdParam, query: DocQuery }, responses: fileResponse(XLSX),
  }), async (c) => {
    authorise(c, 'plans.read');
    const s = await buildSheet(c.var.db, c.req.valid('param').id);
    return download(c, await sheetXlsx(await sheetMeta(c.var.db, s, c.req.valid('query')), s), XLSX, `ke-hoach-${s.plan.day}.xlsx`);
  });
