// Record a media item and complete the media centre's matching task instance with it (news,
// photo sets and videos count for the weekly news task; a reportage's monthly task waits for its
// broadcast, see send-broadcast.ts); or change an item's details (the task it completed stays).
import { taskOnRecording } from '../../../../domain/media.js';
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { businessToday, completeMediaTask } from '../../directives/index.js';
import { mediaItemActions } from '../media.policy.js';
import { presentMediaItem } from '../media.presenter.js';
import { getMediaItem } from '../media.repository.js';
import type { MediaItemCreateInput, MediaItemUpdateInput } from '../media.schema.js';

async function checkDates(ctx: RequestContext, publishedOn: string) {
  const today = await businessToday(ctx.db);
  if (publishedOn > today) fail('VALIDATION', 'publishedOn', 'Ngày đăng không được sau hôm nay', 'The publish date cannot be in the future');
}

async function checkCampaign(ctx: RequestContext, id: number | null | undefined) {
  if (id && !(await ctx.db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst())) {
    fail('VALIDATION', 'campaignId', 'Không có chiến dịch này', 'No such campaign');
  }
}

export async function recordMediaItem(ctx: RequestContext, input: MediaItemCreateInput) {
  await checkDates(ctx, input.publishedOn);
  await checkCampaign(ctx, input.campaignId);
  const linked = taskOnRecording(input.type);
  if (!linked && input.taskInstanceId) {
    fail('VALIDATION', 'taskInstanceId', 'Nhiệm vụ phóng sự hằng tháng chỉ hoàn thành khi phóng sự được phát sóng hoặc có giải trình',
      "The monthly reportage task is done only when the reportage has aired or its not airing is explained");
  }
  const { id } = await ctx.db.insertInto('media_items').values({
    title: input.title, type: input.type, channel: input.channel, published_on: input.publishedOn, url: input.url,
    campaign_id: input.campaignId ?? null, agency_id: ctx.actor!.agencyId, workday_ids: JSON.stringify(input.workdayIds),
    road_ids: JSON.stringify(input.roadIds), note: input.note ?? null, search_text: searchKey(input.title), created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const instanceId = linked && await completeMediaTask(ctx, {
    linked, publishedOn: input.publishedOn, mediaItemId: id, instanceId: input.taskInstanceId,
  });
  if (instanceId) await ctx.db.updateTable('media_items').set({ task_instance_id: instanceId }).where('id', '=', id).execute();
  const item = presentMediaItem((await getMediaItem(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'create', entity: 'media_item', entityId: id, summary: input.title, after: item });
  return item;
}

export async function updateMediaItem(ctx: RequestContext, id: number, input: MediaItemUpdateInput, expectedVersion?: number) {
  const current = await getMediaItem(ctx.db, id);
  if (!current) throw new AppError('NOT_FOUND');
  if (!mediaItemActions(ctx.actor!, current).includes('edit')) throw new AppError('FORBIDDEN');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION');
  if (input.publishedOn) await checkDates(ctx, input.publishedOn);
  if (input.campaignId !== undefined) await checkCampaign(ctx, input.campaignId);
  const before = presentMediaItem(current, ctx.actor!);
  const title = input.title ?? current.title;
  await ctx.db.updateTable('media_items').set({
    title, type: input.type ?? current.type, channel: input.channel ?? current.channel, published_on: input.publishedOn ?? current.published_on,
    url: input.url ?? current.url, campaign_id: input.campaignId !== undefined ? input.campaignId : current.campaign_id,
    workday_ids: JSON.stringify(input.workdayIds ?? current.workday_ids), road_ids: JSON.stringify(input.roadIds ?? current.road_ids),
    note: input.note !== undefined ? input.note : current.note, search_text: searchKey(title), updated_at: new Date(), version: current.version + 1,
  }).where('id', '=', id).execute();
  const after = presentMediaItem((await getMediaItem(ctx.db, id))!, ctx.actor!);
  await recordAudit(ctx, { action: 'update', entity: 'media_item', entityId: id, summary: title, before, after });
  return after;
}
