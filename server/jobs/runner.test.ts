// The periodic runner: runs never overlap, a failing run is logged and the next one still comes,
// and stop() waits for the run in flight.
import { expect, it } from 'vitest';
import { startPeriodic } from './runner.js';

it('runs again after a failure, never overlaps, and stop waits for the run in flight', async () => {
  let running = 0;
  let maxConcurrent = 0;
  let runs = 0;
  const logs: string[] = [];
  let thirdStarted!: () => void;
  const third = new Promise<void>((resolve) => { thirdStarted = resolve; });
  let finishThird!: () => void;
  const runner = startPeriodic({
    name: 'test-job', intervalMs: 1,
    async run() {
      runs++;
      running++;
      maxConcurrent = Math.max(maxConcurrent, running);
      try {
        if (runs === 1) throw new Error('boom');
        if (runs === 3) {
          thirdStarted();
          await new Promise<void>((resolve) => { finishThird = resolve; });
        }
      } finally {
        running--;
      }
    },
  }, (m) => logs.push(m));
  await third;
  let stopped = false;
  const stopping = runner.stop().then(() => { stopped = true; });
  await Promise.resolve();
  expect(stopped).toBe(false); // the third run is still in flight
  finishThird();
  await stopping;
  expect(runs).toBe(3);
  expect(maxConcurrent).toBe(1);
  expect(logs).toHaveLength(1);
  expect(logs[0]).toMatch(/^\[jobs\] test-job failed: Error: boom/);
});
