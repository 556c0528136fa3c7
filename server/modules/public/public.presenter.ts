// Public rows → JSON: totals per commune and for the campaign (km finished and accepted, metres and
// m³ poured by the workdays, all as domain/figures.ts defines them), and
// the progress map as GeoJSON (each road's line, each segment's stretch coloured by status).
import { roadProgress, workTotals } from '../../../domain/figures.js';
import { linesOf, sliceLine, type RoadGeometry } from '../../../domain/geo.js';
import { workRecordOf, type FigureSumRow } from '../workdays/index.js';
import type { publicRoads, publicSegments, publicSegmentSums } from './public.repository.js';

type Road = Awaited<ReturnType<typeof publicRoads>>[number];
type Segment = Awaited<ReturnType<typeof publicSegments>>[number];
type SegmentSum = Awaited<ReturnType<typeof publicSegmentSums>>[number];

const km = (mm: number) => Math.round(mm / 1000) / 1000;
/** Stand-ins for the campaign's first day and a day before it: the sums say only which side a segment is on. */
const SINCE = '0001-01-02';
const BEFORE = '0001-01-01';

/**
 * Roads and their progress (domain/figures.ts, as of now: by status), and what the recorded
 * workdays poured there; segments and workdays come added up per commune by the database.
 */
function sum(roads: Road[], segments: SegmentSum[], work: FigureSumRow[]) {
  const communes = new Set(roads.map((r) => r.commune_id));
  // Only whether a segment was poured before the campaign matters as of now: its date stands for it.
  const p = roadProgress(segments.filter((s) => communes.has(s.commune_id))
    .map((s) => ({ status: s.status, lengthMm: s.length_mm, count: s.count, pouredOn: s.before ? BEFORE : null, acceptedOn: null })), undefined, SINCE);
  const w = workTotals(work.filter((x) => communes.has(x.commune_id)).map(workRecordOf));
  return { roads: roads.length, roadKm: km(roads.reduce((a, r) => a + r.length_mm, 0)), finishedKm: p.finishedKm, beforeKm: p.beforeKm, acceptedKm: p.acceptedKm,
    lengthM: w.lengthM, volumeM3: w.volumeM3, participants: w.participants, labourDays: w.labourDays };
}

export function totalsOf(roads: Road[], segments: SegmentSum[], work: FigureSumRow[]) {
  const byCommune = new Map<number, Road[]>();
  for (const r of roads) byCommune.set(r.commune_id, [...(byCommune.get(r.commune_id) ?? []), r]);
  const communes = [...byCommune].map(([id, mine]) => ({ commune: { id, name: mine[0].commune_name }, ...sum(mine, segments, work) }));
  return { communes, totals: sum(roads, segments, work) };
}

export function mapOf(roads: Road[], segments: Segment[]) {
  const features = [];
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const segmentsOf = new Map<number, Segment[]>();
  for (const s of segments) segmentsOf.set(s.road_id, [...(segmentsOf.get(s.road_id) ?? []), s]);
  for (const r of roads) {
    const g = r.geometry as RoadGeometry | null;
    if (!g || !r.geometry_length_mm) continue;
    for (const [lon, lat] of linesOf(g).flat()) { box[0] = Math.min(box[0], lon); box[1] = Math.min(box[1], lat); box[2] = Math.max(box[2], lon); box[3] = Math.max(box[3], lat); }
    const base = { roadId: r.id, name: r.name, communeName: r.commune_name };
    features.push({ type: 'Feature' as const, geometry: g, properties: { kind: 'road' as const, ...base } });
    const scale = r.geometry_length_mm / r.length_mm;
    for (const s of segmentsOf.get(r.id) ?? []) {
      const pieces = sliceLine(g, (s.from_mm * scale) / 1000, (s.to_mm * scale) / 1000);
      if (!pieces.length) continue;
      features.push({ type: 'Feature' as const,
        geometry: pieces.length === 1 ? { type: 'LineString' as const, coordinates: pieces[0] } : { type: 'MultiLineString' as const, coordinates: pieces },
        properties: { kind: 'segment' as const, ...base, status: s.status, lengthM: (s.to_mm - s.from_mm) / 1000 } });
    }
  }
  return { type: 'FeatureCollection' as const, features, bbox: Number.isFinite(box[0]) ? box : null };
}
