// The directives module's background job in the server process: at start, then every
// JOB_INTERVAL_MINUTES, it creates the task instances that have come due and notifies the newly
// overdue ones (generateDueInstances is idempotent, so several app nodes may run it).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { businessToday } from './clock.js';
import { generateDueInstances } from './commands/generate-instances.js';

const DEFAULT_INTERVAL_MINUTES = 15;

/** Starts the job; returns a function that stops it. The timer never keeps the process alive. */
export function startDirectiveJobs(db: Kysely<Database>, intervalMinutes = Number(process.env.DIRECTIVE_JOB_MINUTES) || DEFAULT_INTERVAL_MINUTES): () => void {
  // Same switch as the other background jobs (server/jobs): a node may leave them to others.
  if (process.env.JOBS_ENABLED === 'false') return () => undefined;
  let stopped = false;
  let running: Promise<void> | null = null;
  const run = () => {
    if (stopped || running) return;
    running = (async () => {
      try {
        const today = await businessToday(db);
        const r = await generateDueInstances(db, today);
        if (r.created || r.overdue) console.log(`[ntm-hub] directives: ${r.created} task instances created, ${r.overdue} newly overdue (${today})`);
      } catch (e) {
        // The database may be closing at shutdown; the next tick tries again.
        if (!stopped) console.error('[ntm-hub] directives job failed', e);
      } finally {
        running = null;
      }
    })();
  };
  run();
  const timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
  return () => { stopped = true; clearInterval(timer); };
}
