// CSRF protection for cookie-authenticated writes: the session's token must come back in the
// X-CSRF-Token header, which a page on another site cannot read or set. Requests without a session
// (sign-in) must come from this site when the browser says where they come from.
import type { MiddlewareHandler } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { AppEnv } from './context.js';
import { AppError } from './errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const session = c.var.session;
  if (session) {
    const sent = c.req.header('x-csrf-token') ?? '';
    if (!sameToken(sent, session.csrfToken)) throw new AppError('CSRF_INVALID');
  } else {
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      // Behind a reverse proxy the Host header is often the proxy's upstream address: the host the
      // browser used comes in X-Forwarded-Host (trusted only with TRUST_PROXY=true, like X-Forwarded-For).
      const forwarded = process.env.TRUST_PROXY === 'true' ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
      const host = forwarded || c.req.header('host');
      let originHost: string | null = null;
      try { originHost = new URL(origin).host; } catch { /* not a URL: refused below */ }
      if (!host || originHost !== host) throw new AppError('CSRF_INVALID');
    }
  }
  return next();
};
