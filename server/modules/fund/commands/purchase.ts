// What a counted purchase creates outside the fund, in the same transaction: a stock receipt (a
// lot, pointing back to the expenditure) for materials, one equipment record per unit for
// equipment. The details are checked when the expenditure is recorded and kept with it, so an
// expenditure waiting for approval creates them when it is approved. Reversing the expenditure
// reverses the lot's receipt (refused if the stock has already been moved or used).
import { formatDate } from '../../../../domain/format.js';
import { fail } from '../../../http/errors.js';
import type { RequestContext } from '../../../http/context.js';
import { createEquipment } from '../../equipment/index.js';
import { receiveLot, reverseMovement } from '../../materials/index.js';
import type { EntryRow } from '../fund.repository.js';
import type { ExpenditureInput } from '../fund.schema.js';

type Purchase =
  | { type: 'stock'; materialCode: string; pointId: number; quantity: number; deliveryNote: string | null; receivedOn: string | null }
  | { type: 'equipment'; kind: 'mixer' | 'other'; name: string | null; drumLitres: number | null; count: number };

/** Checks the purchase details of an expenditure; returns what to keep with the entry. */
export async function preparePurchase(ctx: RequestContext, input: ExpenditureInput): Promise<Purchase | null> {
  if (input.category === 'materials') {
    const s = input.stock;
    if (!s) fail('VALIDATION', 'stock', 'Mua vật liệu cần khai báo nhập kho: mã vật liệu, điểm tập kết và số lượng', 'A materials purchase needs its stock receipt: material, staging point and quantity');
    const material = await ctx.db.selectFrom('materials').select('id').where('code', '=', s.materialCode).executeTakeFirst();
    if (!material) fail('VALIDATION', 'stock.materialCode', `Không có vật liệu mã "${s.materialCode}"`, `No material "${s.materialCode}"`);
    const point = await ctx.db.selectFrom('stock_points').select('unit_id').where('id', '=', s.pointId).executeTakeFirst();
    if (!point || point.unit_id !== input.unitId) fail('VALIDATION', 'stock.pointId', 'Điểm tập kết không thuộc xã này', 'The staging point is not in this commune');
    return { type: 'stock', materialCode: s.materialCode, pointId: s.pointId, quantity: s.quantity, deliveryNote: s.deliveryNote ?? null, receivedOn: s.receivedOn ?? null };
  }
  if (input.category === 'equipment') {
    const e = input.equipment;
    if (!e) fail('VALIDATION', 'equipment', 'Mua máy móc cần khai báo loại thiết bị', 'An equipment purchase needs the kind of equipment');
    if (e.kind === 'mixer' && !e.drumLitres) fail('VALIDATION', 'equipment.drumLitres', 'Máy trộn cần dung tích thùng trộn', 'A mixer needs its drum size');
    if (!Number.isInteger(input.quantity) || input.quantity > 20) fail('VALIDATION', 'quantity', 'Số máy phải là số nguyên, tối đa 20', 'The number of machines must be whole, at most 20');
    return { type: 'equipment', kind: e.kind, name: e.name ?? null, drumLitres: e.drumLitres ?? null, count: input.quantity };
  }
  return null;
}

/** Creates the lot or the equipment records once the expenditure counts. */
export async function applyPurchase(ctx: RequestContext, entry: EntryRow, purchase: unknown): Promise<void> {
  const p = purchase as Purchase | null;
  if (!p) return;
  if (p.type === 'stock') {
    await receiveLot(ctx, {
      unitId: entry.unit_id!, materialCode: p.materialCode, pointId: p.pointId, quantity: p.quantity, source: 'purchase', supplier: entry.vendor!,
      deliveryNote: p.deliveryNote, document: `Hóa đơn số ${entry.invoice_no} ngày ${formatDate(entry.invoice_date!)}`, receivedOn: p.receivedOn ?? entry.invoice_date!,
    }, { fundEntryId: entry.id, fieldPrefix: 'stock.' });
  } else {
    for (let i = 1; i <= p.count; i++) {
      const base = p.name ?? entry.item!;
      await createEquipment(ctx, { unitId: entry.unit_id!, kind: p.kind, name: p.count > 1 ? `${base} số ${i}` : base, drumLitres: p.drumLitres,
        origin: 'purchased', lender: null, note: `Mua từ quỹ: hóa đơn số ${entry.invoice_no}` }, { fundEntryId: entry.id });
    }
  }
}

/** Undoes the lot a reversed purchase brought in (its receipt, by a reversing movement). */
export async function reversePurchase(ctx: RequestContext, entry: EntryRow, reason: string): Promise<void> {
  if (entry.category !== 'materials') return;
  const receipt = await ctx.db.selectFrom('stock_lots as l').innerJoin('stock_movements as m', 'm.lot_id', 'l.id')
    .select('m.id').where('l.fund_entry_id', '=', entry.id).where('m.kind', '=', 'receipt').executeTakeFirst();
  if (receipt) await reverseMovement(ctx, receipt.id, { reason: `Đảo khoản chi số ${entry.id}: ${reason}` }, { fromFund: true });
}
