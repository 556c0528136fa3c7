// An allocation from the fund to a target commune by decision. Never more than the money received
// and not yet allocated: checked with the fund's row locked, so two allocations cannot both pass.
import { formatVnd } from '../../../../domain/format.js';
import { postingsFor } from '../../../../domain/ledger.js';
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { accountBalance, insertPostings, isCampaignCommune } from '../fund.repository.js';
import type { AllocationInput } from '../fund.schema.js';
import { actorOf, openFund, readEntry } from './open-fund.js';

export async function recordAllocation(ctx: RequestContext, fundId: number, input: AllocationInput) {
  const actor = actorOf(ctx);
  const fund = await openFund(ctx, fundId);
  if (!(await isCampaignCommune(ctx.db, fund.campaign_id, input.unitId))) {
    fail('NOT_A_COMMUNE', 'unitId', 'Xã này không thuộc chiến dịch của quỹ', "This commune is not one of the fund's campaign communes");
  }
  const unallocated = await accountBalance(ctx.db, fundId, 'fund');
  if (input.amount > unallocated) {
    fail('OVER_ALLOCATION', 'amount',
      `Quỹ chỉ còn ${formatVnd(unallocated)} chưa phân bổ, không thể cấp ${formatVnd(input.amount)}`,
      `Only ${formatVnd(unallocated)} is received and not yet allocated; ${formatVnd(input.amount)} cannot be allocated`);
  }
  const { id } = await ctx.db.insertInto('fund_entries').values({
    fund_id: fundId, kind: 'allocation', amount: input.amount, entry_date: input.decisionDate, note: input.note ?? null,
    unit_id: input.unitId, decision_no: input.decisionNo, decision_date: input.decisionDate, signer: input.signer,
    purpose: input.purpose, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await insertPostings(ctx.db, fundId, id, postingsFor({ kind: 'allocation', amount: input.amount, unitId: input.unitId }));
  const entry = await readEntry(ctx, fundId, id);
  await recordAudit(ctx, { action: 'allocate', entity: 'fund_entry', entityId: id, summary: `${entry.unit_name}: ${input.amount}`, after: entry });
  return entry;
}
