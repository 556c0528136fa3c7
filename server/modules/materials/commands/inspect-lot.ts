// The infrastructure department's inspection of a lot before use: pass or fail, the checks made,
// notes (required on a fail), photos attached afterwards. The latest inspection decides the lot's
// status; a failed lot is quarantined (never issued) until a later inspection passes it.
import { can } from '../../../../domain/roles.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit, tail } from '../../audit/index.js';
import { enqueueNotification } from '../../notifications/index.js';
import { getLot, listInspections } from '../materials.repository.js';
import type { InspectionInput } from '../materials.schema.js';

export async function inspectLot(ctx: RequestContext, lotId: number, input: InspectionInput) {
  if (!can(ctx.actor, 'inspection.record')) throw new AppError('FORBIDDEN');
  const lot = await getLot(ctx.db, lotId);
  if (!lot) throw new AppError('NOT_FOUND');
  if (input.inspectedOn < lot.received_on) fail('VALIDATION', 'inspectedOn', 'Ngày kiểm tra trước ngày nhận lô', 'Inspected before the lot was received');
  const { id } = await ctx.db.insertInto('lot_inspections').values({
    lot_id: lotId, inspected_on: input.inspectedOn, result: input.result, checks: JSON.stringify(input.checks ?? []), notes: input.notes ?? null,
    inspector_id: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await listInspections(ctx.db, lotId)).find((i) => i.id === id)!;
  await recordAudit(ctx, { action: 'inspect', entity: 'stock_lot', entityId: lotId, summary: auditText('lot.inspected', { result: input.result, notes: tail(input.notes, ': ') }),
    before: { status: lot.status }, after: row });
  // A failed lot concerns the commune that holds it, the coordination office and the inspectors.
  if (input.result === 'fail') {
    await enqueueNotification(ctx, {
      event: 'lot.failed_inspection', recipients: { unitIds: [lot.unit_id], roles: ['coordinator', 'inspector'], excludeUserIds: [ctx.actor!.userId] },
      title: { vi: `Lô ${lot.material_code} số ${lotId} của xã ${lot.unit_name} không đạt kiểm tra`, en: `Lot ${lotId} (${lot.material_code}) of ${lot.unit_name} failed inspection` },
      body: { vi: `Ngày ${input.inspectedOn.split('-').reverse().join('/')}: ${input.notes ?? ''}. Lô bị tạm giữ, không được xuất dùng cho đến khi kiểm tra lại đạt.`,
        en: `On ${input.inspectedOn}: ${input.notes ?? ''}. The lot is quarantined and cannot be issued until a later inspection passes it.` },
      link: `/stock/lots/${lotId}`, entity: { type: 'stock_lot', id: lotId },
    });
  }
  return row;
}
