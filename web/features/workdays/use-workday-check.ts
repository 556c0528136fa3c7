// The plausibility check of a record as it is typed (POST /workdays/check for a new record,
// /workdays/{id}/commune/check and /group/check for a correction: each runs the real save and rolls
// it back), debounced while figures change, and once more when the clerk taps save, so warnings and
// refusals show before anything is queued. Offline there is no check: the record is queued and the
// server's answer comes back onto the form when it is sent.
import { useCallback, useEffect, useRef, useState } from 'react';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export type CheckResult = Schema<'WorkdayCheck'>;
export type Finding = CheckResult['refusals'][number];

/** What is checked: a new record, or the group's or the commune's part of a saved one (its id). */
interface Bodies {
  new: BodyOf<'/workdays/check', 'post'>;
  group: BodyOf<'/workdays/{id}/group/check', 'post'>;
  commune: BodyOf<'/workdays/{id}/commune/check', 'post'>;
}
type Part = keyof Bodies;
const SEND: { [K in Part]: (workdayId: number, body: Bodies[K]) => Promise<CheckResult> } = {
  new: (_id, body) => typedApi.post('/workdays/check', body),
  group: (id, body) => typedApi.post('/workdays/{id}/group/check', body, { path: { id } }),
  commune: (id, body) => typedApi.post('/workdays/{id}/commune/check', body, { path: { id } }),
};

const DEBOUNCE_MS = 700;

async function check<K extends Part>(part: K, workdayId: number, body: Bodies[K]): Promise<CheckResult | null> {
  if (!navigator.onLine) return null;
  try {
    return await SEND[part](workdayId, body);
  } catch {
    return null; // no answer (network, server busy): saving queues the record as usual
  }
}

/** `body` is null while nothing worth checking is typed (or nothing changed in a saved part); `workdayId` is the saved record's (0 for a new one). */
export function useWorkdayCheck<K extends Part>(part: K, workdayId: number, body: Bodies[K] | null) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const latest = useRef(0);
  const signature = body ? JSON.stringify([part, workdayId, body]) : null;
  useEffect(() => {
    const run = ++latest.current;
    if (!signature) {
      setResult(null);
      return;
    }
    const timer = setTimeout(() => {
      const [, id, sent] = JSON.parse(signature) as [K, number, Bodies[K]]; // the body as it was when typed
      void check(part, id, sent).then((r) => {
        if (run === latest.current && r) setResult(r);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [signature, part]);

  /** Checks now (the save tap); the answer replaces the debounced one. */
  const checkNow = useCallback(async (now: Bodies[K]) => {
    const run = ++latest.current;
    const r = await check(part, workdayId, now);
    if (run === latest.current && r) setResult(r);
    return r;
  }, [part, workdayId]);
  return { result, checkNow };
}
