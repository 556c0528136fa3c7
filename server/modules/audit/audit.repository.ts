// All SQL of the audit log. Entries are only ever inserted, in the caller's transaction.
import { sql } from 'kysely';
import { renderAuditText, type AuditText } from '../../../domain/audit-text.js';
import type { RequestContext } from '../../http/context.js';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** A name or a date, the same in both languages, or a sentence from domain/audit-text.ts. */
  summary?: string | AuditText | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await ctx.db.insertInto('audit_log').values({
    user_id: ctx.actor?.userId ?? null,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    summary: typeof entry.summary === 'object' && entry.summary ? renderAuditText(entry.summary, 'vi') : entry.summary ?? null,
    summary_code: typeof entry.summary === 'object' && entry.summary ? entry.summary.code : null,
    summary_params: typeof entry.summary === 'object' && entry.summary ? JSON.stringify(entry.summary.params) : null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    ip: ctx.ip,
  }).execute();
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  userId?: number;
  action?: string;
  from?: string;
  to?: string;
  cursor?: number;
  limit: number;
}

export async function listAudit(ctx: RequestContext, f: AuditFilter) {
  let q = ctx.db.selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.entity', 'audit_log.entity_id',
      'audit_log.summary', 'audit_log.summary_code', 'audit_log.summary_params', 'audit_log.before', 'audit_log.after', 'audit_log.ip', 'audit_log.user_id',
      'users.username', 'users.display_name']);
  if (f.entity) q = q.where('audit_log.entity', '=', f.entity);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.userId) q = q.where('audit_log.user_id', '=', f.userId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  // Dates are Vietnamese calendar days: a day runs from 00:00 to 24:00 at UTC+7.
  if (f.from) q = q.where('audit_log.at', '>=', sql<Date>`(${f.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (f.to) q = q.where('audit_log.at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (f.cursor) q = q.where('audit_log.id', '<', f.cursor);
  return q.orderBy('audit_log.id', 'desc').limit(f.limit + 1).execute();
}
