// The admin changes road settings; every change is audited with the values before and after.
import { z } from '@hono/zod-openapi';
import { REGION_CODES } from '../../../../domain/criterion2.js';
import type { RequestContext } from '../../../http/context.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { getRoadSettings, saveRoadSettings } from '../road-settings.js';

export const RoadSettingsUpdate = z.object({
  labourNormCongPerM3: z.number().min(0).max(50).openapi({ description: 'công per m³ (to confirm)', example: 2 }),
  drumLitres: z.number().int().min(50).max(5000),
  lengthMismatchPercent: z.number().min(0).max(100),
  paceCampaignDays: z.number().int().min(1).max(52),
  defaultRegion: z.enum(REGION_CODES),
  tileUrl: z.string().trim().max(500).refine((v) => v === '' || (/^https?:\/\/\S+$/.test(v) && v.includes('{z}') && v.includes('{x}') && v.includes('{y}')),
    { message: 'http(s) URL with {z}, {x} and {y}, or empty' }),
}).partial().openapi('RoadSettingsUpdate');

export async function updateRoadSettings(ctx: RequestContext, input: z.infer<typeof RoadSettingsUpdate>) {
  const before = await getRoadSettings(ctx.db);
  const after = { ...before, ...input, ...(input.labourNormCongPerM3 !== undefined ? { labourNormCongPerM3: Math.round(input.labourNormCongPerM3 * 1000) / 1000 } : {}) };
  await saveRoadSettings(ctx.db, after);
  await recordAudit(ctx, { action: 'update', entity: 'road_settings', summary: auditText('road.settings'), before, after });
  return after;
}
