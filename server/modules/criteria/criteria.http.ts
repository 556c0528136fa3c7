// /criterion2: thresholds (read, edit and confirm), each commune's criterion 2 table with its
// projection, and a commune's applied region.
import { createRoute, z } from '@hono/zod-openapi';
import { REGIONS } from '../../../domain/criterion2.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { isNotModified } from '../../http/read-cache.js';
import { authorise, createRouter, ctxOf, errorResponses, IdParam, ifMatchVersion, jsonBody, jsonContent } from '../../http/router.js';
import { businessToday } from '../directives/index.js';
import { getRoadSettings } from '../roads/index.js';
import { setAppliedRegion, updateThreshold } from './commands/save-criteria.js';
import { plannedReach } from './planned-reach.js';
import { acceptedByDay, campaignCommuneIds, campaignsFor, classLengths, communesByIds, communesWithRoads, listThresholds } from './criteria.repository.js';
import { presentCommune, presentThreshold } from './criteria.presenter.js';
import { CommuneCriterionOut, CommuneQuery, RegionInput, ThresholdOut, ThresholdParam, ThresholdUpdate } from './criteria.schema.js';

const tags = ['criterion2'];

type CommuneRow = { id: number; name: string; applied_region: string | null };

/**
 * Criterion 2 of many communes with a fixed number of queries (settings, thresholds, lengths and
 * acceptances grouped by commune, campaigns), however many communes there are.
 */
export async function communeViews(ctx: RequestContext, communes: CommuneRow[], q: { campaignId?: number; asOf?: string }) {
  const settings = await getRoadSettings(ctx.db);
  // The business clock (the demo's pinned date), as the dashboard and the reports count.
  const asOf = q.asOf ?? await businessToday(ctx.db);
  const ids = communes.map((c) => c.id);
  const thresholds = await listThresholds(ctx.db);
  const lengths = await classLengths(ctx.db, ids, asOf);
  const accepted = await acceptedByDay(ctx.db, ids, asOf);
  const campaigns = await campaignsFor(ctx.db, ids, q.campaignId);
  // Beside the projection at the recent pace, the season plan's date (lộ trình), when one was solved:
  // one read per campaign (the communes of one view almost always share it).
  const reach = new Map<number, Awaited<ReturnType<typeof plannedReach>>>();
  for (const id of new Set([...campaigns.values()].map((c) => c.id))) reach.set(id, await plannedReach(ctx.db, id, ids));
  return communes.map((commune) => {
    const campaign = campaigns.get(commune.id) ?? null;
    const view = presentCommune({
      commune, defaultRegion: settings.defaultRegion, thresholds,
      lengths: lengths.filter((l) => l.commune_id === commune.id), acceptedByDay: accepted.filter((a) => a.commune_id === commune.id),
      campaign, asOf, paceDays: settings.paceCampaignDays,
    }, ctx.actor!);
    return { ...view, seasonPlan: campaign ? reach.get(campaign.id)?.get(commune.id) ?? null : null };
  });
}

export async function communeView(ctx: RequestContext, commune: CommuneRow, q: { campaignId?: number; asOf?: string }) {
  return (await communeViews(ctx, [commune], q))[0];
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
    responses: { 200: jsonContent(z.object({ items: z.array(CommuneCriterionOut) })), 304: { description: 'Not modified (ETag: data version, business date)' }, ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    if (await isNotModified(c, { parts: [await businessToday(c.var.db)] })) return c.body(null, 304);
    const q = c.req.valid('query');
    const ids = q.campaignId ? await campaignCommuneIds(c.var.db, q.campaignId) : await communesWithRoads(c.var.db);
    if (!ids) throw new AppError('NOT_FOUND');
    return c.json({ items: await communeViews(ctxOf(c), await communesByIds(c.var.db, ids), q) }, 200);
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
