// HiGHS (WebAssembly, npm `highs`) behind the domain's Solver type: the model goes in as columns,
// a CSR matrix and row bounds (no text parsing, columns keep their index), with a time limit; out
// come the best values found, the status and the relative MIP gap. The runtime loads once per
// process; if it cannot load, `loadSolver` answers null and the season plan falls back to greedy.
import highsLoader from 'highs';
import type { LinearModel } from '../../../domain/season-linear-model.js';
import type { SolveOutcome, Solver } from '../../../domain/season-plan.js';

/** Stop once the plan is proved within 0.01 % of the best possible. */
const MIP_REL_GAP = 1e-4;
type HighsRuntime = Awaited<ReturnType<typeof highsLoader>>;
let runtime: Promise<HighsRuntime | null> | null = null;
let loadError: string | null = null;

/** The solver, or null (with the reason in `solverLoadError`) when the WASM runtime cannot start. */
export async function loadSolver(): Promise<Solver | null> {
  runtime ??= highsLoader().catch((e: unknown) => { loadError = e instanceof Error ? e.message : String(e); return null; });
  const h = await runtime;
  return h ? (model, limit, start) => solveWith(h, model, limit, start) : null;
}
export const solverLoadError = () => loadError;

function solveWith(h: HighsRuntime, lm: LinearModel, timeLimitSeconds: number, start?: Float64Array): SolveOutcome {
  const started = performance.now();
  const inf = h.infinity;
  const bound = (x: number) => (x === Infinity ? inf : x === -Infinity ? -inf : x);
  const starts = new Int32Array(lm.rows.length + 1);
  let nnz = 0;
  lm.rows.forEach((r, i) => { nnz += r.terms.length; starts[i + 1] = nnz; });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const r of lm.rows) for (const [c, v] of r.terms) { indices[k] = c; values[k] = v; k++; }
  const t = h.constants.variableType;
  const model = h.createModel();
  try {
    model.options.set({ time_limit: timeLimitSeconds, mip_rel_gap: MIP_REL_GAP, output_flag: false });
    model.passModel({
      numCols: lm.columns.length, numRows: lm.rows.length, offset: lm.offset,
      colCost: Float64Array.from(lm.columns, (c) => c.cost),
      colLower: Float64Array.from(lm.columns, (c) => bound(c.lower)), colUpper: Float64Array.from(lm.columns, (c) => bound(c.upper)),
      rowLower: Float64Array.from(lm.rows, (r) => bound(r.lower)), rowUpper: Float64Array.from(lm.rows, (r) => bound(r.upper)),
      matrix: { format: 'csr', numRows: lm.rows.length, numCols: lm.columns.length, starts, indices, values },
      integrality: lm.columns.map((c) => (c.kind === 'continuous' ? t.continuous : t.integer)),
    });
    // A starting plan HiGHS checks and keeps as its first incumbent if feasible (ignored otherwise).
    if (start) { try { model.setSolution({ colValue: start }); } catch { /* not feasible: solve from scratch */ } }
    const run = model.run();
    const codes = h.constants.modelStatus;
    const seconds = (performance.now() - started) / 1000;
    const hasPrimal = Number(model.info.get('primal_solution_status')) === 2;
    const status: SolveOutcome['status'] = run.modelStatus === codes.optimal ? 'optimal'
      : run.modelStatus === codes.infeasible ? 'infeasible'
      : run.modelStatus === codes.timeLimit ? 'time_limit' : 'error';
    const hasInts = lm.columns.some((c) => c.kind !== 'continuous');
    const gap = !hasPrimal ? null : status === 'optimal' && !hasInts ? 0 : Number(model.info.get('mip_gap'));
    const objective = hasPrimal ? model.getObjectiveValue() : null;
    const dualBound = hasInts && hasPrimal ? Number(model.info.get('mip_dual_bound')) : objective;
    return { status: hasPrimal || status === 'infeasible' ? status : 'error', values: hasPrimal ? model.getSolution().colValue : null, gap: Number.isFinite(gap) ? gap : null, seconds,
      objective, bound: dualBound !== null && Number.isFinite(dualBound) ? dualBound : null };
  } finally {
    model.dispose();
  }
}
