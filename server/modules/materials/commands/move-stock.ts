// Transfers, issues, count adjustments and returns: each a new movement of one lot, with the lot's
// row locked so concurrent movements of it run one at a time and none can take more than is there.
// An issue from a lot that has not passed inspection is refused (a failed lot always; one not yet
// inspected unless the campaign says "warn", and then the issue is flagged).
import { formatInteger } from '../../../../domain/format.js';
import { issueDecision, type LotStatus } from '../../../../domain/stock.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { canRecordStockFor } from '../materials.policy.js';
import {
  getLot, getPoint, issuedNotReturned, listMovements, lockLot, segmentCommune, stockAt, unpassedIssueSetting, type LotRow,
} from '../materials.repository.js';
import type { AdjustmentInput, IssueInput, ReturnInput, TransferInput } from '../materials.schema.js';

type MovementValues = {
  kind: 'transfer' | 'issue' | 'adjustment' | 'return'; from: number | null; to: number | null; quantity: number; movedOn: string;
  segmentId?: number | null; workdayId?: number | null; reason?: string | null; flagged?: boolean;
};

/** Locks the lot and checks the actor may move it. */
export async function openLot(ctx: RequestContext, lotId: number): Promise<LotRow> {
  const locked = await lockLot(ctx.db, lotId);
  if (!locked) fail('VALIDATION', 'lotId', 'Lô vật liệu không tồn tại', 'No such lot');
  if (!canRecordStockFor(ctx.actor!, locked.unit_id)) throw new AppError('FORBIDDEN');
  return (await getLot(ctx.db, lotId))!;
}

export async function checkPoint(ctx: RequestContext, lot: LotRow, pointId: number, field: string) {
  const point = await getPoint(ctx.db, pointId);
  if (!point || point.unit_id !== lot.unit_id) fail('VALIDATION', field, 'Điểm tập kết không thuộc xã của lô', "The point is not in the lot's commune");
  return point;
}

export async function checkAvailable(ctx: RequestContext, lot: LotRow, pointId: number, quantity: number, field = 'quantity') {
  const available = await stockAt(ctx.db, lot.id, pointId);
  if (quantity > available) {
    fail('STOCK_NEGATIVE', field, `Lô số ${lot.id} tại điểm này chỉ còn ${formatInteger(available)}, không thể xuất ${formatInteger(quantity)}`,
      `Lot ${lot.id} has only ${formatInteger(available)} at this point; ${formatInteger(quantity)} cannot be taken`);
  }
}

async function insertMovement(ctx: RequestContext, lot: LotRow, v: MovementValues) {
  const { id } = await ctx.db.insertInto('stock_movements').values({
    unit_id: lot.unit_id, lot_id: lot.id, kind: v.kind, from_point_id: v.from, to_point_id: v.to, quantity: v.quantity, moved_on: v.movedOn,
    segment_id: v.segmentId ?? null, workday_id: v.workdayId ?? null, reason: v.reason ?? null, flagged_unpassed: v.flagged ?? false,
    created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await listMovements(ctx.db, { ids: [id] }))[0];
  await recordAudit(ctx, { action: v.kind, entity: 'stock_movement', entityId: id, summary: auditText('stock.moved', { lot: lot.id, quantity: v.quantity }), after: row });
  return row;
}

export async function transferStock(ctx: RequestContext, input: TransferInput) {
  if (input.fromPointId === input.toPointId) fail('SAME_POINT', 'toPointId');
  const lot = await openLot(ctx, input.lotId);
  await checkPoint(ctx, lot, input.fromPointId, 'fromPointId');
  await checkPoint(ctx, lot, input.toPointId, 'toPointId');
  await checkAvailable(ctx, lot, input.fromPointId, input.quantity);
  return insertMovement(ctx, lot, { kind: 'transfer', from: input.fromPointId, to: input.toPointId, quantity: input.quantity, movedOn: input.movedOn, reason: input.note });
}

const STATUS_VI: Record<LotStatus, string> = { pending: 'chưa được kiểm tra', failed: 'không đạt, đang bị cách ly', passed: 'đạt' };

export async function issueStock(ctx: RequestContext, input: IssueInput) {
  const lot = await openLot(ctx, input.lotId);
  await checkPoint(ctx, lot, input.pointId, 'pointId');
  if (input.segmentId && (await segmentCommune(ctx.db, input.segmentId)) !== lot.unit_id) {
    fail('VALIDATION', 'segmentId', 'Đoạn đường không thuộc xã của lô', "The segment is not in the lot's commune");
  }
  const decision = issueDecision(lot.status, await unpassedIssueSetting(ctx.db, lot.unit_id, input.campaignId));
  if (decision === 'refuse') {
    fail('LOT_NOT_PASSED', 'lotId', `Lô số ${lot.id} ${STATUS_VI[lot.status]}: không được xuất dùng`,
      `Lot ${lot.id} is ${lot.status === 'failed' ? 'failed and quarantined' : 'not inspected yet'}: it cannot be issued`);
  }
  await checkAvailable(ctx, lot, input.pointId, input.quantity);
  return insertMovement(ctx, lot, { kind: 'issue', from: input.pointId, to: null, quantity: input.quantity, movedOn: input.movedOn,
    segmentId: input.segmentId, workdayId: input.workdayId, reason: input.note, flagged: decision === 'flag' });
}

export async function adjustStock(ctx: RequestContext, input: AdjustmentInput) {
  const lot = await openLot(ctx, input.lotId);
  await checkPoint(ctx, lot, input.pointId, 'pointId');
  const quantity = Math.abs(input.delta);
  if (input.delta < 0) await checkAvailable(ctx, lot, input.pointId, quantity, 'delta');
  return insertMovement(ctx, lot, { kind: 'adjustment', from: input.delta < 0 ? input.pointId : null, to: input.delta > 0 ? input.pointId : null,
    quantity, movedOn: input.movedOn, reason: input.reason });
}

export async function returnStock(ctx: RequestContext, input: ReturnInput) {
  const lot = await openLot(ctx, input.lotId);
  await checkPoint(ctx, lot, input.pointId, 'pointId');
  const out = await issuedNotReturned(ctx.db, lot.id);
  if (input.quantity > out) {
    fail('VALIDATION', 'quantity', `Chỉ có thể nhập lại tối đa ${formatInteger(out)} đã xuất từ lô này`, `At most ${formatInteger(out)} issued from this lot can come back`);
  }
  return insertMovement(ctx, lot, { kind: 'return', from: null, to: input.pointId, quantity: input.quantity, movedOn: input.movedOn,
    segmentId: input.segmentId, reason: input.note });
}
