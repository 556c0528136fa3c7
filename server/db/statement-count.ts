// Counts the SQL statements Kysely sends (one more per query, begin and commit included), so the
// benchmarks can print how many statements a request costs and tests can hold a hot path to its
// budget. A counter, not a timer: it never makes a test depend on the machine's speed.
import type { LogEvent } from 'kysely';

let statements = 0;
let listener: ((sql: string) => void) | null = null;

/** Kysely's `log` option: counts every statement that reached the database (failed ones too). */
export function countStatement(event: LogEvent): void {
  statements++;
  listener?.(event.query.sql);
}

/** Statements sent since the process started; take the difference around the work to measure. */
export function statementCount(): number {
  return statements;
}

/** Calls `fn` with the SQL of every statement until it is set to null (to see what a request sends). */
export function watchStatements(fn: ((sql: string) => void) | null): void {
  listener = fn;
}
