// The one path from the web app to the API: JSON in and out, the CSRF token on every write, a fresh
// Idempotency-Key on every POST, If-Match on edits, and errors turned into ApiError (catalogue code +
// field errors in both languages) so pages can show them in the user's language.
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
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (method === 'POST') headers['idempotency-key'] = newIdempotencyKey();
  if (opts.version !== undefined) headers['if-match'] = `W/"${opts.version}"`;

  let res: Response;
  try {
    res = await fetch(url(path, opts.query), { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', [], '', 'Network error');
  }
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
