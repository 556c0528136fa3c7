// /campaigns/{id}/ranking: the emulation ranking of groups and agencies for a month or the whole
// campaign (table and chart data), and its XLSX export.
import { createRoute, z } from '@hono/zod-openapi';
import { isMonth } from '../../../domain/reporting.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, errorResponses, IdParam, jsonContent } from '../../http/router.js';
import { buildRanking, type RankingPeriod } from './ranking.js';
import { rankingXlsx } from './ranking.xlsx.js';

const tags = ['ranking'];
const Query = z.object({
  month: z.string().refine(isMonth, { message: 'YYYY-MM' }).optional().openapi({ description: 'A month; the whole campaign when left out', example: '2021-09' }),
});
const Row = z.object({
  rank: z.number(), id: z.number(), name: z.string(), participants: z.number(), possible: z.number(), participationPercent: z.number(),
  labourDays: z.number(), volumeM3: z.number(), rating: z.number().nullable(), score: z.number(),
  parts: z.object({ participation: z.number(), labour: z.number(), volume: z.number(), rating: z.number() }),
  tie: z.object({ vi: z.string(), en: z.string() }).nullable(),
});
const RankingOut = z.object({
  campaign: z.object({ id: z.number(), name: z.string() }),
  period: z.object({ kind: z.enum(['month', 'campaign']), month: z.string().optional(), from: z.string(), to: z.string() }),
  campaignDaysWorked: z.number(),
  weights: z.object({ participation: z.number(), labour: z.number(), volume: z.number(), rating: z.number() }),
  groups: z.array(Row.extend({ kind: z.enum(['group', 'agency']).openapi({ description: "'agency': one agency assigned work on its own, under its own name" }) })),
  agencies: z.array(Row.extend({ group: z.object({ id: z.number(), name: z.string(), kind: z.enum(['group', 'agency']) }) })),
}).openapi('Ranking');

const periodOf = (month?: string): RankingPeriod => (month ? { kind: 'month', month } : { kind: 'campaign' });

export const rankingRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/ranking', tags, summary: 'Emulation ranking (thi đua) of groups and agencies; ties explained',
    request: { params: IdParam, query: Query }, responses: { 200: jsonContent(RankingOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'ranking.read');
    const r = await buildRanking(c.var.db, c.req.valid('param').id, periodOf(c.req.valid('query').month));
    if (!r) throw new AppError('NOT_FOUND');
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/ranking/export', tags, summary: 'The ranking as XLSX',
    request: { params: IdParam, query: Query }, responses: { 200: { description: 'XLSX' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'ranking.read');
    const month = c.req.valid('query').month;
    const r = await buildRanking(c.var.db, c.req.valid('param').id, periodOf(month));
    if (!r) throw new AppError('NOT_FOUND');
    return c.body(new Uint8Array(await rankingXlsx(r)), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="xep-hang-thi-dua-${month ?? 'chien-dich'}.xlsx"`,
    });
  });
