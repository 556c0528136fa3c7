// The last signed-in session on the phone (IndexedDB, beside the drafts): the /auth/me answer as
// the server gave it (user, role, unit or agency, permissions, led groups, the session's CSRF
// token — the same answer the service worker's cache may hold; no password, and the session cookie
// stays the browser's). web/app/auth.tsx keeps it on every answer, reads it when /auth/me cannot be
// asked (no signal, and the service worker never kept that answer: a first visit closed early, a
// cleared cache), and forgets it on sign-out or when the server says the session is over.
// Loaded on demand: the first screen does not wait for IndexedDB's library.
import type { Me } from '../../lib/types';
import { fieldDb } from '../field/db';

export async function keepSession(me: Me): Promise<void> {
  await fieldDb.session.put({ key: 'me', me, keptAt: Date.now() });
}

/** The kept session, or null when none is kept (never signed in here, or signed out since). */
export async function readSession(): Promise<Me | null> {
  return ((await fieldDb.session.get('me'))?.me as Me | undefined) ?? null;
}

export async function forgetSession(): Promise<void> {
  await fieldDb.session.clear();
}
