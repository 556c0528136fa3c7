// The commune confirms (or withdraws its confirmation) that an entry's site is prepared: the
// segment cleared, levelled and compacted before the Saturday (mặt bằng, seed §2). Like naming the
// supervisor it is the commune's own part of the entry: no new plan version, but audited, and the
// go/no-go checklist shows it.
import { todayInVietnam } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../http/context.js';
import { recordAudit } from '../../audit/index.js';
import { businessNow } from '../clock.js';
import { planView } from '../plans.presenter.js';
import { entryForFieldEdit } from './guards.js';

export async function confirmSite(ctx: RequestContext, planId: number, entryId: number, input: { ready: boolean; note?: string | null }) {
  const { plan, entry } = await entryForFieldEdit(ctx, planId, entryId);
  const at = input.ready ? await businessNow(ctx.db) : null;
  await ctx.db.updateTable('plan_entries').set({ site_ready_at: at, site_ready_by: input.ready ? ctx.actor!.userId : null,
    site_note: input.ready ? input.note ?? null : null, updated_at: new Date() }).where('id', '=', entryId).execute();
  await recordAudit(ctx, { action: 'confirm_site', entity: 'plan', entityId: planId,
    summary: `${plan.day} · ${entry.group_name} · ${input.ready ? `site ready ${at ? todayInVietnam(at) : ''}` : 'site not ready'}`,
    before: { entryId, siteReadyAt: entry.site_ready_at, note: entry.site_note }, after: { entryId, ready: input.ready, note: input.note ?? null } });
  return (await planView(ctx.db, ctx.actor, planId))!;
}
