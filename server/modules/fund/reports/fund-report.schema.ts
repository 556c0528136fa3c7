// The fund report to the Standing Committee (báo cáo Thường trực Huyện ủy): what the API takes and gives.
import { z } from '@hono/zod-openapi';
import { IsoDate } from '../fund.schema.js';

const Text = (max: number) => z.string().trim().max(max);

export const FundReportCreate = z.object({
  periodFrom: IsoDate.openapi({ example: '2021-09-01' }),
  periodTo: IsoDate.openapi({ example: '2021-09-30' }),
}).openapi('FundReportCreate');

export const FundReportUpdate = z.object({
  number: Text(60).min(1).nullable().optional().openapi({ example: '05-BC/VPĐP' }),
  reportDate: IsoDate.nullable().optional(),
  header: z.enum(['state', 'party']).optional(),
  signerTitle: Text(120).nullable().optional(),
  signerName: Text(120).nullable().optional(),
  recipients: z.array(Text(200).min(2)).max(20).optional(),
  narrative: Text(20_000).nullable().optional(),
  issues: Text(20_000).nullable().optional().openapi({ description: 'Outstanding issues (tồn tại, vướng mắc); drafted from the ledger' }),
  proposals: Text(20_000).nullable().optional(),
}).openapi('FundReportUpdate');

export const FundReportSubmit = z.object({
  number: Text(60).min(1).optional().openapi({ description: "The report's number as registered; the draft's when left out" }),
  reportDate: IsoDate.optional(),
}).openapi('FundReportSubmit');

const Money = z.number().int();
export const FundReportFiguresOut = z.object({
  fund: z.object({ id: z.number(), name: z.string(), campaign: z.object({ id: z.number(), name: z.string() }) }),
  period: z.object({ from: z.string(), to: z.string() }),
  totals: z.object({ received: Money, allocated: Money, unallocated: Money, spent: Money, pending: Money }),
  inPeriod: z.object({ received: Money, allocated: Money, spent: Money }),
  agencies: z.array(z.object({ agency: z.object({ id: z.number(), name: z.string() }), amount: Money, contributions: z.number(), inPeriod: Money })),
  people: z.object({ amount: Money, contributions: z.number(), inPeriod: Money,
    communes: z.array(z.object({ commune: z.object({ id: z.number(), name: z.string() }), amount: Money, contributions: z.number(), inPeriod: Money })) })
    .optional().openapi({ description: "Cash gifts from the people per commune (absent in reports frozen before they were posted to the fund)" }),
  communes: z.array(z.object({ commune: z.object({ id: z.number(), name: z.string() }), allocated: Money, spent: Money,
    spentByCategory: z.object({ materials: Money, equipment: Money, other: Money }), balance: Money, pending: Money })),
  allocations: z.array(z.object({ id: z.number(), commune: z.object({ id: z.number(), name: z.string() }), amount: Money, decisionNo: z.string(), decisionDate: z.string(), signer: z.string(), purpose: z.string() })),
  purchases: z.array(z.object({ id: z.number(), date: z.string(), commune: z.string(), item: z.string(), category: z.enum(['materials', 'equipment', 'other']),
    quantity: z.number(), uom: z.string(), amount: Money, vendor: z.string(), invoiceNo: z.string(), inPeriod: z.boolean(), bought: z.string().nullable() })),
  waiting: z.array(z.object({ id: z.number(), date: z.string(), commune: z.string(), item: z.string(), amount: Money })),
}).openapi('FundReportFigures');

export const FundReportOut = z.object({
  id: z.number(), fundId: z.number(), periodFrom: z.string(), periodTo: z.string(),
  status: z.enum(['draft', 'submitted']), number: z.string().nullable(), reportDate: z.string().nullable(),
  header: z.enum(['state', 'party']), signerTitle: z.string().nullable(), signerName: z.string().nullable(), recipients: z.array(z.string()),
  narrative: z.string().nullable(), issues: z.string().nullable(), proposals: z.string().nullable(),
  figures: FundReportFiguresOut.openapi({ description: 'Frozen at submission; from the ledger as it is now while a draft' }),
  submittedAt: z.string().nullable(), submittedBy: z.string().nullable(),
  actions: z.array(z.enum(['edit', 'submit'])), version: z.number(),
}).openapi('FundReport');

export type FundReportUpdateInput = z.infer<typeof FundReportUpdate>;
