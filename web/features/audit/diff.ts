// Compares an audit entry's before and after: one row per top-level field, marked when it changed.
export interface DiffRow { field: string; before: unknown; after: unknown; changed: boolean; inBefore: boolean; inAfter: boolean }

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Stable text for comparing and showing values (key order does not matter). */
export function stableJson(v: unknown): string {
  if (v === undefined) return '';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const r = v as Record<string, unknown>;
  return `{${Object.keys(r).sort().map((k) => `${JSON.stringify(k)}:${stableJson(r[k])}`).join(',')}}`;
}

/**
 * @example diffEntries({ a: 1, b: 2 }, { a: 1, b: 3 })
 *   // [{ field: 'a', changed: false, … }, { field: 'b', changed: true, … }]
 */
export function diffEntries(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return [{ field: '', before, after, changed: stableJson(before) !== stableJson(after), inBefore: before != null, inAfter: after != null }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((field) => {
    const inBefore = !!b && field in b;
    const inAfter = !!a && field in a;
    const bv = b?.[field];
    const av = a?.[field];
    // A record created or deleted: every field counts as changed.
    const changed = !b || !a || stableJson(bv) !== stableJson(av);
    return { field, before: bv, after: av, changed, inBefore, inAfter };
  });
}
