// Photos of a workday, before and after: the type is read from the bytes (JPEG, PNG, WebP only),
// the EXIF time and GPS are kept (exifr), and a smaller display copy (at most 1280 px, WebP) is made
// with sharp, which ships prebuilt libvips binaries inside its npm packages. The original is stored
// through the files module (its size limit, hash and audit); the display copy beside it.
import { randomUUID } from 'node:crypto';
import exifr from 'exifr';
import { exifInstant } from '../../../domain/photo-facts.js';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { sql } from 'kysely';
import type { FileStore } from '../../files/store.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { auditText, recordAudit } from '../audit/index.js';
import { uploadFile } from '../files/index.js';
import { sideOf } from './workdays.policy.js';
import { getWorkday } from './workdays.repository.js';
import type { PhotoFactsT } from './workdays.schema.js';

export const PHOTO_MAX_BYTES = 15 * 1024 * 1024;
export const DISPLAY_MAX_PX = 1280;
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

export interface PhotoFacts { takenAt: Date | null; latitude: number | null; longitude: number | null; width: number | null; height: number | null }

export async function readPhotoFacts(data: Uint8Array): Promise<PhotoFacts> {
  let exif: Record<string, unknown> | undefined;
  try {
    exif = await exifr.parse(Buffer.from(data), { reviveValues: false, gps: true });
  } catch {
    exif = undefined; // no or broken EXIF: the photo is still kept
  }
  const meta = await sharp(data).metadata();
  const lat = typeof exif?.latitude === 'number' && Number.isFinite(exif.latitude) ? exif.latitude : null;
  const lon = typeof exif?.longitude === 'number' && Number.isFinite(exif.longitude) ? exif.longitude : null;
  return {
    takenAt: exifInstant(exif?.DateTimeOriginal ?? exif?.CreateDate, exif?.OffsetTimeOriginal),
    latitude: lat, longitude: lon, width: meta.width ?? null, height: meta.height ?? null,
  };
}

/** The display copy: upright (EXIF orientation applied), at most 1280 px on its long side, WebP. */
export async function displayCopy(data: Uint8Array): Promise<Buffer> {
  return sharp(data).rotate().resize(DISPLAY_MAX_PX, DISPLAY_MAX_PX, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
}

export interface PhotoUpload {
  workdayId: number; phase: 'before' | 'after'; filename: string; data: Uint8Array;
  /** What the phone read before resizing (or its own position): used when the file has no EXIF. */
  sent?: PhotoFactsT;
}

/** The file's own EXIF first; what the phone sent fills what the file lacks (a copy resized on the phone has none). */
function mergeFacts(file: PhotoFacts, sent: PhotoFactsT | undefined) {
  const fromPhone = !!sent && ((file.takenAt === null && sent.takenAt !== undefined) || (file.latitude === null && sent.lat !== undefined));
  const gpsFromPhone = file.latitude === null && sent?.lat !== undefined;
  return {
    takenAt: file.takenAt ?? (sent?.takenAt ? new Date(sent.takenAt) : null),
    latitude: gpsFromPhone ? sent!.lat! : file.latitude,
    longitude: gpsFromPhone ? sent!.lng! : file.longitude,
    accuracy: gpsFromPhone ? sent!.accuracy ?? null : null,
    source: fromPhone ? 'phone' as const : 'exif' as const,
  };
}

/**
 * The photo library's place for a workday photo (photo_tags, the library's tagging convention):
 * the workday's commune and day, the before/after the clerk chose, and the road and segment it
 * poured — the segment when it poured one, the road when all its pours are on one road.
 */
async function tagFromWorkday(ctx: RequestContext, fileId: number, workdayId: number, phase: 'before' | 'after') {
  const w = await ctx.db.selectFrom('workdays').select(['commune_id', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')]).where('id', '=', workdayId).executeTakeFirstOrThrow();
  const poured = await ctx.db.selectFrom('workday_pours as p').innerJoin('segments as s', 's.id', 'p.segment_id')
    .select(['s.id', 's.road_id']).where('p.workday_id', '=', workdayId).execute();
  const roads = [...new Set(poured.map((p) => p.road_id))];
  await ctx.db.insertInto('photo_tags').values({
    file_id: fileId, commune_id: w.commune_id, road_id: roads.length === 1 ? roads[0] : null, segment_id: poured.length === 1 ? poured[0].id : null,
    taken_on: w.day, phase, tagged_by: ctx.actor!.userId,
  }).execute();
}

export async function addPhoto(ctx: RequestContext, store: FileStore, maxUploadBytes: number, up: PhotoUpload) {
  const w = await getWorkday(ctx.db, up.workdayId);
  if (!w) throw new AppError('NOT_FOUND');
  const side = sideOf(ctx.actor!, { communeId: w.commune_id, groupId: w.group_id, leadAgencyId: w.lead_agency_id });
  if (!side) throw new AppError('FORBIDDEN');
  if (w.status === 'cancelled') throw new AppError('WORKDAY_CANCELLED');
  const limit = Math.min(PHOTO_MAX_BYTES, maxUploadBytes);
  if (up.data.byteLength > limit) fail('FILE_TOO_LARGE', 'file', `Ảnh quá ${Math.round(limit / 1048576)} MB`, `The photo is over ${Math.round(limit / 1048576)} MB`);
  const type = up.data.byteLength ? await fileTypeFromBuffer(up.data) : undefined;
  if (!type || !IMAGE_TYPES.has(type.mime)) fail('FILE_TYPE_NOT_ALLOWED', 'file', 'Chỉ nhận ảnh JPEG, PNG hoặc WebP', 'Only JPEG, PNG or WebP photos');
  let facts: PhotoFacts;
  let display: Buffer;
  try {
    facts = await readPhotoFacts(up.data);
    display = await displayCopy(up.data);
  } catch {
    fail('FILE_TYPE_NOT_ALLOWED', 'file', 'Ảnh bị hỏng, không đọc được', 'The image is damaged and cannot be read');
  }
  const file = await uploadFile(ctx, store, limit, { entity: 'workday', entityId: w.id, filename: up.filename, data: up.data });
  const displayKey = `display/${new Date().getUTCFullYear()}/${randomUUID()}.webp`;
  await store.put(displayKey, display);
  const kept = mergeFacts(facts, up.sent);
  const row = await ctx.db.insertInto('workday_photos').values({
    workday_id: w.id, file_id: file.id, side, phase: up.phase, taken_at: kept.takenAt, latitude: kept.latitude, longitude: kept.longitude,
    gps_accuracy_m: kept.accuracy, facts_source: kept.source,
    width: facts.width, height: facts.height, display_key: displayKey, display_mime: 'image/webp', created_by: ctx.actor!.userId,
  }).returningAll().executeTakeFirstOrThrow();
  await tagFromWorkday(ctx, file.id, w.id, up.phase);
  await recordAudit(ctx, { action: 'add_photo', entity: 'workday', entityId: w.id, summary: auditText('workday.photo', { phase: up.phase, file: file.filename }),
    after: { photoId: row.id, fileId: file.id, phase: up.phase, takenAt: kept.takenAt, latitude: kept.latitude, longitude: kept.longitude,
      accuracyM: kept.accuracy, factsFrom: kept.source } });
  return row;
}
