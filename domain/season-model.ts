// The season plan as a mixed-integer programme (pure: it only builds data for a solver).
//
// Variables, for each team–lane pair p (lanes.ts) and remaining Saturday d:
//   y[p,d] ≥ 0  m³ the team pours on the lane that day (continuous);
//   m[p,d] ∈ ℕ  mixers it uses there;
//   z[p,d] ∈ {0,1} only for teams with more than one lane: where the team is that day.
// For each commune c and day d: w[c,d] ∈ {0,1}, "criterion 2 reached by d".
// Constraints:
//   people     y[p,d] ≤ expected headcount ÷ labour norm (upper bound of y);
//   mixers     y[p,d] ≤ output per mixer-day × m[p,d];  Σ_p∈c m[p,d] ≤ working mixers of c on d;
//   one place  Σ_p∈team z[p,d] ≤ 1, y ≤ cap·z, m ≤ mixers·z;
//   volume     Σ_d Σ_p∈lane y[p,d] ≤ the lane's remaining m³;
//   materials  cumulative use by d ≤ cumulative stock staged or on order by d (when given);
//   criterion  for each indicator missing in c: length poured on its class by d ≥ missing × w[c,d];
//              w[c,d] ≤ w[c,d+1] (once reached, stays reached);
//   pins/bans  a pinned pair has m ≥ 1 (and z = 1); a forbidden pair has no variable at all.
// Objective (minimised), by weights strong enough to act in this order:
//   1. W1 × (commune-Saturdays on which criterion 2 is not yet reached): reach it as early as possible;
//   2. m³ left unpoured at the deadline (a m³ poured earlier counts slightly more: weather risk);
//   3. 0.1 per m³ of change to an entry already published;
//   then tiny terms: one mixer more than needed, the largest load per expected person (fairness).
import { CLASS_OF_INDICATOR, INDICATORS } from './criterion2.js';
import { ModelBuilder, type LinearModel } from './season-linear-model.js';
import { lanesOf, pairsOf, type Lane, type Pair } from './season-lanes.js';
import type { SeasonInput } from './season-types.js';

export const EARLY_BONUS = 0.01;
export const CHANGE_WEIGHT = 0.1;
export const MIXER_COST = 0.001;
export const FAIRNESS_WEIGHT = 0.001;

export interface CommuneCapacity { communeId: number; mixerM3PerDay: number; mixersOn: number[] }

export interface SeasonModel {
  model: LinearModel;
  lanes: Lane[];
  pairs: Pair[];
  /** Column indices: y, m, z per pair and day (−1: no variable, the pair cannot work that day). */
  y: number[][]; m: number[][]; z: number[][];
  /** w per commune id and day (−1: criterion met already, or out of reach). */
  w: Map<number, number[]>;
  capacity: Map<number, CommuneCapacity>;
  /** m³ a team can pour in a day by its expected people. */
  teamM3PerDay: Map<number, number>;
  /** Indicators that no plan can reach: their class has less remaining road than missing. */
  outOfReach: Map<number, Array<{ indicator: string; missingMm: number; availableMm: number }>>;
  /** Pins that cannot hold (no mixer, no lane): reported, not enforced. */
  conflicts: Array<{ teamId: number; roadId: number | null; day: string; why: 'no_lane' | 'no_capacity' }>;
  weightCriterion: number;
  /** Running km per commune and missing indicator (with the km per m³ of each pair on that class), changes and the fairness column: to complete a start. */
  km: Array<{ communeId: number; missingMm: number; cols: number[]; pairs: Array<[number, number]> }>;
  dev: Array<{ col: number; pair: number; day: number; m3: number }>;
  load: number;
}

export function communeCapacity(input: SeasonInput): Map<number, CommuneCapacity> {
  return new Map(input.communes.map((c) => {
    const avgDrum = c.mixers.length ? c.mixers.reduce((s, x) => s + x, 0) / c.mixers.length : 0;
    return [c.id, {
      communeId: c.id, mixerM3PerDay: (avgDrum * input.settings.batchesPerMixerDay) / 1000,
      mixersOn: input.days.map((d) => Math.max(0, c.mixers.length - (c.mixersBusy?.[d] ?? 0))),
    }];
  }));
}

