// An expenditure by a commune: item, quantity × unit price = total (checked), vendor, invoice. It
// never exceeds what the commune has left of its allocation (less what waits for approval), checked
// with the fund's row locked so two racing purchases cannot both spend the last đồng. Above the
// fund's approval threshold it waits for the coordinator and counts only once approved.
import { sql } from 'kysely';
import { formatVnd } from '../../../../domain/format.js';
import { postingsFor } from '../../../../domain/ledger.js';
import { lineTotal } from '../../../../domain/money.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { canRecordFor } from '../fund.policy.js';
import { accountBalance, insertPostings, isCampaignCommune, pendingByUnit, unitName } from '../fund.repository.js';
import type { ExpenditureInput } from '../fund.schema.js';
import { actorOf, openFund, readEntry } from './open-fund.js';
import { applyPurchase, preparePurchase } from './purchase.js';

/** What the commune may still commit: its balance less expenditures waiting for a decision. */
export async function availableFor(ctx: RequestContext, fundId: number, unitId: number) {
  const balance = await accountBalance(ctx.db, fundId, 'commune', unitId);
  const pending = (await pendingByUnit(ctx.db, fundId)).find((p) => p.unit_id === unitId)?.amount ?? 0;
  return { balance, pending, available: balance - pending };
}

export function overspend(commune: string, available: number, amount: number): never {
  fail('OVERSPEND', 'total',
    `Xã ${commune} chỉ còn ${formatVnd(available)}, khoản chi ${formatVnd(amount)} vượt ${formatVnd(amount - available)}`,
    `${commune} has ${formatVnd(available)} left; ${formatVnd(amount)} is ${formatVnd(amount - available)} too much`);
}

/**
 * The same invoice (commune, vendor, invoice number) is spent once, whether or not the client sent
 * an Idempotency-Key: a double tap on a flaky line or a second clerk typing it again. A rejected
 * or reversed expenditure frees its invoice. The fund's row is locked (openFund), so two racing
 * requests see each other.
 */
async function refuseDuplicateInvoice(ctx: RequestContext, fundId: number, input: ExpenditureInput) {
  const same = await ctx.db.selectFrom('fund_entries as e')
    .leftJoin('fund_decisions as d', 'd.entry_id', 'e.id')
    .leftJoin('fund_entries as r', 'r.reverses_id', 'e.id')
    .select('e.id')
    .where('e.fund_id', '=', fundId).where('e.kind', '=', 'expenditure').where('e.unit_id', '=', input.unitId)
    .where(sql<boolean>`lower(trim(e.vendor)) = lower(trim(${input.vendor}))`)
    .where(sql<boolean>`lower(trim(e.invoice_no)) = lower(trim(${input.invoiceNo}))`)
    .where((eb) => eb.or([eb('d.decision', 'is', null), eb('d.decision', '<>', 'rejected')]))
    .where('r.id', 'is', null)
    .executeTakeFirst();
  if (same) {
    fail('DUPLICATE_INVOICE', 'invoiceNo', `Hóa đơn số ${input.invoiceNo} của ${input.vendor} đã được ghi chi (bút toán #${same.id})`,
      `Invoice ${input.invoiceNo} from ${input.vendor} is already recorded (entry #${same.id})`);
  }
}

export async function recordExpenditure(ctx: RequestContext, fundId: number, input: ExpenditureInput) {
  const actor = actorOf(ctx);
  if (!canRecordFor(actor, input.unitId)) throw new AppError('FORBIDDEN', [{ field: 'unitId', code: 'FORBIDDEN',
    vi: 'Chỉ được ghi khoản chi của xã mình', en: 'You may record expenditures of your own commune only' }]);
  const fund = await openFund(ctx, fundId);
  if (!(await isCampaignCommune(ctx.db, fund.campaign_id, input.unitId))) {
    fail('NOT_A_COMMUNE', 'unitId', 'Xã này không thuộc chiến dịch của quỹ', "This commune is not one of the fund's campaign communes");
  }
  const expected = lineTotal(input.quantity, input.unitPrice);
  if (input.total !== expected) {
    fail('VALIDATION', 'total', `Thành tiền phải bằng số lượng × đơn giá = ${formatVnd(expected)}`, `The total must be quantity × unit price = ${formatVnd(expected)}`);
  }
  await refuseDuplicateInvoice(ctx, fundId, input);
  const purchase = await preparePurchase(ctx, input);
  const { available } = await availableFor(ctx, fundId, input.unitId);
  if (input.total > available) overspend(await unitName(ctx.db, input.unitId), available, input.total);

  const needsApproval = fund.approval_threshold !== null && input.total > fund.approval_threshold;
  const { id } = await ctx.db.insertInto('fund_entries').values({
    fund_id: fundId, kind: 'expenditure', amount: input.total, entry_date: input.date ?? input.invoiceDate, note: input.note ?? null,
    unit_id: input.unitId, item: input.item, category: input.category, quantity: input.quantity, uom: input.unit,
    unit_price: input.unitPrice, vendor: input.vendor, invoice_no: input.invoiceNo, invoice_date: input.invoiceDate,
    needs_approval: needsApproval, purchase: purchase === null ? null : JSON.stringify(purchase), created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  if (!needsApproval) {
    await insertPostings(ctx.db, fundId, id, postingsFor({ kind: 'expenditure', amount: input.total, unitId: input.unitId, category: input.category }));
  }
  const entry = await readEntry(ctx, fundId, id);
  if (!needsApproval) await applyPurchase(ctx, entry, purchase);
  await recordAudit(ctx, { action: 'spend', entity: 'fund_entry', entityId: id, summary: `${entry.unit_name}: ${input.item} ${input.total}`, after: entry });
  return entry;
}
