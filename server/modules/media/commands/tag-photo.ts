// The photo library's tagging convention: a photo is a stored image file attached to a workday,
// inspection, segment, acceptance, media item or task; its photo_tags row places it by commune,
// road, segment and the day it was taken, and marks it "before" or "after" for a segment so the
// library shows the two side by side. Modules that store photos call tagPhoto in their own
// transaction; people tag through PUT /photos/{fileId}/tags.
import { todayInVietnam } from '../../../../domain/dates.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { canTagPhoto } from '../media.policy.js';
import { getFileRow, getPhotoTag, PHOTO_FILE_ENTITIES } from '../media.repository.js';
import type { PhotoTagInput } from '../media.schema.js';

const COMMUNE_LEVELS = ['commune', 'town', 'ward'];

/**
 * Sets a photo's tags (replacing earlier ones). `checkActor: false` is for modules storing their own
 * photos, which have already authorised the upload.
 */
export async function tagPhoto(ctx: RequestContext, fileId: number, tags: PhotoTagInput, o: { checkActor?: boolean } = {}) {
  const file = await getFileRow(ctx.db, fileId);
  if (!file) throw new AppError('NOT_FOUND');
  if (o.checkActor !== false && !canTagPhoto(ctx.actor!, file)) throw new AppError('FORBIDDEN');
  if (!file.mime.startsWith('image/') || !PHOTO_FILE_ENTITIES.includes(file.entity)) {
    fail('VALIDATION', 'fileId', 'Tệp này không phải ảnh của buổi lao động, kiểm tra hay nghiệm thu', 'This file is not a photo of a workday, inspection or acceptance');
  }
  if (tags.communeId) {
    const u = await ctx.db.selectFrom('admin_units').select('level').where('id', '=', tags.communeId).executeTakeFirst();
    if (!u || !COMMUNE_LEVELS.includes(u.level)) fail('NOT_A_COMMUNE', 'communeId');
  }
  if (tags.phase && !tags.segmentId) fail('VALIDATION', 'phase', 'Ảnh trước/sau phải gắn với một đoạn đường', 'A before/after photo needs a segment');
  if (tags.takenOn && tags.takenOn > todayInVietnam()) fail('VALIDATION', 'takenOn', 'Ngày chụp không được sau hôm nay', 'The day taken cannot be in the future');
  const before = await getPhotoTag(ctx.db, fileId);
  const row = {
    commune_id: tags.communeId ?? null, road_id: tags.roadId ?? null, segment_id: tags.segmentId ?? null, taken_on: tags.takenOn ?? null,
    phase: tags.phase ?? null, caption: tags.caption ?? null, tagged_by: ctx.actor?.userId ?? null, tagged_at: new Date(),
  };
  await ctx.db.insertInto('photo_tags').values({ file_id: fileId, ...row })
    .onConflict((oc) => oc.column('file_id').doUpdateSet(row)).execute();
  await recordAudit(ctx, { action: 'tag', entity: 'photo', entityId: fileId, summary: auditText('photo.tagged', { entity: file.entity, id: file.entity_id }),
    before: before ?? null, after: { fileId, ...row } });
}
