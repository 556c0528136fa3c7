// Directives, their numbered items and tasks, and task instances: request and response shapes.
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { DIRECTIVE_TYPES, EVIDENCE_RECORD_TYPES, LINKED_RECORDS, TASK_STATUSES } from '../../../domain/directives.js';
import { MAX_DUE_AFTER_DAYS, REPEATS } from '../../../domain/recurrence.js';
import { ROLES } from '../../../domain/roles.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-09' });
const Id = z.number().int().positive();

export const AssigneeIn = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency'), agencyId: Id }),
  z.object({ kind: z.literal('group'), groupId: Id.openapi({ description: 'The group: its lead agency reports' }) }),
  z.object({ kind: z.literal('commune'), communeId: Id }),
  z.object({ kind: z.literal('role'), role: z.enum(ROLES).openapi({ description: 'Every user of this role' }) }),
  z.object({ kind: z.literal('all_groups').openapi({ description: "Shorthand: each group of the directive's campaign" }) }),
  z.object({ kind: z.literal('target_communes').openapi({ description: "Shorthand: each target commune of the directive's campaign" }) }),
]).openapi('TaskAssigneeInput');

export const TaskIn = z.object({
  description: z.string().trim().min(3).max(2000).openapi({ example: 'Hàng tuần cử phóng viên ghi hình, đưa tin' }),
  assignees: z.array(AssigneeIn).min(1).max(100),
  repeat: z.enum(REPEATS).default('none').openapi({ description: 'none: one-off with dueDate; weekly: on weekday; monthly: on monthDay (31 = last day of shorter months)' }),
  dueDate: IsoDate.nullish().openapi({ description: 'One-off: the due date, not before the directive' }),
  weekday: z.number().int().min(0).max(6).nullish().openapi({ description: 'Weekly: 0 = Sunday … 6 = Saturday' }),
  monthDay: z.number().int().min(1).max(31).nullish(),
  startDate: IsoDate.nullish().openapi({ description: 'Recurring: first day, not before the directive' }),
  endDate: IsoDate.nullish().openapi({ description: 'Recurring: last day — REQUIRED (400 RECURRENCE_END_REQUIRED without it)' }),
  dueAfterDays: z.number().int().min(0).max(MAX_DUE_AFTER_DAYS).nullish().openapi({ description: 'Recurring: each occurrence is due this many days later (0 = the same day)' }),
  linkedRecord: z.enum(LINKED_RECORDS).nullish().openapi({ description: 'A record that completes the task by itself: the weekly plan, a weekly report, a media item' }),
}).openapi('TaskInput');

export const ItemIn = z.object({
  ordinal: z.number().int().min(1).max(200).optional().openapi({ description: 'The number in the document; defaults to the position' }),
  title: z.string().trim().max(300).nullish().openapi({ example: 'Đối với Trung tâm Văn hóa - Thông tin và Du lịch' }),
  body: z.string().trim().min(3).max(8000),
  tasks: z.array(TaskIn).max(50).default([]),
}).openapi('DirectiveItemInput');

const DirectiveFields = {
  type: z.enum(DIRECTIVE_TYPES).openapi({ description: 'ket_luan Kết luận, chi_thi Chỉ thị, ke_hoach Kế hoạch, thong_bao Thông báo' }),
  number: z.string().trim().min(1).max(60).openapi({ example: '02-KL/BCĐ' }),
  issuedOn: IsoDate,
  issuingBody: z.string().trim().min(2).max(300).openapi({ example: 'Ban Chỉ đạo xây dựng nông thôn mới huyện Quang Bình' }),
  signerName: z.string().trim().min(2).max(120).openapi({ example: 'Triệu Tài Phong' }),
  signerTitle: z.string().trim().max(200).nullish().openapi({ example: 'Bí thư kiêm Trưởng Ban Chỉ đạo' }),
  summary: z.string().trim().min(3).max(4000),
  campaignId: Id.nullish().openapi({ description: 'The campaign it directs (needed for all_groups / target_communes)' }),
};

export const DirectiveCreate = z.object({ ...DirectiveFields, items: z.array(ItemIn).max(50).default([]) }).openapi('DirectiveCreate');
export const DirectiveUpdate = z.object(DirectiveFields).partial().openapi('DirectiveUpdate');

