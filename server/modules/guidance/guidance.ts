// The infrastructure department's technical guidance documents: each document (doc_key) has
// versions with an effective date; the files are attached to a version through the files module.
// Versions are never changed: a correction is a new version.
import { sql, type Kysely } from 'kysely';
import { foldVietnamese } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { auditText, recordAudit } from '../audit/index.js';
import type { FileOwnerRules } from '../files/index.js';
import { can } from '../../../domain/roles.js';

type Db = Kysely<Database>;

export function listVersions(db: Db, f: { ids?: number[]; docKey?: string } = {}) {
  let q = db.selectFrom('guidance_documents as g').leftJoin('users as u', 'u.id', 'g.created_by').selectAll('g').select('u.display_name as created_by_name')
    .select(sql<Array<{ id: number; filename: string; mime: string }>>`coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename, 'mime', f.mime) order by f.id)
      from files f where f.entity = 'guidance_document' and f.entity_id = g.id), '[]'::json)`.as('files'));
  if (f.ids) q = q.where('g.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.docKey) q = q.where('g.doc_key', '=', f.docKey);
  return q.orderBy('g.doc_key').orderBy('g.version_no', 'desc').execute();
}
export type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];

export function presentVersion(v: VersionRow) {
  return {
    id: v.id, docKey: v.doc_key, versionNo: v.version_no, title: v.title, effectiveFrom: v.effective_from, summary: v.summary,
    files: v.files.map((f) => ({ ...f, url: `/api/v1/files/${f.id}/content` })), createdBy: v.created_by_name ?? null,
    createdAt: new Date(v.created_at).toISOString(),
  };
}

/** For each document, the version in effect on `asOf` (the highest version effective by then), with the newer ones ahead. */
export function inEffect(rows: VersionRow[], asOf: string) {
  const byDoc = new Map<string, VersionRow[]>();
  for (const r of rows) byDoc.set(r.doc_key, [...(byDoc.get(r.doc_key) ?? []), r]);
  return [...byDoc.values()].map((versions) => {
    const current = versions.find((v) => v.effective_from <= asOf) ?? null;
    return { docKey: versions[0].doc_key, current: current && presentVersion(current), upcoming: versions.filter((v) => v.effective_from > asOf).map(presentVersion),
      versions: versions.map((v) => ({ id: v.id, versionNo: v.version_no, effectiveFrom: v.effective_from })) };
  });
}

function slug(title: string): string {
  return foldVietnamese(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'huong-dan';
}

export async function publishGuidance(ctx: RequestContext, input: { docKey?: string | null; title: string; effectiveFrom: string; summary?: string | null }) {
  if (!can(ctx.actor, 'guidance.write')) throw new AppError('FORBIDDEN');
  let docKey = input.docKey ?? null;
  let versionNo = 1;
  if (docKey) {
    const last = await ctx.db.selectFrom('guidance_documents').select(['version_no', 'effective_from']).where('doc_key', '=', docKey)
      .orderBy('version_no', 'desc').limit(1).executeTakeFirst();
    if (!last) fail('VALIDATION', 'docKey', 'Không có văn bản hướng dẫn này', 'No such guidance document');
    if (input.effectiveFrom < last.effective_from) {
      fail('VALIDATION', 'effectiveFrom', 'Phiên bản mới không được có hiệu lực trước phiên bản trước', 'A new version cannot take effect before the previous one');
    }
    versionNo = last.version_no + 1;
  } else {
    docKey = slug(input.title);
    for (let n = 2; await ctx.db.selectFrom('guidance_documents').select('id').where('doc_key', '=', docKey).executeTakeFirst(); n++) {
      docKey = `${slug(input.title)}-${n}`;
    }
  }
  const { id } = await ctx.db.insertInto('guidance_documents').values({
    doc_key: docKey, version_no: versionNo, title: input.title, effective_from: input.effectiveFrom, summary: input.summary ?? null, created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await listVersions(ctx.db, { ids: [id] }))[0];
  await recordAudit(ctx, { action: 'publish', entity: 'guidance_document', entityId: id, summary: auditText('guidance.published', { doc: docKey, version: versionNo }), after: row });
  return row;
}

export const guidanceFileOwner: FileOwnerRules = {
  canRead: async (ctx) => can(ctx.actor, 'guidance.read'),
  canAttach: async (ctx, id) => can(ctx.actor, 'guidance.write') && !!(await ctx.db.selectFrom('guidance_documents').select('id').where('id', '=', id).executeTakeFirst()),
};
