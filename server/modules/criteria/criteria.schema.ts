// Criterion 2 over HTTP: thresholds (region × indicator → minimum share, source, confirmed) and a
// commune's table with its projection.
import { z } from '@hono/zod-openapi';
import { INDICATORS, REGION_CODES } from '../../../domain/criterion2.js';
import { isIsoDate } from '../../../domain/dates.js';
import { ROAD_CLASSES } from '../../../domain/roads.js';

export const ThresholdParam = z.object({
  region: z.enum(REGION_CODES).openapi({ param: { name: 'region', in: 'path' }, example: 'northern_midlands_mountains' }),
  indicator: z.enum(INDICATORS).openapi({ param: { name: 'indicator', in: 'path' }, example: '2.2' }),
});

export const ThresholdUpdate = z.object({
  minSharePercent: z.number().min(0).max(100).optional().openapi({ example: 70 }),
  source: z.string().trim().min(3).max(500).optional().openapi({ description: "The decision's number and date", example: 'QĐ 1174/QĐ-UBND ngày …/…/2022 của UBND tỉnh Hà Giang' }),
  confirmed: z.boolean().optional().openapi({ description: 'Changing the share or source without confirmed: true leaves it unconfirmed' }),
}).openapi('ThresholdUpdate');

export const ThresholdOut = z.object({
  region: z.enum(REGION_CODES), indicator: z.enum(INDICATORS), minSharePercent: z.number(), source: z.string(), confirmed: z.boolean(),
  confirmedBy: z.object({ id: z.number(), name: z.string() }).nullable(), confirmedAt: z.string().nullable(),
  actions: z.array(z.enum(['edit'])), version: z.number(),
}).openapi('Criterion2Threshold');

export const CommuneQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional().openapi({ description: "The campaign whose days set the pace (default: the commune's latest)" }),
  asOf: z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).optional().openapi({ description: 'Date of the figures (default today, Vietnam time)' }),
});

export const RegionInput = z.object({ region: z.enum(REGION_CODES).nullable().openapi({ description: 'null: use the default region setting' }) }).openapi('AppliedRegion');

export const CommuneCriterionOut = z.object({
  commune: z.object({ id: z.number(), name: z.string() }),
  region: z.object({ code: z.string(), vi: z.string(), en: z.string(), own: z.boolean() }),
  asOf: z.string(),
  campaign: z.object({ id: z.number(), name: z.string(), startDate: z.string(), endDate: z.string() }).nullable(),
  pace: z.object({ campaignDays: z.number(), window: z.array(z.string()) }),
  status: z.enum(['met', 'not_met', 'thresholds_not_confirmed', 'no_roads']),
  metAtThresholds: z.boolean(),
  thresholdsConfirmed: z.boolean(),
  indicators: z.array(z.object({
    indicator: z.string(), roadClass: z.enum(ROAD_CLASSES), totalKm: z.number(), hardenedKm: z.number(), hardenedBeforeKm: z.number(), acceptedKm: z.number(),
    sharePercent: z.number(), thresholdPercent: z.number(), thresholdConfirmed: z.boolean(), thresholdSource: z.string(),
    met: z.boolean().nullable().openapi({ description: 'null: the commune has no road of this class' }), missingKm: z.number(),
    projection: z.object({
      status: z.enum(['met', 'no_roads', 'not_at_this_pace', 'projected']), date: z.string().nullable(), campaignDaysNeeded: z.number().nullable(),
      withinCampaign: z.boolean().nullable(), paceMPerDay: z.number(),
    }),
  })),
  seasonPlan: z.object({
    solvedAt: z.string(), asOf: z.string(), deadline: z.string(), alreadyMet: z.boolean(), reachedOn: z.string().nullable(),
    shortfall: z.object({ vi: z.string(), en: z.string() }).nullable(),
  }).nullable().openapi({ description: "The commune in the season plan last solved: the Saturday its route schedule (lộ trình) reaches every threshold, or what is short; null when no plan was solved" }),
  actions: z.array(z.enum(['setRegion'])),
}).openapi('CommuneCriterion2');

export type ThresholdUpdateInput = z.infer<typeof ThresholdUpdate>;