const Counts = z.object({
  total: z.number(), overdue: z.number(), open: z.number(), cannotDo: z.number(), doneOnTime: z.number(), doneLate: z.number(),
  colour: z.enum(['red', 'orange', 'blue', 'yellow', 'green', 'gray']),
}).openapi('StatusCounts');

export const AssigneeOut = z.object({
  id: z.number(), key: z.string().openapi({ example: 'agency:12' }), kind: z.enum(['agency', 'group', 'commune', 'role']),
  agencyId: z.number().nullable(), groupId: z.number().nullable(), communeId: z.number().nullable(), role: z.string().nullable(),
  label: z.string().openapi({ description: 'Agency, group or commune name; the role code for a role (translate in the UI)' }),
}).openapi('TaskAssignee');

export const TaskOut = z.object({
  id: z.number(), itemId: z.number(), ordinal: z.number(), description: z.string(), repeat: z.enum(REPEATS),
  dueDate: z.string().nullable(), weekday: z.number().nullable(), monthDay: z.number().nullable(),
  startDate: z.string(), endDate: z.string(), dueAfterDays: z.number(), linkedRecord: z.string().nullable(),
  assignees: z.array(AssigneeOut), progress: Counts,
}).openapi('DirectiveTask');

export const ItemOut = z.object({ id: z.number(), ordinal: z.number(), title: z.string().nullable(), body: z.string(), tasks: z.array(TaskOut) }).openapi('DirectiveItem');

const DirectiveHead = {
  id: z.number(), type: z.enum(DIRECTIVE_TYPES), typeLabel: z.object({ vi: z.string(), en: z.string(), abbr: z.string() }),
  number: z.string(), issuedOn: z.string(), issuingBody: z.string(), signerName: z.string(), signerTitle: z.string().nullable(),
  summary: z.string(), campaignId: z.number().nullable(), progress: Counts, version: z.number(),
};

export const DirectiveSummaryOut = z.object({ ...DirectiveHead, itemCount: z.number(), taskCount: z.number() }).openapi('DirectiveSummary');
export const DirectiveOut = z.object({
  ...DirectiveHead,
  documents: z.array(z.object({ id: z.number(), filename: z.string(), mime: z.string(), url: z.string() })),
  items: z.array(ItemOut),
  actions: z.array(z.enum(['edit', 'addItem', 'addTask', 'attach'])),
}).openapi('Directive');

export const Evidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), fileId: Id.openapi({ description: "A file uploaded to /files with entity 'task_instance' and this instance's id" }) }),
  z.object({ kind: z.literal('link'), url: z.url({ protocol: /^https?$/ }).max(2000).openapi({ example: 'https://quangbinh.hagiang.gov.vn/tin-tuc/ngay-thu-7' }) }),
  z.object({ kind: z.literal('record'), recordType: z.enum(EVIDENCE_RECORD_TYPES), recordId: Id }),
]).openapi('TaskEvidence');

export const DoneIn = z.object({ evidence: Evidence, note: z.string().trim().max(2000).nullish() }).openapi('TaskDoneInput');
export const CannotDoIn = z.object({ reason: z.string().trim().min(5).max(2000).openapi({ example: 'Mưa lớn kéo dài, đường sạt lở' }) }).openapi('TaskCannotDoInput');

export const InstanceOut = z.object({
  id: z.number(), taskId: z.number(),
  directive: z.object({ id: z.number(), number: z.string(), type: z.enum(DIRECTIVE_TYPES) }),
  item: z.object({ id: z.number(), ordinal: z.number(), title: z.string().nullable() }),
  description: z.string(), repeat: z.enum(REPEATS), linkedRecord: z.string().nullable(),
  assignee: AssigneeOut,
  occursOn: z.string(), dueOn: z.string(),
  status: z.enum(TASK_STATUSES).openapi({ description: 'overdue is derived: open and past its due date (Vietnamese calendar)' }),
  onTime: z.boolean().nullable(), doneOn: z.string().nullable(),
  colour: z.enum(['red', 'orange', 'blue', 'yellow', 'green', 'gray']),
  reason: z.string().nullable(), note: z.string().nullable(),
  evidence: z.object({
    kind: z.enum(['file', 'link', 'record']), fileId: z.number().nullable(), fileUrl: z.string().nullable(), url: z.string().nullable(),
    recordType: z.string().nullable(), recordId: z.number().nullable(),
  }).nullable(),
  reportedBy: z.object({ id: z.number(), displayName: z.string() }).nullable(), reportedAt: z.string().nullable(),
  actions: z.array(z.enum(['done', 'cannot_do', 'reopen', 'attach'])),
  version: z.number(),
}).openapi('TaskInstance');

