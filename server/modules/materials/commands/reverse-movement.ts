// Corrects a movement with a reversing one: the same lot and quantity, the other way, with a
// reason. Once per movement, never a reversal, and never leaving a point's stock below zero. A
// lot's receipt from a fund purchase is corrected by reversing the fund's expenditure instead.
import { todayInVietnam } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { listMovements } from '../materials.repository.js';
import { checkAvailable, openLot } from './move-stock.js';

export async function reverseMovement(ctx: RequestContext, id: number, input: { reason: string; movedOn?: string }, opts: { fromFund?: boolean } = {}) {
  const found = (await listMovements(ctx.db, { ids: [id] }))[0];
  if (!found) throw new AppError('NOT_FOUND');
  const lot = await openLot(ctx, found.lot_id);
  const m = (await listMovements(ctx.db, { ids: [id] }))[0];
  if (m.kind === 'reversal') fail('NOT_REVERSIBLE', 'id', 'Không đảo một bút toán đảo', 'A reversal is not reversed');
  if (m.reversed_by) fail('ALREADY_REVERSED', 'id');
  if (m.kind === 'receipt' && lot.fund_entry_id && !opts.fromFund) {
    fail('NOT_REVERSIBLE', 'id', 'Lô mua từ quỹ: hãy đảo khoản chi của quỹ', 'A lot bought from the fund: reverse the fund expenditure instead');
  }
  // The reversal takes back from where the original put it.
  if (m.to_point_id !== null) await checkAvailable(ctx, lot, m.to_point_id, m.quantity, 'id');
  const { id: newId } = await ctx.db.insertInto('stock_movements').values({
    unit_id: lot.unit_id, lot_id: lot.id, kind: 'reversal', from_point_id: m.to_point_id, to_point_id: m.from_point_id, quantity: m.quantity,
    moved_on: input.movedOn ?? todayInVietnam(), segment_id: m.segment_id, reason: input.reason, reverses_id: m.id, created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await listMovements(ctx.db, { ids: [newId] }))[0];
  await recordAudit(ctx, { action: 'reverse', entity: 'stock_movement', entityId: newId, summary: auditText('stock.reversed', { kind: m.kind, id: m.id, reason: input.reason }), before: m, after: row });
  return row;
}

/**
 * Takes a lot's received stock back out of the stock ledger by reversing its receipt: for a gift in
 * kind whose contribution is cancelled. Refused (nothing written) when some of it was already used.
 */
export async function reverseLotReceipt(ctx: RequestContext, lotId: number, input: { reason: string; movedOn: string }) {
  const receipt = await ctx.db.selectFrom('stock_movements').select('id').where('lot_id', '=', lotId).where('kind', '=', 'receipt')
    .orderBy('id').executeTakeFirst();
  if (!receipt) throw new AppError('NOT_FOUND');
  return reverseMovement(ctx, receipt.id, input);
}
