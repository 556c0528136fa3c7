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

/**
 * The file entity each photo source is stored under (files.entity): lot inspections and segment
 * acceptances keep their own module's names, the library speaks of "inspection" and "acceptance".
 */
const FILE_ENTITY: Record<string, string> = { inspection: 'lot_inspection', acceptance: 'segment_acceptance' };
export const fileEntity = (e: string) => FILE_ENTITY[e] ?? e;
/** Every files.entity a library photo may be stored under. */
export const PHOTO_FILE_ENTITIES: readonly string[] = [...new Set([...PHOTO_ENTITIES, ...PHOTO_ENTITIES.map(fileEntity)])];

function photos(db: Db, f: PhotoFilter) {
  // Where and when a photo belongs: its tag when tagged, else what its record says — an acceptance's
  // segment, road, commune and day; a workday's commune, before/after and the time taken; a lot's
  // commune. The day falls back to the upload day, in Vietnam.
  const day = sql<string>`coalesce(pt.taken_on, sa.inspected_on, li.inspected_on, wd.day,
    (wp.taken_at at time zone 'Asia/Ho_Chi_Minh')::date, (fl.created_at at time zone 'Asia/Ho_Chi_Minh')::date)`;
  const commune = sql<number | null>`coalesce(pt.commune_id, rd.commune_id, wd.commune_id, lt.unit_id)`;
  const road = sql<number | null>`coalesce(pt.road_id, sg.road_id)`;
  const segment = sql<number | null>`coalesce(pt.segment_id, sa.segment_id)`;
  let q = db.selectFrom('files as fl').leftJoin('photo_tags as pt', 'pt.file_id', 'fl.id')
    .leftJoin('segment_acceptances as sa', (j) => j.onRef('sa.id', '=', 'fl.entity_id').on('fl.entity', '=', 'segment_acceptance'))
    .leftJoin('segments as sg', 'sg.id', 'sa.segment_id').leftJoin('roads as rd', 'rd.id', 'sg.road_id')
    .leftJoin('lot_inspections as li', (j) => j.onRef('li.id', '=', 'fl.entity_id').on('fl.entity', '=', 'lot_inspection'))
    .leftJoin('stock_lots as lt', 'lt.id', 'li.lot_id')
    .leftJoin('workday_photos as wp', 'wp.file_id', 'fl.id').leftJoin('workdays as wd', 'wd.id', 'wp.workday_id')
    .leftJoin('admin_units as u', (j) => j.on(sql<boolean>`u.id = ${commune}`))
    .where('fl.mime', 'like', 'image/%').where('fl.entity', 'in', [...PHOTO_FILE_ENTITIES]);
  if (f.fileId) q = q.where('fl.id', '=', f.fileId);
  if (f.entity) q = q.where('fl.entity', 'in', [f.entity, fileEntity(f.entity)]);
  if (f.communeId) q = q.where(commune, '=', f.communeId);
  if (f.roadId) q = q.where(road, '=', f.roadId);
  if (f.segmentId) q = q.where(segment, '=', f.segmentId);
  if (f.from) q = q.where(day, '>=', f.from);
  if (f.to) q = q.where(day, '<=', f.to);
  return { q, day, commune, road, segment };
}

export async function listPhotos(db: Db, f: PhotoFilter, page: { limit: number; offset: number }) {
  const { q, day, commune, road, segment } = photos(db, f);
  return q.select(['fl.id', 'fl.filename', 'fl.mime', 'fl.entity', 'fl.entity_id', 'fl.uploaded_by', 'pt.taken_on', 'u.name as commune_name',
    'pt.caption', 'pt.file_id as tag_file_id', sql<string>`to_char(${day}, 'YYYY-MM-DD')`.as('day'),
    commune.as('commune_id'), road.as('road_id'), segment.as('segment_id'), sql<'before' | 'after' | null>`coalesce(pt.phase, wp.phase)`.as('phase')])
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
