// Generated season-plan instances for the benchmark: seeded, so every run sees the same ones.
import type { SeasonInput, SeasonSegment } from '../domain/season-plan.js';
import type { RoadClass } from '../domain/roads.js';

export const SIZES: Record<string, { groups: number; segments: number; days: number }> = {
  demo: { groups: 8, segments: 24, days: 11 },
  small: { groups: 50, segments: 200, days: 20 },
  medium: { groups: 200, segments: 800, days: 20 },
  large: { groups: 500, segments: 2000, days: 20 },
};

/** A seeded generator so every run sees the same instances. */
function rng(seed: number) { let s = seed >>> 0; return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32); }

export function instance(size: { groups: number; segments: number; days: number }, mixerShare: number, seed: number): SeasonInput {
  const r = rng(seed);
  const communes = Math.max(2, Math.round(size.groups / 20));
  const classes: RoadClass[] = ['commune', 'village', 'alley', 'field'];
  const days = Array.from({ length: size.days }, (_, i) => new Date(Date.UTC(2021, 9, 23 + 7 * i)).toISOString().slice(0, 10));
  const teams = Array.from({ length: size.groups }, (_, i) => {
    const staff = 15 + Math.floor(r() * 35);
    return { id: i + 1, name: `Nhóm ${i + 1}`, staff, expectedHeadcount: Math.max(4, Math.round(staff * (0.4 + r() * 0.5))) };
  });
  // Roads of 8 segments (30–80 m × 3 m × 0.15 m), each half assigned to one group of the road's commune.
  const roads: SeasonInput['roads'] = [];
  const segments: SeasonSegment[] = [];
  const perRoad = 8;
  for (let k = 0; k * perRoad < size.segments; k++) {
    const communeId = 1 + (k % communes);
    roads.push({ id: k + 1, name: `Tuyến ${k + 1}`, communeId, roadClass: classes[Math.floor(r() * 4)] });
    let from = 0;
    for (let j = 0; j < perRoad && segments.length < size.segments; j++) {
      const mm = (30 + Math.floor(r() * 50)) * 1000;
      const litres = Math.round((mm * 3000 * 150) / 1e6);
      // Groups of a commune are ids ≡ commune (mod communes); two groups per road.
      const slot = (Math.floor(k / communes) * 2 + (j < perRoad / 2 ? 0 : 1));
      const inCommune = teams.filter((t) => (t.id - 1) % communes === communeId - 1);
      const team = inCommune[slot % inCommune.length];
      segments.push({ id: segments.length + 1, roadId: k + 1, chainage: `${from}`, fromMm: from, toMm: from + mm, remainingLitres: litres, remainingMm: mm, teamId: team.id,
        perM3: { cementG: 265_475, sandCm3: 541_200, stoneCm3: 893_000 } });
      from += mm;
    }
  }
  const mixerM3 = 10; // 250 l × 40 batches
  const totalM3 = segments.reduce((s, x) => s + x.remainingLitres, 0) / 1000;
  const mixersPerCommune = Math.max(1, Math.round((totalM3 * mixerShare) / (communes * size.days * mixerM3)));
  const lengthOf = (cid: number, cls: RoadClass) => segments.filter((s) => roads[s.roadId - 1].communeId === cid && roads[s.roadId - 1].roadClass === cls).reduce((t, s) => t + s.remainingMm, 0);
  return {
    days, deadline: '2021-12-31', teams, roads, segments,
    communes: Array.from({ length: communes }, (_, i) => ({
      id: i + 1, name: `Xã ${i + 1}`, mixers: Array(mixersPerCommune).fill(250),
      // Criterion 2 misses 60 % of each class's remaining length.
      missingMm: { '2.1': Math.floor(lengthOf(i + 1, 'commune') * 0.6), '2.2': Math.floor(lengthOf(i + 1, 'village') * 0.6), '2.3': Math.floor(lengthOf(i + 1, 'alley') * 0.6), '2.4': Math.floor(lengthOf(i + 1, 'field') * 0.6) },
    })),
    settings: { labourNormMilli: 2000, batchesPerMixerDay: 40 },
  };
}

