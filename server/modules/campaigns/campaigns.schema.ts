// Campaigns ("Ngày thứ 7 vì NTM 2021"): a period, target communes, the criterion served, and the
// campaign days (every Saturday by default; other dates can be added, any removed).
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { patchOf } from '../../http/patch-schema.js';

/** The most target communes of one campaign: every commune of the largest province, with room. */
export const MAX_CAMPAIGN_COMMUNES = 1000;

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-11' });

const CampaignFields = z.object({
  name: z.string().trim().min(3).max(200).openapi({ example: 'Ngày thứ 7 vì nông thôn mới năm 2021' }),
  districtId: z.number().int().positive().openapi({ description: 'The district running the campaign' }),
  startDate: IsoDate,
  endDate: IsoDate,
  criterionNo: z.number().int().min(1).max(19).openapi({ description: 'NTM criterion served (2 = giao thông)' }).default(2),
  description: z.string().trim().max(4000).nullable().optional(),
  // A province runs the campaign over all its communes since July 2025 (Tuyên Quang: 124; before the
  // merger up to about 400 in a province): the cap only bounds a request's size.
  communeIds: z.array(z.number().int().positive()).max(MAX_CAMPAIGN_COMMUNES).openapi({ description: `Target communes (xã, phường, thị trấn); at most ${MAX_CAMPAIGN_COMMUNES}, a province's` }),
});

export const CampaignCreate = CampaignFields.refine((v) => v.endDate >= v.startDate, { path: ['endDate'], message: 'endDate ≥ startDate' })
  .openapi('CampaignCreate');
export const CampaignUpdate = patchOf(CampaignFields).openapi('CampaignUpdate');

export const CampaignDayInput = z.object({
  day: IsoDate,
  note: z.string().trim().max(300).nullable().optional().openapi({ example: 'Ngày bù do mưa' }),
}).openapi('CampaignDayInput');

export const CampaignOut = z.object({
  id: z.number(),
  name: z.string(),
  district: z.object({ id: z.number(), name: z.string() }),
  startDate: z.string(),
  endDate: z.string(),
  criterionNo: z.number(),
  description: z.string().nullable(),
  communes: z.array(z.object({ id: z.number(), name: z.string(), level: z.string() })),
  days: z.array(z.object({ day: z.string(), note: z.string().nullable(), saturday: z.boolean() })),
  groupCount: z.number(),
  actions: z.array(z.enum(['edit'])),
  version: z.number(),
}).openapi('Campaign');

export type CampaignCreateInput = z.infer<typeof CampaignCreate>;
export type CampaignUpdateInput = z.infer<typeof CampaignUpdate>;
