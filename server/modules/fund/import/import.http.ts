// POST /funds/{id}/contributions/import/preview and /import: upload an .xlsx list of contributions.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonContent } from '../../../http/router.js';
import { loadWorkbook } from '../../../lib/xlsx.js';
import { getFund } from '../fund.repository.js';
import { checkContributions, importContributions } from './import-contributions.js';
import { parseContributionSheet } from './parse-contribution-sheet.js';

const tags = ['fund'];
const Upload = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: 'The .xlsx list: Họ và tên, Cơ quan/đơn vị, Số tiền, Ngày nộp, Số biên lai, Người thu, Đồng ý công khai tên' }),
});
const Outcome = z.object({
  rows: z.array(z.object({ row: z.number(), name: z.string().nullable(), agency: z.string(), agencyId: z.number(), amount: z.number(), receiptNo: z.string() })),
  total: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), vi: z.string(), en: z.string() })),
}).openapi('ContributionImportOutcome');
const request = { params: IdParam, body: { content: { 'multipart/form-data': { schema: Upload } }, required: true } };

async function readUpload(c: Context<AppEnv>, fundId: number) {
  if (!(await getFund(c.var.db, fundId))) throw new AppError('NOT_FOUND');
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn tệp .xlsx', 'Choose an .xlsx file');
  if (file.size > c.var.deps.config.maxUploadBytes) fail('FILE_TOO_LARGE', 'file');
  return { sheet: parseContributionSheet(await loadWorkbook(new Uint8Array(await file.arrayBuffer()))), filename: file.name };
}

async function actorName(c: Context<AppEnv>) {
  return (await c.var.db.selectFrom('users').select('display_name').where('id', '=', c.var.actor!.userId).executeTakeFirstOrThrow()).display_name;
}

export const importRoutes = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/contributions/import/preview', tags, summary: 'Check a contribution list: rows found and every bad row',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const { id } = c.req.valid('param');
    const { sheet } = await readUpload(c, id);
    return c.json(await checkContributions(ctxOf(c), id, sheet), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/funds/{id}/contributions/import', tags, summary: 'Import a contribution list: all rows or none',
    request, responses: { 200: jsonContent(Outcome), ...errorResponses },
  }), async (c) => {
    authorise(c, 'fund.manage');
    const { id } = c.req.valid('param');
    const { sheet, filename } = await readUpload(c, id);
    return c.json(await importContributions(ctxOf(c), id, sheet, filename, await actorName(c)), 200);
  });
