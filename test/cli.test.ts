// The `ntm-hub` command through bin/ntm-hub.mjs: backup and restore of the embedded database,
// refused while the server runs or when PostgreSQL is used; create-admin; a production start
// creates no demo data. create-admin and the production start run on the database of the pass
// (a fresh PostgreSQL database with DATABASE_URL, else PGlite in a temporary folder).
import { sql, type Kysely } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { searchKey } from '../domain/text.js';
import { openDatabase } from '../server/db/client.js';
import { DEMO_PASSWORD } from '../server/demo/demo-data.js';
import { migrateToLatest } from '../server/db/migrate.js';
import type { Database } from '../server/db/schema.js';
import { childEnv, freePort, runCli, signIn, startServerProcess, stopAllServers, tempDataDir } from './helpers/server-process.js';

const pgUrl = process.env.DATABASE_URL;
const createdDbs: string[] = [];

afterAll(async () => {
  await stopAllServers();
  if (pgUrl && createdDbs.length) {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    for (const name of createdDbs) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});

/** A fresh database for a child process: a new PostgreSQL database in the PostgreSQL pass, else PGlite in `dataDir`. */
async function freshDatabaseUrl(): Promise<string | undefined> {
  if (!pgUrl) return undefined;
  const name = `ntm_cli_${process.pid}_${createdDbs.length}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  createdDbs.push(name);
  const u = new URL(pgUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Opens the child's database from the test (only while no server holds an embedded one). */
async function withDb<T>(dataDir: string, databaseUrl: string | undefined, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const h = await openDatabase({ databaseUrl: databaseUrl ?? null, dataDir });
  try { return await fn(h.db); } finally { await h.close(); }
}

const addAgency = (db: Kysely<Database>, name: string) =>
  db.insertInto('agencies').values({ name, staff_count: 3, search_text: searchKey(name) }).execute();
const agencyNames = async (db: Kysely<Database>) => (await db.selectFrom('agencies').select('name').execute()).map((a) => a.name);

describe.runIf(!pgUrl)('backup and restore of the embedded database', () => {
  it('round-trips: a write after the backup is gone after the restore, the earlier one is there', async () => {
    const dataDir = tempDataDir('ntm-cli-backup-');
    const env = childEnv(dataDir, { NTM_NO_DEMO: 'true' });
    const file = path.join(dataDir, 'sao-luu.tar.gz');
    await withDb(dataDir, undefined, async (db) => { await migrateToLatest(db); await addAgency(db, 'Cơ quan trước sao lưu'); });

    // While the server holds the folder, neither backup nor restore touches it.
    const server = await startServerProcess(await freePort(), env);
    const busy = await runCli(['backup', file], env);
    expect(busy.code, busy.out).toBe(1);
    expect(busy.out).toMatch(/is running \(pid \d+\).*stop it first/);
    expect(fs.existsSync(file)).toBe(false);
    // Nor does a second server: two writers would corrupt the embedded database.
    const second = await runCli(['start'], { ...env, PORT: String(await freePort()) }, 90_000);
    expect(second.code, second.out).not.toBe(0);
    expect(second.out).toMatch(/already running \(pid \d+\)/);
    expect((await fetch(`${server.base}/api/v1/health`)).status).toBe(200);
    await server.stop('SIGTERM');
    expect(fs.existsSync(path.join(dataDir, 'ntm-hub.pid'))).toBe(false);

    const backup = await runCli(['backup', file], env);
    expect(backup.code, backup.out).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    await withDb(dataDir, undefined, (db) => addAgency(db, 'Cơ quan sau sao lưu'));
    expect(await withDb(dataDir, undefined, agencyNames)).toEqual(['Cơ quan trước sao lưu', 'Cơ quan sau sao lưu']);

    const restore = await runCli(['restore', file], env);
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).toMatch(/previous database is kept in/);
    expect(await withDb(dataDir, undefined, agencyNames)).toEqual(['Cơ quan trước sao lưu']);
    // The restored data version jumped past every counter the browsers could have seen with other data.
    const version = await withDb(dataDir, undefined, async (db) => Number((await sql<{ version: string }>`select version from data_version`.execute(db)).rows[0].version));
    expect(version).toBeGreaterThan(1_700_000_000_000);
    // The database before the restore is kept aside, not deleted.
    expect(fs.readdirSync(dataDir).filter((f) => f.startsWith('db.before-restore-'))).toHaveLength(1);
  }, 300_000);
});

describe('backup and restore with PostgreSQL', () => {
  it('point to pg_dump and pg_restore instead, and touch nothing', async () => {
    const dataDir = tempDataDir('ntm-cli-pg-');
    const env = childEnv(dataDir, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/not_used' });
    const backup = await runCli(['backup', path.join(dataDir, 'x.dump')], env);
    expect(backup.code).toBe(2);
    expect(backup.out).toMatch(/DATABASE_URL is set.*pg_dump.*pg_restore/s);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  }, 120_000);
});

describe('a production start and create-admin', () => {
  it('creates no demo data in production; create-admin makes an administrator who signs in', async () => {
    const dataDir = tempDataDir('ntm-cli-prod-');
    const databaseUrl = await freshDatabaseUrl();
    const env = childEnv(dataDir, { NODE_ENV: 'production', DATABASE_URL: databaseUrl, NTM_ADMIN_PASSWORD: undefined });

    let server = await startServerProcess(await freePort(), env);
    expect(server.output()).toMatch(/create-admin/);
    expect(server.output()).not.toMatch(/Demo logins/);
    for (const username of ['admin', 'coordinator', 'commune.tannam']) {
      const res = await fetch(`${server.base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
      expect(res.status, username).toBe(401);
    }
    await server.stop('SIGTERM');
    await withDb(dataDir, databaseUrl, async (db) => {
      for (const table of ['users', 'admin_units', 'agencies', 'campaigns', 'groups', 'settings'] as const) {
        expect(await db.selectFrom(table).select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(), table).toEqual({ n: 0 });
      }
    });

    const withPassword = { ...env, NTM_ADMIN_PASSWORD: 'mat-khau-quan-tri-2021' };
    const created = await runCli(['create-admin', '--username', 'quantri', '--name', 'Quản trị viên huyện'], withPassword);
    expect(created.code, created.out).toBe(0);
    expect(created.out).toContain('Administrator "quantri" created');
    const again = await runCli(['create-admin', '--username', 'QuanTri'], withPassword);
    expect(again.code).toBe(1);

    server = await startServerProcess(await freePort(), env);
    const s = await signIn(server.base, 'quantri', 'mat-khau-quan-tri-2021');
    const me = await s.get('/api/v1/auth/me');
    expect(me.body.user).toMatchObject({ username: 'quantri', displayName: 'Quản trị viên huyện', role: 'admin' });
    expect(me.body.demo).toBe(false);
    expect(me.body.permissions).toContain('users.write');
    await server.stop('SIGTERM');
    await withDb(dataDir, databaseUrl, async (db) => {
      expect(await db.selectFrom('users').select(['username', 'role']).execute()).toEqual([{ username: 'quantri', role: 'admin' }]);
      const audit = await db.selectFrom('audit_log').select(['action', 'entity', 'ip']).where('action', '=', 'create').execute();
      expect(audit).toEqual([{ action: 'create', entity: 'user', ip: 'cli' }]);
    });
  }, 300_000);
});
