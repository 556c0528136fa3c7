// The season plan end to end, with the solver passed in (the domain does no I/O): build the
// programme, solve it within the time limit, read the plan back; when the solver cannot start or
// finds nothing, fall back to the greedy proposal run day after day, and say so.
import { buildSeasonModel, startVector, type SeasonModel } from './season-model.js';
import { communeOutlooks, entriesFromVolumes, type SeasonPlanBody } from './season-read.js';
import { greedySeason } from './season-greedy.js';
import type { LinearModel } from './season-linear-model.js';
import type { Bilingual, SeasonInput } from './season-types.js';

export interface SolveOutcome {
  status: 'optimal' | 'time_limit' | 'infeasible' | 'error';
  /** Column values (when a feasible solution exists). */
  values: ArrayLike<number> | null;
  /** Relative optimality gap of the best plan found (0 when optimal), null when unknown. */
  gap: number | null;
  seconds: number;
  /** Objective of the plan found and the best bound proved (the objective's units: m³, weighted). */
  objective?: number | null;
  bound?: number | null;
  message?: string;
}
/** Solves a model within a time limit, optionally from a starting plan (a full column vector). */
export type Solver = (model: LinearModel, timeLimitSeconds: number, start?: Float64Array) => SolveOutcome;

export interface SeasonPlan extends SeasonPlanBody {
  method: 'solver' | 'greedy';
  solver: { status: SolveOutcome['status'] | 'not_started'; gap: number | null; objective: number | null; bound: number | null; seconds: number; message: string | null; columns: number; rows: number };
  conflicts: Array<SeasonModel['conflicts'][number] & Bilingual>;
}

export function planSeason(input: SeasonInput, solve: Solver | null, timeLimitSeconds: number): SeasonPlan {
  const sm = buildSeasonModel(input);
  const size = { columns: sm.model.columns.length, rows: sm.model.rows.length };
  let outcome: SolveOutcome | null = null;
  // The greedy plan is computed anyway: it starts the solver, and it is the fallback.
  const greedy = greedySeason(input, sm.pairs);
  if (solve && sm.model.columns.length) {
    try { outcome = solve(sm.model, timeLimitSeconds, startVector(sm, input, greedy.litres, greedy.mixers)); } catch (e) { outcome = { status: 'error', values: null, gap: null, seconds: 0, message: e instanceof Error ? e.message : String(e) }; }
  }
  const conflicts = sm.conflicts.map((c) => ({
    ...c,
    vi: c.why === 'no_lane' ? `Không ghim được ngày ${c.day}: nhóm không có đoạn còn lại trên tuyến này` : `Không ghim được ngày ${c.day}: xã không có máy trộn hoặc nhóm không có người dự kiến hôm đó`,
    en: c.why === 'no_lane' ? `Pin on ${c.day} cannot hold: the group has no remaining segment on this road` : `Pin on ${c.day} cannot hold: no mixer in the commune or no expected people that day`,
  }));
  let litres: number[][]; let mixers: number[][]; let method: SeasonPlan['method'];
  if (outcome?.values && (outcome.status === 'optimal' || outcome.status === 'time_limit')) {
    const v = outcome.values;
    litres = sm.y.map((row) => row.map((i) => (i >= 0 ? Math.max(0, v[i]) * 1000 : 0)));
    mixers = sm.m.map((row) => row.map((i) => (i >= 0 ? Math.round(v[i]) : 0)));
    method = 'solver';
  } else {
    ({ litres, mixers } = greedy);
    method = 'greedy';
  }
  const body = entriesFromVolumes(input, sm, litres, mixers);
  const communes = communeOutlooks(input, sm, litres, mixers);
  return {
    ...body, communes, unmetLitres: communes.reduce((s, c) => s + c.unmetLitres, 0), method, conflicts,
    solver: { status: outcome?.status ?? 'not_started', gap: outcome?.gap ?? null, objective: outcome?.objective ?? null, bound: outcome?.bound ?? null, seconds: outcome?.seconds ?? 0, message: outcome?.message ?? null, ...size },
  };
}

export * from './season-types.js';
export * from './season-linear-model.js';
export * from './season-lanes.js';
export * from './season-model.js';
export * from './season-read.js';
export * from './season-greedy.js';
export * from './season-estimate.js';
