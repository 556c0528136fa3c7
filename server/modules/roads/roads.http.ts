// /roads: list (per commune, by class, by name), one road with its segments and materials, create,
// change, delete; its line drawn (PUT geometry) or imported from a GeoJSON, GPX or KML file.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { foldVietnamese } from '../../../domain/text.js';
import type { AppEnv } from '../../http/context.js';
import { fail } from '../../http/errors.js';
import { isNotModified } from '../../http/read-cache.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, OkSchema, setEtag } from '../../http/router.js';
import { createRoad, deleteRoad, setRoadGeometry, updateRoad } from './commands/save-road.js';
import { createSegment, splitRoad } from './commands/save-segment.js';
import { formatOfName, GEOMETRY_FORMATS, parseGeometryFile, type GeometryFormat, type ParsedLine } from './geometry/parse-geometry-file.js';
import { getRoad } from './roads.repository.js';
import { GeometryInput, RoadCreate, RoadOut, RoadQuery, RoadUpdate, SegmentCreate, SegmentOut, SplitInput } from './roads.schema.js';
import { roadListView, roadView } from './road-views.js';

const tags = ['roads'];

const GeometryUpload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: '.geojson, .gpx or .kml' }),
  format: z.enum(GEOMETRY_FORMATS).optional().openapi({ description: 'The format, when the file name does not say' }),
  feature: z.string().max(200).optional().openapi({ description: 'Which line of the file: its index (0, 1…) or name; by default the only line, or the one named like the road' }),
});
const ParsedLinesOut = z.object({
  format: z.enum(GEOMETRY_FORMATS),
  lines: z.array(z.object({ index: z.number(), name: z.string().nullable(), lengthM: z.number(), geometry: z.object({ type: z.string(), coordinates: z.array(z.any()) }) })),
}).openapi('ParsedGeometryFile');
const multipart = { body: { content: { 'multipart/form-data': { schema: GeometryUpload } }, required: true } };

/** Reads the uploaded geometry file; 400 naming `file` or `format` when it is not what it says. */
export async function readGeometryUpload(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn tệp .geojson, .gpx hoặc .kml', 'Choose a .geojson, .gpx or .kml file');
  if (file.size > c.var.deps.config.maxUploadBytes) fail('FILE_TOO_LARGE', 'file');
  const format = typeof form.format === 'string' && form.format !== '' ? form.format : undefined;
  if (format !== undefined && !(GEOMETRY_FORMATS as readonly string[]).includes(format)) {
    fail('VALIDATION', 'format', 'Định dạng chỉ là geojson, gpx hoặc kml', 'The format is geojson, gpx or kml');
  }
  const lines = parseGeometryFile(new Uint8Array(await file.arrayBuffer()), file.name, format as GeometryFormat | undefined);
  return { lines, filename: file.name, format: (format as GeometryFormat | undefined ?? formatOfName(file.name))!, feature: typeof form.feature === 'string' ? form.feature.trim() : '' };
}

/** The line to use for a road: chosen by index or name, else the only one, else the one named like the road. */
function pickLine(lines: ParsedLine[], feature: string, roadName: string): ParsedLine {
  const names = lines.map((l) => `${l.index}: ${l.name ?? '—'}`).join('; ');
  const many = () => fail('VALIDATION', 'feature', `Tệp có nhiều đường, hãy chọn một (${names})`, `The file has several lines: choose one (${names})`);
  if (feature) {
    const found = /^\d+$/.test(feature) ? lines.find((l) => l.index === Number(feature)) : lines.find((l) => l.name && foldVietnamese(l.name) === foldVietnamese(feature));
    return found ?? many();
  }
  if (lines.length === 1) return lines[0];
  return lines.find((l) => l.name && foldVietnamese(l.name) === foldVietnamese(roadName)) ?? many();
}

export const roadsRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/roads', tags, summary: 'List roads with their progress and volumes (no geometry, no segments)', request: { query: RoadQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(RoadOut), nextCursor: z.number().nullable() })), 304: { description: 'Not modified (ETag: data version)' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    if (await isNotModified(c)) return c.body(null, 304);
    return c.json(await roadListView(ctxOf(c), c.req.valid('query')), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/roads/{id}', tags, summary: 'One road with its geometry, segments, and the materials for the whole road and for what is left', request: { params: IdParam },
    responses: { 200: jsonContent(RoadOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const road = await roadView(ctxOf(c), c.req.valid('param').id);
    setEtag(c, road.version);
    return c.json(road, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/roads', tags, summary: 'Create a road', request: { body: jsonBody(RoadCreate) },
    responses: { 201: jsonContent(RoadOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const road = await createRoad(ctxOf(c), c.req.valid('json'));
    setEtag(c, road.version);
    return c.json(road, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/roads/{id}', tags, summary: 'Change a road', request: { params: IdParam, body: jsonBody(RoadUpdate) },
    responses: { 200: jsonContent(RoadOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const road = await updateRoad(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, road.version);
    return c.json(road, 200);
  })
  .openapi(createRoute({
    method: 'delete', path: '/roads/{id}', tags, summary: 'Delete a road on which no work has started', request: { params: IdParam },
    responses: { 200: jsonContent(OkSchema), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    await deleteRoad(ctxOf(c), c.req.valid('param').id);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/roads/{id}/geometry', tags, summary: 'Set the line drawn on the map (GeoJSON), or null to remove it', request: { params: IdParam, body: jsonBody(GeometryInput) },
    responses: { 200: jsonContent(RoadOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    return c.json(await setRoadGeometry(ctxOf(c), c.req.valid('param').id, c.req.valid('json').geometry, 'map'), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/roads/{id}/geometry/import', tags, summary: 'Set the line from a GeoJSON, GPX or KML file', request: { params: IdParam, ...multipart },
    responses: { 200: jsonContent(RoadOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const id = c.req.valid('param').id;
    const road = await getRoad(c.var.db, id, false);
    if (!road) fail('NOT_FOUND');
    const { lines, filename, feature } = await readGeometryUpload(c);
    return c.json(await setRoadGeometry(ctxOf(c), id, pickLine(lines, feature, road.name).geometry, filename), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/road-geometry/parse', tags, summary: 'Read the lines of a GeoJSON, GPX or KML file without saving anything (to preview and choose)',
    request: multipart, responses: { 200: jsonContent(ParsedLinesOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const { lines, format } = await readGeometryUpload(c);
    return c.json({ format, lines }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/roads/{id}/segments', tags, summary: 'Add a segment by chainage', request: { params: IdParam, body: jsonBody(SegmentCreate) },
    responses: { 201: jsonContent(SegmentOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    return c.json(await createSegment(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/roads/{id}/segments/split', tags, summary: 'Split the road (or a stretch of it) into equal segments of N metres; the last may be shorter',
    request: { params: IdParam, body: jsonBody(SplitInput) },
    responses: { 201: jsonContent(z.object({ items: z.array(SegmentOut) }), 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    return c.json({ items: await splitRoad(ctxOf(c), c.req.valid('param').id, c.req.valid('json')) }, 201);
  });
