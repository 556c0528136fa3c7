// /road-map: the roads of a commune (or all) as GeoJSON for the map page: each road's line, and each
// segment's stretch of it coloured by status. Chainage is measured along the drawn line, scaled by
// the measured ÷ entered length so segments fit the line even when the two lengths differ.
import { createRoute, z } from '@hono/zod-openapi';
import { formatChainageRange } from '../../../domain/chainage.js';
import type { RoadGeometry } from '../../../domain/geo.js';
import { sliceLine } from '../../../domain/geo.js';
import { SEGMENT_STATUSES } from '../../../domain/segment-status.js';
import { ROAD_CLASSES } from '../../../domain/roads.js';
import { isNotModified } from '../../http/read-cache.js';
import { authorise, createRouter, errorResponses, jsonContent } from '../../http/router.js';
import { listRoads, segmentsOf } from './roads.repository.js';
import { getRoadSettings } from './road-settings.js';

const MapQuery = z.object({
  communeId: z.coerce.number().int().positive().optional(),
  roadId: z.coerce.number().int().positive().optional(),
});

const Feature = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.enum(['LineString', 'MultiLineString']), coordinates: z.array(z.any()) }),
  properties: z.object({
    kind: z.enum(['road', 'segment']), roadId: z.number(), name: z.string(), roadClass: z.enum(ROAD_CLASSES), communeId: z.number(), communeName: z.string(),
    segmentId: z.number().optional(), status: z.enum(SEGMENT_STATUSES).optional(), chainage: z.string().optional(), lengthM: z.number(),
  }),
});

const MapOut = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(Feature),
  legend: z.array(z.object({ status: z.enum(SEGMENT_STATUSES), count: z.number(), lengthM: z.number() })),
  roadsWithoutGeometry: z.array(z.object({ id: z.number(), name: z.string(), communeId: z.number() })),
  bbox: z.array(z.number()).nullable().openapi({ description: '[minLon, minLat, maxLon, maxLat] of all lines' }),
  tileUrl: z.string().openapi({ description: 'Tile URL template from the settings; empty: draw the lines on a plain background' }),
}).openapi('RoadMap');

export const mapRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/road-map', tags: ['roads'], summary: 'Roads and segments as GeoJSON, segments coloured by status, with a legend',
    request: { query: MapQuery }, responses: { 200: jsonContent(MapOut), 304: { description: 'Not modified (ETag: data version)' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    // The map redraws every road's line: a repeat open on a phone answers 304 when nothing changed.
    if (await isNotModified(c)) return c.body(null, 304);
    const q = c.req.valid('query');
    const roads = await listRoads(c.var.db, { communeId: q.communeId, ids: q.roadId ? [q.roadId] : undefined, withGeometry: true });
    const segments = await segmentsOf(c.var.db, roads.map((r) => r.id));
    const features: Array<z.infer<typeof Feature>> = [];
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of roads) {
      const g = r.geometry as RoadGeometry | null;
      if (!g || !r.geometry_length_mm) continue;
      const base = { roadId: r.id, name: r.name, roadClass: r.road_class as (typeof ROAD_CLASSES)[number], communeId: r.commune_id, communeName: r.commune_name };
      features.push({ type: 'Feature', geometry: g, properties: { kind: 'road', ...base, lengthM: r.length_mm / 1000 } });
      for (const line of g.type === 'LineString' ? [g.coordinates] : g.coordinates) {
        for (const [lon, lat] of line) { box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat); box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat); }
      }
      const scale = r.geometry_length_mm / r.length_mm;
      for (const s of segments.filter((x) => x.road_id === r.id)) {
        const pieces = sliceLine(g, (s.from_mm * scale) / 1000, (s.to_mm * scale) / 1000);
        if (!pieces.length) continue;
        features.push({
          type: 'Feature',
          geometry: pieces.length === 1 ? { type: 'LineString', coordinates: pieces[0] } : { type: 'MultiLineString', coordinates: pieces },
          properties: { kind: 'segment', ...base, segmentId: s.id, status: s.status as (typeof SEGMENT_STATUSES)[number], chainage: formatChainageRange(s.from_mm, s.to_mm), lengthM: (s.to_mm - s.from_mm) / 1000 },
        });
      }
    }
    const legend = SEGMENT_STATUSES.map((status) => {
      const of = segments.filter((s) => s.status === status);
      return { status, count: of.length, lengthM: of.reduce((sum, s) => sum + s.to_mm - s.from_mm, 0) / 1000 };
    });
    return c.json({
      type: 'FeatureCollection' as const, features, legend,
      roadsWithoutGeometry: roads.filter((r) => !r.geometry_length_mm).map((r) => ({ id: r.id, name: r.name, communeId: r.commune_id })),
      bbox: Number.isFinite(box[0]) ? box : null,
      tileUrl: (await getRoadSettings(c.var.db)).tileUrl,
    }, 200);
  });
