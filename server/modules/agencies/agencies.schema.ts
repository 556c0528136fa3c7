// Agencies (cơ quan, đơn vị) with their staff counts: the denominator of participation rates.
import { z } from '@hono/zod-openapi';
import { STAFF_COUNT_MAX } from '../../../domain/limits.js';

export const AgencyCreate = z.object({
  name: z.string().trim().min(2).max(200).openapi({ example: 'Phòng Kinh tế - Hạ tầng' }),
  shortName: z.string().trim().max(40).nullable().optional().openapi({ example: 'KT-HT' }),
  staffCount: z.number().int().min(0).max(STAFF_COUNT_MAX).openapi({ description: 'Số CBCCVC: officials, civil servants and public employees', example: 11 }),
  contactName: z.string().trim().max(120).nullable().optional().openapi({ description: 'Người đầu mối' }),
  contactPhone: z.string().trim().regex(/^[0-9 +().-]{6,20}$/).nullable().optional(),
  districtId: z.number().int().positive().nullable().optional().openapi({ description: 'The district the agency belongs to' }),
}).openapi('AgencyCreate');

export const AgencyUpdate = AgencyCreate.partial().openapi('AgencyUpdate');

export const AgencyOut = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  staffCount: z.number(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  districtId: z.number().nullable(),
  groups: z.array(z.object({ id: z.number(), name: z.string(), campaignId: z.number(), isLead: z.boolean() })),
  actions: z.array(z.enum(['edit', 'editAll'])).openapi({ description: 'edit: staff count and contact; editAll: every field' }),
  version: z.number(),
}).openapi('Agency');

export type AgencyCreateInput = z.infer<typeof AgencyCreate>;
export type AgencyUpdateInput = z.infer<typeof AgencyUpdate>;
