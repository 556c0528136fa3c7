// The Idempotency-Key of one user action (a form's save): made when the user first taps save and
// kept for every retry of that action, so a double tap or a resend after a lost answer is answered
// once by the server. It is dropped when the action is done: saved, or refused (a refusal wrote
// nothing, so the corrected form is a new action).
import { useCallback, useRef } from 'react';
import { ApiError, mayRetry, newIdempotencyKey, withActionKey } from './api';

/** Whether the server certainly wrote nothing: it answered, and refused. */
export function definitelyRefused(err: unknown): boolean {
  return err instanceof ApiError && err.status >= 400 && err.status < 500 && !mayRetry(err);
}

export function useActionKey() {
  const key = useRef<string | null>(null);
  /** Runs the action's write with its key (made on the first call). */
  const run = useCallback(<T>(write: () => Promise<T>): Promise<T> => {
    key.current ??= newIdempotencyKey();
    return withActionKey(key.current, write);
  }, []);
  /** After an attempt: success (no error) or a refusal ends the action; anything else keeps the key. */
  const settled = useCallback((err?: unknown) => {
    if (err === undefined || definitelyRefused(err)) key.current = null;
  }, []);
  return { run, settled };
}

