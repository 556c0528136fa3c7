// The outbox: writes made on the phone wait here until the server has accepted them. They leave
// in the order they were made, when the link comes back (the `online` event), when the app opens,
// after each new write, and on a back-off timer. Each keeps the Idempotency-Key (and a new record
// its client id) it got when the user first tapped save, so no retry can make a second record. A
// refusal (a 4xx other than 408/429) is kept with the server's reason, to be corrected and sent
// again or discarded on purpose; only "no answer" and "try again later" answers are retried.
import { ApiError, mayRetry, newIdempotencyKey } from '../../lib/api';
import { fieldDb, type OutboxItem, type Refusal } from './db';
import { sendItem } from './send';

export type NewItem = Pick<OutboxItem, 'kind' | 'method' | 'path' | 'body' | 'version' | 'label'>
  & Partial<Pick<OutboxItem, 'id' | 'key' | 'parentId' | 'photoId' | 'draftKey' | 'href' | 'resource'>>;

/** A listener returns true when it told the user itself (the form that made the item is open). */
type AcceptedListener = (item: OutboxItem, answer: unknown) => boolean | void;

let userId: number | null = null;
const acceptedListeners = new Set<AcceptedListener>();
const unheardListeners = new Set<(item: OutboxItem, answer: unknown) => void>();

/** The signed-in user: only their own items are sent (another user may share the phone). */
export function setOutboxUser(id: number | null): void {
  userId = id;
  if (id !== null) void flushOutbox();
}

/** Called with each item the server accepts and its answer (the form waiting for it moves on). */
export function onAccepted(listener: AcceptedListener): () => void {
  acceptedListeners.add(listener);
  return () => acceptedListeners.delete(listener);
}

/** Called with each accepted item no open form told the user about (the header's notice). */
export function onAcceptedUnheard(listener: (item: OutboxItem, answer: unknown) => void): () => void {
  unheardListeners.add(listener);
  return () => unheardListeners.delete(listener);
}

/**
 * Puts writes in the queue (in this order, in one transaction) and starts sending. The photos they
 * carry leave their draft: they now belong to the queued write.
 */
export async function enqueue(items: NewItem[], forUser: number | null = userId): Promise<OutboxItem[]> {
  // The header's badge names the user as the app opens; a form that saves first names them itself.
  const owner = userId ?? forUser;
  if (owner === null) throw new Error('no signed-in user');
  const now = Date.now();
  const rows: OutboxItem[] = items.map((i) => ({
    id: i.id ?? newIdempotencyKey(), key: i.key ?? newIdempotencyKey(), parentId: i.parentId ?? null, photoId: i.photoId ?? null, resource: i.resource ?? null,
    draftKey: i.draftKey ?? null, href: i.href ?? null, kind: i.kind, method: i.method, path: i.path, body: i.body, version: i.version,
    label: i.label, state: 'waiting', refusal: null, attempts: 0, nextAt: 0, createdAt: now, userId: owner,
  }));
  await fieldDb.transaction('rw', fieldDb.outbox, fieldDb.photos, async () => {
    await fieldDb.outbox.bulkAdd(rows);
    for (const r of rows) if (r.photoId !== null) await fieldDb.photos.update(r.photoId, { draftKey: null });
  });
  void flushOutbox();
  return rows;
}

/** Back-off after the n-th failed attempt: 2 s, 4 s, 8 s … at most 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

function refusalOf(e: unknown): Refusal {
  if (e instanceof ApiError) {
    return {
      status: e.status, code: e.code, vi: e.messageVi, en: e.messageEn,
      fields: e.fields.map((f) => ({ field: f.field, code: f.code, vi: f.vi, en: f.en })),
    };
  }
  return { status: 0, code: 'UNKNOWN', vi: '', en: String(e), fields: [] };
}

/** What the server's acceptance of an item means on the phone. */
async function accepted(item: OutboxItem, answer: unknown): Promise<void> {
  await fieldDb.transaction('rw', fieldDb.outbox, fieldDb.drafts, fieldDb.photos, async () => {
    await fieldDb.outbox.where('id').equals(item.id).delete();
    // What waited for this item may leave now; a photo of a new record learns where to go.
    const recordId = item.kind === 'workday.create' ? (answer as { id: number }).id : null;
    await fieldDb.outbox.where('parentId').equals(item.id).modify((c) => {
      c.parentId = null;
      if (recordId !== null && c.kind === 'workday.photo') c.path = `/workdays/${recordId}/photos`;
    });
    // Later writes to the same record were read at the version this one replaced.
    const version = (answer as { version?: unknown } | null)?.version;
    if (item.resource && typeof version === 'number') {
      await fieldDb.outbox.filter((o) => o.resource === item.resource && o.version !== null).modify({ version });
    }
    if (item.photoId !== null) await fieldDb.photos.delete(item.photoId);
    if (item.draftKey) await fieldDb.drafts.delete(item.draftKey);
  });
  let heard = false;
  for (const l of acceptedListeners) heard = l(item, answer) === true || heard;
  if (!heard) for (const l of unheardListeners) l(item, answer);
}

