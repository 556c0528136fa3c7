// The season plan as the office reads it, kept whole when solved: per commune whether criterion 2 is
// reached by the deadline (or what is short), the entries per Saturday with their reasons, each
// road's route schedule (lộ trình: segments in chainage order, planned Saturdays against what is
// poured), and the labour estimate (dự kiến nhân công) from the remaining segments.
import { estimateLabour, STOCK_TIMING, type CommuneOutlook, type PlannedEntry, type SeasonInput, type SeasonPlan } from '../../../domain/season-plan.js';
import { TT10_2019_PCB40 } from '../../../domain/concrete/index.js';
import { ROAD_SETTING_NOTES } from '../../../domain/roads.js';
import type { SegmentStatus } from '../../../domain/segment-status.js';
import type { SeasonContext } from './season.inputs.js';

export const OBJECTIVE = {
  vi: 'Mục tiêu: mỗi xã đạt các ngưỡng tiêu chí 2 sớm nhất có thể; sau đó còn ít khối lượng chưa đổ nhất đến hạn; sau đó ít thay đổi nhất so với kế hoạch đã công bố.',
  en: "Objective: each commune reaches its criterion 2 thresholds as early as possible; then the least volume left unpoured by the deadline; then the fewest changes to what is already published.",
};

export interface SeasonView {
  campaign: { id: number; name: string };
  asOf: string; deadline: string; days: string[]; solvedAt: string;
  method: SeasonPlan['method']; solver: SeasonPlan['solver'];
  objective: { vi: string; en: string };
  unmetLitres: number;
  communes: Array<CommuneOutlook & { name: string; mixers: number; missingMm: Record<string, number> }>;
  teams: Array<{ id: number; name: string; staff: number; expectedHeadcount: number; turnoutPercent: number; turnoutFromHistory: boolean }>;
  entries: Array<PlannedEntry & { teamName: string; roadName: string; communeName: string }>;
  roads: Array<{
    id: number; name: string; communeId: number; roadClass: string;
    segments: Array<{ id: number; chainage: string; lengthMm: number; status: SegmentStatus; volumeLitres: number; pouredLitres: number; remainingLitres: number; teamId: number | null; plannedDays: string[] }>;
  }>;
  conflicts: SeasonPlan['conflicts'];
  settings: { labourNormMilli: number; batchesPerMixerDay: number; timeLimitSeconds: number; materialsBind?: boolean };
  /** When the stock counts (passed at once, pending and on order from the next Saturday). */
  stockTiming: { vi: string; en: string };
}

export function buildView(input: SeasonInput, ctx: SeasonContext, plan: SeasonPlan, solvedAt: Date): SeasonView {
  const teamName = new Map(input.teams.map((t) => [t.id, t.name]));
  const road = new Map(input.roads.map((r) => [r.id, r]));
  const teamOf = new Map(input.segments.map((s) => [s.id, s.teamId]));
  const roadIds = [...new Set(ctx.segments.map((s) => s.roadId))];
  return {
    campaign: ctx.campaign, asOf: ctx.asOf, deadline: input.deadline, days: input.days, solvedAt: solvedAt.toISOString(),
    method: plan.method, solver: plan.solver, objective: OBJECTIVE, unmetLitres: plan.unmetLitres,
    communes: plan.communes.map((c) => {
      const ci = input.communes.find((x) => x.id === c.communeId)!;
      return { ...c, name: ci.name, mixers: ci.mixers.length, missingMm: ci.missingMm as Record<string, number> };
    }),
    teams: input.teams.map((t) => ({ ...t, turnoutPercent: ctx.turnout[t.id]?.percent ?? 0, turnoutFromHistory: ctx.turnout[t.id]?.fromHistory ?? false })),
    entries: plan.entries.map((e) => ({ ...e, teamName: teamName.get(e.teamId) ?? '', roadName: road.get(e.roadId)?.name ?? '', communeName: ctx.communeNames[e.communeId] ?? '' })),
    roads: roadIds.map((id) => {
      const segs = ctx.segments.filter((s) => s.roadId === id);
      return {
        id, name: segs[0].roadName, communeId: segs[0].communeId, roadClass: road.get(id)?.roadClass ?? '',
        segments: segs.map((s) => ({ id: s.id, chainage: s.chainage, lengthMm: s.lengthMm, status: s.status, volumeLitres: s.volumeLitres, pouredLitres: s.pouredLitres,
          remainingLitres: s.remainingLitres, teamId: teamOf.get(s.id) ?? null, plannedDays: plan.segmentDays[s.id] ?? [] })),
      };
    }),
    conflicts: plan.conflicts,
    settings: { ...input.settings, timeLimitSeconds: ctx.timeLimitSeconds },
    stockTiming: STOCK_TIMING,
  };
}

/** Dự kiến nhân công per road and per commune, with the labour norm's source. */
export function labourEstimate(ctx: SeasonContext, input: SeasonInput) {
  const segs = ctx.segments.map((s) => ({
    roadId: s.roadId, communeId: s.communeId, remainingLitres: s.remainingLitres,
    mix: s.mix ? { table: { code: s.mix.code, name: s.mix.name, source: s.mix.source }, row: s.mix.row } : null,
  }));
  const opts = { labourNormMilli: input.settings.labourNormMilli, drumLitres: ctx.drumLitres, batchesPerMixerDay: input.settings.batchesPerMixerDay, saturdaysLeft: input.days.length };
  const note = ROAD_SETTING_NOTES.labourNormCongPerM3;
  return {
    saturdaysLeft: input.days.length,
    norm: { congPerM3: input.settings.labourNormMilli / 1000, toConfirm: note?.toConfirm ?? false, vi: note?.vi ?? '', en: note?.en ?? '' },
    mixSource: ctx.segments.find((s) => s.mix)?.mix?.source ?? TT10_2019_PCB40.source,
    byRoad: estimateLabour(segs, (s) => s.roadId, opts),
    byCommune: estimateLabour(segs, (s) => s.communeId, opts),
  };
}
