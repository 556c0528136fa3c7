// Reads road lines from a file as people bring them: GeoJSON (drawn in a GIS), GPX (walked with a
// handheld GPS: tracks and routes) or KML (drawn in Google Earth: Placemarks nested in Folders).
// GPX and KML go through @tmcw/togeojson over @xmldom/xmldom. A file that is not what its name or
// the chosen format says is refused with a 400 naming the field; points and polygons are skipped.
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { geometryProblem, lineLengthM, normaliseGeometry, type Position, type RoadGeometry } from '../../../../domain/geo.js';
import { fail } from '../../../http/errors.js';

export const GEOMETRY_FORMATS = ['geojson', 'gpx', 'kml'] as const;
export type GeometryFormat = (typeof GEOMETRY_FORMATS)[number];

export interface ParsedLine { index: number; name: string | null; geometry: RoadGeometry; lengthM: number }

/** The format a file name says, or null. */
export function formatOfName(filename: string): GeometryFormat | null {
  const ext = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'gpx' || ext === 'kml') return ext;
  return null;
}

function notA(format: GeometryFormat, field: string, [vi, en]: [string, string]): never {
  const label = { geojson: 'GeoJSON', gpx: 'GPX', kml: 'KML' }[format];
  fail('GEOMETRY_INVALID', field, `Tệp không phải ${label} hợp lệ: ${vi}`, `The file is not valid ${label}: ${en}`);
}

function parseXml(text: string, format: 'gpx' | 'kml', field: string) {
  let doc;
  try {
    doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') throw new Error(msg); } }).parseFromString(text, 'text/xml');
  } catch {
    notA(format, field, ['không đọc được XML', 'it is not readable XML']);
  }
  const root = doc.documentElement?.localName;
  if (root !== format) notA(format, field, [`phần tử gốc là <${root ?? '?'}>`, `its root element is <${root ?? '?'}>`]);
  return doc;
}

/** Lines of a GeometryCollection (KML MultiGeometry) as one MultiLineString. */
function asLines(g: { type: string; coordinates?: unknown; geometries?: Array<{ type: string; coordinates?: unknown }> } | null): RoadGeometry | null {
  if (!g) return null;
  if (g.type === 'LineString' || g.type === 'MultiLineString') return g as RoadGeometry;
  if (g.type === 'GeometryCollection' && g.geometries) {
    const lines = g.geometries.flatMap((x) => (x.type === 'LineString' ? [x.coordinates as Position[]] : x.type === 'MultiLineString' ? (x.coordinates as Position[][]) : []));
    return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
  }
  return null;
}

function featuresOfGeoJson(text: string, field: string): Array<{ name: string | null; geometry: unknown }> {
  let doc: any;
  try { doc = JSON.parse(text.replace(/^\uFEFF/, '')); } catch { notA('geojson', field, ['không đọc được JSON', 'it is not readable JSON']); }
  if (doc?.type === 'FeatureCollection' && Array.isArray(doc.features)) return doc.features.map((f: any) => ({ name: f?.properties?.name ?? null, geometry: f?.geometry }));
  if (doc?.type === 'Feature') return [{ name: doc.properties?.name ?? null, geometry: doc.geometry }];
  if (typeof doc?.type === 'string' && 'coordinates' in doc) return [{ name: null, geometry: doc }];
  notA('geojson', field, ['cần FeatureCollection, Feature hoặc một hình học', 'a FeatureCollection, Feature or geometry is needed']);
}

/**
 * Every line in the file, with its name and measured length. `declared` is the format the user
 * chose; otherwise the file name's extension decides.
 */
export function parseGeometryFile(bytes: Uint8Array, filename: string, declared?: GeometryFormat, field = 'file'): ParsedLine[] {
  const format = declared ?? formatOfName(filename);
  if (!format) fail('GEOMETRY_INVALID', field, 'Chỉ nhận tệp .geojson, .gpx hoặc .kml', 'Only .geojson, .gpx or .kml files are accepted');
  let text: string;
  try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { notA(format, field, ['không phải văn bản UTF-8', 'it is not UTF-8 text']); }
  const raw: Array<{ name: unknown; geometry: unknown }> = format === 'geojson'
    ? featuresOfGeoJson(text, field)
    : (format === 'gpx' ? gpx(parseXml(text, 'gpx', field)) : kml(parseXml(text, 'kml', field))).features
      .map((f: any) => ({ name: f.properties?.name ?? null, geometry: f.geometry }));
  const lines: ParsedLine[] = [];
  raw.forEach((f, index) => {
    const g = asLines(f.geometry as never);
    if (!g) return;
    if (geometryProblem(g)) notA(format, field, [`đường thứ ${index + 1} có tọa độ không hợp lệ`, `line ${index + 1} has invalid coordinates`]);
    const geometry = normaliseGeometry(g);
    lines.push({ index, name: typeof f.name === 'string' ? f.name.trim() : null, geometry, lengthM: Math.round(lineLengthM(geometry) * 10) / 10 });
  });
  if (!lines.length) fail('GEOMETRY_INVALID', field, 'Tệp không có đường (LineString) nào', 'The file has no line (LineString)');
  return lines;
}
