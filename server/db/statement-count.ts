// Counts the SQL statements Kysely sends (one more per query, begin and commit included), so the
// benchmarks can print how many statements a request costs and tests can hold a hot path to its
// budget. A counter, not a timer: it never makes a test depend on the machine's speed.
import type { LogEvent } from 'kysely';

let statements = 0;

/** Kysely's `log` option: counts every statement that reached the database (failed ones too). */
export function countStatement(_event: LogEvent): void {
  statements++;
}

/** Statements sent since the process started; take the difference around the work to measure. */
export function statementCount(): number {
  return statements;
}
