// The report settings of a campaign: data cut-off and deadline of weekly reports, the reminder
// lead time, pour and material tolerances of workday records, and the emulation weights.
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { getCampaign, getSettings, saveSettings } from '../reports.repository.js';
import type { SettingsInT } from '../reports.schema.js';

export async function saveReportSettings(ctx: RequestContext, campaignId: number, input: SettingsInT, expectedVersion?: number) {
  if (!(await getCampaign(ctx.db, campaignId))) throw new AppError('NOT_FOUND');
  const before = await getSettings(ctx.db, campaignId);
  if (expectedVersion !== undefined && expectedVersion !== before.version) throw new AppError('STALE_VERSION');
  await saveSettings(ctx.db, {
    campaignId, calendar: { cutoffWeekday: input.cutoffWeekday, deadlineWeekday: input.deadlineWeekday, deadlineTime: input.deadlineTime },
    remindHoursBefore: input.remindHoursBefore, pourTolerancePercent: input.pourTolerancePercent, materialTolerancePercent: input.materialTolerancePercent,
    weights: input.weights,
  }, ctx.actor?.userId ?? null);
  const after = await getSettings(ctx.db, campaignId);
  await recordAudit(ctx, { action: 'update', entity: 'report_settings', entityId: campaignId, summary: auditText('campaign.settings', { campaign: campaignId }), before, after });
  return after;
}

export function presentSettings(s: Awaited<ReturnType<typeof getSettings>>) {
  return {
    campaignId: s.campaignId, cutoffWeekday: s.calendar.cutoffWeekday, deadlineWeekday: s.calendar.deadlineWeekday, deadlineTime: s.calendar.deadlineTime,
    remindHoursBefore: s.remindHoursBefore, pourTolerancePercent: s.pourTolerancePercent, materialTolerancePercent: s.materialTolerancePercent,
    weights: s.weights, version: s.version,
  };
}
