// Broadcast on a station (conclusion §4): the media centre sends a news item or a reportage to the
// provincial radio and television station, then records what came of it — aired on a day (with its
// link) or not aired (with the explanation). For a reportage that outcome completes the monthly
// reportage task: "done only when one has aired or is explained" (issue 18). Whoever may edit the
// item (its media centre, the coordination office) sends it and records the outcome.
import { formatDate } from '../../../../domain/format.js';
import { broadcastSettlesTask, mediaLinkedRecord } from '../../../../domain/media.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { businessToday, completeMediaTask } from '../../directives/index.js';
import { presentBroadcast } from '../broadcasts.presenter.js';
import { getBroadcast, liveBroadcastTo } from '../broadcasts.repository.js';
import type { BroadcastOutcomeInput, BroadcastSendInput } from '../broadcasts.schema.js';
import { mediaItemActions } from '../media.policy.js';
import { getMediaItem } from '../media.repository.js';

async function notAfterToday(ctx: RequestContext, field: string, day: string) {
  if (day > (await businessToday(ctx.db))) fail('VALIDATION', field, 'Ngày này không được sau hôm nay', 'This day cannot be in the future');
}

export async function sendBroadcast(ctx: RequestContext, mediaItemId: number, input: BroadcastSendInput) {
  const item = await getMediaItem(ctx.db, mediaItemId);
  if (!item) throw new AppError('NOT_FOUND');
  if (!mediaItemActions(ctx.actor!, item).includes('edit')) throw new AppError('FORBIDDEN');
  await notAfterToday(ctx, 'sentOn', input.sentOn);
  const live = await liveBroadcastTo(ctx.db, mediaItemId, input.station);
  if (live) {
    fail('CONFLICT', 'station', live.status === 'aired' ? 'Tin, bài này đã được đài này phát sóng' : 'Tin, bài này đã gửi đài này và đang chờ phát',
      live.status === 'aired' ? 'This station has already aired this item' : 'This item was already sent to this station and awaits broadcast');
  }
  const { id } = await ctx.db.insertInto('media_broadcasts').values({
    media_item_id: mediaItemId, station: input.station, sent_on: input.sentOn, note: input.note ?? null, sent_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const out = presentBroadcast((await getBroadcast(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'send', entity: 'media_broadcast', entityId: id, summary: `${item.title} → ${input.station}`, after: out });
  return out;
}

export async function recordBroadcastOutcome(ctx: RequestContext, id: number, input: BroadcastOutcomeInput, expectedVersion?: number) {
  const current = await getBroadcast(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (!mediaItemActions(ctx.actor!, { agency_id: current.agency_id }).includes('edit')) throw new AppError('FORBIDDEN');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (current.status !== 'sent') fail('CONFLICT', 'outcome', 'Kết quả phát sóng đã được ghi nhận', "The broadcast's outcome is already recorded");
  const today = await businessToday(ctx.db);
  if (input.outcome === 'aired') {
    await notAfterToday(ctx, 'airedOn', input.airedOn);
    if (input.airedOn < current.sent_on) fail('VALIDATION', 'airedOn', 'Ngày phát sóng không được trước ngày gửi đài', 'The broadcast day cannot be before the day it was sent');
  }
  const before = presentBroadcast(current, ctx.actor!);
  // Only a row still waiting changes, so of two outcomes recorded at once the second gets 409.
  const changed = await ctx.db.updateTable('media_broadcasts').set({
    status: input.outcome,
    aired_on: input.outcome === 'aired' ? input.airedOn : null, aired_url: input.outcome === 'aired' ? input.url ?? null : null,
    explanation: input.outcome === 'not_aired' ? input.explanation : null,
    outcome_by: ctx.actor!.userId, outcome_at: new Date(), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).where('status', '=', 'sent').returning('id').executeTakeFirst();
  if (!changed) fail('CONFLICT', 'outcome', 'Kết quả phát sóng đã được ghi nhận', "The broadcast's outcome is already recorded");
  if (broadcastSettlesTask(current.type, input.outcome)) {
    const aired = input.outcome === 'aired';
    const instanceId = await completeMediaTask(ctx, {
      linked: mediaLinkedRecord(current.type), mediaItemId: current.media_item_id,
      // The month the reportage is for: when it aired, or (not aired) when it was sent.
      publishedOn: aired ? input.airedOn : current.sent_on, doneOn: aired ? input.airedOn : today,
      // The task's note is the record's own words, as the media centre gave them.
      note: aired ? `Đã phát trên ${current.station} ngày ${formatDate(input.airedOn)}` : `${current.station} không phát: ${input.explanation}`,
    });
    if (instanceId) {
      await ctx.db.updateTable('media_broadcasts').set({ task_instance_id: instanceId }).where('id', '=', id).execute();
      await ctx.db.updateTable('media_items').set({ task_instance_id: instanceId }).where('id', '=', current.media_item_id).where('task_instance_id', 'is', null).execute();
    }
  }
  const after = presentBroadcast((await getBroadcast(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: input.outcome, entity: 'media_broadcast', entityId: id, summary: `${current.title} → ${current.station}`, before, after });
  return after;
}
