// The `ntm-hub` command: start, migrate, seed-demo, create-admin, backup FILE, restore FILE.
import { parseArgs } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { loadConfig } from './config.js';
import { openDatabase, openPglite } from './db/client.js';
import { migrateToLatest } from './db/migrate.js';
// The server, the demo and the modules load only for the commands that need them, so that
// backup and restore start quickly and never load the application.
import { Kysely } from 'kysely'; // concrete calculator (issue 3)
import { PGliteDialect } from './db/pglite-dialect.js'; // concrete calculator (issue 3)
import type { Database } from './db/schema.js'; // concrete calculator (issue 3)

const HELP = `ntm-hub — Ngày thứ 7 vì nông thôn mới

Usage: ntm-hub <command> [options]
  start                          run the web app and API (PORT, DATA_DIR, DATABASE_URL)
  migrate                        apply database migrations
  seed-demo                      fill an empty database with the demo district
  create-admin --username NAME   create an administrator (password from NTM_ADMIN_PASSWORD or asked)
  concrete --length M --width M --thickness M --grade M250 --stone 1x2 [--drum L] [--table CODE] [--json]
                                 concrete calculator: volume, cement bags, sand, stone, water, batches, labour
  backup FILE                    consistent copy of the embedded database (.tar.gz)
  restore FILE                   replace the embedded database with a backup (server stopped)
`;

function serverRunning(dataDir: string): number | null {
  const file = path.join(dataDir, 'ntm-hub.pid');
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8'));
  try { process.kill(pid, 0); return pid; } catch { return null; }
}

async function askPassword(): Promise<string> {
  if (process.env.NTM_ADMIN_PASSWORD) return process.env.NTM_ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const pw = await rl.question('Password (at least 8 characters): ');
  rl.close();
  return pw;
}

/** The calculator's database. The embedded one cannot be opened by two processes: while the server
 * runs on it, a fresh in-memory database gives the default mix tables and settings. (issue 3) */
async function openForConcrete(config: ReturnType<typeof loadConfig>): Promise<{ db: Kysely<Database>; close(): Promise<void> }> {
  const busy = !config.databaseUrl && serverRunning(config.dataDir);
  if (!busy) return openDatabase(config);
  console.error(`ntm-hub is running (pid ${busy}): using the default mix tables and settings.`);
  const pg = await openPglite(null);
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pg) });
  return { db, close: async () => { await db.destroy(); await pg.close(); } };
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start': {
      const { startServer } = await import('./main.js');
      const running = await startServer();
      const shutdown = async () => { await running.stop(); process.exit(0); };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
      return -1; // keep running
    }
    case 'concrete': { // concrete calculator (issue 3): the API's mix tables and settings, the API's numbers
      const { CONCRETE_HELP, runConcreteCommand } = await import('./modules/roads/index.js');
      if (rest.includes('--help')) { console.log(CONCRETE_HELP); return 0; }
      const dbh = await openForConcrete(config);
      try {
        await migrateToLatest(dbh.db);
        const { code, out } = await runConcreteCommand(rest, dbh.db);
        (code === 0 ? console.log : console.error)(out);
        return code;
      } finally {
        await dbh.close();
      }
    }
    case 'migrate': {
      const dbh = await openDatabase(config);
      const applied = await migrateToLatest(dbh.db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      await dbh.close();
      return 0;
    }
    case 'seed-demo': {
      const { demoLoginsText, seedDemo } = await import('./demo/seed-demo.js');
      const dbh = await openDatabase(config);
      await migrateToLatest(dbh.db);
      // The same file store the server uses, so the demo workdays' photos are served.
      const { fileStoreFrom } = await import('./files/from-config.js');
      (await import('./app.js')).registerFileOwners();
      await seedDemo(dbh.db, { files: fileStoreFrom(config) });
      // The seed writes through the commands, not the HTTP write path that moves the data version.
      await (await import('./db/data-version.js')).jumpDataVersion(dbh.db);
      console.log(demoLoginsText());
      await dbh.close();
      return 0;
    }
    case 'create-admin': {
      const { values } = parseArgs({ args: rest, options: { username: { type: 'string' }, name: { type: 'string' } } });
      if (!values.username) { console.error('--username is required'); return 2; }
      const { createUser } = await import('./modules/users/index.js');
      const dbh = await openDatabase(config);
      await migrateToLatest(dbh.db);
      try {
        const password = await askPassword();
        if (password.length < 8) { console.error('The password needs at least 8 characters.'); return 2; }
        const created = await dbh.db.transaction().execute((trx) => createUser({ db: trx, actor: null, ip: 'cli' }, {
          username: values.username!, displayName: values.name ?? values.username!, password, role: 'admin',
        }));
        console.log(`Administrator "${created.username}" created.`);
        return 0;
      } catch (e) {
        console.error(`Could not create the administrator: ${(e as Error).message}`);
        return 1;
      } finally {
        await dbh.close();
      }
    }
    case 'backup':
    case 'restore': {
      const file = rest[0];
      if (!file) { console.error(`Usage: ntm-hub ${command} FILE`); return 2; }
      if (config.databaseUrl) {
        console.error(`DATABASE_URL is set: for PostgreSQL use its own tools, e.g. pg_dump -Fc "$DATABASE_URL" > ${file} and pg_restore.`);
        return 2;
      }
      const pid = serverRunning(config.dataDir);
      if (pid) { console.error(`ntm-hub is running (pid ${pid}) on ${config.dataDir}: stop it first.`); return 1; }
      const dbDir = path.join(config.dataDir, 'db');
      if (command === 'backup') {
        const pg = await openPglite(dbDir);
        const dump = await pg.dumpDataDir('gzip');
        fs.writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
        await pg.close();
        console.log(`Backup written to ${file} (${fs.statSync(file).size} bytes).`);
        return 0;
      }
      if (!fs.existsSync(file)) { console.error(`No such file: ${file}`); return 2; }
      const data = fs.readFileSync(file);
      const staging = `${dbDir}.restoring`;
      fs.rmSync(staging, { recursive: true, force: true });
      const { PGlite } = await import('@electric-sql/pglite');
      const restored = await PGlite.create(staging, { loadDataDir: new Blob([data]) });
      await restored.query('select 1');
      // The restored data is older than what browsers may hold: its read models get new tags.
      const { jumpDataVersion } = await import('./db/data-version.js');
      const { Kysely } = await import('kysely');
      const { PGliteDialect } = await import('./db/pglite-dialect.js');
      await jumpDataVersion(new Kysely({ dialect: new PGliteDialect(restored) }));
      await restored.close();
      const aside = `${dbDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      if (fs.existsSync(dbDir)) fs.renameSync(dbDir, aside);
      fs.renameSync(staging, dbDir);
      console.log(`Restored from ${file}.${fs.existsSync(aside) ? ` The previous database is kept in ${aside}.` : ''}`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}
