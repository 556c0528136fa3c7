// Assertions shared by endpoint tests: the one error shape (code, Vietnamese and English messages,
// the field named), and "nothing was written" as unchanged row counts of every table.
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../server/db/schema.js';
import type { TestResponse } from './test-app.js';

/**
 * The answer is the catalogue error `code` with `status`, carries a Vietnamese and an English
 * message, and (when `field` is given) names that field with its own message in both languages.
 */
export function expectError(res: TestResponse, status: number, code: string, field?: string): void {
  // The fields and the message say why a wrong code came back, when one does.
  expect({ status: res.status, code: res.body?.error?.code }, JSON.stringify(res.body?.error ?? res.body)?.slice(0, 600)).toEqual({ status, code });
  const e = res.body.error;
  expect(e.message).toBeTruthy();
  expect(e.messageEn).toBeTruthy();
  expect(e.message).not.toBe(e.messageEn);
  if (field !== undefined) {
    const f = e.fields.find((x: { field: string }) => x.field === field);
    expect(f, `field ${field} in ${JSON.stringify(e.fields)}`).toBeTruthy();
    expect(f.vi).toBeTruthy();
    expect(f.en).toBeTruthy();
    expect(f.vi).not.toBe(f.en);
  }
}

/** Row counts of every application table (sessions and login attempts too). */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%' order by tablename`.execute(db);
  const out: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tablename)}`.execute(db);
    out[tablename] = Number(r.rows[0].n);
  }
  return out;
}

/** Runs `act` and checks that no table gained or lost a row. Returns what `act` returned. */
export async function expectNothingWritten<T>(db: Kysely<Database>, act: () => Promise<T>): Promise<T> {
  const before = await rowCounts(db);
  const result = await act();
  expect(await rowCounts(db)).toEqual(before);
  return result;
}

/** The audit rows of an entity, oldest first. */
export function auditRows(db: Kysely<Database>, entity: string, entityId?: number | string) {
  let q = db.selectFrom('audit_log').selectAll().where('entity', '=', entity);
  if (entityId !== undefined) q = q.where('entity_id', '=', String(entityId));
  return q.orderBy('id').execute();
}

/**
 * The answer is exactly what the route's response schema documents: every field of the right type,
 * none missing, none the schema leaves out (parsing strips undocumented keys, so the parsed answer
 * would differ). The API document and the web app's generated types come from these schemas.
 */
export function expectDescribedBy(schema: { parse: (v: unknown) => unknown }, body: unknown): void {
  expect(schema.parse(body)).toEqual(body);
}
