// Upload progress of the photos being sent (0–1), kept in memory only: it means something only
// while this page is sending. Read from React with useUploadProgress.
import { useSyncExternalStore } from 'react';

const progress = new Map<string, number>();
const listeners = new Set<() => void>();
let snapshot: ReadonlyMap<string, number> = new Map();

export function setProgress(itemId: string, fraction: number | null): void {
  if (fraction === null) progress.delete(itemId);
  else progress.set(itemId, fraction);
  snapshot = new Map(progress);
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useUploadProgress(): ReadonlyMap<string, number> {
  return useSyncExternalStore(subscribe, () => snapshot);
}
