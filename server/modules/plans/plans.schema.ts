// Weekly plans (kế hoạch tuần): one per campaign day, entries group → commune → segments, the
// go/no-go checklist of each entry, versions after publishing, and the plan settings of a campaign.
// Volumes travel as m³ (up to 3 decimals) and lengths as metres; the database keeps litres and mm.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { isTime, PLAN_STATUSES, READINESS_ITEMS, REGISTRATION_STATUSES } from '../../../domain/plans.js';
import { patchOf } from '../../http/patch-schema.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-10-23' });
export const Time = z.string().refine(isTime, { message: 'HH:MM' }).openapi({ example: '07:00' });
const Reason = z.string().trim().max(1000);
const M3 = z.number().min(0).max(100_000).refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-6, { message: '≤ 3 decimals (litres)' });

export const PlanCreate = z.object({ day: IsoDate.openapi({ description: 'A campaign day, today or later' }) }).openapi('PlanCreate');

const EntryFields = z.object({
  groupId: z.number().int().positive(),
  communeId: z.number().int().positive(),
  segmentIds: z.array(z.number().int().positive()).min(1).max(50).openapi({ description: 'Segments of the commune, in the order they are poured' }),
  headcount: z.number().int().positive().max(100_000).openapi({ description: 'Expected people', example: 25 }),
  targetVolumeM3: M3.openapi({ description: 'Concrete to pour, m³; at most what remains on the segments', example: 10 }),
  targetLengthM: z.number().min(0).max(100_000).optional().openapi({ description: 'Metres of road; computed from the volume when left out' }),
  mixers: z.number().int().min(0).max(50).default(1),
  meetingTime: Time.nullable().optional(),
  meetingPlace: z.string().trim().max(300).nullable().optional().openapi({ example: 'Nhà văn hóa thôn Nặm Khẳm' }),
  notes: z.string().trim().max(2000).nullable().optional(),
});

export const EntryCreate = EntryFields.extend({
  reason: Reason.optional().openapi({ description: 'Required once the plan is published: why it changes' }),
}).openapi('PlanEntryCreate');
export const EntryUpdate = patchOf(EntryFields).extend({ reason: Reason.optional() }).openapi('PlanEntryUpdate');
export const EntryRemoveQuery = z.object({ reason: Reason.optional() });

export const PublishInput = z.object({
  reason: Reason.optional().openapi({ description: 'Required when a go/no-go item is red: why publish anyway' }),
}).openapi('PlanPublish');
export const CancelInput = z.object({
  reason: Reason.optional().openapi({ description: 'Why the day is cancelled (rain, holiday): required', example: 'Mưa lớn kéo dài' }),
  toDay: IsoDate.optional().openapi({ description: 'Campaign day the entries move to (default: the next one)' }),
}).openapi('PlanCancel');
export const SupervisorInput = z.object({
  name: z.string().trim().min(2).max(120).nullable().openapi({ example: 'Hoàng Văn Thắng' }),
  phone: z.string().trim().regex(/^[0-9 +().-]{6,20}$/).nullable().optional(),
}).openapi('PlanSupervisor');

export const SiteInput = z.object({
  ready: z.boolean().openapi({ description: 'true: the site is prepared (cleared, levelled, compacted); false withdraws the confirmation' }),
  note: z.string().trim().min(1).max(500).nullable().optional().openapi({ example: 'Đã san gạt, lu lèn nền đoạn Km0+450 – Km0+600' }),
}).openapi('PlanEntrySite');

const Deadline = z.object({ weekday: z.number().int().min(0).max(6).openapi({ description: '0 = Sunday … 6 = Saturday' }), time: Time });
export const SettingsInput = z.object({
  registrationDeadline: Deadline,
  confirmationDeadline: Deadline,
  batchesPerMixerDay: z.number().int().min(1).max(500),
  meetingTime: Time,
}).openapi('PlanSettingsInput');
export const SettingsOut = SettingsInput.extend({ campaignId: z.number(), isDefault: z.boolean(), version: z.number() }).openapi('PlanSettings');

