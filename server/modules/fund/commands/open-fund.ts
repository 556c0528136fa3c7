// Shared steps of every ledger write: lock the fund's row (so writes to one fund run one at a
// time, and each sees the balances the previous one left), and read an entry back for the answer.
import type { RequestContext } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { getEntry, lockFund, type EntryRow } from '../fund.repository.js';

export async function openFund(ctx: RequestContext, fundId: number) {
  const fund = await lockFund(ctx.db, fundId);
  if (!fund) throw new AppError('NOT_FOUND');
  return fund;
}

export async function readEntry(ctx: RequestContext, fundId: number, id: number): Promise<EntryRow> {
  const row = await getEntry(ctx.db, fundId, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function actorOf(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
