// Shared pieces for module routers: every router validates with zod and turns a failed validation
// into a 400 naming each field; helpers for authorisation, ETags and the use-case context.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ID_MAX } from '../../domain/limits.js';
import { can, type Actor, type Permission } from '../../domain/roles.js';
import type { AppEnv, RequestContext } from './context.js';
import { boundsProblems, IdText } from './bounds.js';
import { withContract } from './contract.js';
import { AppError, zodFields } from './errors.js';

type Hook = Parameters<OpenAPIHono<AppEnv>['openapi']>[2];
type RouteConfig = Parameters<OpenAPIHono<AppEnv>['openapi']>[0];

/** Routes anyone may call: the public page (security: []) and sign-in. */
function isPublicRoute(route: RouteConfig): boolean {
  return (Array.isArray(route.security) && route.security.length === 0) || route.path === '/auth/login';
}

/**
 * The one validation hook: a failed validation is a 400 naming each field, except that a signed-out
 * caller of a protected route learns only that it must sign in (401 before 400); a passed one must
 * still meet the common bounds (bounds.ts).
 */
function validationHook(publicRoute: boolean) {
  return (result: { success: boolean; target: string; data?: unknown; error?: z.ZodError }, c: Context<AppEnv>) => {
    const prefix = result.target === 'query' ? 'query.' : result.target === 'param' ? 'path.' : '';
    if (!publicRoute && !c.var.actor) throw new AppError('UNAUTHENTICATED');
    if (!result.success) throw new AppError('VALIDATION', zodFields(result.error!, prefix));
    const problems = boundsProblems(result.data, prefix);
    if (problems.length) throw new AppError('VALIDATION', problems);
  };
}

export function createRouter(): OpenAPIHono<AppEnv> {
  const router = new OpenAPIHono<AppEnv>({ defaultHook: validationHook(false) as Hook });
  const register = router.openapi.bind(router);
  // Every route passes through here: it gets its contract pieces (contract.ts) and the hook that
  // knows whether it is public.
  router.openapi = ((route: RouteConfig, handler: never, hook?: Hook) =>
    register(withContract(route), handler, hook ?? (validationHook(isPublicRoute(route)) as Hook))) as typeof router.openapi;
  return router;
}

/** The signed-in actor, or 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/** The signed-in actor holding `permission`: 401 when signed out, 403 when the role lacks it. */
export function authorise(c: Context<AppEnv>, permission: Permission): Actor {
  const actor = requireActor(c);
  if (!can(actor, permission)) throw new AppError('FORBIDDEN');
  return actor;
}

export function ctxOf(c: Context<AppEnv>): RequestContext {
  return { db: c.var.db, actor: c.var.actor, ip: c.var.ip };
}

/** The version the client last saw, from If-Match (W/"3" or "3"); undefined when not sent or "*". */
export function ifMatchVersion(c: Context<AppEnv>): number | undefined {
  const raw = c.req.header('if-match')?.trim();
  if (!raw) return undefined;
  // "*" holds whenever the record exists (RFC 9110 §13.1.1): no version to compare.
  if (raw === '*') return undefined;
  // One of our tags, W/"7" or "7"; anything else cannot match the current version.
  const m = /^(?:W\/)?"(\d+)"$/.exec(raw);
  if (!m) throw new AppError('STALE_VERSION');
  return Number(m[1]);
}

export function setEtag(c: Context<AppEnv>, version: number): void {
  c.header('ETag', `W/"${version}"`);
}

const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'VALIDATION' }),
    message: z.string().openapi({ description: 'Vietnamese message' }),
    messageEn: z.string().openapi({ description: 'English message' }),
    fields: z.array(z.object({ field: z.string(), code: z.string(), vi: z.string(), en: z.string() })),
  }),
}).openapi('Error');

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/** The error answers every protected endpoint may give. */
export const errorResponses = {
  400: errorResponse('Invalid input: fields name each problem'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found or not visible to this user'),
  409: errorResponse('Conflict'),
} as const;

export function jsonContent<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

export const IdParam = z.object({ id: IdText.openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });

export const ListQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Search text, case- and accent-insensitive ("tan nam" finds "Tân Nam")' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.coerce.number().int().min(0).max(ID_MAX).optional().openapi({ description: 'The nextCursor of the previous page' }),
});

export const OkSchema = z.object({ ok: z.literal(true) });
