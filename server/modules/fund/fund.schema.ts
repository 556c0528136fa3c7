// The fund's requests and answers. Amounts are whole VND (integers); dates YYYY-MM-DD.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { EXPENSE_CATEGORIES } from '../../../domain/ledger.js';
import { isValidQuantity, MONEY_MAX } from '../../../domain/money.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-20' });
export const Vnd = z.number().int().positive().max(MONEY_MAX).openapi({ description: 'Whole VND, > 0, ≤ 10.000.000.000', example: 5_000_000 });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const FundCreate = z.object({
  campaignId: z.number().int().positive(),
  name: text(200).openapi({ example: 'Quỹ xã hội hóa "Ngày thứ 7 vì nông thôn mới" năm 2021' }),
  approvalThreshold: Vnd.nullable().optional().openapi({ description: 'Expenditures above this wait for the coordinator; null: none wait' }),
  docIssuerParent: optionalText(200).openapi({ example: 'UBND huyện Quang Bình' }),
  docIssuer: optionalText(200).openapi({ example: 'Văn phòng điều phối nông thôn mới' }),
  docSignerTitle: optionalText(200).openapi({ example: 'Chánh Văn phòng' }),
  docSignerName: optionalText(120),
}).openapi('FundCreate');
export const FundUpdate = FundCreate.omit({ campaignId: true }).partial().openapi('FundUpdate');

export const ContributionCreate = z.object({
  contributorKind: z.enum(['official', 'agency']).openapi({ description: 'official: one person (name + agency); agency: on behalf of its staff' }),
  contributorName: optionalText(120).openapi({ description: 'Required for an official', example: 'Lý Văn Mười' }),
  agencyId: z.number().int().positive(),
  amount: Vnd,
  date: IsoDate,
  receiptNo: text(40).openapi({ example: 'BL-0012' }),
  collectedBy: text(120).openapi({ example: 'Hoàng Thị Điều' }),
  publicNameConsent: z.boolean().default(false).openapi({ description: 'The contributor agreed to show the name publicly' }),
  note: optionalText(1000),
}).refine((v) => v.contributorKind === 'agency' || !!v.contributorName, { path: ['contributorName'], message: 'Required for an official' })
  .openapi('ContributionCreate');

export const AllocationCreate = z.object({
  unitId: z.number().int().positive().openapi({ description: 'The commune receiving the money' }),
  amount: Vnd,
  decisionNo: text(60).openapi({ example: '125/QĐ-UBND' }),
  decisionDate: IsoDate,
  signer: text(120).openapi({ example: 'Triệu Tài Phong' }),
  purpose: text(500).openapi({ example: 'Mua máy trộn bê tông và vật liệu thực hiện tiêu chí số 02 về giao thông' }),
  note: optionalText(1000),
}).openapi('AllocationCreate');

export const ExpenditureCreate = z.object({
  unitId: z.number().int().positive().openapi({ description: 'The commune spending' }),
  item: text(200).openapi({ example: 'Xi măng PCB40' }),
  category: z.enum(EXPENSE_CATEGORIES),
  quantity: z.number().refine(isValidQuantity, { message: '> 0, at most 3 decimals' }).openapi({ example: 20 }),
  unit: text(20).openapi({ example: 'tấn' }),
  unitPrice: z.number().int().min(0).max(MONEY_MAX).openapi({ example: 1_650_000 }),
  total: Vnd.openapi({ description: 'Must equal quantity × unit price, rounded to the đồng' }),
  vendor: text(200),
  invoiceNo: text(40),
  invoiceDate: IsoDate,
  date: IsoDate.optional().openapi({ description: 'Entry date; defaults to the invoice date' }),
  note: optionalText(1000),
  stock: z.object({
    materialCode: z.string().min(2).max(40).openapi({ example: 'cement_pcb40' }),
    pointId: z.number().int().positive().openapi({ description: 'The staging point receiving the lot' }),
    quantity: z.number().int().positive().max(100_000_000_000).openapi({ description: 'Whole base units (kg, litres)', example: 20_000 }),
    deliveryNote: optionalText(60),
    receivedOn: IsoDate.optional().openapi({ description: 'Default: the invoice date' }),
  }).optional().openapi({ description: 'Required for materials: the lot this purchase brings into stock' }),
  equipment: z.object({
    kind: z.enum(['mixer', 'other']),
    name: optionalText(120).openapi({ description: 'Default: the item' }),
    drumLitres: z.number().int().positive().max(5000).nullable().optional().openapi({ description: 'Required for a mixer', example: 250 }),
  }).optional().openapi({ description: 'Required for equipment: one record per unit bought (quantity must be whole)' }),
}).openapi('ExpenditureCreate');

export const ReverseInput = z.object({
  reason: text(1000).openapi({ example: 'Ghi nhầm số tiền' }),
  date: IsoDate.optional(),
}).openapi('ReverseInput');

export const DecisionInput = z.object({ comment: optionalText(1000) }).openapi('DecisionInput');
export const RejectInput = z.object({ comment: text(1000) }).openapi('RejectInput');

