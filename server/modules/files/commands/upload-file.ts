// Store an upload: its type is read from its bytes (not its name), checked against what is
// allowed and the size limit, written to the store, then indexed and audited.
import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { FileStore } from '../../../files/store.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { fileOwner } from '../file-owners.js';

export const ALLOWED_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface Upload { entity: string; entityId: number; filename: string; data: Uint8Array }

export async function uploadFile(ctx: RequestContext, store: FileStore, maxBytes: number, up: Upload) {
  const owner = fileOwner(up.entity);
  if (!owner) fail('VALIDATION', 'entity', 'Loại bản ghi không nhận tệp đính kèm', 'This kind of record takes no attachments');
  if (!(await owner.canAttach(ctx, up.entityId))) throw new AppError('FORBIDDEN');
  if (owner.exists && !(await owner.exists(ctx, up.entityId))) fail('VALIDATION', 'entityId', 'Bản ghi không tồn tại', 'No such record');
  if (up.data.byteLength === 0) fail('VALIDATION', 'file', 'Tệp rỗng', 'The file is empty');
  if (up.data.byteLength > maxBytes) fail('FILE_TOO_LARGE', 'file', `Tệp quá ${Math.round(maxBytes / 1048576)} MB`, `The file is over ${Math.round(maxBytes / 1048576)} MB`);
  const type = await fileTypeFromBuffer(up.data);
  if (!type || !ALLOWED_TYPES[type.ext]) {
    fail('FILE_TYPE_NOT_ALLOWED', 'file', 'Chỉ nhận ảnh JPEG, PNG, WebP, tệp PDF, Excel (.xlsx) hoặc Word (.docx)', 'Only JPEG, PNG, WebP images, PDF, .xlsx or .docx files');
  }
  const now = new Date();
  const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${type.ext}`;
  await store.put(key, up.data);
  const filename = up.filename.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || `file.${type.ext}`;
  const row = await ctx.db.insertInto('files').values({
    entity: up.entity, entity_id: up.entityId, filename, mime: ALLOWED_TYPES[type.ext], size_bytes: up.data.byteLength,
    sha256: createHash('sha256').update(up.data).digest('hex'), storage_key: key, uploaded_by: ctx.actor?.userId ?? null,
  }).returningAll().executeTakeFirstOrThrow();
  await recordAudit(ctx, { action: 'upload', entity: up.entity, entityId: up.entityId, summary: filename,
    after: { fileId: row.id, filename, mime: row.mime, size: row.size_bytes, sha256: row.sha256 } });
  return row;
}