/** Builds the programme for `input`. @example buildSeasonModel(input).model.columns.length > 0 */
export function buildSeasonModel(input: SeasonInput): SeasonModel {
  const b = new ModelBuilder();
  const days = input.days;
  const nD = days.length;
  const lanes = lanesOf(input);
  const pairs = pairsOf(input, lanes);
  const capacity = communeCapacity(input);
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const roadClass = new Map(input.roads.map((r) => [r.id, r.roadClass]));
  const teamM3PerDay = new Map(input.teams.map((t) => [t.id, (t.expectedHeadcount * 1000) / input.settings.labourNormMilli]));
  const totalM3 = lanes.reduce((s, l) => s + l.volumeM3, 0);
  const W1 = 2 * totalM3 * (1 + EARLY_BONUS) + 10;
  const overrides = input.overrides ?? [];
  const conflicts: SeasonModel['conflicts'] = [];
  const forbidden = (p: Pair, day: string) => overrides.some((o) => o.kind === 'forbid' && o.teamId === p.teamId && o.day === day && (o.roadId === null || o.roadId === p.lane.roadId));
  const pinned = (p: Pair, day: string) => overrides.some((o) => o.kind === 'pin' && o.teamId === p.teamId && o.day === day && o.roadId === p.lane.roadId);

  const pairsOfTeam = new Map<number, Pair[]>();
  for (const p of pairs) pairsOfTeam.set(p.teamId, [...(pairsOfTeam.get(p.teamId) ?? []), p]);

  const y: number[][] = []; const m: number[][] = []; const z: number[][] = [];
  for (const p of pairs) {
    const cap = capacity.get(p.lane.communeId);
    const people = teamM3PerDay.get(p.teamId) ?? 0;
    const multi = (pairsOfTeam.get(p.teamId)?.length ?? 0) > 1;
    y.push([]); m.push([]); z.push([]);
    days.forEach((day, d) => {
      const mixers = cap?.mixersOn[d] ?? 0;
      const ub = Math.min(people, (cap?.mixerM3PerDay ?? 0) * mixers, p.lane.volumeM3);
      const pin = pinned(p, day);
      if (ub <= 1e-9 || forbidden(p, day)) {
        if (pin) conflicts.push({ teamId: p.teamId, roadId: p.lane.roadId, day, why: 'no_capacity' });
        y[p.index].push(-1); m[p.index].push(-1); z[p.index].push(-1);
        return;
      }
      const yi = b.col(`y_${p.index}_${d}`, 0, ub, -(1 + (EARLY_BONUS * (nD - 1 - d)) / Math.max(1, nD)));
      const mi = b.col(`m_${p.index}_${d}`, pin ? 1 : 0, mixers, MIXER_COST, 'integer');
      // y ≤ min(one mixer's output, ub) × m: valid for every whole m (min(2a, b) ≤ 2·min(a, b)) and
      // much tighter than y ≤ output × m when the team or the lane is smaller than one mixer-day.
      b.row(`mix_${p.index}_${d}`, [[yi, 1], [mi, -Math.min(cap?.mixerM3PerDay ?? 0, ub)]], -Infinity, 0);
      let zi = -1;
      if (multi) {
        zi = b.col(`z_${p.index}_${d}`, pin ? 1 : 0, 1, 0, 'binary');
        b.row(`zy_${p.index}_${d}`, [[yi, 1], [zi, -ub]], -Infinity, 0);
        b.row(`zm_${p.index}_${d}`, [[mi, 1], [zi, -mixers]], -Infinity, 0);
      }
      y[p.index].push(yi); m[p.index].push(mi); z[p.index].push(zi);
    });
  }
  for (const o of overrides.filter((x) => x.kind === 'pin')) {
    if (!pairs.some((p) => p.teamId === o.teamId && p.lane.roadId === o.roadId) || !days.includes(o.day)) conflicts.push({ ...o, why: 'no_lane' });
  }
  b.model.offset = totalM3 * (1 + EARLY_BONUS);

  // One place per team per day; mixers per commune per day.
  for (const [teamId, list] of pairsOfTeam) {
    if (list.length < 2) continue;
    days.forEach((_, d) => b.row(`one_${teamId}_${d}`, list.filter((p) => z[p.index][d] >= 0).map((p) => [z[p.index][d], 1]), -Infinity, 1));
  }
  for (const cap of capacity.values()) {
    const inC = pairs.filter((p) => p.lane.communeId === cap.communeId);
    days.forEach((_, d) => b.row(`mixers_${cap.communeId}_${d}`, inC.filter((p) => m[p.index][d] >= 0).map((p) => [m[p.index][d], 1]), -Infinity, cap.mixersOn[d]));
  }
  // Each lane's remaining volume.
  for (const lane of lanes) {
    const terms = pairs.filter((p) => p.lane === lane).flatMap((p) => y[p.index].filter((i) => i >= 0).map((i) => [i, 1] as [number, number]));
    b.row(`lane_${lane.key.replace(':', '_')}`, terms, -Infinity, lane.volumeM3);
  }
  addMaterials(b, input, pairs, y);

  // Criterion 2 by commune: cumulative km poured on each missing class ≥ missing km × w[c,d].
  const w = new Map<number, number[]>();
  const km: SeasonModel['km'] = [];
  const devs: SeasonModel['dev'] = [];
  const outOfReach = new Map<number, Array<{ indicator: string; missingMm: number; availableMm: number }>>();
  for (const c of input.communes) {
    const missing = INDICATORS.filter((i) => (c.missingMm[i] ?? 0) > 0);
    if (!missing.length || !nD) continue;
    const short = missing.map((i) => {
      const availableMm = lanes.filter((l) => l.communeId === c.id && roadClass.get(l.roadId) === CLASS_OF_INDICATOR[i]).reduce((s, l) => s + l.volumeM3 * l.mmPerM3, 0);
      return { indicator: i, missingMm: c.missingMm[i]!, availableMm };
    }).filter((x) => x.availableMm + 1 < x.missingMm);
    if (short.length) { outOfReach.set(c.id, short); continue; }
    const ws = days.map((_, d) => b.col(`w_${c.id}_${d}`, 0, 1, -W1, 'binary'));
    b.model.offset += W1 * nD;
    w.set(c.id, ws);
    for (let d = 0; d + 1 < nD; d++) b.row(`wmono_${c.id}_${d}`, [[ws[d], 1], [ws[d + 1], -1]], -Infinity, 0);
    for (const i of missing) {
      const onClass = pairs.filter((p) => p.lane.communeId === c.id && roadClass.get(p.lane.roadId) === CLASS_OF_INDICATOR[i]);
      let prev = -1;
      const kmCols: number[] = [];
      km.push({ communeId: c.id, missingMm: c.missingMm[i]!, cols: kmCols, pairs: onClass.map((p) => [p.index, p.lane.mmPerM3 / 1e6]) });
      days.forEach((_, d) => {
        // km poured on this class up to day d, as a running sum (keeps the matrix linear in size).
        const cum = b.col(`km_${c.id}_${i.replace('.', '')}_${d}`, 0, Infinity, 0);
        kmCols.push(cum);
        const terms: Array<[number, number]> = onClass.filter((p) => y[p.index][d] >= 0).map((p) => [y[p.index][d], p.lane.mmPerM3 / 1e6]);
        if (prev >= 0) terms.push([prev, 1]);
        b.row(`kmdef_${c.id}_${i.replace('.', '')}_${d}`, [[cum, 1], ...terms.map(([k, v]) => [k, -v] as [number, number])], 0, 0);
        b.row(`crit_${c.id}_${i.replace('.', '')}_${d}`, [[cum, 1], [ws[d], -(c.missingMm[i]! / 1e6)]], 0, Infinity);
        prev = cum;
      });
    }
  }

  // Changes to what is published: |y − published| at CHANGE_WEIGHT per m³.
  for (const e of input.published ?? []) {
    const d = days.indexOf(e.day);
    const p = pairs.find((x) => x.teamId === e.teamId && x.lane.roadId === e.roadId && d >= 0 && y[x.index][d] >= 0);
    if (!p) continue;
    const v = e.litres / 1000;
    const dev = b.col(`dev_${p.index}_${d}`, 0, Infinity, CHANGE_WEIGHT);
    devs.push({ col: dev, pair: p.index, day: d, m3: v });
    b.row(`devup_${p.index}_${d}`, [[y[p.index][d], 1], [dev, -1]], -Infinity, v);
    b.row(`devlo_${p.index}_${d}`, [[y[p.index][d], 1], [dev, 1]], v, Infinity);
  }

  // Fairness: the largest load per expected person, as a tie-breaker between equally good plans.
  const load = b.col('load_max', 0, Infinity, FAIRNESS_WEIGHT);
  for (const [teamId, list] of pairsOfTeam) {
    const h = teams.get(teamId)?.expectedHeadcount ?? 0;
    if (h <= 0) continue;
    b.row(`fair_${teamId}`, [[load, 1], ...list.flatMap((p) => y[p.index].filter((i) => i >= 0).map((i) => [i, -1 / h] as [number, number]))], 0, Infinity);
  }
  return { model: b.model, lanes, pairs, y, m, z, w, capacity, teamM3PerDay, outOfReach, conflicts, weightCriterion: W1, km, dev: devs, load };
}

