// /workdays: record a day (client id required, resends answer with the first record), list and
// read within the actor's scope, correct one's own part, cancel, add photos and serve their
// display copies; /campaigns/{id}/workday-actuals for registered vs actual.
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Context } from 'hono';
import type { Actor } from '../../../domain/roles.js';
import type { AppEnv } from '../../http/context.js';
import { AppError, fail, zodFields } from '../../http/errors.js';
import { businessToday } from '../directives/index.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { actualsForDay } from './actuals.js';
import { recordWorkday } from './commands/record-workday.js';
import { cancelWorkday, correctCommunePart, correctGroupPart } from './commands/correct-workday.js';
import { addPhoto } from './photos.js';
import { readScope } from './workdays.policy.js';
import { presentWorkday, presentWorkdays } from './workdays.presenter.js';
import { listWorkdays, type WorkdayRow } from './workdays.repository.js';
import { ActualsOut, CancelIn, CheckOut, CommunePatch, GroupPatch, IsoDate, PhotoFactsIn, WorkdayCreate, WorkdayOut, WorkdayQuery } from './workdays.schema.js';

const tags = ['workdays'];

/**
 * What a write would answer, found by making it inside a savepoint that is rolled back whatever
 * happens: the plausibility warnings it would keep, or the refusals (fields named) it would get.
 */
async function dryRun(c: Context<AppEnv>, actor: Actor, write: () => Promise<WorkdayRow>) {
  const ctx = ctxOf(c);
  await sql`savepoint workday_check`.execute(ctx.db);
  try {
    const row = await write();
    const view = await presentWorkday(ctx.db, actor, (await listWorkdays(ctx.db, { ids: [row.id] }))[0]);
    return { ok: true, warnings: view.warnings, refusals: [], error: null };
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500 || e.status === 401 || e.status === 403) throw e;
    return { ok: false, warnings: [], refusals: e.fields, error: e.code };
  } finally {
    await sql`rollback to savepoint workday_check`.execute(ctx.db);
  }
}

async function visible(c: Context<AppEnv>, actor: Actor, id: number): Promise<WorkdayRow> {
  const [row] = await listWorkdays(c.var.db, { ids: [id] }, readScope(actor));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function one(c: Context<AppEnv>, actor: Actor, row: WorkdayRow) {
  const out = await presentWorkday(c.var.db, actor, row);
  setEtag(c, out.version);
  return out;
}

const PhotoForm = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary' }),
  phase: z.enum(['before', 'after']).openapi({ description: 'Before or after the work' }),
  takenAt: z.string().optional().openapi({ description: 'ISO time read on the phone from the EXIF before resizing (used when the file has none)' }),
  lat: z.string().optional().openapi({ description: 'Latitude from the EXIF read on the phone, or the phone\'s GPS' }),
  lng: z.string().optional().openapi({ description: 'Longitude, with lat' }),
  accuracy: z.string().optional().openapi({ description: 'Metres, when the position is the phone\'s GPS' }),
});

/** The optional fields of a photo upload, checked; an empty field counts as absent. */
function sentFacts(form: Record<string, unknown>) {
  const pick = (k: string) => (typeof form[k] === 'string' && form[k] !== '' ? form[k] : undefined);
  const parsed = PhotoFactsIn.safeParse({ takenAt: pick('takenAt'), lat: pick('lat'), lng: pick('lng'), accuracy: pick('accuracy') });
  if (!parsed.success) throw new AppError('VALIDATION', zodFields(parsed.error));
  return parsed.data;
}

