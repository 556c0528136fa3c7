// Every write request runs in one transaction: the change, its audit entry and the stored
// Idempotency-Key answer commit together or not at all. A 4xx/5xx answer rolls everything back,
// and the files the request wrote to the store are removed with it.
import type { MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import { RequestFileStore } from '../files/request-store.js';
import type { AppEnv } from './context.js';
import { AppError } from './errors.js';
import { bumpDataVersion } from './read-cache.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Paths that manage their own transactions (sign-in must record failures that the answer rolls back). */
const OWN_TRANSACTION = new Set(['/api/v1/auth/login']);
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/;

class Rollback extends Error {}

export const transactionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!WRITES.has(c.req.method) || OWN_TRANSACTION.has(c.req.path)) return next();
  const root = c.var.deps.dbh.db;
  const key = c.req.header('idempotency-key');
  const actor = c.var.actor;
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw new AppError('VALIDATION', [{ field: 'Idempotency-Key', code: 'invalid_format',
      vi: 'Mã yêu cầu gồm 8–128 ký tự chữ, số, _ . : -', en: '8–128 letters, digits, _ . : -' }]);
  }
  const bodyHash = key && actor ? createHash('sha256').update(new Uint8Array(await c.req.arrayBuffer())).digest('hex') : '';

  let replay: Response | null = null;
  const deps = c.var.deps;
  const files = new RequestFileStore(deps.files);
  c.set('deps', { ...deps, files });
  try {
    await root.transaction().execute(async (trx) => {
      if (key && actor) {
        const claimed = await trx.insertInto('idempotency_keys')
          .values({ user_id: actor.userId, key, method: c.req.method, path: c.req.path, body_hash: bodyHash, status: 0, response: '' })
          .onConflict((oc) => oc.doNothing())
          .returning('key')
          .executeTakeFirst();
        if (!claimed) {
          const prior = await trx.selectFrom('idempotency_keys').selectAll()
            .where('user_id', '=', actor.userId).where('key', '=', key).executeTakeFirstOrThrow();
          if (prior.body_hash !== bodyHash || prior.method !== c.req.method || prior.path !== c.req.path) {
            throw new AppError('IDEMPOTENCY_MISMATCH');
          }
          if (prior.status === 0) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
          replay = new Response(prior.response, {
            status: prior.status,
            headers: { 'content-type': 'application/json; charset=UTF-8', 'idempotency-replayed': 'true' },
          });
          return;
        }
      }
      c.set('db', trx);
      await next();
      if (c.error || c.res.status >= 400) throw new Rollback();
      if (key && actor) {
        const text = await c.res.clone().text();
        await trx.updateTable('idempotency_keys').set({ status: c.res.status, response: text })
          .where('user_id', '=', actor.userId).where('key', '=', key).execute();
      }
      // Read models' ETags change with this number (server/http/read-cache.ts). Last before the
      // commit, so the row lock that orders concurrent writes is held only briefly.
      await bumpDataVersion(trx);
    });
  } catch (e) {
    await files.discard();
    if (!(e instanceof Rollback)) throw e;
  } finally {
    c.set('db', root);
    c.set('deps', deps);
  }
  if (replay) c.res = replay;
};
