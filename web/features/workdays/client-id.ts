// The client id of a new workday record (the API's `clientId`): made once for a submission and sent
// again, unchanged, when the phone retries it (no answer, a network error, a server error), so the
// server answers a resend with the record it made the first time instead of making a second one.
// A definite refusal (4xx) wrote nothing (the server rolls back), so the next attempt gets a new id.
// The pending id is also kept in sessionStorage under the record's key, so a reload mid-retry keeps it.
import { useCallback, useRef } from 'react';
import { definitelyRefused } from '../../lib/action-key';

const STORAGE = 'ntm-hub.workday-client-id:';

/** A version-4 UUID (crypto.randomUUID is missing outside secure contexts, e.g. a plain-http intranet). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function stored(key: string): string | null {
  try {
    return sessionStorage.getItem(STORAGE + key);
  } catch {
    return null;
  }
}

function store(key: string, id: string | null): void {
  try {
    if (id) sessionStorage.setItem(STORAGE + key, id);
    else sessionStorage.removeItem(STORAGE + key);
  } catch {
    // private mode: the id still lives for this page
  }
}

/**
 * `current()` is the id to send; `settled(err)` after an attempt: success (no error) or a refusal
 * forgets the id, anything else (the answer may have been lost) keeps it for the retry.
 */
export function useClientId(key: string) {
  const ref = useRef<string | null>(null);
  const current = useCallback(() => {
    ref.current ??= stored(key) ?? newClientId();
    store(key, ref.current);
    return ref.current;
  }, [key]);
  const settled = useCallback((err?: unknown) => {
    if (err === undefined || definitelyRefused(err)) {
      ref.current = null;
      store(key, null);
    }
  }, [key]);
  return { current, settled };
}
