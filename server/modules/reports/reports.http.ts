// /weekly-reports: a commune opens, fills in and submits its weekly report; the office returns,
// approves or unlocks it; /campaigns/{id}/weekly-reports/completeness is the office's grid and
// /campaigns/{id}/report-settings the deadlines, tolerances and ranking weights.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../../domain/roles.js';
import type { AppEnv } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent, setEtag } from '../../http/router.js';
import { presentSettings, saveReportSettings } from './commands/save-settings.js';
import { createReport, updateReport } from './commands/save-report.js';
import { transitionReport } from './commands/transition-report.js';
import { businessToday } from './clock.js';
import { completeness } from './completeness.js';
import { reportScope } from './reports.policy.js';
import { presentReport } from './reports.presenter.js';
import { getSettings, listReports, type ReportRow } from './reports.repository.js';
import { CommentIn, CompletenessOut, CompletenessQuery, IsoDate, ReportCreate, ReportOut, ReportQuery, ReportUpdate, SettingsIn, SettingsOut } from './reports.schema.js';

const tags = ['weekly reports'];

async function visible(c: Context<AppEnv>, actor: Actor, id: number): Promise<ReportRow> {
  const scope = reportScope(actor);
  const [row] = scope === undefined ? [] : await listReports(c.var.db, { ids: [id], communeId: scope ?? undefined });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

async function one(c: Context<AppEnv>, actor: Actor, row: ReportRow) {
  const out = await presentReport(c.var.db, actor, row);
  setEtag(c, out.version);
  return out;
}

const move = (action: 'submit' | 'return' | 'approve' | 'unlock', summary: string) => createRoute({
  method: 'post', path: `/weekly-reports/{id}/${action}`, tags, summary,
  request: { params: IdParam, body: jsonBody(CommentIn) }, responses: { 200: jsonContent(ReportOut), 412: errorResponses[409], ...errorResponses },
});

function handler(action: 'submit' | 'return' | 'approve' | 'unlock') {
  return async (c: Context<AppEnv>) => {
    const actor = authorise(c, action === 'submit' ? 'reports.write' : 'reports.review');
    const id = (await visible(c, actor, Number(c.req.param('id')))).id;
    const body = (await c.req.json().catch(() => ({}))) as { comment?: string | null };
    return c.json(await one(c, actor, await transitionReport(ctxOf(c), id, action, body.comment, ifMatchVersion(c))), 200);
  };
}

export const reportsRouter = createRouter()
  .openapi(createRoute({
    method: 'post', path: '/weekly-reports', tags, summary: "Open the commune's report for a week that has started",
    request: { body: jsonBody(ReportCreate) }, responses: { 201: jsonContent(ReportOut, 'Opened'), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'reports.write');
    return c.json(await one(c, actor, await createReport(ctxOf(c), c.req.valid('json'))), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/weekly-reports', tags, summary: 'Weekly reports the user may see (a commune its own)',
    request: { query: ReportQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(ReportOut), today: IsoDate.openapi({ description: 'The business date: weeks after it cannot be reported yet' }) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'reports.read');
    const q = c.req.valid('query');
    const scope = reportScope(actor);
    const today = await businessToday(c.var.db);
    if (scope && q.communeId && q.communeId !== scope) return c.json({ items: [], today }, 200);
    const rows = await listReports(c.var.db, { ...q, communeId: scope ?? q.communeId, status: q.status ? [q.status] : undefined });
    const items = [];
    for (const r of rows) items.push(await presentReport(c.var.db, actor, r));
    return c.json({ items, today }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/weekly-reports/{id}', tags, summary: 'One weekly report with its figures, ratings and history',
    request: { params: IdParam }, responses: { 200: jsonContent(ReportOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'reports.read');
    return c.json(await one(c, actor, await visible(c, actor, c.req.valid('param').id)), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/weekly-reports/{id}', tags, summary: 'Edit the narrative, difficulties, proposals and group ratings (draft or returned)',
    request: { params: IdParam, body: jsonBody(ReportUpdate) }, responses: { 200: jsonContent(ReportOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'reports.write');
    const id = (await visible(c, actor, c.req.valid('param').id)).id;
    return c.json(await one(c, actor, await updateReport(ctxOf(c), id, c.req.valid('json'), ifMatchVersion(c))), 200);
  })
  .openapi(move('submit', 'Submit (the commune): figures are frozen; on time or late against the deadline'), handler('submit'))
  .openapi(move('return', 'Return to the commune with a comment (required)'), handler('return'))
  .openapi(move('approve', 'Approve: the report is locked'), handler('approve'))
  .openapi(move('unlock', 'Unlock an approved report, with the reason (logged); it goes back to the commune'), handler('unlock'))
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/weekly-reports/completeness', tags, summary: 'Communes × weeks: on time, late, missing, due',
    request: { params: IdParam, query: CompletenessQuery }, responses: { 200: jsonContent(CompletenessOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'reports.review');
    const grid = await completeness(c.var.db, c.req.valid('param').id, c.req.valid('query'));
    if (!grid) throw new AppError('NOT_FOUND');
    return c.json(grid, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/campaigns/{id}/report-settings', tags, summary: 'Cut-off, deadline, reminder, tolerances, ranking weights',
    request: { params: IdParam }, responses: { 200: jsonContent(SettingsOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'reports.read');
    const s = await getSettings(c.var.db, c.req.valid('param').id);
    setEtag(c, s.version);
    return c.json(presentSettings(s), 200);
  })
  .openapi(createRoute({
    method: 'put', path: '/campaigns/{id}/report-settings', tags, summary: 'Change the report settings (audited)',
    request: { params: IdParam, body: jsonBody(SettingsIn) }, responses: { 200: jsonContent(SettingsOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'reports.configure');
    const s = await saveReportSettings(ctxOf(c), c.req.valid('param').id, c.req.valid('json'), ifMatchVersion(c));
    setEtag(c, s.version);
    return c.json(presentSettings(s), 200);
  });
