// Public rows → JSON: totals per commune and for the campaign (km and m³ poured and accepted), and
// the progress map as GeoJSON (each road's line, each segment's stretch coloured by status).
import { linesOf, sliceLine, type RoadGeometry } from '../../../domain/geo.js';
import type { publicRoads, publicSegments } from './public.repository.js';

type Road = Awaited<ReturnType<typeof publicRoads>>[number];
type Segment = Awaited<ReturnType<typeof publicSegments>>[number];

const km = (mm: number) => Math.round(mm / 1000) / 1000;
const litres = (s: Segment, r: Road) => ((s.to_mm - s.from_mm) * (s.width_mm ?? r.width_mm) * (s.thickness_mm ?? r.thickness_mm)) / 1e6;

function sum(roads: Road[], segments: Segment[]) {
  const byId = new Map(roads.map((r) => [r.id, r]));
  const mine = segments.filter((s) => byId.has(s.road_id));
  const poured = mine.filter((s) => s.status === 'poured' || s.status === 'accepted');
  const accepted = mine.filter((s) => s.status === 'accepted');
  const len = (xs: Segment[]) => xs.reduce((a, s) => a + s.to_mm - s.from_mm, 0);
  const vol = (xs: Segment[]) => Math.round(xs.reduce((a, s) => a + litres(s, byId.get(s.road_id)!), 0)) / 1000;
  return { roads: roads.length, roadKm: km(roads.reduce((a, r) => a + r.length_mm, 0)), pouredKm: km(len(poured)), acceptedKm: km(len(accepted)),
    pouredM3: vol(poured), acceptedM3: vol(accepted) };
}

export function totalsOf(roads: Road[], segments: Segment[]) {
  const ids = [...new Set(roads.map((r) => r.commune_id))];
  const communes = ids.map((id) => {
    const mine = roads.filter((r) => r.commune_id === id);
    return { commune: { id, name: mine[0].commune_name }, ...sum(mine, segments) };
  });
  return { communes, totals: sum(roads, segments) };
}

export function mapOf(roads: Road[], segments: Segment[]) {
  const features = [];
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of roads) {
    const g = r.geometry as RoadGeometry | null;
    if (!g || !r.geometry_length_mm) continue;
    for (const [lon, lat] of linesOf(g).flat()) { box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat); box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat); }
    const base = { roadId: r.id, name: r.name, communeName: r.commune_name };
    features.push({ type: 'Feature' as const, geometry: g, properties: { kind: 'road' as const, ...base } });
    const scale = r.geometry_length_mm / r.length_mm;
    for (const s of segments.filter((x) => x.road_id === r.id)) {
      const pieces = sliceLine(g, (s.from_mm * scale) / 1000, (s.to_mm * scale) / 1000);
      if (!pieces.length) continue;
      features.push({ type: 'Feature' as const,
        geometry: pieces.length === 1 ? { type: 'LineString' as const, coordinates: pieces[0] } : { type: 'MultiLineString' as const, coordinates: pieces },
        properties: { kind: 'segment' as const, ...base, status: s.status, lengthM: (s.to_mm - s.from_mm) / 1000 } });
    }
  }
  return { type: 'FeatureCollection' as const, features, bbox: Number.isFinite(box[0]) ? box : null };
}
