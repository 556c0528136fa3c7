// The admin edits and confirms criterion 2 thresholds, and sets a commune's applied region.
// Changing a share or its source unconfirms it unless the same request confirms it.
import type { Indicator, RegionCode } from '../../../../domain/criterion2.js';
import { todayInVietnam } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { communesByIds, listThresholds } from '../criteria.repository.js';
import { presentThreshold } from '../criteria.presenter.js';
import type { ThresholdUpdateInput } from '../criteria.schema.js';

export async function updateThreshold(ctx: RequestContext, region: RegionCode, indicator: Indicator, input: ThresholdUpdateInput, expectedVersion?: number) {
  const current = (await listThresholds(ctx.db, region)).find((t) => t.indicator === indicator);
  if (!current) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (!Object.keys(input).length) fail('VALIDATION', 'confirmed', 'Không có gì để thay đổi', 'Nothing to change');
  const minShareBp = input.minSharePercent !== undefined ? Math.round(input.minSharePercent * 100) : current.min_share_bp;
  const source = input.source ?? current.source;
  const changed = minShareBp !== current.min_share_bp || source !== current.source;
  const confirmed = input.confirmed ?? (changed ? false : current.confirmed);
  await ctx.db.updateTable('criterion2_thresholds').set({
    min_share_bp: minShareBp, source, confirmed,
    confirmed_by: confirmed ? (current.confirmed && !changed && input.confirmed === undefined ? current.confirmed_by : ctx.actor!.userId) : null,
    confirmed_at: confirmed ? (current.confirmed && !changed && input.confirmed === undefined ? current.confirmed_at : new Date()) : null,
    updated_at: new Date(), version: current.version + 1,
  }).where('region', '=', region).where('indicator', '=', indicator).execute();
  const after = presentThreshold((await listThresholds(ctx.db, region)).find((t) => t.indicator === indicator)!, ctx.actor!);
  await recordAudit(ctx, { action: confirmed && !current.confirmed ? 'confirm' : 'update', entity: 'criterion2_threshold', entityId: `${region}/${indicator}`,
    summary: auditText('criterion.threshold', { region: region, indicator, percent: after.minSharePercent }), before: presentThreshold(current, ctx.actor!), after });
  return after;
}

export async function setAppliedRegion(ctx: RequestContext, communeId: number, region: string | null) {
  const [commune] = await communesByIds(ctx.db, [communeId]);
  if (!commune) throw new AppError('NOT_FOUND');
  await ctx.db.updateTable('admin_units').set({ applied_region: region, updated_at: new Date() }).where('id', '=', communeId).execute();
  await recordAudit(ctx, { action: 'set_region', entity: 'admin_unit', entityId: communeId, summary: region ? auditText('criterion.region', { commune: commune.name, region: region }) : auditText('criterion.regionDefault', { commune: commune.name }),
    before: { appliedRegion: commune.applied_region }, after: { appliedRegion: region, on: todayInVietnam() } });
}
