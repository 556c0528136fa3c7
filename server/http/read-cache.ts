// Validators for read models (issue 19): an ETag made of the data version (one number every write
// request bumps in its own transaction, migration 202612081900) and whatever else the answer
// depends on (the path and query, the reader, the business date), so a repeat load answers 304
// after one small query instead of recomputing the page. The version is read before any data: a
// write that commits in between makes the next request's tag differ, never a stale 304.
import type { Context } from 'hono';
import { bumpDataVersion, dataVersion, jumpDataVersion } from '../db/data-version.js';
import type { AppEnv } from './context.js';

export { bumpDataVersion, dataVersion, jumpDataVersion };

export interface ReadCacheOptions {
  /** Besides the data version: what else the answer depends on (the business date, the campaign…). */
  parts?: ReadonlyArray<string | number | null | undefined>;
  /** public: anyone may keep it for `maxAge` seconds; private (default): only the reader's browser, revalidated each time. */
  scope?: 'public' | 'private';
  maxAge?: number;
}

/**
 * Sets ETag and Cache-Control for a read model and answers whether the client's copy is current
 * (then the handler returns `c.body(null, 304)` without computing anything).
 * The reader is part of the tag for private answers, since they carry the reader's `actions`.
 */
export async function isNotModified(c: Context<AppEnv>, o: ReadCacheOptions = {}): Promise<boolean> {
  const version = await dataVersion(c.var.db);
  const scope = o.scope ?? 'private';
  const actor = c.var.actor;
  const who = scope === 'private' && actor ? `${actor.userId}.${actor.role}` : '-';
  const url = new URL(c.req.url);
  const key = [version, who, url.pathname + url.search, ...(o.parts ?? [])].map((p) => String(p ?? '')).join('|');
  const tag = `"${Buffer.from(key).toString('base64url')}"`;
  c.header('ETag', tag);
  c.header('Cache-Control', scope === 'public' ? `public, max-age=${o.maxAge ?? 60}` : 'private, no-cache');
  // Compared weakly: the answer leaves compressed with W/ on its tag (server/http/compression.ts).
  const known = (c.req.header('if-none-match') ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  return known.includes(tag) || known.includes('*');
}
