// The commune names the supervisor of an entry on its roads (the office may too). It is the
// commune's own part of the entry: it changes no version of the plan and needs no reason, but is
// audited and shows on the go/no-go checklist and the day sheet.
import type { RequestContext } from '../../../http/context.js';
import { recordAudit } from '../../audit/index.js';
import { planView } from '../plans.presenter.js';
import { entryForFieldEdit } from './guards.js';

export async function setSupervisor(ctx: RequestContext, planId: number, entryId: number, input: { name: string | null; phone?: string | null }) {
  const { plan, entry } = await entryForFieldEdit(ctx, planId, entryId);
  await ctx.db.updateTable('plan_entries').set({ supervisor_name: input.name, supervisor_phone: input.name ? input.phone ?? null : null,
    supervisor_set_by: ctx.actor!.userId, updated_at: new Date() }).where('id', '=', entryId).execute();
  await recordAudit(ctx, { action: 'set_supervisor', entity: 'plan', entityId: planId, summary: `${plan.day} · ${entry.group_name} · ${input.name ?? '—'}`,
    before: { entryId, name: entry.supervisor_name, phone: entry.supervisor_phone }, after: { entryId, name: input.name, phone: input.phone ?? null } });
  return (await planView(ctx.db, ctx.actor, planId))!;
}
