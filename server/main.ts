// Starts the product: config → database → migrations → (demo data on first start) → HTTP server.
import { serve } from '@hono/node-server';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type DbHandle } from './db/client.js';
import { demoLoginsText, isDemoSeeded, seedDemo } from './demo/seed-demo.js';
import { jumpDataVersion } from './db/data-version.js';
import { migrateToLatest } from './db/migrate.js';
import { fileStoreFrom } from './files/from-config.js';
import { createApp } from './app.js';
import { startJobs } from './jobs/index.js';

export interface Running { config: Config; dbh: DbHandle; port: number; stop(): Promise<void> }

function pidFile(config: Config) { return path.join(config.dataDir, 'ntm-hub.pid'); }

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/**
 * Claims DATA_DIR for this process before the embedded database opens: two servers writing one
 * PGlite folder would corrupt it, and backup/restore look at this file to know the folder is busy.
 */
function claimDataDir(config: Config): void {
  const file = pidFile(config);
  fs.mkdirSync(config.dataDir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(fs.readFileSync(file, 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new Error(`ntm-hub is already running (pid ${pid}) on ${config.dataDir}: stop it first (or delete ${file} if no such server runs).`);
    }
    fs.rmSync(file, { force: true }); // left behind by a server that crashed
  }
  throw new Error(`Could not claim ${config.dataDir}: another ntm-hub is starting on it.`);
}

export async function startServer(overrides: Partial<Config> = {}): Promise<Running> {
  const config = loadConfig(overrides);
  if (!config.databaseUrl) claimDataDir(config);
  const dbh = await openDatabase(config);
  const applied = await migrateToLatest(dbh.db);
  if (applied.length) console.log(`[ntm-hub] migrations applied: ${applied.join(', ')}`);

  // The app first: it registers which records take files, which the demo's photos need.
  const files = fileStoreFrom(config);
  const app = createApp({ config, dbh, files });
  const hasUsers = !!(await dbh.db.selectFrom('users').select('id').limit(1).executeTakeFirst());
  if (!hasUsers && !config.production && process.env.NTM_NO_DEMO !== 'true') {
    console.log('[ntm-hub] empty database: creating the demo district (Quang Bình, Hà Giang)…');
    await seedDemo(dbh.db, { files });
    await jumpDataVersion(dbh.db); // the seed writes through the commands, not the HTTP write path
  }
  if (!hasUsers && config.production) {
    console.log('[ntm-hub] no users yet: create the first administrator with `npx ntm-hub create-admin --username NAME`.');
  }

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  console.log(`[ntm-hub] database: ${dbh.kind === 'pglite' ? `embedded PGlite in ${path.join(config.dataDir, 'db')}` : 'PostgreSQL (DATABASE_URL)'}`);
  console.log(`[ntm-hub] listening on http://localhost:${port}`);
  if (await isDemoSeeded(dbh.db)) console.log(demoLoginsText());

  let stopping: Promise<void> | null = null;
  // Background jobs (notification outbox, reminders, directives' task instances) run beside the HTTP server on every node.
  const jobs = startJobs({ config, dbh });
  const stop = () => (stopping ??= (async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await jobs.stop();
    await dbh.close();
    fs.rmSync(pidFile(config), { force: true });
  })());
  return { config, dbh, port, stop };
}
