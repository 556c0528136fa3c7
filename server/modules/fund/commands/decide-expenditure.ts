// The coordinator approves an expenditure waiting for approval (it then counts, if the commune
// still has the money) or rejects it with a comment (it never counts). Decided once.
import { postingsFor } from '../../../../domain/ledger.js';
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { entryStatus } from '../fund.policy.js';
import { accountBalance, insertPostings } from '../fund.repository.js';
import { actorOf, openFund, readEntry } from './open-fund.js';
import { overspend } from './record-expenditure.js';
import { applyPurchase } from './purchase.js';

export async function decideExpenditure(ctx: RequestContext, fundId: number, entryId: number, decision: 'approved' | 'rejected', comment: string | null) {
  const actor = actorOf(ctx);
  await openFund(ctx, fundId);
  const entry = await readEntry(ctx, fundId, entryId);
  if (entry.kind !== 'expenditure') fail('VALIDATION', 'id', 'Chỉ duyệt được khoản chi', 'Only expenditures are approved');
  if (entryStatus(entry) !== 'pending') fail('ALREADY_DECIDED', 'id');
  if (decision === 'approved') {
    const balance = await accountBalance(ctx.db, fundId, 'commune', entry.unit_id);
    if (entry.amount > balance) overspend(entry.unit_name ?? '', balance, entry.amount);
  }
  await ctx.db.insertInto('fund_decisions').values({ entry_id: entryId, decision, comment, decided_by: actor.userId }).execute();
  if (decision === 'approved') {
    await insertPostings(ctx.db, fundId, entryId, postingsFor({ kind: 'expenditure', amount: entry.amount, unitId: entry.unit_id!, category: entry.category! }));
    const purchase = (await ctx.db.selectFrom('fund_entries').select('purchase').where('id', '=', entryId).executeTakeFirstOrThrow()).purchase;
    await applyPurchase(ctx, entry, purchase ?? null);
  }
  const after = await readEntry(ctx, fundId, entryId);
  await recordAudit(ctx, { action: decision === 'approved' ? 'approve' : 'reject', entity: 'fund_entry', entityId: entryId,
    summary: comment, before: { status: 'pending' }, after });
  return after;
}
