// The district report's own text for a period: number, header kind, issuer, signer, highlights,
// narrative and recipients. One row per campaign and period, changed in place and audited.
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { getCampaign, getDistrictMeta } from '../reports.repository.js';
import type { DistrictMetaInT } from '../reports.schema.js';

export async function saveDistrictMeta(ctx: RequestContext, campaignId: number, input: DistrictMetaInT) {
  if (!(await getCampaign(ctx.db, campaignId))) throw new AppError('NOT_FOUND');
  const start = input.kind === 'month' ? `${input.start}-01` : input.start;
  const before = await getDistrictMeta(ctx.db, campaignId, input.kind, start);
  const values = {
    number: input.number ?? null, header: input.header, issuer_parent: input.issuerParent ?? null, issuer: input.issuer ?? null,
    signer_title: input.signerTitle ?? null, signer_name: input.signerName ?? null, highlights: input.highlights ?? null,
    narrative: input.narrative ?? null, recipients: JSON.stringify(input.recipients ?? []), updated_by: ctx.actor?.userId ?? null, updated_at: new Date(),
  };
  await ctx.db.insertInto('district_reports').values({ campaign_id: campaignId, period_kind: input.kind, period_start: start, ...values })
    .onConflict((oc) => oc.columns(['campaign_id', 'period_kind', 'period_start']).doUpdateSet((eb) => ({ ...values, version: eb('district_reports.version', '+', 1) })))
    .execute();
  await recordAudit(ctx, { action: before ? 'update' : 'create', entity: 'district_report', entityId: `${campaignId}:${input.kind}:${input.start}`,
    summary: auditText('district.meta', { kind: input.kind, start: input.start }), before: before ?? undefined, after: input });
}