export const InstanceQuery = z.object({
  status: z.enum(['pending', 'open', 'overdue', 'done', 'cannot_do', 'all']).default('pending')
    .openapi({ description: 'pending = open or overdue (default)' }),
  directiveId: z.coerce.number().int().positive().optional(),
  unit: z.string().regex(/^(agency|group|commune|role):[a-z0-9_]+$/).optional().openapi({ description: 'A tracking-table column key, e.g. agency:12' }),
  itemId: z.coerce.number().int().positive().optional(),
  from: IsoDate.optional().openapi({ description: 'Due on or after' }),
  to: IsoDate.optional().openapi({ description: 'Due on or before' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const InstanceList = z.object({ today: z.string(), items: z.array(InstanceOut), total: z.number() }).openapi('TaskInstanceList');

export type TaskInput = z.infer<typeof TaskIn>;
export type ItemInput = z.infer<typeof ItemIn>;
export type AssigneeInput = z.infer<typeof AssigneeIn>;
export type DirectiveCreateInput = z.infer<typeof DirectiveCreate>;
export type DirectiveUpdateInput = z.infer<typeof DirectiveUpdate>;
export type DoneInput = z.infer<typeof DoneIn>;
export type InstanceQueryInput = z.infer<typeof InstanceQuery>;

const UnitOut = z.object({
  key: z.string().openapi({ example: 'group:3' }), kind: z.string(), id: z.number().nullable(), role: z.string().nullable(), label: z.string(),
}).openapi('TaskUnit');
const Cell = Counts.extend({ unitKey: z.string() });

export const TrackingOut = z.object({
  today: z.string().openapi({ description: 'The date overdue is judged against' }),
  directive: DirectiveOut.omit({ items: true }),
  units: z.array(UnitOut).openapi({ description: 'Columns: every assignee unit, in order of first appearance' }),
  rows: z.array(z.object({
    item: z.object({ id: z.number(), ordinal: z.number(), title: z.string().nullable(), body: z.string() }),
    tasks: z.array(TaskOut.omit({ assignees: true }).extend({ unitKeys: z.array(z.string()) })),
    cells: z.array(Cell).openapi({ description: 'Only the units this item assigns; colour red overdue, orange cannot do, blue open, yellow done late, green done, gray nothing yet' }),
  })),
  totals: z.object({ byUnit: z.array(Cell), overall: Counts }),
  overdue: z.array(InstanceOut).openapi({ description: 'Overdue instances of the directive, oldest due first (at most 50)' }),
}).openapi('DirectiveTracking');

export const CompletionQuery = z.object({
  from: IsoDate.optional().openapi({ description: 'Due on or after (default: the earliest)' }),
  to: IsoDate.optional().openapi({ description: 'Due on or before (default: today)' }),
  directiveId: z.coerce.number().int().positive().optional(),
  unit: z.string().regex(/^(agency|group|commune|role):[a-z0-9_]+$/).optional().openapi({ description: 'One unit only, e.g. commune:4' }),
});

export const CompletionOut = z.object({
  from: z.string(), to: z.string(), today: z.string(), directiveId: z.number().nullable(),
  items: z.array(z.object({
    unit: UnitOut,
    due: z.number().openapi({ description: 'done + cannot do + overdue' }), done: z.number(), doneOnTime: z.number(), doneLate: z.number(),
    cannotDo: z.number(), overdue: z.number(), upcoming: z.number().openapi({ description: 'Open, not yet due: not counted' }),
    completionRate: z.number().nullable().openapi({ description: 'done ÷ due, 0…1' }),
    timelinessRate: z.number().nullable().openapi({ description: 'done on time ÷ done, 0…1' }),
    colour: z.enum(['red', 'orange', 'blue', 'yellow', 'green', 'gray']),
  })).openapi({ description: 'Units with overdue tasks first, then the lowest completion' }),
}).openapi('UnitCompletion');
