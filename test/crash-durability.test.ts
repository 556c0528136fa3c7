// Crash durability of the embedded database (PGlite only): the real server takes a burst of
// concurrent writes and is killed with SIGKILL in the middle of it; after a restart on the same
// data folder every write that was answered 2xx must be there. Several rounds on one folder.
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/demo/demo-data.js';
import { childEnv, freePort, signIn, startServerProcess, stopAllServers, tempDataDir } from './helpers/server-process.js';

const BURST = 40;
/** Per round, the server is killed when this many writes of its burst have been answered. */
const KILL_AFTER = [5, 17, 29];
const ROUNDS = KILL_AFTER.length;

afterAll(stopAllServers);

describe.runIf(!process.env.DATABASE_URL)('crash durability of the embedded database', () => {
  it('keeps every acknowledged write through SIGKILL, round after round', async () => {
    const env = childEnv(tempDataDir('ntm-crash-'));
    let server = await startServerProcess(await freePort(), env);
    const acknowledged: string[] = [];
    const figures: Array<{ round: number; sent: number; acknowledged: number; refused: number; cut: number }> = [];

    const present = async (): Promise<Set<string>> => {
      const s = await signIn(server.base, 'coordinator', DEMO_PASSWORD);
      const res = await s.get('/api/v1/agencies?q=co%20quan%20thu&limit=500');
      expect(res.status).toBe(200);
      return new Set(res.body.items.map((a: { name: string }) => a.name));
    };

    for (let round = 1; round <= ROUNDS; round++) {
      // What earlier rounds acknowledged survived the last crash.
      const before = await present();
      expect(acknowledged.filter((n) => !before.has(n))).toEqual([]);

      const s = await signIn(server.base, 'coordinator', DEMO_PASSWORD);
      const acked: string[] = [];
      let refused = 0;
      let cut = 0;
      const victim = server;
      await Promise.all(Array.from({ length: BURST }, (_, i) => {
        const name = `Cơ quan thử ${round}-${String(i).padStart(2, '0')}`;
        return s.post('/api/v1/agencies', { name, staffCount: i }).then((res) => {
          if (res.status >= 200 && res.status < 300) {
            acked.push(name);
            if (acked.length === KILL_AFTER[round - 1]) victim.child.kill('SIGKILL');
          } else {
            refused++;
          }
        }, () => { cut++; });
      }));
      await victim.stop('SIGKILL');
      acknowledged.push(...acked);
      figures.push({ round, sent: BURST, acknowledged: acked.length, refused, cut });
      server = await startServerProcess(await freePort(), env);
    }

    const found = await present();
    const missing = acknowledged.filter((n) => !found.has(n));
    console.log(`[crash] rounds=${ROUNDS} acknowledged=${acknowledged.length} found=${found.size} missing=${missing.length} ${JSON.stringify(figures)}`);
    await server.stop('SIGTERM');
    expect(missing).toEqual([]);
    // The kill did land in the middle of each burst: some writes were cut off, none refused.
    for (const f of figures) {
      expect(f.acknowledged).toBeGreaterThanOrEqual(KILL_AFTER[f.round - 1]);
      expect(f.cut).toBeGreaterThan(0);
      expect(f.refused).toBe(0);
    }
  }, 900_000);
});
