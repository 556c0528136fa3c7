// Where a benchmark's product runs: a fresh embedded database in a temporary folder, or a fresh
// database on the PostgreSQL server of DATABASE_URL (created, and dropped at the end). Either way
// the first start of the product fills it with the demo district.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface Target {
  kind: 'pglite' | 'postgres';
  /** The environment that points `ntm-hub start` (and openDatabase) at it. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  databaseUrl: string | null;
  dataDir: string;
  drop(): Promise<void>;
}

export async function freshTarget(kind: 'pglite' | 'postgres', name = `ntm_bench_${process.pid}`): Promise<Target> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bench-'));
  if (kind === 'pglite') {
    return { kind, env: { DATA_DIR: dataDir }, databaseUrl: null, dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const admin = process.env.DATABASE_URL;
  if (!admin) throw new Error('--db postgres needs DATABASE_URL (a server where a database may be created)');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists ${name} with (force)`);
  await client.query(`create database ${name}`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return {
    kind, env: { DATA_DIR: dataDir, DATABASE_URL: u.toString() }, databaseUrl: u.toString(), dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP like the web app; returns the cookie and CSRF token. */
export async function signIn(url: string, username: string, password = 'ntm-demo-2021'): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const cookie = /ntm_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (res.status !== 200 || !cookie) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}
