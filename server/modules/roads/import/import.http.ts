// POST /roads/import/preview and /roads/import: upload an .xlsx of roads and segments.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, jsonContent } from '../../../http/router.js';
import { OptionalIdText } from '../../../http/bounds.js';
import { loadWorkbook } from '../../../lib/xlsx.js';
import { mayWriteRoadsOf } from '../roads.policy.js';
import { previewRoadImport, runRoadImport } from './import-roads.js';
import { parseRoadSheet } from './parse-road-sheet.js';

const tags = ['roads'];
const Upload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'The .xlsx: a roads sheet and/or a segments sheet' }),
  communeId: OptionalIdText.openapi({ description: 'Commune of rows without a "Xã" column (a commune user: their own)' }),
});
const RowErrorOut = z.object({ sheet: z.string(), row: z.number(), field: z.string(), vi: z.string(), en: z.string() });
const Outcome = z.object({
  roads: z.array(z.object({ sheet: z.string(), row: z.number(), name: z.string(), commune: z.string(), action: z.enum(['create', 'update']) })),
  segments: z.array(z.object({ sheet: z.string(), row: z.number(), road: z.string(), chainage: z.string(), status: z.string() })),
  errors: z.array(RowErrorOut),
}).openapi('RoadImportOutcome');

async function readUpload(c: Context<AppEnv>) {
  const actor = c.var.actor!;
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn tệp .xlsx', 'Choose an .xlsx file');
  if (file.size > c.var.deps.config.maxUploadBytes) fail('FILE_TOO_LARGE', 'file');
  const raw = typeof form.communeId === 'string' && form.communeId !== '' ? Number(form.communeId) : actor.role === 'commune' ? actor.unitId : null;
  if (raw !== null && !(Number.isInteger(raw) && raw > 0)) fail('VALIDATION', 'communeId', 'Mã xã không hợp lệ', 'Invalid commune id');
  if (raw !== null && !mayWriteRoadsOf(actor, raw)) throw new AppError('FORBIDDEN');
  const sheet = parseRoadSheet(await loadWorkbook(new Uint8Array(await file.arrayBuffer())));
  return { sheet, communeId: raw, filename: file.name };
}

const request = { body: { content: { 'multipart/form-data': { schema: Upload } }, required: true } };

export const importRoutes = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/roads/import/preview', tags, summary: 'Preview a roads import: what would be created or changed, and every bad row',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const { sheet, communeId } = await readUpload(c);
    return c.json(await previewRoadImport(ctxOf(c), sheet, communeId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/roads/import', tags, summary: 'Import roads and segments from .xlsx: all rows or none',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.write');
    const { sheet, communeId, filename } = await readUpload(c);
    return c.json(await runRoadImport(ctxOf(c), sheet, communeId, filename), 200);
  });
