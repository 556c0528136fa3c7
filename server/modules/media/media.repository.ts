// All SQL of media items and the photo library.
import { sql, type Kysely } from 'kysely';
import { PHOTO_ENTITIES } from '../../../domain/media.js';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export interface MediaFilter { ids?: number[]; q?: string; type?: string; channel?: string; campaignId?: number; from?: string; to?: string }

export async function listMediaItems(db: Db, f: MediaFilter, page: { limit?: number; offset?: number } = {}) {
  let q = db.selectFrom('media_items as m')
    .leftJoin('agencies as ag', 'ag.id', 'm.agency_id')
    .leftJoin('users as cb', 'cb.id', 'm.created_by')
    .leftJoin('task_instances as i', 'i.id', 'm.task_instance_id')
    .leftJoin('directive_tasks as t', 't.id', 'i.task_id')
    .selectAll('m')
    .select(['ag.name as agency_name', 'cb.display_name as creator_name', 'i.occurs_on', 'i.due_on', 'i.on_time', 't.description as task_description', 't.directive_id']);
  if (f.ids) q = q.where('m.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.q) q = q.where('m.search_text', 'like', likePattern(f.q));
  if (f.type) q = q.where('m.type', '=', f.type as 'news');
  if (f.channel) q = q.where('m.channel', '=', f.channel as 'district_portal');
  if (f.campaignId) q = q.where('m.campaign_id', '=', f.campaignId);
  if (f.from) q = q.where('m.published_on', '>=', f.from);
  if (f.to) q = q.where('m.published_on', '<=', f.to);
  q = q.orderBy('m.published_on', 'desc').orderBy('m.id', 'desc');
  if (page.limit) q = q.limit(page.limit);
  if (page.offset) q = q.offset(page.offset);
  return q.execute();
}
export type MediaRow = Awaited<ReturnType<typeof listMediaItems>>[number];

export async function getMediaItem(db: Db, id: number): Promise<MediaRow | undefined> {
  return (await listMediaItems(db, { ids: [id] }))[0];
}

export interface PhotoFilter { fileId?: number; communeId?: number; roadId?: number; segmentId?: number; entity?: string; from?: string; to?: string }

function photos(db: Db, f: PhotoFilter) {
  // A photo's day: the day it was taken when tagged, else the day it was uploaded, in Vietnam.
  const day = sql<string>`coalesce(pt.taken_on, (fl.created_at at time zone 'Asia/Ho_Chi_Minh')::date)`;
  let q = db.selectFrom('files as fl').leftJoin('photo_tags as pt', 'pt.file_id', 'fl.id').leftJoin('admin_units as u', 'u.id', 'pt.commune_id')
    .where('fl.mime', 'like', 'image/%').where('fl.entity', 'in', [...PHOTO_ENTITIES]);
  if (f.fileId) q = q.where('fl.id', '=', f.fileId);
  if (f.entity) q = q.where('fl.entity', '=', f.entity);
  if (f.communeId) q = q.where('pt.commune_id', '=', f.communeId);
  if (f.roadId) q = q.where('pt.road_id', '=', f.roadId);
  if (f.segmentId) q = q.where('pt.segment_id', '=', f.segmentId);
  if (f.from) q = q.where(day, '>=', f.from);
  if (f.to) q = q.where(day, '<=', f.to);
  return { q, day };
}

export async function listPhotos(db: Db, f: PhotoFilter, page: { limit: number; offset: number }) {
  const { q, day } = photos(db, f);
  return q.select(['fl.id', 'fl.filename', 'fl.mime', 'fl.entity', 'fl.entity_id', 'fl.uploaded_by', 'pt.taken_on', 'pt.commune_id', 'u.name as commune_name',
    'pt.road_id', 'pt.segment_id', 'pt.phase', 'pt.caption', 'pt.file_id as tag_file_id', sql<string>`to_char(${day}, 'YYYY-MM-DD')`.as('day')])
    .orderBy(day, 'desc').orderBy('fl.id', 'desc').limit(page.limit).offset(page.offset).execute();
}
export type PhotoRow = Awaited<ReturnType<typeof listPhotos>>[number];

export async function countPhotos(db: Db, f: PhotoFilter): Promise<number> {
  const r = await photos(db, f).q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return r.n;
}

export function getFileRow(db: Db, id: number) {
  return db.selectFrom('files').select(['id', 'entity', 'entity_id', 'mime', 'uploaded_by']).where('id', '=', id).executeTakeFirst();
}

export function getPhotoTag(db: Db, fileId: number) {
  return db.selectFrom('photo_tags').selectAll().where('file_id', '=', fileId).executeTakeFirst();
}
