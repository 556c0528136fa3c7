// Registrations (đăng ký): the lead agency registers its group for a campaign day with the commune:
// headcount (by member agency when known), target volume, transport and tools. The commune
// confirms, amends with a comment, or declines with a comment.
import { z } from '@hono/zod-openapi';
import { REGISTRATION_STATUSES } from '../../../../domain/plans.js';
import { patchOf } from '../../../http/patch-schema.js';
import { IsoDate } from '../plans.schema.js';

const M3 = z.number().min(0).max(100_000).refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, { message: '≤ 3 decimals (litres)' });
const PerAgency = z.array(z.object({
  agencyId: z.number().int().positive(),
  headcount: z.number().int().positive().max(100_000),
})).max(100).openapi({ description: 'People per member agency, when known (their sum is at most the headcount)' });

const Fields = z.object({
  headcount: z.number().int().positive().max(100_000).openapi({ description: 'People the group sends (more than 0)', example: 30 }),
  perAgency: PerAgency.default([]),
  targetVolumeM3: M3.openapi({ description: 'Concrete the group means to pour, m³', example: 10 }),
  targetLengthM: z.number().min(0).max(100_000).nullable().optional(),
  transport: z.string().trim().max(500).nullable().optional().openapi({ example: 'Xe ô tô 16 chỗ của cơ quan' }),
  tools: z.string().trim().max(500).nullable().optional().openapi({ example: 'Cuốc, xẻng, xô, 2 xe rùa' }),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const RegistrationCreate = Fields.extend({
  groupId: z.number().int().positive(),
  day: IsoDate.openapi({ description: 'A campaign day, before the registration deadline' }),
  communeId: z.number().int().positive().openapi({ description: "Where the group works (the plan entry's commune, or one it proposes)" }),
}).openapi('RegistrationCreate');
export const RegistrationUpdate = patchOf(Fields).extend({ communeId: z.number().int().positive().optional() }).openapi('RegistrationUpdate');

export const DecisionInput = z.object({ comment: z.string().trim().max(2000).nullable().optional() }).openapi('RegistrationDecision');
export const AmendInput = z.object({
  comment: z.string().trim().max(2000).optional().openapi({ description: 'Why the commune changes the registration: required' }),
  headcount: z.number().int().positive().max(100_000).optional(),
  perAgency: PerAgency.optional(),
  targetVolumeM3: M3.optional(),
  targetLengthM: z.number().min(0).max(100_000).nullable().optional(),
}).openapi('RegistrationAmend');

export const RegistrationQuery = z.object({
  day: IsoDate.optional(), from: IsoDate.optional(), to: IsoDate.optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(), groupId: z.coerce.number().int().positive().optional(),
  communeId: z.coerce.number().int().positive().optional(),
});

export const RegistrationOut = z.object({
  id: z.number(), campaignId: z.number(), day: z.string(),
  group: z.object({ id: z.number(), name: z.string(), leadAgencyId: z.number(), leadAgencyName: z.string() }),
  commune: z.object({ id: z.number(), name: z.string() }),
  headcount: z.number(), perAgency: z.array(z.object({ agencyId: z.number(), agencyName: z.string(), headcount: z.number() })),
  targetVolumeM3: z.number(), targetLengthM: z.number().nullable(), transport: z.string().nullable(), tools: z.string().nullable(), note: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES), communeComment: z.string().nullable(),
  original: z.object({
    headcount: z.number(), perAgency: z.array(z.object({ agencyId: z.number(), headcount: z.number() })),
    targetVolumeM3: z.number(), targetLengthM: z.number().nullable(),
  }).nullable().openapi({ description: 'What the group sent, when the commune amended it' }),
  submittedBy: z.string().nullable(), submittedAt: z.string(), submittedLate: z.boolean(),
  decidedBy: z.string().nullable(), decidedAt: z.string().nullable(), decidedLate: z.boolean().nullable(),
  actions: z.array(z.enum(['edit', 'withdraw', 'confirm', 'amend', 'decline'])),
  version: z.number(),
}).openapi('Registration');

export const WindowOut = z.object({
  day: z.string(), registrationDeadline: z.string(), confirmationDeadline: z.string(), registrationOpen: z.boolean(), confirmationOpen: z.boolean(),
}).openapi('RegistrationWindow');

export const VarianceOut = z.object({
  actualAvailable: z.boolean().openapi({ description: 'Whether actual figures come from workday records (the workdays module)' }),
  items: z.array(z.object({
    day: z.string(), groupId: z.number(), groupName: z.string(), communeName: z.string(), status: z.string(),
    registeredHeadcount: z.number(), registeredVolumeM3: z.number(),
    actualRecorded: z.boolean().openapi({ description: 'A workday record of the group on that day exists; else the actuals are null' }),
    actualHeadcount: z.number().nullable(), actualVolumeM3: z.number().nullable(),
    headcountVariance: z.number().nullable(), volumeVarianceM3: z.number().nullable(),
  })),
}).openapi('RegistrationVariance');

export type RegistrationCreateInput = z.infer<typeof RegistrationCreate>;
export type RegistrationUpdateInput = z.infer<typeof RegistrationUpdate>;
export type AmendInputT = z.infer<typeof AmendInput>;
