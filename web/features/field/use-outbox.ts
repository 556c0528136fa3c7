// The outbox as React reads it: live from IndexedDB, so the badge and the lists change the moment
// an item is queued, sent or refused, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { fieldDb, type OutboxItem } from './db';

/** The address mark that opens the waiting list (the header's drawer) from a link. */
export const OUTBOX_HASH = '#outbox';

/** The signed-in user's queued items, in sending order. */
export function useOutboxItems(userId: number): OutboxItem[] {
  return useLiveQuery(() => fieldDb.outbox.where('userId').equals(userId).sortBy('seq'), [userId], []);
}

/** The queued write made from a draft, if any (undefined while reading). */
export function useItemOfDraft(draftKey: string | null): OutboxItem | null | undefined {
  return useLiveQuery(async () => (draftKey ? (await fieldDb.outbox.where('draftKey').equals(draftKey).first()) ?? null : null), [draftKey]);
}

/** The photos waiting to go to a saved record (the path names it) or to a queued one (parentId). */
export function useQueuedPhotos(match: { path?: string; parentId?: string | null }): OutboxItem[] {
  return useLiveQuery(async () => {
    if (match.parentId) return fieldDb.outbox.where('parentId').equals(match.parentId).sortBy('seq');
    if (match.path) return (await fieldDb.outbox.where('state').anyOf('waiting', 'refused').sortBy('seq')).filter((i) => i.path === match.path);
    return [];
  }, [match.path, match.parentId], []);
}
