// A cancelled campaign day cancels the registrations that still stood for it (called by the
// cancel-day command in the same transaction). Returns the ids cancelled.
import { isActiveRegistration, type RegistrationStatus } from '../../../../../domain/plans.js';
import type { RequestContext } from '../../../../http/context.js';
import { recordAudit } from '../../../audit/index.js';

export async function cancelRegistrationsOfDay(ctx: RequestContext, campaignId: number, day: string, reason: string): Promise<number[]> {
  const rows = await ctx.db.selectFrom('registrations').select(['id', 'status', 'version']).where('campaign_id', '=', campaignId).where('day', '=', day).forUpdate().execute();
  const active = rows.filter((r) => isActiveRegistration(r.status as RegistrationStatus));
  for (const r of active) {
    await ctx.db.updateTable('registrations').set({ status: 'cancelled', commune_comment: `Hủy ngày ra quân: ${reason}`, updated_at: new Date(), version: r.version + 1 })
      .where('id', '=', r.id).execute();
    await recordAudit(ctx, { action: 'cancel', entity: 'registration', entityId: r.id, summary: `${day} · ${reason}`, before: { status: r.status }, after: { status: 'cancelled' } });
  }
  return active.map((r) => r.id);
}
