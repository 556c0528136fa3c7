// The greedy proposal (plans-proposal.ts) run Saturday after Saturday over the season: each day's
// proposal pours what it targets, the segments' remaining volume goes down, and the next day starts
// from there. It is the fallback when the solver cannot start, and the benchmark's baseline.
import { proposePlan } from './plans-proposal.js';
import type { Pair } from './season-lanes.js';
import type { SeasonInput } from './season-types.js';

/** Litres and mixers per pair and day, as the greedy proposal would have it. */
export function greedySeason(input: SeasonInput, pairs: Pair[]): { litres: number[][]; mixers: number[][] } {
  const litres = pairs.map(() => input.days.map(() => 0));
  const mixers = pairs.map(() => input.days.map(() => 0));
  const remaining = new Map(input.segments.map((s) => [s.id, s.remainingLitres]));
  const roads = new Map(input.roads.map((r) => [r.id, r]));
  const pairOf = new Map<string, Pair>(pairs.map((p) => [`${p.teamId}:${p.lane.roadId}`, p]));
  const segById = new Map(input.segments.map((s) => [s.id, s]));
  input.days.forEach((day, d) => {
    const away = new Set((input.overrides ?? []).filter((o) => o.kind === 'forbid' && o.day === day && o.roadId === null).map((o) => o.teamId));
    const result = proposePlan({
      groups: input.teams.filter((t) => !away.has(t.id)).map((t, i) => ({ id: t.id, name: t.name, ordinal: i, staff: t.expectedHeadcount })),
      segments: input.segments.filter((s) => (remaining.get(s.id) ?? 0) > 0 && roads.has(s.roadId)).map((s) => ({
        id: s.id, roadId: s.roadId, roadName: roads.get(s.roadId)!.name, communeId: roads.get(s.roadId)!.communeId, chainage: s.chainage,
        lengthMm: s.toMm - s.fromMm, remainingLitres: remaining.get(s.id)!, status: 'ready', groupId: s.teamId,
      })),
      registrations: [],
      communes: input.communes.map((c) => ({ id: c.id, name: c.name, freeMixers: c.mixers.slice(c.mixersBusy?.[day] ?? 0) })),
      plannedGroupIds: [], bookedSegmentIds: [],
      settings: { batchesPerMixerDay: input.settings.batchesPerMixerDay, labourNormMilli: input.settings.labourNormMilli, meetingTime: '07:00' },
    });
    for (const e of result.entries) {
      let left = e.targetLitres;
      for (const id of e.segmentIds) {
        const s = segById.get(id)!;
        const pour = Math.min(left, remaining.get(id)!);
        if (pour <= 0) break;
        remaining.set(id, remaining.get(id)! - pour);
        left -= pour;
        const p = pairOf.get(`${e.groupId}:${s.roadId}`);
        if (p) { litres[p.index][d] += pour; mixers[p.index][d] = Math.max(mixers[p.index][d], e.mixers); }
      }
    }
  });
  return { litres, mixers };
}
