// /campaigns/{id}/plans and /plans/{id}: the plan calendar of a campaign, a day's plan with its
// entries and go/no-go checklist, the proposal, entries (If-Match; a reason once published),
// publish, close, cancel a day, versions, supervisors, and the plan settings of a campaign.
import { createRoute, z } from '@hono/zod-openapi';
import { dayOfWeek } from '../../../domain/dates.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { cancelDay } from './commands/cancel-day.js';
import { closePlan, createPlan, publishPlan, requirePlan } from './commands/plan-lifecycle.js';
import { proposePlan } from './commands/propose-plan.js';
import { addEntry, changeEntry, removeEntry } from './commands/save-entry.js';
import { savePlanSettings } from './commands/save-settings.js';
import { setSupervisor } from './commands/set-supervisor.js';
import { confirmSite } from './commands/confirm-site.js';
import { planView } from './plans.presenter.js';
import { getSettings, listVersions, planDays } from './plans.repository.js';
import {
  CancelInput, CancelOut, EntryCreate, EntryRemoveQuery, EntryUpdate, IsoDate, PlanCreate, PlanOut, PlanSummaryOut, ProposalOut, PublishInput,
  PlanSnapshot, SettingsInput, SettingsOut, SiteInput, SupervisorInput, VersionDetailOut, VersionOut,
} from './plans.schema.js';

const tags = ['plans'];
const CampaignParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }) });
const EntryParam = IdParam.extend({ entryId: z.coerce.number().int().positive().openapi({ param: { name: 'entryId', in: 'path' }, example: 1 }) });
const VersionParam = IdParam.extend({ versionNo: z.coerce.number().int().positive().openapi({ param: { name: 'versionNo', in: 'path' }, example: 1 }) });
const planAnswer = { 200: jsonContent(PlanOut), 412: errorResponses[409], ...errorResponses };
type VersionRow = Awaited<ReturnType<typeof listVersions>>[number];
const presentVersion = (v: VersionRow) => ({
  versionNo: v.version_no, kind: v.kind, status: v.status, reason: v.reason, redItems: v.red_items, redReason: v.red_reason,
  createdAt: new Date(v.created_at).toISOString(), createdBy: v.display_name,
});

