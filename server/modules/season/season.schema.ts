// The season plan's answers as the OpenAPI document describes them (season.view.ts builds them): the
// page (the kept plan, the labour estimate, pins and bans, the settings), a plan solved, a pin or ban
// added, the settings saved. A plan is kept as it was solved, so the parts added with the materials
// (the commune's materials, when the stock counts) may be absent from one solved before them.
import { z } from '@hono/zod-openapi';
import { SEGMENT_STATUSES } from '../../../domain/segment-status.js';

const IsoDate = z.string().openapi({ example: '2026-10-17' });
const Bilingual = z.object({ vi: z.string(), en: z.string() });
const Ref = z.object({ id: z.number(), name: z.string() });
const PinKind = z.enum(['pin', 'forbid']);

export const SeasonOverrideOut = z.object({
  id: z.number(), groupId: z.number(), roadId: z.number().nullable(), day: IsoDate, kind: PinKind,
}).openapi('SeasonOverride');

export const SeasonSettingsOut = z.object({
  timeLimitSeconds: z.number(), defaultTurnoutPercent: z.number(), materialsBind: z.boolean(), version: z.number(),
}).openapi('SeasonSettings');

const MaterialOutlook = z.object({
  code: z.enum(['cement', 'sand', 'stone']),
  needed: z.number(), available: z.number(),
  shortFrom: IsoDate.nullable().openapi({ description: 'The first Saturday the plan needs more than is there' }),
  toBuy: z.number(),
}).openapi({ description: 'Cement (tonnes), sand and stone (m³) the plan uses against the commune\'s stock' });

export const SeasonPlanOut = z.object({
  campaign: Ref,
  asOf: IsoDate, deadline: IsoDate, days: z.array(IsoDate), solvedAt: z.string().openapi({ description: 'ISO 8601 time' }),
  method: z.enum(['solver', 'greedy']),
  solver: z.object({
    status: z.enum(['optimal', 'time_limit', 'infeasible', 'error', 'not_started']),
    gap: z.number().nullable(), objective: z.number().nullable(), bound: z.number().nullable(), seconds: z.number(),
    message: z.string().nullable(), columns: z.number(), rows: z.number(),
  }),
  objective: Bilingual,
  unmetLitres: z.number(),
  communes: z.array(z.object({
    communeId: z.number(), name: z.string(),
    alreadyMet: z.boolean().openapi({ description: 'Criterion 2 met before the plan' }),
    reachedOn: IsoDate.nullable().openapi({ description: 'The Saturday the plan reaches every threshold; null: not by the deadline' }),
    shortfall: Bilingual.extend({ labourDays: z.number(), mixers: z.number(), from: IsoDate.nullable(), litres: z.number() }).nullable(),
    unmetLitres: z.number(), mixers: z.number(),
    missingMm: z.record(z.string(), z.number()).openapi({ description: 'Millimetres missing per criterion 2 indicator (2.1–2.4)' }),
    materials: z.array(MaterialOutlook).optional(),
  })),
  teams: z.array(z.object({
    id: z.number(), name: z.string(), staff: z.number(), expectedHeadcount: z.number(), turnoutPercent: z.number(), turnoutFromHistory: z.boolean(),
  })),
  entries: z.array(z.object({
    day: IsoDate, teamId: z.number(), teamName: z.string(), roadId: z.number(), roadName: z.string(), communeId: z.number(), communeName: z.string(),
    litres: z.number(), mixers: z.number(), headcount: z.number(),
    segmentIds: z.array(z.number()).openapi({ description: 'The segments the pour reaches, in chainage order' }),
    pinned: z.boolean(), reason: Bilingual,
  })),
  roads: z.array(z.object({
    id: z.number(), name: z.string(), communeId: z.number(), roadClass: z.string(),
    segments: z.array(z.object({
      id: z.number(), chainage: z.string(), lengthMm: z.number(), status: z.enum(SEGMENT_STATUSES),
      volumeLitres: z.number(), pouredLitres: z.number(), remainingLitres: z.number(), teamId: z.number().nullable(), plannedDays: z.array(IsoDate),
    })),
  })).openapi({ description: 'Each road\'s route schedule (lộ trình): segments in chainage order with their planned Saturdays' }),
  conflicts: z.array(Bilingual.extend({ teamId: z.number(), roadId: z.number().nullable(), day: IsoDate, why: z.enum(['no_lane', 'no_capacity']) })),
  settings: z.object({ labourNormMilli: z.number(), batchesPerMixerDay: z.number(), timeLimitSeconds: z.number(), materialsBind: z.boolean().optional() }),
  stockTiming: Bilingual.optional().openapi({ description: 'When the stock counts' }),
}).openapi('SeasonPlan');

const Estimate = z.object({
  key: z.number().openapi({ description: 'The road\'s or the commune\'s id' }),
  litres: z.number(), labourDays: z.number(), peoplePerSaturday: z.number(),
  cementBags: z.number(), cementKg: z.number(), sandM3: z.number(), stoneM3: z.number(), mixerDays: z.number(), litresWithoutMix: z.number(),
});

export const SeasonPageOut = z.object({
  campaign: Ref, asOf: IsoDate, deadline: IsoDate, days: z.array(IsoDate), objective: Bilingual,
  // A union with null, not .nullable(): the generator drops the null of a named schema's .nullable().
  plan: z.union([SeasonPlanOut, z.null()]).openapi({ description: 'The plan last solved; null before the first' }),
  estimate: z.object({
    saturdaysLeft: z.number(),
    norm: Bilingual.extend({ congPerM3: z.number(), toConfirm: z.boolean() }),
    mixSource: z.string(),
    byRoad: z.array(Estimate), byCommune: z.array(Estimate),
  }).openapi({ description: 'Dự kiến nhân công: the labour, materials and mixer days the remaining segments need' }),
  groups: z.array(Ref), communes: z.array(Ref), roads: z.array(Ref.extend({ communeId: z.number() })),
  overrides: z.array(SeasonOverrideOut),
  settings: SeasonSettingsOut,
  actions: z.array(z.enum(['solve', 'edit'])),
}).openapi('SeasonPage');
