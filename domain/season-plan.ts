// The season plan end to end, with the solver passed in (the domain does no I/O): build the
// programme, solve it within the time limit, read the plan back; when the solver cannot start or
// finds nothing, fall back to the greedy proposal run day after day, and say so.
import { buildSeasonModel, startVector, type SeasonModel } from './season-model.js';
import { communeOutlooks, entriesFromVolumes, type SeasonPlanBody } from './season-read.js';
import { greedySeason } from './season-greedy.js';
import { lanesOf, pairsOf } from './season-lanes.js';
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

/**
 * The season plan of a campaign. Communes that share no group are independent problems: each is
 * solved on its own with a share of the time limit in proportion to its size (many small MIPs close
 * their gap far sooner than one large one), and the parts are put back together.
 */
export function planSeason(input: SeasonInput, solve: Solver | null, timeLimitSeconds: number): SeasonPlan {
  const parts = splitByCommunes(input);
  if (parts.length <= 1) return planPart(input, solve, timeLimitSeconds);
  const sizes = parts.map((p) => Math.max(1, p.segments.length * p.days.length));
  // One clock for the whole plan: each part gets the time left in proportion to its size among the
  // parts still to solve, so a part proved optimal early leaves its time to the others, and the
  // building and reading of every part count against the limit too.
  const deadline = now() + timeLimitSeconds * 1000;
  let sizeLeft = sizes.reduce((a, b) => a + b, 0);
  const plans = parts.map((p, i) => {
    const left = Math.max(0, (deadline - now()) / 1000);
    const limit = Math.max(0.2, (left * 0.9 * sizes[i]) / sizeLeft);
    sizeLeft -= sizes[i];
    return planPart(p, solve, limit);
  });
  const known = plans.filter((p) => p.solver.objective != null && p.solver.bound != null);
  const objective = known.reduce((s, p) => s + p.solver.objective!, 0);
  const bound = known.reduce((s, p) => s + p.solver.bound!, 0);
  const statusOrder: Array<SeasonPlan['solver']['status']> = ['error', 'infeasible', 'not_started', 'time_limit', 'optimal'];
  const status = statusOrder.find((st) => plans.some((p) => p.solver.status === st && p.solver.columns > 0)) ?? 'optimal';
  const byCommune = new Map(plans.flatMap((p) => p.communes).map((c) => [c.communeId, c]));
  return {
    entries: plans.flatMap((p) => p.entries).sort((a, b) => a.day.localeCompare(b.day) || a.communeId - b.communeId || a.teamId - b.teamId),
    communes: input.communes.map((c) => byCommune.get(c.id)!).filter(Boolean),
    segmentDays: Object.assign({}, ...plans.map((p) => p.segmentDays)),
    unmetLitres: plans.reduce((s, p) => s + p.unmetLitres, 0),
    method: plans.every((p) => p.method === 'solver' || p.solver.columns === 0) ? 'solver' : 'greedy',
    conflicts: plans.flatMap((p) => p.conflicts),
    solver: {
      status, objective: known.length ? objective : null, bound: known.length ? bound : null,
      gap: known.length && Math.abs(objective) > 1e-9 ? Math.max(0, (objective - bound) / Math.abs(objective)) : known.length ? 0 : null,
      seconds: plans.reduce((s, p) => s + p.solver.seconds, 0), message: plans.map((p) => p.solver.message).find(Boolean) ?? null,
      columns: plans.reduce((s, p) => s + p.solver.columns, 0), rows: plans.reduce((s, p) => s + p.solver.rows, 0),
    },
  };
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Independent parts: communes joined when a group may work in both (union–find over team–lane pairs). */
export function splitByCommunes(input: SeasonInput): SeasonInput[] {
  const parent = new Map(input.communes.map((c) => [c.id, c.id]));
  const find = (x: number): number => { let r = x; while (parent.get(r) !== r) r = parent.get(r)!; parent.set(x, r); return r; };
  const pairs = pairsOf(input, lanesOf(input));
  const communesOfTeam = new Map<number, Set<number>>();
  for (const p of pairs) communesOfTeam.set(p.teamId, (communesOfTeam.get(p.teamId) ?? new Set()).add(p.lane.communeId));
  for (const set of communesOfTeam.values()) {
    const [first, ...rest] = [...set].filter((c) => parent.has(c));
    for (const c of rest) parent.set(find(c), find(first));
  }
  const groups = new Map<number, number[]>();
  for (const c of input.communes) groups.set(find(c.id), [...(groups.get(find(c.id)) ?? []), c.id]);
  return [...groups.values()].map((ids) => {
    const inPart = new Set(ids);
    const roads = input.roads.filter((r) => inPart.has(r.communeId));
    const roadIds = new Set(roads.map((r) => r.id));
    const teamIds = new Set([...communesOfTeam].filter(([, cs]) => [...cs].some((c) => inPart.has(c))).map(([t]) => t));
    return {
      ...input, communes: input.communes.filter((c) => inPart.has(c.id)), roads, segments: input.segments.filter((s) => roadIds.has(s.roadId)),
      teams: input.teams.filter((t) => teamIds.has(t.id)), materials: input.materials?.filter((m) => inPart.has(m.communeId)),
      published: input.published?.filter((e) => roadIds.has(e.roadId)), overrides: input.overrides?.filter((o) => teamIds.has(o.teamId)),
    };
  });
}

function planPart(input: SeasonInput, solve: Solver | null, timeLimitSeconds: number): SeasonPlan {
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
export * from './season-materials.js';
