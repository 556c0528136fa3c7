// Opens the database: PostgreSQL through `pg` when DATABASE_URL is set, else PGlite in DATA_DIR/db.
// Both return DATE as 'YYYY-MM-DD' strings and BIGINT (sums, counts, money) as numbers.
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from './pglite-dialect.js';
import { countStatement } from './statement-count.js';
import type { Database } from './schema.js';

export type DbKind = 'pglite' | 'postgres';
export interface DbHandle {
  db: Kysely<Database>;
  kind: DbKind;
  /** The PGlite instance, for backup and restore of the embedded database. */
  pglite: PGlite | null;
  close(): Promise<void>;
}

const OID_INT8 = 20;
const OID_DATE = 1082;
const OID_NUMERIC = 1700;

// Whole numbers above 2^53 never occur here (money is capped far lower), so numbers are safe.
const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;

export async function openPglite(dataDir: string | null): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir ?? undefined, {
    parsers: { [OID_INT8]: toNumber, [OID_DATE]: asIs, [OID_NUMERIC]: toNumber },
  });
}

export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string }): Promise<DbHandle> {
  if (opts.databaseUrl) {
    const types = {
      getTypeParser(oid: number, format?: 'text' | 'binary') {
        if (oid === OID_INT8 || oid === OID_NUMERIC) return toNumber;
        if (oid === OID_DATE) return asIs;
        return pg.types.getTypeParser(oid, format);
      },
    };
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10, types: types as pg.CustomTypesConfig });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: countStatement });
    return { db, kind: 'postgres', pglite: null, close: () => db.destroy() };
  }
  const pglite = await openPglite(path.join(opts.dataDir, 'db'));
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log: countStatement });
  return {
    db, kind: 'pglite', pglite,
    close: async () => { await db.destroy(); await pglite.close(); },
  };
}
