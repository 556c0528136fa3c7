// Line lengths (checked on the sample roads, which measure 850 m and 1,200 m), geometry checks and
// cutting out a segment's part of a line.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceM, geometryProblem, lineLengthM, normaliseGeometry, sliceLine, type RoadGeometry } from './geo.js';

const sample = JSON.parse(fs.readFileSync(new URL('../test/fixtures/tan-nam-roads.geojson', import.meta.url), 'utf8'));

describe('geo', () => {
  it('measures the sample roads: 850 m and 1,200 m along their lines', () => {
    const [a, b] = sample.features.map((f: { geometry: RoadGeometry }) => lineLengthM(f.geometry));
    expect(a).toBeCloseTo(850, 0);
    expect(b).toBeCloseTo(1200, 0);
  });

  it('a thousandth of a degree of latitude is about 111 m', () => {
    expect(distanceM([104.67, 22.34], [104.67, 22.341])).toBeCloseTo(111.2, 1);
  });

  it('names what is wrong with a geometry', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [104, 22] })).toBe('type');
    expect(geometryProblem({ type: 'LineString', coordinates: [[104, 22]] })).toBe('coordinates');
    expect(geometryProblem({ type: 'LineString', coordinates: [[104, 22], ['x', 1]] })).toBe('coordinates');
    expect(geometryProblem({ type: 'LineString', coordinates: [[104, 22], [200, 22]] })).toBe('range');
    expect(geometryProblem({ type: 'MultiLineString', coordinates: [] })).toBe('coordinates');
    expect(geometryProblem(null)).toBe('type');
    expect(geometryProblem(sample.features[1].geometry)).toBeNull();
  });

  it('drops elevation and keeps 7 decimals', () => {
    expect(normaliseGeometry({ type: 'LineString', coordinates: [[104.123456789, 22.1, 300], [104.2, 22.2]] }))
      .toEqual({ type: 'LineString', coordinates: [[104.1234568, 22.1], [104.2, 22.2]] });
  });

  it('slices a line between two distances, across the parts of a MultiLineString', () => {
    const g = sample.features[1].geometry as RoadGeometry;
    const total = lineLengthM(g);
    const whole = sliceLine(g, 0, total + 1);
    expect(whole.reduce((s, line) => s + lineLengthM({ type: 'LineString', coordinates: line }), 0)).toBeCloseTo(total, 6);
    const part = sliceLine(g, 300, 700);
    expect(part.reduce((s, line) => s + lineLengthM({ type: 'LineString', coordinates: line }), 0)).toBeCloseTo(400, 3);
    expect(sliceLine(g, total + 10, total + 20)).toEqual([]);
  });
});
