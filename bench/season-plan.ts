// Season plan benchmark: `npx tsx bench/season-plan.ts [--limit 10] [--sizes demo,medium,large]`.
//
// Generates instances from the demo's size up to 500 groups × 2,000 segments × 20 Saturdays, each in
// two variants: mixers enough for about the work ("ample") and about half of it ("short"). For each it
// builds the model, solves it with HiGHS within the time limit, and runs the greedy proposal day after
// day on the same instance (the baseline, measured in the same run). It prints the model's size, the
// solve time, the optimality gap HiGHS reports at the end, and the volume left unpoured by the
// deadline by each method.
import { buildSeasonModel, greedySeason, planSeason } from '../domain/season-plan.js';
import { instance, SIZES } from './season-instances.js';
import { loadSolver } from '../server/lib/solver/highs.js';

const arg = (name: string, dflt: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const LIMIT = Number(arg('limit', '10'));
const solve = await loadSolver();
if (!solve) throw new Error('HiGHS did not load');
const pick = arg('sizes', 'demo,small,medium,large').split(',');
console.log(`time limit ${LIMIT} s; greedy = plans-proposal run day after day on the same instance\n`);
console.log('size    | capacity | groups × segments × days | columns (int) | rows   | solve s | status     | gap %  | gap m³ (% of season) | unmet m³ MIP | unmet m³ greedy | less unmet | criterion 2 reached (MIP / greedy) | greedy ms');
for (const name of pick) {
  for (const [label, share] of [['ample', 1.1], ['short', 0.5]] as const) {
    const size = SIZES[name];
    const input = instance(size, share, 17);
    const sm = buildSeasonModel(input);
    const g0 = performance.now();
    const greedy = greedySeason(input, sm.pairs);
    const greedyMs = performance.now() - g0;
    const total = input.segments.reduce((s, x) => s + x.remainingLitres, 0);
    const greedyUnmet = total - greedy.litres.flat().reduce((s, x) => s + x, 0);
    const plan = planSeason(input, solve, LIMIT);
    const greedyPlan = planSeason(input, null, LIMIT);
    const reached = (p: typeof plan) => `${p.communes.filter((c) => c.reachedOn).length}/${p.communes.length}`;
    const ints = sm.model.columns.filter((c) => c.kind !== 'continuous').length;
    const less = greedyUnmet > 0 ? `${(((greedyUnmet - plan.unmetLitres) / greedyUnmet) * 100).toFixed(1)} %` : '—';
    console.log([
      name.padEnd(7), label.padEnd(8), `${size.groups} × ${size.segments} × ${size.days}`.padEnd(24), `${sm.model.columns.length} (${ints})`.padEnd(13),
      String(sm.model.rows.length).padEnd(6), plan.solver.seconds.toFixed(2).padStart(7), plan.solver.status.padEnd(10),
      (plan.solver.gap === null ? '—' : (plan.solver.gap * 100).toFixed(2)).padStart(6),
      (plan.solver.objective != null && plan.solver.bound != null ? `${(plan.solver.objective - plan.solver.bound).toFixed(1)} (${(((plan.solver.objective - plan.solver.bound) * 100000) / total).toFixed(2)} %)` : '—').padStart(20), (plan.unmetLitres / 1000).toFixed(1).padStart(12),
      (greedyUnmet / 1000).toFixed(1).padStart(15), less.padStart(10), `${reached(plan)} / ${reached(greedyPlan)}`.padEnd(34), greedyMs.toFixed(0).padStart(9),
    ].join(' | '));
  }
}