/** Cumulative material use per commune ≤ cumulative stock by each day (only for materials given). */
function addMaterials(b: ModelBuilder, input: SeasonInput, pairs: Pair[], y: number[][]) {
  if (input.settings.materialsBind === false) return;
  const stock = input.materials ?? [];
  const keys = [...new Set(stock.map((s) => `${s.communeId}:${s.code}`))];
  // Stock is given in base units (g of cement, cm³ of sand and stone): tonnes and m³ in the model.
  for (const key of keys) {
    const [communeId, code] = [Number(key.split(':')[0]), key.split(':')[1] as 'cement' | 'sand' | 'stone'];
    const inC = pairs.filter((p) => p.lane.communeId === communeId);
    const terms: Array<[number, number]> = [];
    input.days.forEach((day, d) => {
      for (const p of inC) if (y[p.index][d] >= 0 && p.lane.perM3[code] > 0) terms.push([y[p.index][d], p.lane.perM3[code]]);
      const available = stock.filter((s) => s.communeId === communeId && s.code === code && s.from <= day).reduce((s, x) => s + x.amount, 0) / 1e6;
      b.row(`stock_${communeId}_${code}_${d}`, [...terms], -Infinity, available);
    });
  }
}

/**
 * A full column vector for given volumes (litres) and mixers per pair and day, e.g. the greedy
 * plan's: handed to the solver as a starting plan, so the solver's answer is never worse than it.
 */
