// A receipt: every delivery is a lot (supplier, delivery note, date, quantity) received at a
// staging point of the commune. Purchases from the fund arrive here from the fund's expenditure,
// in the same transaction, and point back to it.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { canRecordStockFor } from '../materials.policy.js';
import { getLot, getPoint, materialByCode } from '../materials.repository.js';
import type { ReceiptInput } from '../materials.schema.js';
import { checkCommune } from './catalogue.js';

export async function receiveLot(ctx: RequestContext, input: ReceiptInput, opts: { fundEntryId?: number; fieldPrefix?: string } = {}) {
  const p = opts.fieldPrefix ?? '';
  if (!canRecordStockFor(ctx.actor!, input.unitId)) throw new AppError('FORBIDDEN');
  await checkCommune(ctx, input.unitId, `${p}unitId`);
  const material = await materialByCode(ctx.db, input.materialCode);
  if (!material) fail('VALIDATION', `${p}materialCode`, `Không có vật liệu mã "${input.materialCode}"`, `No material "${input.materialCode}"`);
  const point = await getPoint(ctx.db, input.pointId);
  if (!point || point.unit_id !== input.unitId) fail('VALIDATION', `${p}pointId`, 'Điểm tập kết không thuộc xã này', 'The staging point is not in this commune');
  const lot = await ctx.db.insertInto('stock_lots').values({
    unit_id: input.unitId, material_id: material.id, source: input.source, supplier: input.supplier, delivery_note: input.deliveryNote ?? null,
    document: input.document ?? null, received_on: input.receivedOn, quantity: input.quantity, fund_entry_id: opts.fundEntryId ?? null,
    created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('stock_movements').values({
    unit_id: input.unitId, lot_id: lot.id, kind: 'receipt', to_point_id: input.pointId, quantity: input.quantity, moved_on: input.receivedOn,
    created_by: ctx.actor!.userId,
  }).execute();
  const row = (await getLot(ctx.db, lot.id))!;
  await recordAudit(ctx, { action: 'receive', entity: 'stock_lot', entityId: lot.id, summary: `${material.name} ${input.quantity} ${material.base_unit} → ${point.name}`, after: row });
  return row;
}
