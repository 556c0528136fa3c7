// One migrated database per test worker: PGlite in memory, or, with DATABASE_URL, a database of
// its own on that server (created afresh). resetDb empties every table between tests.
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase, openPglite, type DbHandle } from '../../server/db/client.js';
import { PGliteDialect } from '../../server/db/pglite-dialect.js';
import { countStatement } from '../../server/db/statement-count.js';
import { migrateToLatest } from '../../server/db/migrate.js';
import type { Database } from '../../server/db/schema.js';
import { insertRoadReferenceData } from '../../server/modules/roads/index.js';
import { ensureDefaultMaterials } from '../../server/modules/materials/index.js';

let handle: Promise<DbHandle> | null = null;

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

async function createPostgresDb(url: string): Promise<DbHandle> {
  // One database per worker process: named by pid, so that two test runs at once on the same
  // server (several people on one machine) never drop each other's database.
  const name = `ntm_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  // Databases of earlier runs whose worker is gone are dropped on the way.
  const old = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^ntm_test_[0-9]+$'`);
  for (const { datname } of old.rows) {
    const pid = Number(datname.slice('ntm_test_'.length));
    if (pid !== process.pid && pid > 100 && !alive(pid)) await admin.query(`drop database if exists ${datname} with (force)`);
  }
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return openDatabase({ databaseUrl: u.toString(), dataDir: '' });
}

async function createPgliteDb(): Promise<DbHandle> {
  const pglite = await openPglite(null);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log: countStatement });
  return { db, kind: 'pglite', pglite, close: async () => { await db.destroy(); await pglite.close(); } };
}

/** The worker's database, migrated. */
export function testDb(): Promise<DbHandle> {
  handle ??= (async () => {
    const h = process.env.DATABASE_URL ? await createPostgresDb(process.env.DATABASE_URL) : await createPgliteDb();
    await migrateToLatest(h.db);
    return h;
  })();
  return handle;
}

/** Empties every application table (migrations bookkeeping stays). */
export async function resetDb(db: Kysely<Database>): Promise<void> {
  const tables = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`.execute(db);
  if (!tables.rows.length) return;
  await sql.raw(`truncate ${tables.rows.map((t) => `"${t.tablename}"`).join(', ')} restart identity cascade`).execute(db);
  // Reference data the migrations insert comes back, as a fresh installation has it (issue 3).
  await insertRoadReferenceData(db);
  await ensureDefaultMaterials(db); // the materials catalogue (issue 4)
  await sql`insert into data_version (id, version) values (1, 0)`.execute(db); // the one row every write bumps (issue 19)
}

export { PostgresDialect };
