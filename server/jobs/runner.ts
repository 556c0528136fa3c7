// A small periodic runner: runs a job, waits its interval, runs it again. A run never overlaps
// the previous one; an error is logged and the next run goes on; stop() waits for a run in flight.
export interface PeriodicJob {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

export interface Runner { stop(): Promise<void> }

export function startPeriodic(job: PeriodicJob, log: (m: string) => void = console.error, firstDelayMs = 0): Runner {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;

  const tick = () => {
    timer = null;
    if (stopped) return;
    inFlight = job.run().then(() => undefined, (err: unknown) => {
      log(`[jobs] ${job.name} failed: ${(err as Error)?.stack ?? String(err)}`);
    }).finally(() => {
      inFlight = null;
      schedule(job.intervalMs);
    });
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    // The HTTP server keeps the process alive; a pending job alone must not.
    timer.unref();
  };

  schedule(firstDelayMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
