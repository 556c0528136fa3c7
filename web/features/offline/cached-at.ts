// Which of the API answers on screen came from the phone rather than the network, and as of when.
// The service worker (vite.config.ts, cache 'ntm-api') posts 'ntm:cached' with the answer's Date
// header when it serves a kept answer, and 'ntm:fresh' when the network answered; this store keeps
// the latest per URL. Any page can show "cập nhật lúc HH:mm" with useCachedAt(), without knowing
// anything about the service worker; useOnline() follows the browser's online/offline events.
import { useSyncExternalStore } from 'react';

type Listener = () => void;

const cachedAt = new Map<string, number>(); // API path + query → time of the kept answer (ms)
const listeners = new Set<Listener>();
let version = 0;

function changed() {
  version += 1;
  for (const l of listeners) l();
}

function subscribe(l: Listener) {
  listeners.add(l);
  return () => listeners.delete(l);
}

function pathOf(url: string): string {
  try {
    const u = new URL(url, location.origin);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Records what the service worker says; exported for tests and for the rare page that fetches outside the API client. */
export function noteAnswer(message: { type?: unknown; url?: unknown; at?: unknown }): void {
  if (typeof message?.url !== 'string') return;
  const key = pathOf(message.url);
  if (message.type === 'ntm:cached') {
    const at = typeof message.at === 'string' ? Date.parse(message.at) : NaN;
    cachedAt.set(key, Number.isNaN(at) ? Date.now() : at);
    changed();
  } else if (message.type === 'ntm:fresh' && cachedAt.delete(key)) {
    changed();
  }
}

if (typeof navigator !== 'undefined' && 'serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => noteAnswer(e.data ?? {}));
}

/**
 * The oldest time among the kept answers now on screen whose API path starts with one of `prefixes`
 * (all of them when none are given), e.g. useCachedAt('/api/v1/workdays', '/api/v1/plans');
 * null when everything came from the network.
 */
export function useCachedAt(...prefixes: string[]): Date | null {
  const snapshot = useSyncExternalStore(subscribe, () => version);
  void snapshot;
  let oldest: number | null = null;
  for (const [path, at] of cachedAt) {
    if (prefixes.length > 0 && !prefixes.some((p) => path.startsWith(p))) continue;
    if (oldest === null || at < oldest) oldest = at;
  }
  return oldest === null ? null : new Date(oldest);
}

/** The service worker's cache of API answers (vite.config.ts). */
export const API_CACHE = 'ntm-api';

/**
 * After sign-out: the phone must not keep the last user's answers, or an offline open would show
 * their pages (and /auth/me would still say they are signed in).
 */
export async function dropKeptAnswers(): Promise<void> {
  cachedAt.clear();
  changed();
  try {
    if (typeof caches !== 'undefined') await caches.delete(API_CACHE);
  } catch {
    // no Cache Storage (plain-http address other than localhost): nothing was kept
  }
}

function subscribeOnline(l: Listener) {
  window.addEventListener('online', l);
  window.addEventListener('offline', l);
  return () => {
    window.removeEventListener('online', l);
    window.removeEventListener('offline', l);
  };
}

/** Whether the browser believes it has a network (false is reliable; true may still be a dead link). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}
