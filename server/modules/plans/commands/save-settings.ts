// The plan settings of a campaign: registration and confirmation deadlines (weekday and time
// before each campaign day), batches a mixer pours in a day, the default meeting time.
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { getSettings, saveSettings } from '../plans.repository.js';
import type { SettingsInputT } from '../plans.schema.js';

export async function savePlanSettings(ctx: RequestContext, campaignId: number, input: SettingsInputT, expectedVersion?: number) {
  if (!(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) throw new AppError('NOT_FOUND');
  const before = await getSettings(ctx.db, campaignId);
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new AppError('STALE_VERSION');
  await saveSettings(ctx.db, campaignId, input, ctx.actor?.userId ?? null);
  const after = await getSettings(ctx.db, campaignId);
  await recordAudit(ctx, { action: 'update', entity: 'plan_settings', entityId: campaignId, summary: auditText('campaign.settings', { campaign: campaignId }), before, after });
  return after;
}
