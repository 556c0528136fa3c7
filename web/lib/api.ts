// The one path from the web app to the API: JSON in and out, the CSRF token on every write, an
// Idempotency-Key on every write that belongs to the user's action (see idempotencyKeyFor), If-Match
// on edits, and errors turned into ApiError (catalogue code + field errors in both languages) so
// pages can show them in the user's language.
import type { FieldError } from '../../domain/errors';

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fields: FieldError[],
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn || code);
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set from /auth/me or the sign-in answer; sent back as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request answers 401 (the session ended): the app shows the sign-in page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** crypto.randomUUID exists only in secure contexts; a plain-http intranet address still needs keys. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The CSRF token in force (the outbox sends its queued writes with it). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/**
 * Whether a failed write may be sent again as it is: no answer (network, timeout), the server too
 * busy (408, 429) or a gateway or server failure (5xx). The server rolls a failed write back, and
 * the same Idempotency-Key makes a write that did land answer again instead of running twice.
 */
export function mayRetry(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500);
}

// The key of a write belongs to the user's action, not to the call: a double tap or a retry of the
// same action must carry the same key, so the server answers it once. An action that holds its own
// key (a form's save, an outbox item) runs its write inside withActionKey; any other write reuses
// the key of the same write (method, address, body) that is still in flight or whose answer was
// lost, and gets a new one only once that write was answered.
let actionKey: string | null = null;
const unanswered = new Map<string, string>();

/**
 * Runs `write` so that the request it starts (synchronously, as `() => api.post(…)` does) carries
 * `key`. The caller keeps `key` until the action succeeds or is refused.
 */
export function withActionKey<T>(key: string, write: () => Promise<T>): Promise<T> {
  actionKey = key;
  try {
    return write();
  } finally {
    actionKey = null;
  }
}

function idempotencyKeyFor(signature: string | null): string {
  const key = actionKey ?? (signature !== null ? unanswered.get(signature) : undefined) ?? newIdempotencyKey();
  actionKey = null; // one request per action key: a later write of the same action is a write of its own
  if (signature !== null) unanswered.set(signature, key);
  return key;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

interface RequestOptions {
  query?: Query;
  json?: unknown;
  form?: FormData;
  /** The record's version as last read; sent as If-Match so a stale edit answers 412. */
  version?: number;
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.form) {
    body = opts.form; // the browser sets the multipart boundary
  }
  const address = url(path, opts.query);
  const write = method !== 'GET';
  // A multipart body cannot be compared cheaply: an upload is the same write only within its action.
  const signature = write && typeof body !== 'object' ? `${method} ${address} ${opts.version ?? ''} ${body ?? ''}` : null;
  if (write && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (write) headers['idempotency-key'] = idempotencyKeyFor(signature);
  if (opts.version !== undefined) headers['if-match'] = `W/"${opts.version}"`;

  let res: Response;
  try {
    res = await fetch(address, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', [], '', 'Network error');
  }
  // Answered: the next identical write is a new action. Not answered, or "try again": keep the key.
  if (signature !== null && !(res.status === 408 || res.status === 429 || res.status >= 500)) unanswered.delete(signature);
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; messageEn?: string; fields?: FieldError[] } } | null)?.error;
    if (res.status === 401 && !path.startsWith('/auth/')) onUnauthorized?.();
    throw new ApiError(res.status, e?.code ?? (res.status >= 500 ? 'INTERNAL' : 'UNKNOWN'), e?.fields ?? [], e?.message ?? '', e?.messageEn ?? '');
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, json?: unknown, version?: number) => request<T>('POST', path, { json: json ?? {}, version }),
  patch: <T>(path: string, json: unknown, version?: number) => request<T>('PATCH', path, { json, version }),
  put: <T>(path: string, json: unknown, version?: number) => request<T>('PUT', path, { json, version }), // settings with If-Match
  delete: <T>(path: string, query?: Query, version?: number) => request<T>('DELETE', path, { query, version }), // query and If-Match: plans (issue 6)
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, { form }),
};