export const plansRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/plans', tags, summary: 'The campaign days with their plan (status and totals), for the plan calendar',
    request: { params: CampaignParam, query: z.object({ from: IsoDate.optional(), to: IsoDate.optional() }) },
    responses: { 200: jsonContent(z.object({ items: z.array(PlanSummaryOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    const rows = await planDays(c.var.db, c.req.valid('param').id, c.req.valid('query'));
    return c.json({ items: rows.map((r) => ({
      day: r.day, note: r.note, saturday: dayOfWeek(r.day) === 6,
      plan: r.id === null ? null : { id: r.id, status: r.status!, versionNo: r.version_no!, entries: r.entries, headcount: r.headcount, targetVolumeM3: r.litres / 1000 },
    })) }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/plans', tags, summary: 'Start an empty draft plan for a campaign day',
    request: { params: CampaignParam, body: jsonBody(PlanCreate) }, responses: { 201: jsonContent(PlanOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const plan = await createPlan(ctxOf(c), c.req.valid('param').id, c.req.valid('json').day);
    setEtag(c, plan.version);
    return c.json(plan, 201);
  })
  .openapi(createRoute({
    method: 'post', path: '/campaigns/{id}/plans/propose', tags, summary: 'Propose the plan of a day: fills the draft (created if needed) from assignments, registrations, remaining volume and mixers',
    request: { params: CampaignParam, body: jsonBody(PlanCreate) }, responses: { 200: jsonContent(ProposalOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const r = await proposePlan(ctxOf(c), c.req.valid('param').id, c.req.valid('json').day);
    setEtag(c, r.plan.version);
    return c.json(r, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/plan-settings', tags, summary: 'Registration and confirmation deadlines, mixer batches a day, meeting time',
    request: { params: CampaignParam }, responses: { 200: jsonContent(SettingsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    const s = await getSettings(c.var.db, c.req.valid('param').id);
    setEtag(c, s.version);
    return c.json(s, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/campaigns/{id}/plan-settings', tags, summary: 'Change the plan settings of a campaign',
    request: { params: CampaignParam, body: jsonBody(SettingsInput) }, responses: { 200: jsonContent(SettingsOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const s = await savePlanSettings(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, s.version);
    return c.json(s, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}', tags, summary: "A day's plan: entries with segments, registration and go/no-go checklist",
    request: { params: IdParam }, responses: { 200: jsonContent(PlanOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'plans.read');
    const plan = await planView(c.var.db, actor, c.req.valid('param').id);
    if (!plan) throw new AppError('NOT_FOUND');
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/plans/{id}/entries', tags, summary: 'Add an entry (If-Match; a reason once the plan is published)',
    request: { params: IdParam, body: jsonBody(EntryCreate) },
    responses: { 201: jsonContent(z.object({ entryId: z.number(), plan: PlanOut }), 'Created'), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    const r = await addEntry(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, r.plan.version);
    return c.json(r, 201);
  })
  .openapi(createRoute({
    method: 'patch', path: '/plans/{id}/entries/{entryId}', tags, summary: 'Change an entry (If-Match; a reason once the plan is published)',
    request: { params: EntryParam, body: jsonBody(EntryUpdate) }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.write');
    const p = c.req.valid('param');
    const plan = await changeEntry(ctxOf(c), p.id, p.entryId, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'delete', path: '/plans/{id}/entries/{entryId}', tags, summary: 'Remove an entry (If-Match; ?reason= once the plan is published)',
    request: { params: EntryParam, query: EntryRemoveQuery }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.write');
    const p = c.req.valid('param');
    const plan = await removeEntry(ctxOf(c), p.id, p.entryId, c.req.valid('query').reason, ifMatchVersion(c));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/plans/{id}/entries/{entryId}/supervisor', tags, summary: "The commune names the entry's supervisor",
    request: { params: EntryParam, body: jsonBody(SupervisorInput) }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.supervise');
    const p = c.req.valid('param');
    const plan = await setSupervisor(ctxOf(c), p.id, p.entryId, c.req.valid('json'));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/plans/{id}/entries/{entryId}/site', tags, summary: "The commune confirms the entry's site is prepared (mặt bằng)",
    request: { params: EntryParam, body: jsonBody(SiteInput) }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.supervise');
    const p = c.req.valid('param');
    const plan = await confirmSite(ctxOf(c), p.id, p.entryId, c.req.valid('json'));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/plans/{id}/publish', tags, summary: 'Publish a draft (If-Match); red go/no-go items need a reason',
    request: { params: IdParam, body: jsonBody(PublishInput) }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.publish');
    const plan = await publishPlan(ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason, ifMatchVersion(c));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/plans/{id}/close', tags, summary: 'Close a published plan on or after its day',
    request: { params: IdParam }, responses: planAnswer,
  }), async (c) => {
    authorise(c, 'plans.publish');
    const plan = await closePlan(ctxOf(c), c.req.valid('param').id, ifMatchVersion(c));
    setEtag(c, plan.version);
    return c.json(plan, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/plans/{id}/cancel', tags, summary: 'Cancel the day (rain, holiday) with a reason: entries move to the next campaign day as a draft',
    request: { params: IdParam, body: jsonBody(CancelInput) }, responses: { 200: jsonContent(CancelOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.write');
    return c.json(await cancelDay(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c)), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}/versions', tags, summary: 'Every published version of a plan, with its reason',
    request: { params: IdParam }, responses: { 200: jsonContent(z.object({ items: z.array(VersionOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    const b = await requirePlan(ctxOf(c), c.req.valid('param').id);
    return c.json({ items: (await listVersions(c.var.db, b.plan.id)).map(presentVersion) }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/plans/{id}/versions/{versionNo}', tags, summary: 'One version of a plan, as it was',
    request: { params: VersionParam }, responses: { 200: jsonContent(VersionDetailOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'plans.read');
    const p = c.req.valid('param');
    const [v] = await listVersions(c.var.db, p.id, p.versionNo);
    if (!v) throw new AppError('NOT_FOUND');
    // The snapshot is what snapshotOf wrote when the version was made (a JSON column reads as unknown).
    return c.json({ ...presentVersion(v), snapshot: v.snapshot as z.infer<typeof PlanSnapshot> }, 200);
  });

