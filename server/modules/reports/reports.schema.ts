// Weekly commune reports, the completeness grid, report settings and the district report:
// requests and answers. Figures are never accepted from the client (the body is strict: a
// `figures` field is refused); they come from the week's workday records.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { isMonth, RATINGS, REPORT_STATUSES } from '../../../domain/reporting.js';
import { IssuerOut } from '../issuer/index.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-13' });
const Id = z.number().int().positive();
const isTime = (v: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v);
const text = (max: number) => z.string().trim().max(max).nullable().optional();

export const RatingIn = z.object({
  groupId: Id,
  responsibility: z.enum(RATINGS).openapi({ description: 'Tinh thần trách nhiệm: tot (Tốt), kha (Khá), trung_binh (Trung bình), yeu (Yếu)' }),
  effectiveness: z.enum(RATINGS).openapi({ description: 'Hiệu quả công việc' }),
  comment: text(1000),
}).strict().openapi('GroupRating');

export const ReportCreate = z.object({
  campaignId: Id, communeId: Id,
  weekStart: IsoDate.openapi({ description: 'Monday of the ISO week reported' }),
}).strict().openapi('WeeklyReportCreate');

export const ReportUpdate = z.object({
  narrative: text(10_000).openapi({ description: 'Tình hình, kết quả' }),
  difficulties: text(5000).openapi({ description: 'Khó khăn, vướng mắc' }),
  proposals: text(5000).openapi({ description: 'Đề xuất, kiến nghị' }),
  ratings: z.array(RatingIn).max(50).optional().openapi({ description: 'One per group that worked in the commune that week; replaces the list' }),
  missingAttendance: z.array(z.object({ groupId: z.number().int().positive(), reason: z.string().trim().min(1).max(1000) })).max(50).optional()
    .openapi({ description: "Groups whose attendance the commune declares missing, with the reason, so the report can be submitted without it; replaces the list" }),
}).strict().openapi('WeeklyReportUpdate');

export const CommentIn = z.object({ comment: z.string().trim().max(2000).nullable().optional() }).strict().openapi('ReportComment');

export const ReportQuery = z.object({
  campaignId: z.coerce.number().int().positive().optional(),
  communeId: z.coerce.number().int().positive().optional(),
  weekStart: IsoDate.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});

const Figures = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  totals: z.object({ workdays: z.number(), cancelled: z.number(), officials: z.number(), people: z.number(), participants: z.number(), labourDays: z.number(), lengthM: z.number(), volumeM3: z.number() }),
  groups: z.array(z.object({ groupId: z.number(), name: z.string(), workdays: z.number(), officials: z.number(), people: z.number(), labourDays: z.number(), lengthM: z.number(), volumeM3: z.number() })),
  materials: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), issued: z.number(), norm: z.number() })),
  missingAttendance: z.array(z.object({ groupId: z.number(), name: z.string(), days: z.array(z.string()) })).optional()
    .openapi({ description: "Groups that worked without their officials' attendance entered (their officials are not counted)" }),
}).openapi('ReportFigures');

export const ReportOut = z.object({
  id: z.number(), campaignId: z.number(), commune: z.object({ id: z.number(), name: z.string() }),
  weekStart: z.string(), week: z.object({ vi: z.string(), en: z.string() }), status: z.enum(REPORT_STATUSES),
  deadline: z.string(), timeliness: z.enum(['on_time', 'late', 'missing', 'due', 'not_started']),
  narrative: z.string().nullable(), difficulties: z.string().nullable(), proposals: z.string().nullable(),
  figures: Figures.openapi({ description: 'Live from workday records while draft or returned; frozen at submission' }),
  figuresFrozen: z.boolean(),
  ratings: z.array(z.object({ groupId: z.number(), groupName: z.string(), responsibility: z.enum(RATINGS), effectiveness: z.enum(RATINGS), comment: z.string().nullable(),
    labels: z.object({ responsibility: z.string(), effectiveness: z.string() }) })),
  groupsToRate: z.array(z.object({ id: z.number(), name: z.string() })),
  missingAttendanceDeclared: z.array(z.object({ groupId: z.number(), reason: z.string() })).openapi({ description: "Groups whose missing attendance the commune declared, with the reason" }),
  reviewComment: z.string().nullable(), submittedAt: z.string().nullable(), firstSubmittedAt: z.string().nullable(), decidedAt: z.string().nullable(),
  history: z.array(z.object({ at: z.string(), userName: z.string().nullable(), action: z.string(), from: z.string().nullable(), to: z.string(), comment: z.string().nullable() })),
  version: z.number(),
  actions: z.array(z.enum(['edit', 'submit', 'return', 'approve', 'unlock'])),
}).openapi('WeeklyReport');

export const CompletenessQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
export const CompletenessOut = z.object({
  weeks: z.array(z.object({ weekStart: z.string(), vi: z.string(), en: z.string(), deadline: z.string() })),
  communes: z.array(z.object({ id: z.number(), name: z.string(),
    cells: z.array(z.object({ weekStart: z.string(), state: z.enum(['on_time', 'late', 'missing', 'due', 'not_started']), reportId: z.number().nullable(), status: z.enum(REPORT_STATUSES).nullable() })) })),
  counts: z.object({ on_time: z.number(), late: z.number(), missing: z.number(), due: z.number(), not_started: z.number() }),
}).openapi('ReportCompleteness');

