// /guidance: technical guidance documents, the version in effect on a day, and publishing a new
// document or version (the files are uploaded to /files with entity "guidance_document").
import { createRoute, z } from '@hono/zod-openapi';
import { isIsoDate, todayInVietnam } from '../../../domain/dates.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, jsonBody, jsonContent } from '../../http/router.js';
import { inEffect, listVersions, presentVersion, publishGuidance } from './guidance.js';

const tags = ['guidance'];
const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' });
const VersionOut = z.object({
  id: z.number(), docKey: z.string(), versionNo: z.number(), title: z.string(), effectiveFrom: z.string(), summary: z.string().nullable(),
  files: z.array(z.object({ id: z.number(), filename: z.string(), mime: z.string(), url: z.string() })), createdBy: z.string().nullable(), createdAt: z.string(),
}).openapi('GuidanceVersion');
// A union with null, not .nullable(): the generator drops the null of a named schema's .nullable() (or makes the named schema itself nullable).
export const DocOut = z.object({ docKey: z.string(), current: z.union([VersionOut, z.null()]), upcoming: z.array(VersionOut),
  versions: z.array(z.object({ id: z.number(), versionNo: z.number(), effectiveFrom: z.string() })) }).openapi('GuidanceDocument');
const Publish = z.object({
  docKey: z.string().max(80).nullable().optional().openapi({ description: 'An existing document: publish its next version. Absent: a new document' }),
  title: z.string().trim().min(3).max(300).openapi({ example: 'Hướng dẫn kỹ thuật thi công đường bê tông xi măng nông thôn' }),
  effectiveFrom: IsoDate.openapi({ example: '2021-09-15' }),
  summary: z.string().trim().max(4000).nullable().optional(),
}).openapi('GuidancePublish');

export const guidanceRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/guidance', tags, summary: 'Guidance documents with the version in effect on a day (default today)',
    request: { query: z.object({ asOf: IsoDate.optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(DocOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'guidance.read');
    return c.json({ items: inEffect(await listVersions(c.var.db), c.req.valid('query').asOf ?? todayInVietnam()) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/guidance/{id}', tags, summary: 'One version with its files', request: { params: IdParam },
    responses: { 200: jsonContent(VersionOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'guidance.read');
    const row = (await listVersions(c.var.db, { ids: [c.req.valid('param').id] }))[0];
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(presentVersion(row), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/guidance', tags, summary: 'Publish a guidance document or its next version', request: { body: jsonBody(Publish) },
    responses: { 201: jsonContent(VersionOut, 'Published'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'guidance.write');
    return c.json(presentVersion(await publishGuidance(ctxOf(c), c.req.valid('json'))), 201);
  });
