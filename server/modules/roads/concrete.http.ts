// /concrete/estimate (the calculator), /mix-tables (list, add) and /road-settings (the labour norm,
// mixer drum and other road settings with their defaults and notes).
import { createRoute, z } from '@hono/zod-openapi';
import { GRADES, STONE_SIZES } from '../../../domain/concrete/index.js';
import { REGIONS } from '../../../domain/criterion2.js';
import { DEFAULT_ROAD_SETTINGS, ROAD_SETTING_NOTES } from '../../../domain/roads.js';
import { can } from '../../../domain/roles.js';
import { authorise, createRouter, ctxOf, errorResponses, jsonBody, jsonContent } from '../../http/router.js';
import { createMixTable, MixTableCreate, presentMixTable } from './commands/save-mix-table.js';
import { RoadSettingsUpdate, updateRoadSettings } from './commands/save-road-settings.js';
import { estimateFor, EstimateQuery } from './concrete-estimate.js';
import { listMixTables } from './mix-tables.repository.js';
import { EstimateOut } from './roads.schema.js';
import { getRoadSettings } from './road-settings.js';

const tags = ['concrete'];

const MixTableOut = z.object({
  id: z.number(), code: z.string(), name: z.string(), source: z.string(), cementType: z.string().nullable(), note: z.string().nullable(), isDefault: z.boolean(),
  rows: z.array(z.object({ grade: z.enum(GRADES), stone: z.enum(STONE_SIZES), cementKg: z.number(), sandM3: z.number(), stoneM3: z.number(), waterL: z.number() })),
  unconfirmed: z.array(z.object({ grade: z.enum(GRADES), stone: z.enum(STONE_SIZES), reason: z.string() }))
    .openapi({ description: 'Grades and stone sizes the source covers whose figures could not be checked against its text: not loaded, not usable' }),
  version: z.number(),
}).openapi('MixTable');

const SettingsOut = z.object({
  values: z.object({ labourNormCongPerM3: z.number(), drumLitres: z.number(), lengthMismatchPercent: z.number(), paceCampaignDays: z.number(), defaultRegion: z.string(), tileUrl: z.string() }),
  defaults: z.object({ labourNormCongPerM3: z.number(), drumLitres: z.number(), lengthMismatchPercent: z.number(), paceCampaignDays: z.number(), defaultRegion: z.string(), tileUrl: z.string() }),
  notes: z.record(z.string(), z.object({ toConfirm: z.boolean(), vi: z.string(), en: z.string() })),
  regions: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
  actions: z.array(z.enum(['edit'])),
}).openapi('RoadSettings');

export const concreteRouter = createRouter()
  .openapi(createRoute({
    method: 'get', path: '/concrete/estimate', tags, summary: 'Concrete calculator: volume, cement (kg, 50 kg bags), sand, stone, water, mixer batches, labour',
    request: { query: EstimateQuery },
    responses: { 200: jsonContent(EstimateOut.extend({ dimensions: z.object({ lengthM: z.number(), widthM: z.number(), thicknessM: z.number() }) })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.read');
    return c.json(await estimateFor(c.var.db, c.req.valid('query')), 200);
  })
  .openapi(createRoute({
    method: 'get', path: '/mix-tables', tags, summary: 'Mix tables with their rows (per m³) and sources',
    responses: { 200: jsonContent(z.object({ items: z.array(MixTableOut), actions: z.array(z.enum(['create'])) })), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'roads.read');
    const tables = await listMixTables(c.var.db);
    return c.json({ items: tables.map(presentMixTable), actions: can(actor, 'mix_tables.write') ? ['create' as const] : [] }, 200);
  })
  .openapi(createRoute({
    method: 'post', path: '/mix-tables', tags, summary: 'Add a mix table (admin)', request: { body: jsonBody(MixTableCreate) },
    responses: { 201: jsonContent(MixTableOut, 'Created'), ...errorResponses },
  }), async (c) => {
    authorise(c, 'mix_tables.write');
    return c.json(await createMixTable(ctxOf(c), c.req.valid('json')), 201);
  })
  .openapi(createRoute({
    method: 'get', path: '/road-settings', tags, summary: 'Road settings: labour norm (to confirm), mixer drum, length check, pace window, default region, map tiles',
    responses: { 200: jsonContent(SettingsOut), ...errorResponses },
  }), async (c) => {
    const actor = authorise(c, 'roads.read');
    const values = await getRoadSettings(c.var.db);
    return c.json({ values, defaults: DEFAULT_ROAD_SETTINGS, notes: ROAD_SETTING_NOTES as Record<string, { toConfirm: boolean; vi: string; en: string }>,
      regions: REGIONS.map((r) => ({ ...r })), actions: can(actor, 'roads.configure') ? ['edit' as const] : [] }, 200);
  })
  .openapi(createRoute({
    method: 'patch', path: '/road-settings', tags, summary: 'Change road settings (admin)', request: { body: jsonBody(RoadSettingsUpdate) },
    responses: { 200: jsonContent(SettingsOut.pick({ values: true })), ...errorResponses },
  }), async (c) => {
    authorise(c, 'roads.configure');
    return c.json({ values: await updateRoadSettings(ctxOf(c), c.req.valid('json')) }, 200);
  });
