// Input and output of the people's contributions: one body for the four kinds, each kind naming
// the fields it needs (checked in the command so that every missing field is named at once).
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { DONOR_KINDS, PEOPLE_CONTRIBUTION_KINDS } from '../../../domain/mobilisation.js';

const Id = z.number().int().positive();
const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-10-09' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const PeopleContributionCreate = z.object({
  communeId: Id,
  villageId: Id.nullable().optional().openapi({ description: 'The village (thôn, bản) the gift comes from' }),
  kind: z.enum(PEOPLE_CONTRIBUTION_KINDS),
  donorKind: z.enum(DONOR_KINDS),
  donorName: z.string().trim().min(2).max(200).openapi({ example: 'Hộ ông Hoàng Văn Sáng' }),
  publicNameConsent: z.boolean().default(false).openapi({ description: 'The donor agreed to be named in public' }),
  contributedOn: IsoDate,
  note: optionalText(500),
  // cash
  amount: z.number().int().positive().max(10_000_000_000).optional().openapi({ description: 'Cash, đồng' }),
  receiptNo: z.string().trim().min(1).max(60).optional().openapi({ description: 'Receipt (biên lai) number, once per commune' }),
  // in kind: a donation lot received at a staging point of the commune
  materialCode: z.string().trim().min(2).max(40).optional().openapi({ example: 'sand' }),
  pointId: Id.optional(),
  quantity: z.number().int().positive().max(100_000_000_000).optional().openapi({ description: 'In the material base unit (kg, litres of sand or stone)' }),
  deliveryNote: optionalText(60),
  // labour
  labourDays: z.number().positive().max(100_000).multipleOf(0.1).optional().openapi({ description: 'Labour-days (ngày công), to a tenth' }),
  workdayId: Id.nullable().optional(),
  // land
  roadId: Id.optional(),
  areaM2: z.number().positive().max(1_000_000).multipleOf(0.01).optional(),
  lengthM: z.number().positive().max(100_000).multipleOf(0.001).optional(),
}).openapi('PeopleContributionCreate');
export type PeopleContributionInput = z.infer<typeof PeopleContributionCreate>;

export const ReverseBody = z.object({ reason: z.string().trim().min(3).max(500) }).openapi('PeopleContributionReverse');

export const PeopleQuery = z.object({ communeId: z.coerce.number().int().positive().optional() });

const Totals = z.object({ count: z.number(), cash: z.number(), inKindCount: z.number(), labourDays: z.number(), landM2: z.number(), landCount: z.number() });

export const PeopleContributionOut = z.object({
  id: z.number(), kind: z.enum(PEOPLE_CONTRIBUTION_KINDS), donorKind: z.enum(DONOR_KINDS),
  donorName: z.string().nullable().openapi({ description: 'Only with consent, or for those who manage the commune' }),
  publicNameConsent: z.boolean(), contributedOn: z.string(),
  commune: z.object({ id: z.number(), name: z.string() }), village: z.object({ id: z.number(), name: z.string() }).nullable(),
  amount: z.number().nullable(), receiptNo: z.string().nullable(),
  lot: z.object({ id: z.number(), material: z.string(), quantity: z.number(), unit: z.string(), inspection: z.enum(['pending', 'pass', 'fail']) }).nullable(),
  labourDays: z.number().nullable(), workdayId: z.number().nullable(),
  road: z.object({ id: z.number(), name: z.string() }).nullable(), areaM2: z.number().nullable(), lengthM: z.number().nullable(),
  note: z.string().nullable(), reversed: z.object({ reason: z.string(), on: z.string() }).nullable(),
  actions: z.array(z.enum(['reverse', 'attach'])),
}).openapi('PeopleContribution');

export const PeopleSummaryOut = z.object({
  communes: z.array(z.object({ id: z.number(), name: z.string(), totals: Totals,
    villages: z.array(z.object({ id: z.number().nullable(), name: z.string().nullable(), totals: Totals })) })),
  ranking: z.array(z.object({ villageId: z.number(), name: z.string(), communeName: z.string(), totals: Totals, rank: z.number() })),
  donors: z.array(z.object({ name: z.string(), donorKind: z.enum(DONOR_KINDS), commune: z.string(), village: z.string().nullable(), kind: z.enum(PEOPLE_CONTRIBUTION_KINDS) }))
    .openapi({ description: 'Donors who agreed to be named' }),
}).openapi('PeopleSummary');
