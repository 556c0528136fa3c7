// /campaigns/{id}/assignments: the campaign's road assignments by group, the roads still free,
// assigning a road or some of its segments to a group, and taking them back.
import { createRoute, z } from '@hono/zod-openapi';
import { authorise, createRouter, ctxOf, errorResponses, jsonBody, jsonContent } from '../../../http/router.js';
import { assignSegments, unassignSegments } from './assign.js';
import { assignmentsView } from './assignments.view.js';

const tags = ['assignments'];
const CampaignParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const Seg = z.object({ id: z.number(), chainage: z.string(), label: z.string().nullable(), status: z.string(), lengthM: z.number(), remainingM3: z.number() });
const Road = z.object({ roadId: z.number(), roadName: z.string(), communeId: z.number(), communeName: z.string(), remainingM3: z.number(), segments: z.array(Seg) });
const AssignmentsOut = z.object({
  groups: z.array(z.object({ groupId: z.number(), groupName: z.string(),
    kind: z.enum(['group', 'agency']).openapi({ description: "'agency': one agency working on its own, named as the agency" }), remainingM3: z.number(), roads: z.array(Road) })),
  unassigned: z.array(Road),
}).openapi('RoadAssignments');
const AssignBody = z.object({
  groupId: z.number().int().positive().optional().openapi({ description: 'The group; or give agencyId instead' }),
  agencyId: z.number().int().positive().optional().openapi({ description: 'One agency on its own (e.g. Ban chỉ huy Quân sự huyện); it then works as a group of one' }),
  roadId: z.number().int().positive(),
  segmentIds: z.array(z.number().int().positive()).min(1).max(500).optional().openapi({ description: 'Some segments of the road; the whole road when left out' }),
  reassign: z.boolean().optional().openapi({ description: 'Move segments assigned to another group' }),
}).openapi('AssignInput');
const ResultOut = z.object({ groupId: z.number().openapi({ description: 'The group (or the agency working on its own) now holding the segments' }), assigned: z.array(z.number()), movedFrom: z.array(z.object({ segmentId: z.number(), groupId: z.number() })), assignments: AssignmentsOut });

export const assignmentsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/assignments', tags, summary: 'Road assignments of a campaign (phân công tuyến), and what is not assigned',
    request: { params: CampaignParam }, responses: { 200: jsonContent(AssignmentsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    return c.json(await assignmentsView(c.var.db, c.req.valid('param').id), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/assignments', tags, summary: 'Assign a road or some of its segments to a group, or to one agency directly',
    request: { params: CampaignParam, body: jsonBody(AssignBody) }, responses: { 200: jsonContent(ResultOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const id = c.req.valid('param').id;
    const r = await assignSegments(ctxOf(c), id, c.req.valid('json'));
    return c.json({ ...r, assignments: await assignmentsView(c.var.db, id) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/assignments/unassign', tags, summary: 'Take segments back from their group',
    request: { params: CampaignParam, body: jsonBody(z.object({ segmentIds: z.array(z.number().int().positive()).min(1).max(500) })) },
    responses: { 200: jsonContent(z.object({ removed: z.array(z.number()), assignments: AssignmentsOut })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const id = c.req.valid('param').id;
    const r = await unassignSegments(ctxOf(c), id, c.req.valid('json').segmentIds);
    return c.json({ ...r, assignments: await assignmentsView(c.var.db, id) }, 200);
  });
