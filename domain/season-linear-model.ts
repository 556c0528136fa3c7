// A mixed-integer linear programme as plain data: named columns with bounds, cost and integrality,
// rows as sparse sums between bounds. The season plan builds one (model.ts); the solver wrapper
// hands it to HiGHS as-is (columns keep their index), and `toLpText` writes the same model in CPLEX
// LP format for reading by eye and for the tests that check a model by hand.

export type ColumnKind = 'continuous' | 'integer' | 'binary';

export interface Column { name: string; lower: number; upper: number; cost: number; kind: ColumnKind }
export interface Row { name: string; lower: number; upper: number; /** Column index → coefficient. */ terms: Array<[number, number]> }

export interface LinearModel {
  columns: Column[];
  rows: Row[];
  /** Constant added to the objective (minimised), so the objective reads as the stated quantity. */
  offset: number;
}

/** Builds a model column by column and row by row; `col` returns the index the solver will use. */
export class ModelBuilder {
  readonly model: LinearModel = { columns: [], rows: [], offset: 0 };

  col(name: string, lower: number, upper: number, cost: number, kind: ColumnKind = 'continuous'): number {
    this.model.columns.push({ name, lower, upper: kind === 'binary' ? Math.min(1, upper) : upper, cost, kind });
    return this.model.columns.length - 1;
  }

  row(name: string, terms: Array<[number, number]>, lower: number, upper: number): void {
    const kept = terms.filter(([, c]) => c !== 0);
    if (kept.length) this.model.rows.push({ name, lower, upper, terms: kept });
  }
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(12).replace(/\.?0+$/, ''));
const sum = (terms: Array<[number, number]>, cols: Column[]) =>
  terms.map(([i, c], k) => `${c < 0 ? '-' : k ? '+' : ''} ${num(Math.abs(c))} ${cols[i].name}`).join(' ').trim();

/**
 * The model in CPLEX LP format (minimise). Infinite bounds are written as `inf`.
 * @example toLpText({ columns: [{ name: 'x', lower: 0, upper: 4, cost: -1, kind: 'continuous' }], rows: [], offset: 0 }).startsWith('Minimize')
 */
export function toLpText(m: LinearModel): string {
  const out = ['Minimize', ` obj: ${sum(m.columns.map((c, i) => [i, c.cost] as [number, number]).filter(([, c]) => c !== 0), m.columns) || '0 ' + (m.columns[0]?.name ?? 'x')}`, 'Subject To'];
  for (const r of m.rows) {
    const lhs = sum(r.terms, m.columns);
    if (r.lower === r.upper) out.push(` ${r.name}: ${lhs} = ${num(r.lower)}`);
    else {
      if (Number.isFinite(r.lower)) out.push(` ${r.name}_lo: ${lhs} >= ${num(r.lower)}`);
      if (Number.isFinite(r.upper)) out.push(` ${r.name}_up: ${lhs} <= ${num(r.upper)}`);
    }
  }
  out.push('Bounds');
  for (const c of m.columns) out.push(` ${Number.isFinite(c.lower) ? num(c.lower) : '-inf'} <= ${c.name} <= ${Number.isFinite(c.upper) ? num(c.upper) : 'inf'}`);
  const ints = m.columns.filter((c) => c.kind !== 'continuous').map((c) => c.name);
  if (ints.length) out.push('General', ` ${ints.join(' ')}`);
  out.push('End');
  return out.join('\n');
}

/** The objective of an assignment of values to the columns (offset included). */
export function objectiveOf(m: LinearModel, values: ArrayLike<number>): number {
  return m.columns.reduce((s, c, i) => s + c.cost * values[i], m.offset);
}