export const EntryQuery = z.object({
  kind: z.enum(['contribution', 'allocation', 'expenditure', 'reversal']).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  status: z.enum(['counted', 'pending', 'rejected']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.coerce.number().int().min(0).optional().openapi({ description: 'The nextCursor of the previous page (entries newest first)' }),
});

const Ref = z.object({ id: z.number(), name: z.string() });
export const EntryOut = z.object({
  id: z.number(),
  fundId: z.number(),
  kind: z.enum(['contribution', 'allocation', 'expenditure', 'reversal']),
  amount: z.number(),
  date: z.string(),
  note: z.string().nullable(),
  status: z.enum(['counted', 'pending', 'rejected']).openapi({ description: 'pending/rejected: an expenditure awaiting or refused approval, not counted' }),
  reversedBy: z.number().nullable().openapi({ description: 'The reversing entry, when this one was reversed' }),
  contribution: z.object({ contributorKind: z.enum(['official', 'agency', 'people']).openapi({ description: "people: a cash gift from the people of a commune, posted by the people's contributions" }),
    contributorName: z.string().nullable(), agency: Ref.nullable(), commune: Ref.nullable().openapi({ description: "The commune of a people's gift" }),
    peopleContributionId: z.number().nullable(), receiptNo: z.string(), collectedBy: z.string().nullable(), publicNameConsent: z.boolean() }).nullable(),
  allocation: z.object({ commune: Ref, decisionNo: z.string(), decisionDate: z.string(), signer: z.string(), purpose: z.string() }).nullable(),
  expenditure: z.object({ commune: Ref, item: z.string(), category: z.enum(EXPENSE_CATEGORIES), quantity: z.number(), unit: z.string(),
    unitPrice: z.number(), vendor: z.string(), invoiceNo: z.string(), invoiceDate: z.string(), needsApproval: z.boolean(),
    decision: z.object({ decision: z.enum(['approved', 'rejected']), comment: z.string().nullable(), by: z.string(), at: z.string() }).nullable() }).nullable(),
  reversal: z.object({ reversesId: z.number(), reason: z.string() }).nullable(),
  createdBy: z.object({ id: z.number(), name: z.string() }),
  createdAt: z.string(),
  actions: z.array(z.enum(['reverse', 'approve', 'reject', 'attach', 'receipt'])),
}).openapi('FundEntry');

export const TotalsOut = z.object({
  received: z.number(), allocated: z.number(), unallocated: z.number(), spent: z.number(), pending: z.number(),
}).openapi('FundTotals');

export const FundOut = z.object({
  id: z.number(),
  campaign: Ref,
  name: z.string(),
  approvalThreshold: z.number().nullable(),
  docIssuerParent: z.string().nullable(), docIssuer: z.string().nullable(), docSignerTitle: z.string().nullable(), docSignerName: z.string().nullable(),
  totals: TotalsOut,
  actions: z.array(z.enum(['edit', 'contribute', 'allocate', 'spend', 'approve'])),
  version: z.number(),
}).openapi('Fund');

const FromPeople = z.object({
  amount: z.number(), contributions: z.number(),
  communes: z.array(z.object({ commune: Ref, amount: z.number(), contributions: z.number() })),
}).openapi({ description: "Cash gifts from the people (households, villages, enterprises), per commune" });

const ByCategory = z.object({ materials: z.number(), equipment: z.number(), other: z.number() });
export const StatementOut = z.object({
  fund: z.object({ id: z.number(), name: z.string(), campaign: Ref }),
  to: z.string().nullable().openapi({ description: 'Entries dated up to this day (null: all)' }),
  totals: TotalsOut,
  communes: z.array(z.object({ commune: Ref, allocated: z.number(), spent: z.number(), spentByCategory: ByCategory, balance: z.number(), pending: z.number() })),
  agencies: z.array(z.object({ agency: Ref, amount: z.number(), contributions: z.number() })),
  people: FromPeople,
  allocations: z.array(z.object({ id: z.number(), commune: Ref, amount: z.number(), decisionNo: z.string(), decisionDate: z.string(), signer: z.string(), purpose: z.string() })),
}).openapi('FundStatement');

export const PublicFundOut = z.object({
  fund: z.object({ id: z.number(), name: z.string(), campaign: Ref }),
  totals: TotalsOut.omit({ pending: true }),
  agencies: z.array(z.object({ agency: Ref, amount: z.number(), contributions: z.number() })),
  people: FromPeople,
  namedContributors: z.array(z.object({ name: z.string(), agency: z.string(), amount: z.number() })).openapi({ description: 'Only those who agreed to be named' }),
  allocations: z.array(z.object({ commune: z.string(), amount: z.number(), decisionNo: z.string(), decisionDate: z.string(), purpose: z.string() })),
  communes: z.array(z.object({ commune: Ref, allocated: z.number(), spent: z.number(), balance: z.number(),
    items: z.array(z.object({ item: z.string(), category: z.enum(EXPENSE_CATEGORIES), quantity: z.number(), unit: z.string(), amount: z.number() })) })),
}).openapi('PublicFundSummary');

export const DocQuery = z.object({
  header: z.enum(['state', 'party']).default('state'),
  number: z.string().trim().max(40).optional().openapi({ description: 'Document number and symbol, e.g. 12/BC-VPĐP' }),
  date: IsoDate.optional().openapi({ description: 'Document date (default today)' }),
  to: IsoDate.optional().openapi({ description: 'Count entries dated up to this day' }),
});

export type FundCreateInput = z.infer<typeof FundCreate>;
export type FundUpdateInput = z.infer<typeof FundUpdate>;
export type ContributionInput = z.infer<typeof ContributionCreate>;
export type AllocationInput = z.infer<typeof AllocationCreate>;
export type ExpenditureInput = z.infer<typeof ExpenditureCreate>;
