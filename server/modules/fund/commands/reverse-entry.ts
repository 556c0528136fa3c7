// Corrects a mistake the only way an append-only ledger allows: a reversing entry that points to
// the one it undoes, with a reason. An entry is reversed at most once; a reversal is never itself
// reversed (record the entry again instead); a reversal that would leave the fund or a commune
// below zero (money already allocated or spent) is refused. A people's cash gift is reversed only
// by cancelling the gift (its row in the people's contributions goes with it).
import { formatVnd } from '../../../../domain/format.js';
import { reversalPostings } from '../../../../domain/ledger.js';
import { can } from '../../../../domain/roles.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { canRecordFor, entryStatus } from '../fund.policy.js';
import { accountBalance, insertPostings, postingsOf, type EntryRow } from '../fund.repository.js';
import { todayInVietnam } from '../../../../domain/dates.js';
import { actorOf, openFund, readEntry } from './open-fund.js';
import { reversePurchase } from './purchase.js';

export async function reverseEntry(ctx: RequestContext, fundId: number, entryId: number, input: { reason: string; date?: string }) {
  const actor = actorOf(ctx);
  await openFund(ctx, fundId);
  const entry = await readEntry(ctx, fundId, entryId);
  const mayReverse = can(actor, 'fund.manage') || (entry.kind === 'expenditure' && canRecordFor(actor, entry.unit_id!));
  if (!mayReverse) throw new AppError('FORBIDDEN');
  if (entry.contributor_kind === 'people') {
    fail('NOT_REVERSIBLE', 'id', 'Khoản ủng hộ của nhân dân chỉ được hủy cùng với đóng góp của nhân dân (trang Đóng góp của nhân dân)',
      "A people's gift is cancelled only with the people's contribution (the People's contributions page)");
  }
  return postReversal(ctx, fundId, entry, input);
}

/** The reversal itself, on a fund whose row the caller has locked. */
export async function postReversal(ctx: RequestContext, fundId: number, entry: EntryRow, input: { reason: string; date?: string }) {
  const actor = actorOf(ctx);
  if (entry.kind === 'reversal') fail('NOT_REVERSIBLE', 'id', 'Không đảo một bút toán đảo: hãy ghi lại bút toán đúng', 'A reversal is not reversed: record the right entry again');
  if (entry.reversed_by) fail('ALREADY_REVERSED', 'id', `Bút toán đã được đảo bởi bút toán số ${entry.reversed_by}`, `Already reversed by entry ${entry.reversed_by}`);
  if (entryStatus(entry) !== 'counted') fail('NOT_REVERSIBLE', 'id', 'Khoản chi chưa được tính: hãy duyệt hoặc từ chối', 'The expenditure does not count yet: approve or reject it');

  const postings = reversalPostings(await postingsOf(ctx.db, entry.id));
  if (entry.kind === 'contribution') {
    const unallocated = await accountBalance(ctx.db, fundId, 'fund');
    if (unallocated < entry.amount) {
      fail('OVER_ALLOCATION', 'id', `Quỹ chỉ còn ${formatVnd(unallocated)} chưa phân bổ: không thể đảo khoản đóng góp ${formatVnd(entry.amount)}`,
        `Only ${formatVnd(unallocated)} is unallocated: the contribution of ${formatVnd(entry.amount)} cannot be reversed`);
    }
  }
  if (entry.kind === 'allocation') {
    const balance = await accountBalance(ctx.db, fundId, 'commune', entry.unit_id);
    if (balance < entry.amount) {
      fail('OVERSPEND', 'id', `Xã ${entry.unit_name} đã chi, chỉ còn ${formatVnd(balance)}: không thể đảo khoản cấp ${formatVnd(entry.amount)}`,
        `${entry.unit_name} has spent part of it (${formatVnd(balance)} left): the allocation of ${formatVnd(entry.amount)} cannot be reversed`);
    }
  }
  const { id } = await ctx.db.insertInto('fund_entries').values({
    fund_id: fundId, kind: 'reversal', amount: entry.amount, entry_date: input.date ?? todayInVietnam(), reverses_id: entry.id,
    reason: input.reason, unit_id: entry.unit_id, agency_id: entry.agency_id, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await insertPostings(ctx.db, fundId, id, postings);
  if (entry.kind === 'expenditure') await reversePurchase(ctx, entry, input.reason);
  const reversal = await readEntry(ctx, fundId, id);
  await recordAudit(ctx, { action: 'reverse', entity: 'fund_entry', entityId: id, summary: auditText('fund.reversed', { kind: entry.kind, id: entry.id, reason: input.reason }),
    before: entry, after: reversal });
  return reversal;
}
