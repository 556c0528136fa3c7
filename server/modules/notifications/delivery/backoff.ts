// Exponential backoff with jitter for failed deliveries: attempt n waits base·2^(n−1), capped,
// then a random point in its upper half so a receiver that comes back is not hit by every node
// at the same instant.

export interface BackoffOptions { baseMs: number; capMs: number; random?: () => number }

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 30_000, capMs: 60 * 60_000 };

/** The wait before the next try after failed attempt `attempt` (1-based). @example retryDelay(1, { baseMs: 1000, capMs: 8000, random: () => 1 }) === 1000 */
export function retryDelay(attempt: number, o: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, attempt - 1));
  const r = (o.random ?? Math.random)();
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