export const workdaysRouter = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/workdays', tags, summary: 'Record a workday (the actor fills its own part); clientId makes resends safe',
    request: { body: jsonBody(WorkdayCreate) },
    responses: { 201: jsonContent(WorkdayOut, 'Recorded'), 200: jsonContent(WorkdayOut, 'A resend: the record made the first time'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const { row, replayed } = await recordWorkday(ctxOf(c), c.req.valid('json'));
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(await one(c, actor, row), replayed ? 200 : 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/workdays/check', tags,
    summary: 'Check a workday before saving it: the plausibility warnings and refusals it would get (nothing is written)',
    request: { body: jsonBody(WorkdayCreate) }, responses: { 200: jsonContent(CheckOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    // The real record, rolled back: the answer is exactly what saving would do.
    return c.json(await dryRun(c, actor, async () => (await recordWorkday(ctxOf(c), c.req.valid('json'))).row), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/workdays/{id}/group/check', tags,
    summary: "Check a correction of the group's part before saving it: the plausibility warnings and refusals it would get (nothing is written)",
    request: { params: IdParam, body: jsonBody(GroupPatch) }, responses: { 200: jsonContent(CheckOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await dryRun(c, actor, () => correctGroupPart(ctxOf(c), id, c.req.valid('json'))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/workdays/{id}/commune/check', tags,
    summary: "Check a correction of the commune's part before saving it: the plausibility warnings and refusals it would get (nothing is written)",
    request: { params: IdParam, body: jsonBody(CommunePatch) }, responses: { 200: jsonContent(CheckOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await dryRun(c, actor, () => correctCommunePart(ctxOf(c), id, c.req.valid('json'))), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/workdays', tags, summary: 'Workday records the user may see (a commune its own, an agency its groups\')',
    request: { query: WorkdayQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(WorkdayOut), today: IsoDate.openapi({ description: 'The business date: no record may be made for a later day' }) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.read');
    const { withWarnings, ...q } = c.req.valid('query');
    const rows = await listWorkdays(c.var.db, { ...q, withWarnings: withWarnings === 'true' }, readScope(actor));
    return c.json({ items: await presentWorkdays(c.var.db, actor, rows), today: await businessToday(c.var.db) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/workdays/{id}', tags, summary: 'One workday record', request: { params: IdParam },
    responses: { 200: jsonContent(WorkdayOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.read');
    return c.json(await one(c, actor, await visible(c, actor, c.req.valid('param').id)), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/workdays/{id}/group', tags, summary: "Correct the group's part: its officials' attendance (group lead or office)",
    request: { params: IdParam, body: jsonBody(GroupPatch) }, responses: { 200: jsonContent(WorkdayOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await one(c, actor, await correctGroupPart(ctxOf(c), id, c.req.valid('json'), ifMatchVersion(c))), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/workdays/{id}/commune', tags, summary: "Correct the commune's part: people, pours, materials issued, supervisor, weather, incidents",
    request: { params: IdParam, body: jsonBody(CommunePatch) }, responses: { 200: jsonContent(WorkdayOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await one(c, actor, await correctCommunePart(ctxOf(c), id, c.req.valid('json'), ifMatchVersion(c))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/workdays/{id}/cancel', tags, summary: 'Cancel the day (rain…) with a reason',
    request: { params: IdParam, body: jsonBody(CancelIn) }, responses: { 200: jsonContent(WorkdayOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await one(c, actor, await cancelWorkday(ctxOf(c), id, c.req.valid('json').reason, ifMatchVersion(c))), 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/workdays/{id}/photos', tags, summary: 'Add a photo before or after (JPEG, PNG, WebP); EXIF time and GPS are kept',
    request: { params: IdParam, body: { required: true, content: { 'multipart/form-data': { schema: PhotoForm } } } },
    responses: { 201: jsonContent(WorkdayOut, 'The record with its photos'), 413: errorResponses[409], 415: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    const form = await c.req.parseBody();
    const file = form.file;
    if (!(file instanceof File)) fail('VALIDATION', 'file', 'Hãy chọn ảnh', 'Choose a photo');
    const phase = form.phase;
    if (phase !== 'before' && phase !== 'after') fail('VALIDATION', 'phase', 'Chọn "trước" hoặc "sau"', 'Choose "before" or "after"');
    const sent = sentFacts(form);
    await addPhoto(ctxOf(c), c.var.deps.files, c.var.deps.config.maxUploadBytes,
      { workdayId: id, phase, filename: file.name, data: new Uint8Array(await file.arrayBuffer()), sent });
    return c.json(await one(c, actor, await visible(c, actor, id)), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/workday-photos/{id}/display', tags, summary: "A photo's display copy (WebP, at most 1280 px)",
    request: { params: IdParam }, responses: { 200: { description: 'The image' }, ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'workdays.read');
    const photo = await c.var.db.selectFrom('workday_photos').selectAll().where('id', '=', c.req.valid('param').id).executeTakeFirst();
    if (!photo?.display_key) throw new AppError('NOT_FOUND');
    const w = await visible(c, actor, photo.workday_id);
    if (photo.side === 'commune' && (await presentWorkday(c.var.db, actor, w)).communePart === null) throw new AppError('NOT_FOUND');
    const data = await c.var.deps.files.get(photo.display_key);
    if (!data) throw new AppError('NOT_FOUND');
    return c.body(data as Uint8Array<ArrayBuffer>, 200, {
      'content-type': photo.display_mime ?? 'image/webp', 'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=3600',
    });
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/workday-actuals', tags, summary: 'What each group did on a day (participants, labour-days, m³): registered vs actual',
    request: { params: IdParam, query: z.object({ day: IsoDate }) }, responses: { 200: jsonContent(ActualsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'workdays.read');
    const day = c.req.valid('query').day;
    return c.json({ day, items: await actualsForDay(c.var.db, c.req.valid('param').id, day) }, 200);
  });
