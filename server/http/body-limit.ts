// Request size limits that answer 413 in the error shape and keep the connection usable. Hono's
// own limiter answers as soon as the declared length is too big, or stops reading a chunked body
// half-way; the unread rest then makes Node close the connection (a client on keep-alive sees it
// dropped instead of a 413). Here an over-long body is read to its end and thrown away, up to a
// ceiling past which the connection is closed on purpose (Connection: close) rather than spend the
// time reading it.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { errorBody } from './errors.js';

/** How much of a refused body is read and discarded so the connection stays usable. */
const DRAIN_MAX = 64 * 1024 * 1024;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, already: number): Promise<boolean> {
  let read = already;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    read += value.length;
    if (read > DRAIN_MAX) { await reader.cancel().catch(() => {}); return false; }
  }
}

export function limitBody(limitOf: (contentType: string) => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const limit = limitOf(c.req.header('content-type') ?? '');
    const declared = c.req.header('content-length');
    const tooLarge = (keepAlive: boolean) => {
      const res = c.json(errorBody('PAYLOAD_TOO_LARGE'), 413);
      if (!keepAlive) res.headers.set('connection', 'close');
      return res;
    };
    if (declared !== undefined && !c.req.header('transfer-encoding')) {
      const length = Number(declared);
      if (length <= limit) return next();
      if (length > DRAIN_MAX) return tooLarge(false);
      return tooLarge(await drain(body.getReader(), 0));
    }
    // Chunked: read up to the limit, keeping what was read for the handlers.
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) return tooLarge(await drain(reader, size));
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };
}
