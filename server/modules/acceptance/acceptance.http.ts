// /segments/{id}/acceptances: record the acceptance (nghiệm thu) of a poured segment and read them.
import { createRoute, z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { acceptancesOf, acceptSegment } from './acceptance.js';

const tags = ['acceptance'];
const Measurement = z.object({
  atMm: z.number().int().min(0).openapi({ description: 'Chainage of the point, mm from the road start', example: 50_000 }),
  widthMm: z.number().int().positive().max(20_000).openapi({ example: 3_000 }),
  thicknessMm: z.number().int().positive().max(1_000).openapi({ example: 160 }),
});
const Create = z.object({
  inspectedOn: z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }),
  decision: z.enum(['accepted', 'rejected']),
  grade: z.string().trim().min(2).max(10).openapi({ example: 'M200' }),
  measurements: z.array(Measurement).min(1).max(50),
  reasons: z.string().trim().max(2000).nullable().optional().openapi({ description: 'Required when rejected (400 naming reasons without them)' }),
}).openapi('SegmentAcceptanceCreate');
const Out = z.object({
  id: z.number(), segmentId: z.number(), decision: z.enum(['accepted', 'rejected']), inspectedOn: z.string(), grade: z.string(),
  measurements: z.array(Measurement), reasons: z.string().nullable(), design: z.object({ widthMm: z.number(), thicknessMm: z.number() }),
  summary: z.object({ minWidthMm: z.number(), minThicknessMm: z.number(), avgWidthMm: z.number(), avgThicknessMm: z.number(), pointsBelowDesign: z.number() }),
  photos: z.array(z.object({ id: z.number(), filename: z.string(), url: z.string() })), inspector: z.object({ id: z.number(), name: z.string() }), createdAt: z.string(),
}).openapi('SegmentAcceptance');

export const acceptanceRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/segments/{id}/acceptances', tags, summary: "A segment's acceptance records", request: { params: IdParam },
    responses: { 200: jsonContent(z.object({ items: z.array(Out) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'guidance.read');
    return c.json({ items: await acceptancesOf(c.var.db, c.req.valid('param').id) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/segments/{id}/acceptances', tags, summary: 'Accept or reject a poured segment (measurements, grade; photos via /files)',
    request: { params: IdParam, body: jsonBody(Create) }, responses: { 201: jsonContent(Out, 'Recorded'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'acceptance.record');
    return c.json(await acceptSegment(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201);
  });
