// What GET /dashboard and GET /dashboard/segments/{id} answer. A section whose source has no data
// yet says `available: false` with a reason instead of printing zeros. Figures: domain/figures.ts.
import { z } from '@hono/zod-openapi';
import { SEGMENT_STATUSES } from '../../../domain/segment-status.js';

const Missing = z.object({ available: z.literal(false), reason: z.string() });
/** A section: its figures, or Missing. */
const section = <S extends z.ZodRawShape>(shape: S) => z.union([z.object({ available: z.literal(true), ...shape }), Missing]);

const Ref = z.object({ id: z.number(), name: z.string() });
const RoadFigures = {
  finishedKm: z.number().openapi({ description: "Km of segments poured or accepted, poured on or after the campaign's first day" }), acceptedKm: z.number(), totalKm: z.number(),
  beforeKm: z.number().openapi({ description: "Km of finished segments poured before the campaign's first day (counted apart; criterion 2 counts them)" }),
  segments: z.object(Object.fromEntries(SEGMENT_STATUSES.map((s) => [s, z.number()])) as Record<(typeof SEGMENT_STATUSES)[number], z.ZodNumber>),
};
const DayRoadFigures = z.object({ finishedKm: z.number(), acceptedKm: z.number() });
const WorkFigures = section({
  workdays: z.number(), cancelled: z.number(), officials: z.number(), people: z.number(), participants: z.number(),
  labourDays: z.number(), lengthM: z.number(), volumeM3: z.number(),
});

export const DashboardOut = z.object({
  campaign: z.object({ id: z.number(), name: z.string(), startDate: z.string(), endDate: z.string() }),
  today: z.string(), lastDay: z.string().nullable(),
  headline: z.object({
    campaign: z.object({
      roads: z.object(RoadFigures), work: WorkFigures,
      fund: section({ fundId: z.number(), received: z.number(), allocated: z.number(), spent: z.number(), unallocated: z.number(), pending: z.number() }),
      reports: section({
        expected: z.number(), received: z.number(), onTime: z.number(), ratePercent: z.number().nullable(), onTimePercent: z.number().nullable(),
        weeks: z.number(), communes: z.number(),
      }).openapi({ description: 'Reporting rate: received ÷ expected (target communes × weeks due), on time' }),
    }),
    lastDay: z.object({ day: z.string(), roads: DayRoadFigures, work: WorkFigures }).nullable(),
  }),
  communes: z.array(z.object({
    ...RoadFigures,
    commune: Ref, status: z.string(), metAtThresholds: z.boolean(), thresholdsConfirmed: z.boolean(), roads: z.number(), work: WorkFigures,
    indicators: z.array(z.object({
      indicator: z.string(), roadClass: z.string(), totalKm: z.number(), hardenedKm: z.number(), sharePercent: z.number(), thresholdPercent: z.number(),
      met: z.boolean().nullable(), missingKm: z.number(), projection: z.object({ status: z.string(), date: z.string().nullable() }),
    })),
  })),
  weeks: z.array(z.object({ week: z.string(), endDay: z.string(), finishedKm: z.number(), acceptedKm: z.number(), weekLengthM: z.number(), weekM3: z.number() })),
  lateTasks: section({
    items: z.array(z.object({ id: z.number(), dueOn: z.string(), description: z.string(), directive: z.object({ id: z.number(), number: z.string() }), assignee: z.string() })),
  }),
  ranking: section({
    campaignDaysWorked: z.number(),
    groups: z.array(z.object({ rank: z.number(), id: z.number(), name: z.string(), score: z.number(), participationPercent: z.number(), labourDays: z.number(), volumeM3: z.number() })),
  }),
  nextPlan: section({
    planId: z.number(), day: z.string(), status: z.string(), go: z.boolean(), redItems: z.number(), entries: z.number(), headcount: z.number(), targetVolumeM3: z.number(),
    blockers: z.array(z.object({ group: z.string(), commune: z.string(), check: z.object({ item: z.string(), ok: z.boolean(), vi: z.string(), en: z.string() }) })),
  }),
}).openapi('Dashboard');

export const SegmentDrillOut = z.object({
  segment: z.object({
    id: z.number(), label: z.string().nullable(), fromM: z.number(), toM: z.number(), lengthM: z.number(), status: z.enum(SEGMENT_STATUSES),
    pouredOn: z.string().nullable(), acceptedOn: z.string().nullable(), road: Ref, commune: Ref,
  }),
  workdays: z.array(z.object({
    id: z.number(), day: z.string(), status: z.string(), group: z.string(), lengthM: z.number(), volumeM3: z.number(), officials: z.number(), people: z.number(),
    photos: z.array(z.object({ id: z.number(), phase: z.enum(['before', 'after']), side: z.string(), url: z.string() })),
  })),
}).openapi('DashboardSegment');