let timer: ReturnType<typeof setTimeout> | null = null;
let running: Promise<void> | null = null;
let again = false;

function wakeAt(at: number) {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => void flushOutbox(), Math.max(0, at - Date.now()));
}

async function flushOnce(): Promise<void> {
  if (userId === null || !navigator.onLine) return;
  const items = await fieldDb.outbox.where('userId').equals(userId).sortBy('seq');
  const queued = new Set(items.map((i) => i.id));
  for (const item of items) {
    if (item.state !== 'waiting') continue;
    if (item.parentId && queued.has(item.parentId)) continue; // its record is not accepted yet
    if (!item.path) continue;
    if (item.nextAt > Date.now()) {
      wakeAt(item.nextAt); // later items wait behind it, so they leave in order
      return;
    }
    try {
      const answer = await sendItem(item);
      queued.delete(item.id);
      await accepted(item, answer);
    } catch (e) {
      if (e instanceof ApiError && (mayRetry(e) || e.status === 401 || e.code === 'CSRF_INVALID')) {
        // No answer, "later", or the session must be renewed: the item waits, and so do those behind it.
        const attempts = item.attempts + 1;
        const nextAt = Date.now() + backoffMs(attempts);
        await fieldDb.outbox.update(item.seq!, { attempts, nextAt });
        wakeAt(nextAt);
        return;
      }
      await fieldDb.outbox.update(item.seq!, { state: 'refused', refusal: refusalOf(e), attempts: item.attempts + 1 });
    }
  }
}

/** Sends what is waiting; one run at a time (a call during a run makes it run once more). */
export function flushOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  const run = async () => {
    do {
      again = false;
      // One tab sends at a time: two tabs would send the same items (harmless with their keys, but wasteful).
      if (navigator.locks) await navigator.locks.request('ntm-hub-outbox', flushOnce);
      else await flushOnce();
    } while (again);
  };
  running = run().finally(() => {
    running = null;
  });
  return running;
}

/** "Send now": forget the back-off of every waiting item and send. */
export async function sendNow(): Promise<void> {
  if (userId === null) return;
  await fieldDb.outbox.where('userId').equals(userId).modify((i) => {
    if (i.state === 'waiting') i.nextAt = 0;
  });
  await flushOutbox();
}

/**
 * A refused item, corrected (or not): it goes back in the queue with its key and client id. Its
 * refusal wrote nothing on the server, so the corrected body runs as new under the same key.
 */
export async function resend(itemId: string, changes: Partial<Pick<OutboxItem, 'body' | 'version'>> = {}): Promise<void> {
  await fieldDb.outbox.where('id').equals(itemId).modify({ ...changes, state: 'waiting', refusal: null, nextAt: 0 });
  await flushOutbox();
}

/**
 * Takes the refused items of a draft out of the queue, keeping the draft: the user corrected the
 * form and saves again, which is a new action (a refusal wrote nothing on the server).
 */
export async function withdrawRefused(draftKey: string): Promise<void> {
  await fieldDb.transaction('rw', fieldDb.outbox, async () => {
    const items = await fieldDb.outbox.where('draftKey').equals(draftKey).toArray();
    for (const i of items) if (i.state === 'refused') await fieldDb.outbox.where('parentId').equals(i.id).delete();
    await fieldDb.outbox.where('draftKey').equals(draftKey).delete();
  });
}

/** Removes an item on purpose, with the photos that waited for it and the draft it came from. */
export async function discard(itemId: string): Promise<void> {
  await fieldDb.transaction('rw', fieldDb.outbox, fieldDb.photos, fieldDb.drafts, async () => {
    const children = await fieldDb.outbox.where('parentId').equals(itemId).toArray();
    const doomed = [...children, ...(await fieldDb.outbox.where('id').equals(itemId).toArray())];
    for (const i of doomed) {
      if (i.photoId !== null) await fieldDb.photos.delete(i.photoId);
      if (i.draftKey) await fieldDb.drafts.delete(i.draftKey);
      await fieldDb.outbox.delete(i.seq!);
    }
  });
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void sendNow());
}
