// Correcting a broadcast's outcome once recorded (issue 18): the media centre wrote the wrong day,
// or "not aired" when the station did air it. The correction says why (reason, audited with the
// before and after), needs the version the person saw (If-Match), and recomputes the monthly
// reportage task the outcome completed: that instance is reopened and completed again from the new
// outcome (its done day, on time or not, and note), never left saying what the old outcome said.
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { presentBroadcast } from '../broadcasts.presenter.js';
import { getBroadcast } from '../broadcasts.repository.js';
import type { BroadcastCorrectionInput } from '../broadcasts.schema.js';
import { mediaItemActions } from '../media.policy.js';
import { settleBroadcast } from './broadcast.js';

export async function correctBroadcastOutcome(ctx: RequestContext, id: number, input: BroadcastCorrectionInput, expectedVersion: number | undefined) {
  const current = await getBroadcast(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (!mediaItemActions(ctx.actor!, { agency_id: current.agency_id }).includes('edit')) throw new AppError('FORBIDDEN');
  if (expectedVersion === undefined) fail('VALIDATION', 'If-Match', 'Cần phiên bản đang xem (If-Match) để sửa kết quả', 'The version you saw (If-Match) is needed to correct the outcome');
  if (expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (current.status === 'sent') fail('CONFLICT', 'outcome', 'Chưa có kết quả phát sóng để sửa: hãy ghi kết quả', 'There is no outcome to correct yet: record it');
  const before = presentBroadcast(current, ctx.actor!);
  // The instance the old outcome completed goes back to open, so the new outcome completes it afresh.
  if (current.task_instance_id) {
    await ctx.db.updateTable('task_instances').set({
      status: 'open', done_on: null, on_time: null, evidence_kind: null, evidence_file_id: null, evidence_url: null, evidence_record_type: null,
      evidence_record_id: null, note: null, reported_by: null, reported_at: null, updated_at: new Date(), version: (eb) => eb('version', '+', 1),
    }).where('id', '=', current.task_instance_id).where('status', '=', 'done').execute();
    await ctx.db.updateTable('media_broadcasts').set({ status: 'sent', aired_on: null, aired_url: null, explanation: null, task_instance_id: null })
      .where('id', '=', id).execute();
  } else {
    await ctx.db.updateTable('media_broadcasts').set({ status: 'sent', aired_on: null, aired_url: null, explanation: null }).where('id', '=', id).execute();
  }
  await settleBroadcast(ctx, { ...current, task_instance_id: null }, input, current.task_instance_id);
  const after = presentBroadcast((await getBroadcast(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'correct_outcome', entity: 'media_broadcast', entityId: id, summary: `${current.title} → ${current.station}: ${input.reason}`, before, after });
  return after;
}
