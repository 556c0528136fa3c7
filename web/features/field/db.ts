// What the phone keeps for field work, in IndexedDB (through Dexie), so that it outlives a reload,
// closing the browser and a phone restart: the outbox of writes not yet accepted by the server,
// the drafts of forms being typed, the photos taken for a draft or a queued record, and who signed in.
import Dexie, { type EntityTable } from 'dexie';

/** A reason the server gave for refusing a queued write, in both languages, as the API answers it. */
export interface Refusal {
  status: number; code: string; vi: string; en: string;
  fields: Array<{ field: string; code: string; vi: string; en: string }>;
}

/** What a queued write is, for its label and for what happens once it is accepted. */
export type OutboxKind = 'workday.create' | 'workday.group' | 'workday.commune' | 'workday.photo'
  | 'workday.cancel' | 'registration.save' | 'registration.decide' | 'report.save' | 'report.submit' | 'report.review' | 'write';

export interface OutboxItem {
  /** Order of sending: writes leave in the order the user made them. */
  seq?: number;
  /** The item's own id (a UUID), also what a photo names as the record it waits for. */
  id: string;
  kind: OutboxKind;
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The API path; for a photo of a record not yet sent, filled in when that record is accepted. */
  path: string | null;
  body: unknown;
  /** The record's version as it was read, sent as If-Match. */
  version: number | null;
  /**
   * The record it writes ("workday:12"): when an earlier item on the same record is accepted, the
   * later ones take the version the server answered, so two corrections queued offline both land.
   */
  resource?: string | null;
  /** Made when the user first tapped save and sent with every attempt. */
  key: string;
  /** What the list shows: a line in each language. */
  label: { vi: string; en: string };
  /** A photo waits for this item (its record) to be accepted. */
  parentId: string | null;
  /** The photo to upload (photos table). */
  photoId: number | null;
  /** The draft the write came from: removed once the write is accepted. */
  draftKey: string | null;
  /** Where to open the item to correct it. */
  href: string | null;
  state: 'waiting' | 'refused';
  refusal: Refusal | null;
  attempts: number;
  /** Not before this time (ms): the back-off after a failed attempt. */
  nextAt: number;
  createdAt: number;
  /** The signed-in user who made it: another user on the same phone does not send it. */
  userId: number;
}

export interface Draft {
  key: string;
  value: unknown;
  updatedAt: number;
  userId: number;
}

export interface StoredPhoto {
  id?: number;
  /** The draft it belongs to until the record is queued. */
  draftKey: string | null;
  phase: 'before' | 'after';
  /** The resized photo that will be sent. */
  blob: Blob;
  name: string;
  originalBytes: number;
  /** Read from the original's EXIF before resizing (the resized copy has none), or from the phone. */
  takenAt: string | null;
  lat: number | null;
  lng: number | null;
  accuracy: number | null;
  createdAt: number;
}

/**
 * The last signed-in session, as /auth/me answered it (web/features/offline/kept-session.ts): one
 * row, so the app opens offline even when the service worker never kept that answer.
 */
export interface KeptSession {
  key: 'me';
  me: unknown;
  keptAt: number;
}

export const fieldDb = new Dexie('ntm-hub-field') as Dexie & {
  outbox: EntityTable<OutboxItem, 'seq'>;
  drafts: EntityTable<Draft, 'key'>;
  photos: EntityTable<StoredPhoto, 'id'>;
  session: EntityTable<KeptSession, 'key'>;
};

fieldDb.version(1).stores({
  outbox: '++seq, &id, state, parentId, draftKey, userId',
  drafts: '&key, userId',
  photos: '++id, draftKey',
});
fieldDb.version(2).stores({ session: '&key' });
