// GET /audit-log: the admin and coordinator browse and filter every change.
import { createRoute, z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { authorise, createRouter, ctxOf, errorResponses, jsonContent } from '../../http/router.js';
import { listAudit } from './audit.repository.js';

const IsoDate = z.string().refine(isIsoDate, 'YYYY-MM-DD');

const AuditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().max(50).optional(),
  from: IsoDate.optional().openapi({ description: 'First day (Asia/Ho_Chi_Minh), YYYY-MM-DD' }),
  to: IsoDate.optional().openapi({ description: 'Last day, included' }),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const AuditItem = z.object({
  id: z.number(), at: z.string(), action: z.string(), entity: z.string(), entityId: z.string().nullable(),
  summary: z.string().nullable().openapi({ description: 'The summary in Vietnamese (names and dates are the same in both languages)' }),
  summaryText: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }).nullable()
    .openapi({ description: "The summary's sentence code and parameters, rendered in the reader's language by domain/audit-text.ts" }),
  before: z.unknown(), after: z.unknown(), ip: z.string().nullable(),
  user: z.object({ id: z.number(), username: z.string().nullable(), displayName: z.string().nullable() }).nullable(),
}).openapi('AuditEntry');

export const auditRouter = createRouter().openapi(
  createRoute({
    method: 'get', path: '/audit-log', tags: ['audit'], summary: 'Browse the audit log, newest first',
    request: { query: AuditQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(AuditItem), nextCursor: z.number().nullable() })), ...errorResponses },
  }),
  async (c) => {
    authorise(c, 'audit.read');
    const f = c.req.valid('query');
    const rows = await listAudit(ctxOf(c), f);
    const page = rows.slice(0, f.limit);
    return c.json({
      items: page.map((r) => ({
        id: r.id, at: new Date(r.at).toISOString(), action: r.action, entity: r.entity, entityId: r.entity_id,
        summary: r.summary, summaryText: r.summary_code ? { code: r.summary_code, params: (r.summary_params ?? {}) as Record<string, string | number | null> } : null,
        before: r.before, after: r.after, ip: r.ip,
        user: r.user_id ? { id: r.user_id, username: r.username, displayName: r.display_name } : null,
      })),
      nextCursor: rows.length > f.limit ? page[page.length - 1].id : null,
    }, 200);
  },
);
