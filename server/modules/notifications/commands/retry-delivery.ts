// The admin puts a failed delivery back in the queue (after fixing SMTP or the webhook receiver):
// due now, attempts from zero, the same delivery id so receivers still drop a copy.
import { AppError } from '../../../http/errors.js';
import type { RequestContext } from '../../../http/context.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { listOutbox, requeue } from '../outbox.repository.js';

export async function retryDelivery(ctx: RequestContext, id: number) {
  const [before] = await listOutbox(ctx.db, { id, limit: 1 });
  if (!before) throw new AppError('NOT_FOUND');
  if (before.status !== 'failed') throw new AppError('DELIVERY_NOT_FAILED');
  await requeue(ctx.db, id, new Date());
  const [after] = await listOutbox(ctx.db, { id, limit: 1 });
  await recordAudit(ctx, {
    action: 'retry', entity: 'notification_delivery', entityId: id,
    summary: auditText('notification.retried', { delivery: before.delivery_id, channel: before.channel, user: before.username }),
    before: { status: before.status, attempts: before.attempts, lastError: before.last_error },
    after: { status: after.status, attempts: after.attempts },
  });
  return after;
}
