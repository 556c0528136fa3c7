// Lanes: the aggregated unit of the season plan. A lane is the remaining segments of one road
// assigned to one team (or the road's unassigned segments, a pool any team of the commune may take),
// kept in chainage order. The model decides only how many m³ each team pours on each lane each
// Saturday; which segments that is follows from the cumulative volume along the lane, so chainage
// order holds by construction and the model stays small (no variable per segment).
import type { SeasonInput, SeasonSegment } from './season-types.js';

export interface Lane {
  key: string; roadId: number; communeId: number; teamId: number | null;
  segments: SeasonSegment[];
  volumeM3: number;
  /** Length poured per m³ along this lane, mm (its remaining length over its remaining volume). */
  mmPerM3: number;
  /** Materials per m³ of the lane's mix, in tonnes (cement) and m³ (sand, stone), volume-weighted. */
  perM3: { cement: number; sand: number; stone: number };
}

export interface Pair { index: number; teamId: number; lane: Lane }

export function lanesOf(input: SeasonInput): Lane[] {
  const roads = new Map(input.roads.map((r) => [r.id, r]));
  const byKey = new Map<string, Lane>();
  for (const s of input.segments) {
    if (s.remainingLitres <= 0) continue;
    const road = roads.get(s.roadId);
    if (!road) continue;
    const key = `${s.roadId}:${s.teamId ?? 'pool'}`;
    let lane = byKey.get(key);
    if (!lane) {
      lane = { key, roadId: s.roadId, communeId: road.communeId, teamId: s.teamId, segments: [], volumeM3: 0, mmPerM3: 0, perM3: { cement: 0, sand: 0, stone: 0 } };
      byKey.set(key, lane);
    }
    lane.segments.push(s);
  }
  for (const lane of byKey.values()) {
    lane.segments.sort((a, b) => a.fromMm - b.fromMm);
    const litres = lane.segments.reduce((t, s) => t + s.remainingLitres, 0);
    lane.volumeM3 = litres / 1000;
    lane.mmPerM3 = lane.segments.reduce((t, s) => t + s.remainingMm, 0) / lane.volumeM3;
    for (const s of lane.segments) {
      const w = s.remainingLitres / litres;
      if (!s.perM3) continue;
      lane.perM3.cement += (w * s.perM3.cementG) / 1e6;
      lane.perM3.sand += (w * s.perM3.sandCm3) / 1e6;
      lane.perM3.stone += (w * s.perM3.stoneCm3) / 1e6;
    }
  }
  return [...byKey.values()].sort((a, b) => a.roadId - b.roadId || (a.teamId ?? 0) - (b.teamId ?? 0));
}

/**
 * Which team may work on which lane: its own lanes; a pool lane goes to the teams that have lanes in
 * the same commune, or, if none has, to the teams with no lane anywhere (they are free to help).
 */
export function pairsOf(input: SeasonInput, lanes: Lane[]): Pair[] {
  const teamIds = new Set(input.teams.map((t) => t.id));
  const own = lanes.filter((l) => l.teamId !== null && teamIds.has(l.teamId));
  const inCommune = new Map<number, Set<number>>();
  for (const l of own) {
    if (!inCommune.has(l.communeId)) inCommune.set(l.communeId, new Set());
    inCommune.get(l.communeId)!.add(l.teamId!);
  }
  const withLane = new Set(own.map((l) => l.teamId!));
  const idle = input.teams.filter((t) => !withLane.has(t.id)).map((t) => t.id);
  const pairs: Pair[] = [];
  for (const lane of lanes) {
    const teams = lane.teamId !== null ? (teamIds.has(lane.teamId) ? [lane.teamId] : [])
      : inCommune.get(lane.communeId)?.size ? [...inCommune.get(lane.communeId)!] : idle;
    for (const teamId of teams) pairs.push({ index: pairs.length, teamId, lane });
  }
  return pairs;
}
