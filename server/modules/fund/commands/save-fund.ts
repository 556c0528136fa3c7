// Create a campaign's fund, or change its settings (name, approval threshold, document signer).
// The fund row is settings, not ledger: it may change, with If-Match and an audit entry.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getFund } from '../fund.repository.js';
import type { FundCreateInput, FundUpdateInput } from '../fund.schema.js';
import { actorOf } from './open-fund.js';

export async function createFund(ctx: RequestContext, input: FundCreateInput) {
  const actor = actorOf(ctx);
  if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', input.campaignId).executeTakeFirst())) {
    fail('VALIDATION', 'campaignId', 'Chiến dịch không tồn tại', 'No such campaign');
  }
  if (await ctx.db.selectFrom('funds').select('id').where('campaign_id', '=', input.campaignId).executeTakeFirst()) {
    fail('CONFLICT', 'campaignId', 'Chiến dịch này đã có quỹ', 'This campaign already has a fund');
  }
  const row = await ctx.db.insertInto('funds').values({
    campaign_id: input.campaignId, name: input.name, approval_threshold: input.approvalThreshold ?? null,
    doc_issuer_parent: input.docIssuerParent ?? null, doc_issuer: input.docIssuer ?? null,
    doc_signer_title: input.docSignerTitle ?? null, doc_signer_name: input.docSignerName ?? null, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const fund = (await getFund(ctx.db, row.id))!;
  await recordAudit(ctx, { action: 'create', entity: 'fund', entityId: fund.id, summary: fund.name, after: fund });
  return fund;
}

export async function updateFund(ctx: RequestContext, id: number, input: FundUpdateInput, expectedVersion?: number) {
  const before = await getFund(ctx.db, id);
  if (!before) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new AppError('STALE_VERSION');
  const pick = <T>(v: T | undefined, current: T) => (v === undefined ? current : v);
  await ctx.db.updateTable('funds').set({
    name: pick(input.name, before.name),
    approval_threshold: pick(input.approvalThreshold, before.approval_threshold),
    doc_issuer_parent: pick(input.docIssuerParent, before.doc_issuer_parent),
    doc_issuer: pick(input.docIssuer, before.doc_issuer),
    doc_signer_title: pick(input.docSignerTitle, before.doc_signer_title),
    doc_signer_name: pick(input.docSignerName, before.doc_signer_name),
    updated_at: new Date(), version: before.version + 1,
  }).where('id', '=', id).execute();
  const after = (await getFund(ctx.db, id))!;
  await recordAudit(ctx, { action: 'update', entity: 'fund', entityId: id, summary: after.name, before, after });
  return after;
}
