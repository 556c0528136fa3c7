// The load generator of the benchmarks: autocannon with a fixed number of connections for a fixed
// time (so every run stops by itself), and the small statistics the reports print.
import autocannon, { type Request } from 'autocannon';

export interface Load {
  rps: number;
  p50: number;
  /** autocannon reports p90, p97.5 and p99, not p95: p97.5 is the bound above p95 that it gives. */
  p97_5: number;
  p99: number;
  /** Answers that were not 2xx, connection errors and timeouts: a run with any of them is flagged. */
  bad: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh body for each request (POST), e.g. a workday that does not exist yet. */
  body?: () => string;
}

export async function load(o: LoadOptions): Promise<Load> {
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    method: o.method ?? 'GET',
    headers: o.headers,
    timeout: 10,
    ...(o.body ? { requests: [{ setupRequest: (req: Request) => ({ ...req, body: o.body!() }) }] } : {}),
  });
  const l = result.latency as unknown as Record<string, number>;
  return { rps: result.requests.average, p50: l.p50, p97_5: l.p97_5, p99: l.p99, bad: result.non2xx + result.errors + result.timeouts };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export const fixed = (n: number, d = 3) => (Number.isFinite(n) ? n.toFixed(d) : '—');

/**
 * Waits until the server answers a cheap request quickly again: a server that fell behind (requests
 * the load generator gave up on still queue for the database) would otherwise slow the next
 * measurement. Returns how long that took, the time the backlog held the server; gives up after
 * `limitMs` so the benchmark always ends.
 */
export async function drain(url: string, limitMs = 180_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < limitMs) {
    const t = performance.now();
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(limitMs) });
      await res.arrayBuffer();
      if (performance.now() - t < 250) return performance.now() - t0;
    } catch { /* timed out: try again until the limit */ }
  }
  return performance.now() - t0;
}
