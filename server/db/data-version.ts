// The data version (issue 19, migration 202612081900): one number that every write transaction
// bumps before it commits, so a read model's ETag can be this number with what else the answer
// depends on. Kept beside the database because migrations and the demo seed move it too, not only
// the HTTP layer's write transactions.
import { sql, type Kysely } from 'kysely';

/** The data version; 0 when the row is missing (tests empty every table). */
export async function dataVersion(db: Kysely<any>): Promise<number> {
  const r = await sql<{ version: string | number }>`select version from data_version where id = 1`.execute(db);
  return Number(r.rows[0]?.version ?? 0);
}

/** Called by the write transaction before it commits: every later read sees another version. */
export async function bumpDataVersion(db: Kysely<any>): Promise<void> {
  await sql`insert into data_version (id, version) values (1, 1) on conflict (id) do update set version = data_version.version + 1`.execute(db);
}

/**
 * After a restore the database holds an older version number, which the browsers may have seen with
 * other data: jump past every counter reached so far (writes count one by one; the clock's
 * milliseconds are far ahead of them and only move forward), so no old tag can match again.
 */
export async function jumpDataVersion(db: Kysely<any>, nowMs = Date.now()): Promise<void> {
  await sql`insert into data_version (id, version) values (1, ${nowMs}) on conflict (id) do update set version = greatest(data_version.version + 1, ${nowMs})`.execute(db);
}

