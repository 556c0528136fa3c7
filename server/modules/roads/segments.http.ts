// /segments: one segment with its history and materials, change, delete, move along the workflow;
// and the materials still needed for a set of segments.
import { createRoute, z } from '@hono/zod-openapi';
import { estimateParts } from '../../../domain/concrete/index.js';
import { TO_POUR_STATUSES } from '../../../domain/segment-status.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, OkSchema, setEtag } from '../../http/router.js';
import { deleteSegment, updateSegment } from './commands/save-segment.js';
import { transitionSegment } from './commands/transition-segment.js';
import { segmentVolumeMm3 } from './roads.presenter.js';
import { listRoads, segmentsByIds } from './roads.repository.js';
import { CombinedOut, SegmentOut, SegmentUpdate, TransitionInput } from './roads.schema.js';
import { calculatorOptions } from './road-settings.js';
import { presentContextOf, segmentView } from './road-views.js';

const tags = ['segments'];

const IdsQuery = z.object({
  ids: z.string().regex(/^\d+(,\d+){0,499}$/).openapi({ description: 'Segment ids, comma-separated', example: '1,2,3' }),
  drumLitres: z.coerce.number().int().min(50).max(5000).optional(),
});

export const segmentsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/segments/estimate', tags, summary: 'Concrete and materials still needed for a set of segments (those already poured or accepted are left out)',
    request: { query: IdsQuery },
    responses: { 200: jsonContent(CombinedOut.extend({ segmentIds: z.array(z.number()), excludedIds: z.array(z.number()), lengthM: z.number() })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const q = c.req.valid('query');
    const ids = [...new Set(q.ids.split(',').map(Number))];
    const segments = await segmentsByIds(c.var.db, ids);
    const roads = await listRoads(c.var.db, { ids: [...new Set(segments.map((s) => s.road_id))] });
    const pc = await presentContextOf(ctxOf(c));
    const todo = segments.filter((s) => (TO_POUR_STATUSES as readonly string[]).includes(s.status));
    const parts = todo.map((s) => {
      const road = roads.find((r) => r.id === s.road_id)!;
      const table = pc.tables.get(road.mix_table_id)!;
      return { mm3: segmentVolumeMm3(road, s), table, row: table.rows.find((r) => r.grade === road.grade && r.stone === road.stone)! };
    });
    return c.json({
      ...estimateParts(parts, calculatorOptions(pc.settings, q.drumLitres)),
      segmentIds: todo.map((s) => s.id),
      excludedIds: ids.filter((id) => !todo.some((s) => s.id === id)),
      lengthM: todo.reduce((sum, s) => sum + s.to_mm - s.from_mm, 0) / 1000,
    }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/segments/{id}', tags, summary: 'One segment with its status history and materials', request: { params: IdParam },
    responses: { 200: jsonContent(SegmentOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const s = await segmentView(ctxOf(c), c.req.valid('param').id);
    setEtag(c, s.version);
    return c.json(s, 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/segments/{id}', tags, summary: 'Change a segment not yet under way (planned, ready or rejected)', request: { params: IdParam, body: jsonBody(SegmentUpdate) },
    responses: { 200: jsonContent(SegmentOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const s = await updateSegment(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, s.version);
    return c.json(s, 200);
  })
  .openapi(createRoute({
    method: 'delete', path: '/segments/{id}', tags, summary: 'Delete a segment not yet under way', request: { params: IdParam },
    responses: { 200: jsonContent(OkSchema), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    await deleteSegment(ctxOf(c), c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/segments/{id}/transition', tags,
    summary: 'Move a segment: planned → ready → in_progress → poured → accepted | rejected; rejected → planned | ready. A reason is needed to reject or go back.',
    request: { params: IdParam, body: jsonBody(TransitionInput) },
    responses: { 200: jsonContent(SegmentOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const s = await transitionSegment(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, s.version);
    return c.json(s, 200);
  });
