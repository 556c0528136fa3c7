// Builds the HTTP application: security headers and size limits, the session, CSRF and the
// per-write transaction, then every module's router under /api/v1, the OpenAPI document, and the
// web app's files with a fallback to index.html for client-side pages (static.ts).
import { OpenAPIHono } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import { can } from '../domain/roles.js';
import { agenciesRouter } from './modules/agencies/index.js';
import { auditRouter } from './modules/audit/index.js';
import { authRouter } from './modules/auth/index.js';
import { campaignsRouter } from './modules/campaigns/index.js';
import { filesRouter, registerFileOwner } from './modules/files/index.js';
import { groupsRouter } from './modules/groups/index.js';
import { unitsRouter } from './modules/units/index.js';
import { usersRouter } from './modules/users/index.js';
import { roadsModuleRouter } from './modules/roads/index.js'; // roads, segments, concrete (issue 3)
import { criteriaRouter } from './modules/criteria/index.js'; // criterion 2 (issue 3)
import { dashboardRouter } from './modules/dashboard/index.js'; // leadership dashboard (issue 9)
import { publicRouter } from './modules/public/index.js'; // public transparency page (issue 9)
import { homeRouter } from './modules/home/index.js'; // role homes (issue 16)
import { issuerRouter } from './modules/issuer/index.js'; // the documents' issuer (issue 16)
import { workdayFileOwner, workdaysRouter } from './modules/workdays/index.js'; // workdays (issue 7)
import { districtReportsRouter, reportsRouter } from './modules/reports/index.js'; // weekly and district reports (issue 7)
import { rankingRouter } from './modules/ranking/index.js'; // emulation ranking (issue 7)
import { fundFileOwner, fundRouter } from './modules/fund/index.js'; // fund (issue 5)
import { directivesRouter, registerDirectiveFileOwners, tasksRouter } from './modules/directives/index.js'; // directives (issue 8)
import { broadcastsRouter, mediaRouter, registerMediaFileOwners } from './modules/media/index.js'; // media (issue 8)
import { plansRouter } from './modules/plans/index.js'; // plans, assignments, registrations (issue 6)
import { seasonRouter } from './modules/season/index.js'; // season plan (issue 17)
import { inspectionFileOwner, materialsRouter } from './modules/materials/index.js'; // materials (issue 4)
import { equipmentRouter } from './modules/equipment/index.js'; // materials (issue 4)
import { guidanceFileOwner, guidanceRouter } from './modules/guidance/index.js'; // materials (issue 4)
import { acceptanceFileOwner, acceptanceRouter } from './modules/acceptance/index.js'; // materials (issue 4)
import { notificationsRouter } from './modules/notifications/index.js'; // notifications (issue 9)
import { peopleFileOwner, peopleRouter } from './modules/people/index.js'; // people's contributions (issue 18)
import { recipientsRouter } from './modules/recipients/index.js'; // directive recipients (issue 18)
import type { AppDeps, AppEnv } from './http/context.js';
import { compressJson } from './http/compression.js';
import { limitBody } from './http/body-limit.js';
import { TAG_DESCRIPTIONS } from './http/contract.js';
import { csrfMiddleware } from './http/csrf.js';
import { errorBody, handleError } from './http/errors.js';
import { sessionMiddleware } from './http/session.js';
import { serveWebApp } from './http/static.js';
import { nfcJsonBody } from './http/unicode.js';
import { transactionMiddleware } from './http/transaction.js';

function clientIp(c: Parameters<typeof getConnInfo>[0], trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  // In-process requests (tests) have no socket; asking getConnInfo would throw, costly on every request.
  if (!(c.env as { incoming?: unknown } | undefined)?.incoming) return 'local';
  return getConnInfo(c).remote.address ?? 'local';
}