export const SettingsIn = z.object({
  cutoffWeekday: z.number().int().min(0).max(6).openapi({ description: 'Data cut-off weekday (0 = Sunday): the period is the 7 days ending then' }),
  deadlineWeekday: z.number().int().min(0).max(6).openapi({ description: 'Deadline weekday, after the cut-off' }),
  deadlineTime: z.string().refine(isTime, { message: 'HH:MM' }).openapi({ example: '17:00' }),
  remindHoursBefore: z.number().int().min(0).max(168),
  pourTolerancePercent: z.number().int().min(0).max(50),
  materialTolerancePercent: z.number().int().min(0).max(100),
  weights: z.object({ participation: z.number().int().min(0).max(100), labour: z.number().int().min(0).max(100), volume: z.number().int().min(0).max(100), rating: z.number().int().min(0).max(100) })
    .refine((w) => w.participation + w.labour + w.volume + w.rating > 0, { message: 'At least one weight > 0' }),
}).strict().openapi('ReportSettings');
export const SettingsOut = SettingsIn.extend({ campaignId: z.number(), version: z.number() }).openapi('ReportSettingsOut');

export const PeriodQuery = z.object({
  kind: z.enum(['week', 'month']),
  start: z.string().openapi({ description: "A Monday (YYYY-MM-DD) for a week, 'YYYY-MM' for a month", example: '2021-09-13' }),
}).refine((q) => (q.kind === 'week' ? isIsoDate(q.start) : isMonth(q.start)), { path: ['start'], message: 'YYYY-MM-DD (a Monday) or YYYY-MM' });
export const ExportQuery = z.object({
  kind: z.enum(['week', 'month']), start: z.string(), format: z.enum(['docx', 'pdf', 'xlsx']),
}).refine((q) => (q.kind === 'week' ? isIsoDate(q.start) : isMonth(q.start)), { path: ['start'], message: 'YYYY-MM-DD (a Monday) or YYYY-MM' });

export const DistrictMetaIn = z.object({
  kind: z.enum(['week', 'month']), start: z.string(),
  number: text(60).openapi({ example: '12/BC-VPĐP' }),
  header: z.enum(['state', 'party']).default('state'),
  issuerParent: text(200).openapi({ example: 'UBND HUYỆN QUANG BÌNH' }),
  issuer: text(200).openapi({ example: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI' }),
  signerTitle: text(200), signerName: text(120),
  highlights: text(5000), narrative: text(20_000),
  recipients: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
}).strict().refine((q) => (q.kind === 'week' ? isIsoDate(q.start) : isMonth(q.start)), { path: ['start'], message: 'YYYY-MM-DD (a Monday) or YYYY-MM' }).openapi('DistrictReportMeta');

export type ReportCreateT = z.infer<typeof ReportCreate>;
export type ReportUpdateT = z.infer<typeof ReportUpdate>;
export type SettingsInT = z.infer<typeof SettingsIn>;
export type DistrictMetaInT = z.infer<typeof DistrictMetaIn>;
export type FiguresT = z.infer<typeof Figures>;

// The district report as GET/PUT /campaigns/{id}/district-report give it (district/build.ts).
const Ref = z.object({ id: z.number(), name: z.string() });
const Sums = {
  officials: z.number(), people: z.number(), participants: z.number(), labourDays: z.number(), lengthM: z.number(), volumeM3: z.number(), workdays: z.number(),
};
export const DistrictReportOut = z.object({
  campaign: Ref,
  issuer: IssuerOut,
  today: z.string().openapi({ description: 'The business date the figures were read on' }),
  period: z.object({ kind: z.enum(['week', 'month']), start: z.string(), from: z.string(), to: z.string(), weeks: z.array(z.string()), vi: z.string(), en: z.string() }),
  totals: z.object({ ...Sums, moneySpent: z.number() }),
  communes: z.array(z.object({
    ...Sums, commune: Ref, reports: z.number(), moneySpent: z.number(),
    criterion2: z.array(z.object({ roadClass: z.string(), totalKm: z.number(), hardenedKm: z.number(), sharePercent: z.number() })),
  })),
  groups: z.array(z.object({
    ...Sums, groupId: z.number(), name: z.string(), communes: z.array(z.string()),
    ratings: z.array(z.object({ commune: z.string(), responsibility: z.enum(RATINGS), effectiveness: z.enum(RATINGS) })),
  })),
  materials: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), issued: z.number(), norm: z.number() }))
    .openapi({ description: 'kg for cement, litres for sand and stone' }),
  included: z.array(z.object({ id: z.number(), commune: z.string(), weekStart: z.string(), narrative: z.string().nullable(), difficulties: z.string().nullable(), proposals: z.string().nullable() })),
  missing: z.array(z.object({ commune: Ref, weekStart: z.string(), week: z.string(), status: z.enum(REPORT_STATUSES).nullable() })),
  missingAttendance: z.array(z.object({
    commune: z.string(), weekStart: z.string(), week: z.string(), group: z.string(), groupId: z.number(), days: z.array(z.string()), reason: z.string().nullable(),
  })).openapi({ description: "Groups that worked without their officials' attendance: named, never printed as 0" }),
  meta: z.object({
    number: z.string().nullable(), header: z.enum(['state', 'party']), issuerParent: z.string(), issuer: z.string(), signerTitle: z.string(), signerName: z.string(),
    highlights: z.string().nullable(), narrative: z.string().nullable(), recipients: z.array(z.string()), version: z.number(),
  }),
}).openapi('DistrictReport');
