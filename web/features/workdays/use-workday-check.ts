// The plausibility check of a new record as it is typed (POST /workdays/check runs the real save
// and rolls it back): debounced while figures change, and once more when the clerk taps save, so
// warnings and refusals show before anything is queued. Offline there is no check: the record is
// queued and the server's answer comes back onto the form when it is sent.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api';
import type { WorkdayCreateInput } from './api';

export interface Finding { code: string; field: string; vi: string; en: string }
export interface CheckResult { ok: boolean; warnings: Finding[]; refusals: Finding[]; error: string | null }

const DEBOUNCE_MS = 700;

async function check(body: WorkdayCreateInput): Promise<CheckResult | null> {
  if (!navigator.onLine) return null;
  try {
    return await api.post<CheckResult>('/workdays/check', body);
  } catch {
    return null; // no answer (network, server busy): saving queues the record as usual
  }
}

/** `body` is null while nothing worth checking is typed. */
export function useWorkdayCheck(body: WorkdayCreateInput | null) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const latest = useRef(0);
  const signature = body ? JSON.stringify(body) : null;
  useEffect(() => {
    const run = ++latest.current;
    if (!signature) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      void check(JSON.parse(signature) as WorkdayCreateInput).then((r) => {
        if (run === latest.current && r) setResult(r);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [signature]);

  /** Checks now (the save tap); the answer replaces the debounced one. */
  const checkNow = useCallback(async (now: WorkdayCreateInput) => {
    const run = ++latest.current;
    const r = await check(now);
    if (run === latest.current && r) setResult(r);
    return r;
  }, []);
  return { result, checkNow };
}