/** Which records take attachments, and who may read them; also needed by the CLI's seed-demo (its photos). */
export function registerFileOwners() {
  registerFileOwner('campaign', {
    canRead: async (ctx) => can(ctx.actor, 'campaigns.read'),
    canAttach: async (ctx) => can(ctx.actor, 'campaigns.write'),
    exists: async (ctx, id) => !!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst()),
  });
  registerFileOwner('fund_entry', fundFileOwner); // fund (issue 5): scanned invoices
  registerFileOwner('lot_inspection', inspectionFileOwner); // materials (issue 4): inspection photos
  registerFileOwner('guidance_document', guidanceFileOwner); // materials (issue 4): guidance files
  registerFileOwner('segment_acceptance', acceptanceFileOwner); // materials (issue 4): acceptance photos
  registerDirectiveFileOwners(); // directives (issue 8): 'directive' documents, 'task_instance' evidence
  registerMediaFileOwners(); // media (issue 8): 'media_item'
  registerFileOwner('workday', workdayFileOwner); // workdays (issue 7): photos before and after
  registerFileOwner('people_contribution', peopleFileOwner); // people's contributions (issue 18): signed land donation records
  registerFileOwner('agency', {
    canRead: async (ctx) => can(ctx.actor, 'agencies.read'),
    canAttach: async (ctx, id) => can(ctx.actor, 'agencies.write') || (ctx.actor?.role === 'agency' && ctx.actor.agencyId === id),
    exists: async (ctx, id) => !!(await ctx.db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst()),
  });
}

export function createApp(deps: AppDeps) {
  registerFileOwners();
  const app = new OpenAPIHono<AppEnv>();
  const trustProxy = process.env.TRUST_PROXY === 'true';
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('NOT_FOUND'), 404));

  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets style attributes at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...(process.env.TILE_ORIGIN ? [process.env.TILE_ORIGIN] : [])],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: deps.config.secureCookies ? 'max-age=15552000; includeSubDomains' : false,
    crossOriginEmbedderPolicy: false,
  }));

  app.use('/api/*', compressJson); // outermost: compresses the final answer, after the transaction (compression.ts)
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.set('db', deps.dbh.db);
    c.set('ip', clientIp(c, trustProxy));
    c.header('cache-control', 'no-store');
    await next();
  });
  app.use('/api/*', limitBody((type) => (type.startsWith('multipart/form-data') ? deps.config.maxUploadBytes + 64 * 1024 : deps.config.maxJsonBytes)));
  app.use('/api/*', nfcJsonBody); // one Unicode form for Vietnamese text (unicode.ts)
  app.use('/api/*', sessionMiddleware);
  app.use('/api/*', csrfMiddleware);
  app.use('/api/*', transactionMiddleware);

  app.get('/api/v1/health', async (c) => {
    await deps.dbh.db.selectFrom('settings').select('key').limit(1).execute();
    return c.json({ status: 'ok', database: deps.dbh.kind, time: new Date().toISOString() });
  });

  const api = new OpenAPIHono<AppEnv>();
  for (const router of [authRouter, usersRouter, unitsRouter, agenciesRouter, groupsRouter, campaignsRouter, auditRouter, filesRouter,
    fundRouter, // fund (issue 5)
    directivesRouter, tasksRouter, mediaRouter, // directives and media (issue 8)
    broadcastsRouter, // broadcast on the provincial station (issue 18)
    materialsRouter, equipmentRouter, guidanceRouter, acceptanceRouter, // materials (issue 4)
    notificationsRouter, // notifications (issue 9)
    plansRouter, // plans, assignments, registrations (issue 6)
    roadsModuleRouter, criteriaRouter, // roads, segments, concrete, criterion 2 (issue 3)
    dashboardRouter, publicRouter, // leadership dashboard and public page (issue 9)
    workdaysRouter, reportsRouter, districtReportsRouter, rankingRouter, // workdays, reports, ranking (issue 7)
    homeRouter, issuerRouter, // role homes, the documents' issuer (issue 16)
    seasonRouter, // season plan (issue 17)
    peopleRouter, recipientsRouter, // people's contributions, directive recipients (issue 18)
  ]) {
    api.route('/', router);
  }
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'ntm_session' });
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    // The paths below are relative to the API root; without this, clients would call them on the host root.
    servers: [{ url: '/api/v1' }],
    info: { title: 'ntm-hub API', version: '1', contact: { name: 'Văn phòng điều phối NTM huyện (the district NTM coordination office)' }, description: 'Ngày thứ 7 vì nông thôn mới — API. Errors: { error: { code, message, messageEn, fields } }. Writes need the X-CSRF-Token header from /auth/me; POST accepts Idempotency-Key.' },
    security: [{ session: [] }],
    tags: Object.entries(TAG_DESCRIPTIONS).map(([name, description]) => ({ name, description })),
  });
  app.route('/api/v1', api);
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND'), 404));

  serveWebApp(app, deps.config.webDir);
  return app;
}
