// POST /agencies/import/preview and /agencies/import: upload the .xlsx list of agency groups.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, jsonContent } from '../../../http/router.js';
import { OptionalIdText } from '../../../http/bounds.js';
import { loadWorkbook } from '../../../lib/xlsx.js';
import { previewImport, runImport } from './import-agencies.js';
import { parseAgencySheet } from './parse-agency-sheet.js';

const tags = ['agencies'];
const Upload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'The .xlsx list (danh sách nhóm cơ quan)' }),
  campaignId: OptionalIdText.openapi({ description: 'Campaign the groups belong to (required when the file has groups)' }),
});

const Problem = z.object({ field: z.string(), vi: z.string(), en: z.string() });
const Outcome = z.object({
  rows: z.array(z.object({
    row: z.number().openapi({ description: 'Row number in the spreadsheet' }),
    kind: z.enum(['group', 'agency', 'total', 'after_total']).openapi({ description: 'A group heading, an agency, the total row, or a row below the total (not read)' }),
    name: z.string(), staff: z.string().openapi({ description: 'The staff count as the file wrote it' }),
    group: z.string().nullable(), isLead: z.boolean(),
    status: z.enum(['create', 'update', 'unchanged', 'group', 'total', 'after_total', 'error']),
    problems: z.array(Problem),
  })).openapi({ description: 'Every row read, in file order, with its status and problems' }),
  agencies: z.array(z.object({ row: z.number(), name: z.string(), staffCount: z.number(), group: z.string().nullable(), isLead: z.boolean(), action: z.enum(['create', 'update', 'unchanged']) })),
  groups: z.array(z.object({ row: z.number(), name: z.string(), lead: z.string(), members: z.number(), action: z.enum(['create', 'update', 'unchanged']) })),
  errors: z.array(Problem.extend({ row: z.number() })),
}).openapi('AgencyImportOutcome');

async function readUpload(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn tệp .xlsx', 'Choose an .xlsx file');
  if (file.size > c.var.deps.config.maxUploadBytes) fail('FILE_TOO_LARGE', 'file');
  const raw = typeof form.campaignId === 'string' && form.campaignId !== '' ? Number(form.campaignId) : null;
  if (raw !== null && !(Number.isInteger(raw) && raw > 0)) fail('VALIDATION', 'campaignId', 'Mã chiến dịch không hợp lệ', 'Invalid campaign id');
  if (raw !== null && !(await c.var.db.selectFrom('campaigns').select('id').where('id', '=', raw).executeTakeFirst())) {
    fail('VALIDATION', 'campaignId', 'Chiến dịch không tồn tại', 'No such campaign');
  }
  const sheet = parseAgencySheet(await loadWorkbook(new Uint8Array(await file.arrayBuffer())));
  return { sheet, campaignId: raw, filename: file.name };
}

const request = { body: { content: { 'multipart/form-data': { schema: Upload } }, required: true } };

export const importRoutes = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/agencies/import/preview', tags, summary: 'Preview an agency list import: what would be created or changed, and every bad row',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'agencies.import');
    const { sheet, campaignId } = await readUpload(c);
    return c.json(await previewImport(ctxOf(c), sheet, campaignId), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/agencies/import', tags, summary: 'Import an agency list: all rows or none',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'agencies.import');
    const { sheet, campaignId, filename } = await readUpload(c);
    return c.json(await runImport(ctxOf(c), sheet, campaignId, filename), 200);
  });