const Check = z.object({ item: z.enum(READINESS_ITEMS), ok: z.boolean(), vi: z.string(), en: z.string() });
export const SegmentRef = z.object({
  id: z.number(), roadId: z.number(), roadName: z.string(), label: z.string().nullable(), chainage: z.string(),
  status: z.string(), lengthM: z.number(), remainingM3: z.number(),
});
export const EntryOut = z.object({
  id: z.number(),
  group: z.object({ id: z.number(), name: z.string(),
    kind: z.enum(['group', 'agency']).optional().openapi({ description: "'agency': one agency assigned directly (a group of one); absent in versions kept before it existed" }),
    leadAgencyId: z.number(), leadAgencyName: z.string() }),
  commune: z.object({ id: z.number(), name: z.string() }),
  segments: z.array(SegmentRef),
  headcount: z.number(), targetVolumeM3: z.number(), targetLengthM: z.number(), mixers: z.number(),
  meetingTime: z.string().nullable(), meetingPlace: z.string().nullable(), notes: z.string().nullable(),
  explanation: z.object({ vi: z.string(), en: z.string() }).nullable().openapi({ description: 'Why the proposal chose this entry' }),
  supervisor: z.object({ name: z.string(), phone: z.string().nullable() }).nullable(),
  site: z.object({ readyOn: z.string(), note: z.string().nullable() }).nullable().openapi({ description: 'The commune confirmed the site is prepared (mặt bằng) on this day' }),
  registration: z.object({ id: z.number(), status: z.enum(REGISTRATION_STATUSES), headcount: z.number(), targetVolumeM3: z.number() }).nullable(),
  readiness: z.object({ ok: z.boolean(), items: z.array(Check) }),
  actions: z.array(z.enum(['edit', 'remove', 'setSupervisor', 'confirmSite'])),
}).openapi('PlanEntry');

export const PlanOut = z.object({
  id: z.number(), campaignId: z.number(), campaignName: z.string(), day: z.string(), week: z.string().openapi({ example: 'Tuần 42/2021' }),
  status: z.enum(PLAN_STATUSES), versionNo: z.number().openapi({ description: 'Latest published version (0 for a draft)' }),
  note: z.string().nullable(), cancelReason: z.string().nullable(), movedToPlanId: z.number().nullable(),
  publishedAt: z.string().nullable(), closedAt: z.string().nullable(),
  totals: z.object({ entries: z.number(), headcount: z.number(), targetVolumeM3: z.number(), targetLengthM: z.number(), mixers: z.number(), redItems: z.number() }),
  entries: z.array(EntryOut),
  actions: z.array(z.enum(['edit', 'propose', 'publish', 'amend', 'close', 'cancel'])),
  version: z.number().openapi({ description: 'Row version for If-Match' }),
}).openapi('Plan');

export const PlanSummaryOut = z.object({
  day: z.string(), note: z.string().nullable(), saturday: z.boolean(),
  plan: z.object({ id: z.number(), status: z.enum(PLAN_STATUSES), versionNo: z.number(), entries: z.number(), headcount: z.number(), targetVolumeM3: z.number() }).nullable(),
}).openapi('PlanDay');

export const VersionOut = z.object({
  versionNo: z.number(), kind: z.enum(['publish', 'amend', 'cancel']), status: z.string(), reason: z.string().nullable(),
  redItems: z.number(), redReason: z.string().nullable(), createdAt: z.string(), createdBy: z.string().nullable(),
}).openapi('PlanVersion');
// A version keeps the plan as it was, without anyone's actions; an entry kept before sites were
// confirmed has no `site`.
const SnapshotEntry = EntryOut.omit({ actions: true }).extend({ site: EntryOut.shape.site.optional() });
export const PlanSnapshot = PlanOut.omit({ actions: true }).extend({ entries: z.array(SnapshotEntry) }).openapi('PlanSnapshot');
export const VersionDetailOut = VersionOut.extend({ snapshot: PlanSnapshot.openapi({ description: 'The plan as it was (the Plan shape without actions)' }) }).openapi('PlanVersionDetail');

export const ProposalOut = z.object({
  plan: PlanOut,
  added: z.array(z.object({ entryId: z.number(), groupId: z.number(), explanation: z.object({ vi: z.string(), en: z.string() }) })),
  skipped: z.array(z.object({ groupId: z.number(), groupName: z.string(), vi: z.string(), en: z.string() })),
}).openapi('PlanProposal');

export const CancelOut = z.object({
  cancelled: PlanOut, target: PlanOut, moved: z.array(z.number()),
  skipped: z.array(z.object({ groupId: z.number(), groupName: z.string(), vi: z.string(), en: z.string() })),
}).openapi('PlanCancelResult');

export type EntryCreateInput = z.infer<typeof EntryCreate>;
export type EntryUpdateInput = z.infer<typeof EntryUpdate>;
export type SettingsInputT = z.infer<typeof SettingsInput>;
