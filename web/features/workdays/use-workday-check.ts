// The plausibility check of a record as it is typed (POST /workdays/check for a new record,
// /workdays/{id}/commune/check and /group/check for a correction: each runs the real save and rolls
// it back), debounced while figures change, and once more when the clerk taps save, so warnings and
// refusals show before anything is queued. Offline there is no check: the record is queued and the
// server's answer comes back onto the form when it is sent.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';

export interface Finding { code: string; field: string; vi: string; en: string }
export interface CheckResult { ok: boolean; warnings: Finding[]; refusals: Finding[]; error: string | null }

const DEBOUNCE_MS = 700;

async function check(path: string, body: unknown): Promise<CheckResult | null> {
  if (!navigator.onLine) return null;
  try {
    return await api.post<CheckResult>(path, body);
  } catch {
    return null; // no answer (network, server busy): saving queues the record as usual
  }
}

/** `body` is null while nothing worth checking is typed (or nothing changed in a saved part). */
export function useWorkdayCheck<T>(path: string, body: T | null) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const latest = useRef(0);
  const signature = body ? JSON.stringify([path, body]) : null;
  useEffect(() => {
    const run = ++latest.current;
    if (!signature) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      const [to, sent] = JSON.parse(signature) as [string, T];
      void check(to, sent).then((r) => {
        if (run === latest.current && r) setResult(r);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [signature]);

  /** Checks now (the save tap); the answer replaces the debounced one. */
  const checkNow = useCallback(async (now: T) => {
    const run = ++latest.current;
    const r = await check(path, now);
    if (run === latest.current && r) setResult(r);
    return r;
  }, [path]);
  return { result, checkNow };
}
