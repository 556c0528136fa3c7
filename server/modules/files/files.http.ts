// /files: upload to a record, list a record's files, download one (only if allowed to see the record).
import { createRoute, z } from '@hono/zod-openapi';
import { AppError, fail } from '../../http/errors.js';
import { createRouter, ctxOf, errorResponses, IdParam, jsonContent, requireActor, authorise } from '../../http/router.js';
import { IdText } from '../../http/bounds.js';
import { uploadFile } from './commands/upload-file.js';
import { fileOwner } from './file-owners.js';
import { getFile, listFiles, type FileRow } from './files.repository.js';

const tags = ['files'];
const FileOut = z.object({
  id: z.number(), entity: z.string(), entityId: z.number(), filename: z.string(), mime: z.string(),
  sizeBytes: z.number(), sha256: z.string(), createdAt: z.string(), url: z.string(),
}).openapi('File');

function presentFile(f: FileRow) {
  return {
    id: f.id, entity: f.entity, entityId: f.entity_id, filename: f.filename, mime: f.mime, sizeBytes: f.size_bytes,
    sha256: f.sha256, createdAt: new Date(f.created_at).toISOString(), url: `/api/v1/files/${f.id}/content`,
  };
}

export const filesRouter = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/files', tags, summary: 'Upload a file to a record',
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({
      file: z.any().openapi({ type: 'string', format: 'binary' }),
      entity: z.string().max(40).openapi({ example: 'campaign' }),
      entityId: IdText.openapi({ example: 1 }),
    }) } } } },
    responses: { 201: jsonContent(FileOut, 'Stored'), 413: errorResponses[409], 415: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'files.upload');
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn tệp', 'Choose a file');
    const entityId = Number(form.entityId);
    if (!Number.isInteger(entityId) || entityId <= 0) fail('VALIDATION', 'entityId', 'Mã bản ghi không hợp lệ', 'Invalid record id');
    const row = await uploadFile(ctxOf(c), c.var.deps.files, c.var.deps.config.maxUploadBytes, {
      entity: String(form.entity ?? ''), entityId, filename: file.name, data: new Uint8Array(await file.arrayBuffer()),
    });
    return c.json(presentFile(row), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/files', tags, summary: "A record's files",
    request: { query: z.object({ entity: z.string().max(40), entityId: z.coerce.number().int().positive() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(FileOut) })), ...errorResponses },
  }), async (c) => {
    requireActor(c);
    const { entity, entityId } = c.req.valid('query');
    const owner = fileOwner(entity);
    if (!owner || !(await owner.canRead(ctxOf(c), entityId))) throw new AppError('NOT_FOUND');
    return c.json({ items: (await listFiles(c.var.db, entity, entityId)).map(presentFile) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/files/{id}/content', tags, summary: 'Download a file', request: { params: IdParam },
    responses: { 200: { description: 'The file' }, ...errorResponses },
  }), async (c) => {
    requireActor(c);
    const row = await getFile(c.var.db, c.req.valid('param').id);
    const owner = row && fileOwner(row.entity);
    // Not allowed looks the same as missing: no hint that the file exists.
    if (!row || !owner || !(await owner.canRead(ctxOf(c), row.entity_id))) throw new AppError('NOT_FOUND');
    // Streamed from the store (folder or bucket), never held whole in memory.
    const data = await c.var.deps.files.stream(row.storage_key);
    if (!data) throw new AppError('NOT_FOUND');
    // Raster images may show in the page; anything else, PDFs included (they can carry scripts and
    // forms a browser's viewer runs on our origin), is downloaded.
    const inline = /^image\/(jpeg|png|webp|gif)$/.test(row.mime);
    return c.body(data, 200, {
      'content-type': row.mime,
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
  });
