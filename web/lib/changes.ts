// Edits send only what the user changed: an untouched form saves nothing (no new version, no
// empty audit entry), and a field someone else changed meanwhile is not overwritten by accident.

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The entries of `next` that differ from `current` (arrays compared in order).
 * @example changedFields({ a: 1, b: 2 }, { a: 1, b: 3 }) // { b: 3 }
 */
export function changedFields<T extends object>(current: Partial<Record<keyof T, unknown>>, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) {
    if (!same(current[key], next[key])) out[key] = next[key];
  }
  return out;
}

export const isEmpty = (o: object): boolean => Object.keys(o).length === 0;