export function startVector(sm: SeasonModel, input: SeasonInput, litres: number[][], mixers: number[][]): Float64Array {
  const v = new Float64Array(sm.model.columns.length);
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const loadOf = new Map<number, number>();
  for (const p of sm.pairs) {
    input.days.forEach((_, d) => {
      const yi = sm.y[p.index][d];
      if (yi < 0) return;
      const x = Math.min(sm.model.columns[yi].upper, (litres[p.index][d] ?? 0) / 1000);
      v[yi] = x;
      v[sm.m[p.index][d]] = x > 0 ? Math.max(1, mixers[p.index][d] ?? 1) : 0;
      if (sm.z[p.index][d] >= 0) v[sm.z[p.index][d]] = x > 0 ? 1 : 0;
      loadOf.set(p.teamId, (loadOf.get(p.teamId) ?? 0) + x);
    });
  }
  const reached = new Map<number, boolean[]>();
  for (const k of sm.km) {
    let run = 0;
    const ok = reached.get(k.communeId) ?? input.days.map(() => true);
    k.cols.forEach((col, d) => {
      for (const [pi, perM3] of k.pairs) if (sm.y[pi][d] >= 0) run += v[sm.y[pi][d]] * perM3;
      v[col] = run;
      if (run + 1e-9 < k.missingMm / 1e6) ok[d] = false;
    });
    reached.set(k.communeId, ok);
  }
  for (const [communeId, cols] of sm.w) cols.forEach((col, d) => { v[col] = reached.get(communeId)?.[d] ? 1 : 0; });
  for (const dv of sm.dev) v[dv.col] = Math.abs(v[sm.y[dv.pair][dv.day]] - dv.m3);
  v[sm.load] = Math.max(0, ...[...loadOf].map(([t, l]) => l / Math.max(1e-9, teams.get(t)?.expectedHeadcount ?? 0)).filter(Number.isFinite));
  return v;
}
