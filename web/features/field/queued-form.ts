// What every field form shares (the new workday, the corrections of a saved one, the group lead's
// attendance, a registration's answer, the weekly report): its inputs kept on the phone as a draft
// while typed, restored when the form opens again (after a reload, a closed browser, a restart),
// and its save put in the outbox (outbox.ts) with one Idempotency-Key per tap, so it leaves when the
// link allows, once. The form learns from the queue whether its write waits, was refused (the
// server's reason goes onto its inputs) or was accepted (it moves on).
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, newIdempotencyKey } from '../../lib/api';
import { fieldDb, type OutboxItem } from './db';
import { removeDraft, useDraftWriter } from './drafts';
import { discard, enqueue, onAccepted, withdrawRefused, type NewItem } from './outbox';
import { useItemOfDraft } from './use-outbox';

export interface RestoredDraft<T> { value: T; updatedAt: number }

/**
 * The draft stored under `key`, read once when the form opens and again when `epoch` changes (the
 * record's version: once a write is accepted its draft is gone). undefined while reading.
 */
export function useRestoredDraft<T>(key: string | null, epoch: unknown = null) {
  const id = `${key}@${String(epoch)}`;
  const [read, setRead] = useState<{ id: string; draft: RestoredDraft<T> | null } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    if (!key) {
      setRead({ id, draft: null });
      return;
    }
    void fieldDb.drafts.get(key).then((d) => {
      if (live) setRead({ id, draft: d ? { value: d.value as T, updatedAt: d.updatedAt } : null });
    });
    return () => {
      live = false;
    };
  }, [key, id]);
  /** "Bỏ bản nháp": asked (unless the caller asked already), then the form opens again from the server's record. */
  const discardDraft = useCallback(async (confirmText: string) => {
    if (!key || (confirmText && !window.confirm(confirmText))) return;
    // The form goes first (its pending draft write is cancelled as it unmounts), then the draft:
    // removed the other way round, a write due that moment would bring the draft back.
    setRead({ id, draft: null });
    setGeneration((g) => g + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await removeDraft(key);
  }, [key, id]);
  return { draft: read?.id === id ? read.draft : undefined, generation, discardDraft };
}

/**
 * A form's draft writer and queued save. `save(items)` queues the writes (in this order, each
 * waiting for the one before it) under the draft's key, or, when the last ones were refused, takes
 * those out and queues the corrected ones (a refusal wrote nothing, so this is a new action).
 */
export function useQueuedForm<V>(opts: {
  draftKey: string | null; userId: number; value: V;
  /** One of this form's writes was accepted (the form tells the user; the header does not). */
  onAccepted: (item: OutboxItem, answer: unknown) => void;
  onRefused: (e: ApiError) => void;
}) {
  const { draftKey } = opts;
  const writer = useDraftWriter(draftKey, opts.value, opts.userId);
  const item = useItemOfDraft(draftKey);
  const queuing = useRef(false);

  const refusal = item?.state === 'refused' ? item.refusal : null;
  const { onRefused } = opts;
  useEffect(() => {
    if (refusal) onRefused(new ApiError(refusal.status, refusal.code, refusal.fields, refusal.vi, refusal.en));
  }, [refusal, onRefused]);

  const accepted = useRef(opts.onAccepted);
  accepted.current = opts.onAccepted;
  useEffect(() => onAccepted((done, answer) => {
    if (!draftKey || done.draftKey !== draftKey) return false;
    accepted.current(done, answer);
    return true;
  }), [draftKey]);

  const save = useCallback(async (items: NewItem[]) => {
    if (!draftKey || queuing.current || item?.state === 'waiting') return;
    queuing.current = true;
    try {
      await writer.flush(); // a restart right now still finds what was typed
      if (item?.state === 'refused') await withdrawRefused(draftKey);
      let parentId: string | null = null;
      const chained = items.map((i) => {
        const id = newIdempotencyKey();
        const row: NewItem = { ...i, id, draftKey, parentId: i.parentId ?? parentId };
        parentId = id;
        return row;
      });
      await enqueue(chained, opts.userId);
    } finally {
      queuing.current = false;
    }
  }, [draftKey, item, writer, opts.userId]);

  return {
    save, item, savedAt: writer.savedAt, flush: writer.flush, waiting: item?.state === 'waiting',
    discardQueued: () => (item ? discard(item.id) : Promise.resolve()),
  };
}

/** A label in both languages, for the waiting list. */
export function bilingual(label: (lang: 'vi' | 'en') => string): { vi: string; en: string } {
  return { vi: label('vi'), en: label('en') };
}
