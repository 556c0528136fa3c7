// Acceptance (nghiệm thu) of a poured segment by the infrastructure department: width and thickness
// measured at points along it, the concrete grade, photos (files), and the decision. The record is
// append-only; the segment moves through the roads module's own transition (history and criterion 2
// stay right): accepted counts towards criterion 2, rejected goes back to be redone.
import { sql, type Kysely } from 'kysely';
import { can } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { auditText, recordAudit } from '../audit/index.js';
import type { FileOwnerRules } from '../files/index.js';
import { transitionSegment } from '../roads/index.js';

type Db = Kysely<Database>;

export interface AcceptanceInput {
  inspectedOn: string;
  decision: 'accepted' | 'rejected';
  grade: string;
  measurements: Array<{ atMm: number; widthMm: number; thicknessMm: number }>;
  reasons?: string | null;
}

/** Tolerances on measured dimensions against the design (a setting later; these are common practice). */
export const TOLERANCE = { widthMm: 50, thicknessMm: 10 } as const;

export function listAcceptances(db: Db, segmentId: number) {
  return db.selectFrom('segment_acceptances as a').innerJoin('users as u', 'u.id', 'a.inspector_id').selectAll('a').select('u.display_name as inspector_name')
    .select(sql<Array<{ id: number; filename: string }>>`coalesce((select json_agg(json_build_object('id', f.id, 'filename', f.filename) order by f.id)
      from files f where f.entity = 'segment_acceptance' and f.entity_id = a.id), '[]'::json)`.as('photos'))
    .where('a.segment_id', '=', segmentId).orderBy('a.id').execute();
}
type AcceptanceRow = Awaited<ReturnType<typeof listAcceptances>>[number];

async function design(db: Db, segmentId: number) {
  return db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id')
    .select(['s.id', 's.status', 's.from_mm', 's.to_mm', 's.road_id', 'r.commune_id', 'r.grade',
      sql<number>`coalesce(s.width_mm, r.width_mm)`.as('width_mm'), sql<number>`coalesce(s.thickness_mm, r.thickness_mm)`.as('thickness_mm')])
    .where('s.id', '=', segmentId).executeTakeFirst();
}

export function presentAcceptance(a: AcceptanceRow, d: { width_mm: number; thickness_mm: number }) {
  const m = a.measurements;
  const below = m.filter((x) => x.widthMm < d.width_mm - TOLERANCE.widthMm || x.thicknessMm < d.thickness_mm - TOLERANCE.thicknessMm);
  return {
    id: a.id, segmentId: a.segment_id, decision: a.decision, inspectedOn: a.inspected_on, grade: a.grade, measurements: m, reasons: a.reasons,
    design: { widthMm: d.width_mm, thicknessMm: d.thickness_mm },
    summary: {
      minWidthMm: Math.min(...m.map((x) => x.widthMm)), minThicknessMm: Math.min(...m.map((x) => x.thicknessMm)),
      avgWidthMm: Math.round(m.reduce((s, x) => s + x.widthMm, 0) / m.length), avgThicknessMm: Math.round(m.reduce((s, x) => s + x.thicknessMm, 0) / m.length),
      pointsBelowDesign: below.length,
    },
    photos: a.photos.map((p) => ({ ...p, url: `/api/v1/files/${p.id}/content` })),
    inspector: { id: a.inspector_id, name: a.inspector_name }, createdAt: new Date(a.created_at).toISOString(),
  };
}

export async function acceptSegment(ctx: RequestContext, segmentId: number, input: AcceptanceInput) {
  if (!can(ctx.actor, 'acceptance.record')) throw new AppError('FORBIDDEN');
  const d = await design(ctx.db, segmentId);
  if (!d) throw new AppError('NOT_FOUND');
  if (d.status !== 'poured') {
    fail('SEGMENT_NOT_POURED', 'segmentId', `Đoạn đường đang ở trạng thái "${d.status}", chỉ nghiệm thu đoạn đã đổ bê tông xong`, `The segment is "${d.status}": only poured segments are accepted`);
  }
  // Checked here rather than in the schema so the message names what is missing in both languages.
  if (input.decision === 'rejected' && !input.reasons?.trim()) {
    fail('VALIDATION', 'reasons', 'Cần ghi lý do không đạt để xã làm lại', 'Give the reasons for rejecting, so the commune can redo it');
  }
  input.measurements.forEach((m, i) => {
    if (m.atMm < d.from_mm || m.atMm > d.to_mm) fail('VALIDATION', `measurements.${i}.atMm`, 'Điểm đo nằm ngoài đoạn đường', 'The measuring point is outside the segment');
  });
  const { id } = await ctx.db.insertInto('segment_acceptances').values({
    segment_id: segmentId, decision: input.decision, inspected_on: input.inspectedOn, grade: input.grade, measurements: JSON.stringify(input.measurements),
    reasons: input.reasons ?? null, inspector_id: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await transitionSegment(ctx, segmentId, { to: input.decision, reason: input.reasons ?? null, date: input.inspectedOn });
  const row = (await listAcceptances(ctx.db, segmentId)).find((a) => a.id === id)!;
  const out = presentAcceptance(row, d);
  await recordAudit(ctx, { action: input.decision === 'accepted' ? 'accept' : 'reject', entity: 'segment_acceptance', entityId: id, summary: auditText('segment.decided', { segment: segmentId }), after: out });
  return out;
}

export async function acceptancesOf(db: Db, segmentId: number) {
  const d = await design(db, segmentId);
  if (!d) throw new AppError('NOT_FOUND');
  return (await listAcceptances(db, segmentId)).map((a) => presentAcceptance(a, d));
}

export const acceptanceFileOwner: FileOwnerRules = {
  canRead: async (ctx) => can(ctx.actor, 'guidance.read'),
  canAttach: async (ctx, id) => can(ctx.actor, 'acceptance.record') && !!(await ctx.db.selectFrom('segment_acceptances').select('id').where('id', '=', id).executeTakeFirst()),
};
