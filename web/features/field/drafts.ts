// Drafts: what a form holds, written to the phone as it is typed (debounced), so a reload, closing
// the browser or a phone restart loses nothing. A draft is removed when its record is accepted by
// the server (outbox.ts) or when the user discards it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldDb } from './db';

/** Typing is written at most this often. */
const DEBOUNCE_MS = 400;

export async function readDraft<T>(key: string): Promise<T | null> {
  return ((await fieldDb.drafts.get(key))?.value as T | undefined) ?? null;
}

export async function writeDraft(key: string, value: unknown, userId: number): Promise<void> {
  await fieldDb.drafts.put({ key, value, updatedAt: Date.now(), userId });
}

export async function removeDraft(key: string): Promise<void> {
  await fieldDb.transaction('rw', fieldDb.drafts, fieldDb.photos, async () => {
    await fieldDb.drafts.delete(key);
    await fieldDb.photos.where('draftKey').equals(key).delete();
  });
}

/** The draft stored under `key` (undefined while it is being read, null when there is none). */
export function useStoredDraft<T>(key: string | null): { value: T | null; updatedAt: number } | null | undefined {
  return useLiveQuery(async () => {
    if (!key) return null;
    const d = await fieldDb.drafts.get(key);
    return d ? { value: d.value as T, updatedAt: d.updatedAt } : null;
  }, [key]);
}

/**
 * Writes `value` under `key` a moment after it last changed, from the first change the user makes
 * (the value a form opens with is not a draft). `flush()` writes at once (before leaving the page).
 */
export function useDraftWriter(key: string | null, value: unknown, userId: number) {
  const first = useRef(true);
  const latest = useRef(value);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  latest.current = value;
  // What this writer last put on the phone. A re-render with the same words (a saved answer coming
  // back) must not write them again: once a save is accepted its draft is removed, and a late
  // rewrite of the words just sent would bring it back as a new draft on the saved record.
  const written = useRef<string | null>(null);
  useEffect(() => { written.current = null; }, [key]);
  const write = useCallback(async () => {
    if (!key) return;
    const text = JSON.stringify(latest.current);
    if (text === written.current) return;
    written.current = text;
    await writeDraft(key, latest.current, userId);
    setSavedAt(Date.now());
  }, [key, userId]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!key) return;
    const t = setTimeout(() => void write(), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [key, value, write]);
  // A tab closed or hidden mid-typing still keeps the last words.
  useEffect(() => {
    const hide = () => {
      if (!first.current && document.visibilityState === 'hidden') void write();
    };
    document.addEventListener('visibilitychange', hide);
    return () => document.removeEventListener('visibilitychange', hide);
  }, [write]);
  return { savedAt, flush: write };
}
