// /criterion2: thresholds (read, edit and confirm), each commune's criterion 2 table with its
// projection, and a commune's applied region.
import { createRoute, z } from '@hono/zod-openapi';
import { REGIONS } from '../../../domain/criterion2.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent } from '../../http/router.js';
import { businessToday } from '../directives/index.js';
import { getRoadSettings } from '../roads/index.js';
import { setAppliedRegion, updateThreshold } from './commands/save-criteria.js';
import { plannedReach } from './planned-reach.js';
import { acceptedByDay, campaignCommuneIds, campaignFor, classLengths, communesByIds, communesWithRoads, listThresholds } from './criteria.repository.js';
import { presentCommune, presentThreshold } from './criteria.presenter.js';
import { CommuneCriterionOut, CommuneQuery, RegionInput, ThresholdOut, ThresholdParam, ThresholdUpdate } from './criteria.schema.js';

const tags = ['criterion2'];

export async function communeView(ctx: RequestContext, commune: { id: number; name: string; applied_region: string | null }, q: { campaignId?: number; asOf?: string }) {
  const settings = await getRoadSettings(ctx.db);
  // The business clock (the demo's pinned date), as the dashboard and the reports count.
  const asOf = q.asOf ?? await businessToday(ctx.db);
  const campaign = await campaignFor(ctx.db, commune.id, q.campaignId);
  const view = presentCommune({
    commune, defaultRegion: settings.defaultRegion, thresholds: await listThresholds(ctx.db),
    lengths: await classLengths(ctx.db, commune.id, asOf), acceptedByDay: await acceptedByDay(ctx.db, commune.id, asOf),
    campaign, asOf, paceDays: settings.paceCampaignDays,
  }, ctx.actor!);
  // Beside the projection at the recent pace, the season plan's date (lộ trình), when one was solved.
  return { ...view, seasonPlan: campaign ? await plannedReach(ctx.db, campaign.id, commune.id) : null };
}

export const criteriaRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/criterion2/thresholds', tags, summary: 'Thresholds per region and indicator, with their source and whether confirmed',
    responses: { 200: jsonContent(z.object({ regions: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })), items: z.array(ThresholdOut) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'roads.read');
    return c.json({ regions: REGIONS.map((r) => ({ ...r })), items: (await listThresholds(c.var.db)).map((t) => presentThreshold(t, actor)) }, 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/criterion2/thresholds/{region}/{indicator}', tags, summary: 'Edit or confirm a threshold (admin)',
    request: { params: ThresholdParam, body: jsonBody(ThresholdUpdate) },
    responses: { 200: jsonContent(ThresholdOut), 412: errorResponses[409], ...errorResponses },
  }), async (c) => {
    authorise(c, 'criteria.confirm');
    const { region, indicator } = c.req.valid('param');
    return c.json(await updateThreshold(ctxOf(c), region, indicator, c.req.valid('json'), ifMatchVersion(c)), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/criterion2/communes', tags, summary: "Criterion 2 of every commune of a campaign (or every commune with roads)",
    request: { query: CommuneQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(CommuneCriterionOut) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const q = c.req.valid('query');
    const ids = q.campaignId ? await campaignCommuneIds(c.var.db, q.campaignId) : await communesWithRoads(c.var.db);
    if (!ids) throw new AppError('NOT_FOUND');
    const items = [];
    for (const commune of await communesByIds(c.var.db, ids)) items.push(await communeView(ctxOf(c), commune, q));
    return c.json({ items }, 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/criterion2/communes/{id}', tags, summary: "A commune's criterion 2: km total and hardened per class, share, threshold, met, projection",
    request: { params: IdParam, query: CommuneQuery },
    responses: { 200: jsonContent(CommuneCriterionOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    const [commune] = await communesByIds(c.var.db, [c.req.valid('param').id]);
    if (!commune) throw new AppError('NOT_FOUND');
    return c.json(await communeView(ctxOf(c), commune, c.req.valid('query')), 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/criterion2/communes/{id}/region', tags, summary: "Set the commune's applied region (admin)",
    request: { params: IdParam, body: jsonBody(RegionInput) },
    responses: { 200: jsonContent(CommuneCriterionOut), ...errorResponses },
  }), async (c) => {
    authorise(c, 'criteria.confirm');
    const id = c.req.valid('param').id;
    await setAppliedRegion(ctxOf(c), id, c.req.valid('json').region);
    const [commune] = await communesByIds(c.var.db, [id]);
    return c.json(await communeView(ctxOf(c), commune, {}), 200);
  });
