// Road lines as GeoJSON (lon, lat in WGS 84): checking a geometry, measuring its length in metres,
// and cutting out the part between two distances (to draw a segment on the map).

export type Position = [number, number] | [number, number, number];
export interface LineString { type: 'LineString'; coordinates: Position[] }
export interface MultiLineString { type: 'MultiLineString'; coordinates: Position[][] }
export type RoadGeometry = LineString | MultiLineString;

/** Mean Earth radius (IUGG), metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Great-circle distance in metres between two lon/lat points (haversine).
 * @example Math.round(distanceM([105.8, 21.0], [105.8, 21.001])) === 111
 */
export function distanceM(a: readonly number[], b: readonly number[]): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The lines of a geometry (one for a LineString). */
export function linesOf(g: RoadGeometry): Position[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
}

/**
 * Length in metres along all lines of a geometry.
 * @example lineLengthM({ type: 'LineString', coordinates: [[105.8, 21.0], [105.8, 21.001]] }) // ≈ 111.2
 */
export function lineLengthM(g: RoadGeometry): number {
  let total = 0;
  for (const line of linesOf(g)) for (let i = 1; i < line.length; i++) total += distanceM(line[i - 1], line[i]);
  return total;
}

/**
 * What is wrong with a value that should be a LineString or MultiLineString, or null when nothing.
 * @example geometryProblem({ type: 'Point', coordinates: [105, 21] }) // 'type'
 */
export function geometryProblem(g: unknown): 'type' | 'coordinates' | 'range' | null {
  const v = g as { type?: unknown; coordinates?: unknown } | null;
  if (!v || (v.type !== 'LineString' && v.type !== 'MultiLineString')) return 'type';
  const lines = v.type === 'LineString' ? [v.coordinates] : v.coordinates;
  if (!Array.isArray(lines) || !lines.length) return 'coordinates';
  for (const line of lines) {
    if (!Array.isArray(line) || line.length < 2) return 'coordinates';
    for (const p of line) {
      if (!Array.isArray(p) || p.length < 2 || p.length > 3 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'coordinates';
      if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return 'range';
    }
  }
  return null;
}

/** Drops elevation and rounds to 7 decimals (about 1 cm), so stored lines stay small. */
export function normaliseGeometry(g: RoadGeometry): RoadGeometry {
  const fix = (line: Position[]): Position[] => line.map((p) => [Number(p[0].toFixed(7)), Number(p[1].toFixed(7))]);
  return g.type === 'LineString' ? { type: 'LineString', coordinates: fix(g.coordinates) } : { type: 'MultiLineString', coordinates: g.coordinates.map(fix) };
}

/**
 * The part of a geometry between two distances along it (metres from its start, lines taken in
 * order), as the list of its pieces; empty when the range lies beyond the line.
 * @example sliceLine({ type: 'LineString', coordinates: [[0, 0], [0, 0.002]] }, 0, 111.2) // [[[0, 0], [0, ~0.001]]]
 */
export function sliceLine(g: RoadGeometry, fromM: number, toM: number): Position[][] {
  const out: Position[][] = [];
  let walked = 0;
  for (const line of linesOf(g)) {
    let piece: Position[] = [];
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1];
      const b = line[i];
      const d = distanceM(a, b);
      const start = walked;
      const end = walked + d;
      walked = end;
      if (end <= fromM || start >= toM || d === 0) continue;
      const at = (m: number): Position => {
        const t = Math.min(1, Math.max(0, (m - start) / d));
        return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      };
      if (!piece.length) piece.push(start >= fromM ? [a[0], a[1]] : at(fromM));
      piece.push(end <= toM ? [b[0], b[1]] : at(toM));
    }
    if (piece.length >= 2) out.push(piece);
    piece = [];
  }
  return out;
}
