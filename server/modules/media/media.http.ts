// /media-items: the media centre's news, reportages, photo sets and videos (recording one completes
// the matching directive task); /photos: the photo library by commune, road, segment and date.
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../http/errors.js';
import { fileOwner } from '../files/index.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, OkSchema, setEtag } from '../../http/router.js';
import { recordMediaItem, updateMediaItem } from './commands/record-media-item.js';
import { tagPhoto } from './commands/tag-photo.js';
import { pairBeforeAfter, presentMediaItem, presentPhoto } from './media.presenter.js';
import { countPhotos, getMediaItem, listMediaItems, listPhotos } from './media.repository.js';
import { MediaItemCreate, MediaItemOut, MediaItemUpdate, MediaQuery, PhotoLibraryOut, PhotoQuery, PhotoTagIn } from './media.schema.js';

const tags = ['media'];
/** Photos matched before the visibility filter: a district's library is a few thousand at most. */
const PHOTO_SCAN_MAX = 10_000;
const SCOPED_ROLES = new Set(['commune', 'group_lead', 'agency']);
const FileIdParam = z.object({ fileId: z.coerce.number().int().positive().openapi({ param: { name: 'fileId', in: 'path' }, example: 1 }) });

export const mediaRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/media-items', tags, summary: 'Media items, newest first', request: { query: MediaQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(MediaItemOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'media.read');
    const q = c.req.valid('query');
    return c.json({ items: (await listMediaItems(c.var.db, q, q)).map((r) => presentMediaItem(r, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/media-items/{id}', tags, summary: 'One media item', request: { params: IdParam },
    responses: { 200: jsonContent(MediaItemOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'media.read');
    const row = await getMediaItem(c.var.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    setEtag(c, row.version);
    return c.json(presentMediaItem(row, actor), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/media-items', tags, summary: "Record a media item; it completes the media centre's matching task instance",
    request: { body: jsonBody(MediaItemCreate) },
    responses: { 201: jsonContent(MediaItemOut, 'Recorded'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'media.write');
    const item = await recordMediaItem(ctxOf(c), c.req.valid('json'));
    setEtag(c, item.version);
    return c.json(item, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/media-items/{id}', tags, summary: 'Change a media item (If-Match)', request: { params: IdParam, body: jsonBody(MediaItemUpdate) },
    responses: { 200: jsonContent(MediaItemOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'media.write');
    const item = await updateMediaItem(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, item.version);
    return c.json(item, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/photos', tags, summary: 'Photo library: photos of workdays, inspections, segments and acceptance, with before/after pairs',
    request: { query: PhotoQuery },
    responses: { 200: jsonContent(PhotoLibraryOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'media.read');
    const q = c.req.valid('query');
    // A commune, a group lead or an agency reads only its own records: it sees the photos whose
    // record it may read, by the same rules that guard each file's download, paged after that
    // filter. The district's roles read every record, so their list needs no filter.
    if (!SCOPED_ROLES.has(actor.role)) {
      const items = (await listPhotos(c.var.db, q, q)).map(presentPhoto);
      return c.json({ items, pairs: pairBeforeAfter(items), total: await countPhotos(c.var.db, q) }, 200);
    }
    const ctx = ctxOf(c);
    const allowed = new Map<string, Promise<boolean>>();
    const mayRead = (r: { entity: string; entity_id: number }) => {
      const key = `${r.entity}:${r.entity_id}`;
      if (!allowed.has(key)) allowed.set(key, fileOwner(r.entity)?.canRead(ctx, r.entity_id) ?? Promise.resolve(false));
      return allowed.get(key)!;
    };
    const matching = await listPhotos(c.var.db, q, { limit: PHOTO_SCAN_MAX, offset: 0 });
    const visible: typeof matching = [];
    for (const r of matching) if (await mayRead(r)) visible.push(r);
    const items = visible.slice(q.offset, q.offset + q.limit).map(presentPhoto);
    return c.json({ items, pairs: pairBeforeAfter(items), total: visible.length }, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/photos/{fileId}/tags', tags, summary: 'Tag a photo: commune, road, segment, day taken, before/after',
    request: { params: FileIdParam, body: jsonBody(PhotoTagIn) },
    responses: { 200: jsonContent(OkSchema), ...errorResponses },
  }), async (c) => {
    authorise(c, 'media.read');
    await tagPhoto(ctxOf(c), c.req.valid('param').fileId, c.req.valid('json'));
    return c.json({ ok: true as const }, 200);
  });
