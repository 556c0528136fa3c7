// Roads (tuyến đường) and segments (đoạn, by chainage): what the API takes and gives. Lengths and
// dimensions travel in metres (up to three decimals) and are stored as whole millimetres.
import { z } from '@hono/zod-openapi';
import { GRADES, MAX_LENGTH_MM, MAX_THICKNESS_MM, MAX_WIDTH_MM, STONE_SIZES } from '../../../domain/concrete/index.js';
import { isIsoDate } from '../../../domain/dates.js';
import { ROAD_CLASSES, SURFACES } from '../../../domain/roads.js';
import { SEGMENT_STATUSES } from '../../../domain/segment-status.js';
import { patchOf } from '../../http/patch-schema.js';

/** Metres, positive, at most `maxMm` millimetres; rounded to the millimetre on the server. */
const metres = (maxMm: number, description: string) =>
  z.number().positive().max(maxMm / 1000).openapi({ description: `${description} (metres, up to 3 decimals)` });

export const Length = metres(MAX_LENGTH_MM, 'Length');
export const Width = metres(MAX_WIDTH_MM, 'Width');
export const Thickness = metres(MAX_THICKNESS_MM, 'Slab thickness');
const Chainage = z.number().min(0).max(MAX_LENGTH_MM / 1000);
const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-10-16' });

const GeometrySchema = z.object({
  type: z.enum(['LineString', 'MultiLineString']),
  coordinates: z.array(z.any()),
}).openapi('RoadGeometry', { description: 'GeoJSON LineString or MultiLineString, lon/lat (WGS 84)' });

const RoadFields = z.object({
  communeId: z.number().int().positive().optional().openapi({ description: 'The commune (xã, thị trấn); a commune user may leave it out (their own)' }),
  name: z.string().trim().min(2).max(200).openapi({ example: 'Đường trục thôn Nậm Hốc' }),
  villageIds: z.array(z.number().int().positive()).max(50).openapi({ description: 'Villages (thôn, bản) the road serves, under the same commune' }).default([]),
  roadClass: z.enum(ROAD_CLASSES).openapi({ description: 'Criterion 2 class: commune (2.1), village (2.2), alley (2.3), field (2.4)' }),
  lengthM: Length,
  surfaceBefore: z.enum(SURFACES).openapi({ description: 'Surface before the work: earth, gravel, or already hardened (counts as hardened in full)' }),
  widthM: Width.openapi({ example: 3 }),
  thicknessM: Thickness.openapi({ example: 0.18 }),
  grade: z.enum(GRADES).openapi({ example: 'M250' }),
  stone: z.enum(STONE_SIZES).openapi({ example: '1x2' }),
  mixTableId: z.number().int().positive().optional().openapi({ description: 'Mix table; the default table when left out' }),
  geometry: GeometrySchema.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const RoadCreate = RoadFields.openapi('RoadCreate');
export const RoadUpdate = patchOf(RoadFields.omit({ communeId: true })).openapi('RoadUpdate');
export const GeometryInput = z.object({ geometry: GeometrySchema.nullable() }).openapi('RoadGeometryInput');

export const RoadQuery = z.object({
  communeId: z.coerce.number().int().positive().optional(),
  roadClass: z.enum(ROAD_CLASSES).optional(),
  q: z.string().max(200).optional().openapi({ description: 'Search by name, case- and accent-insensitive' }),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  cursor: z.coerce.number().int().min(0).optional(),
});

export const SegmentCreate = z.object({
  fromM: Chainage.openapi({ description: 'Start, metres from the road start (Km0+000)', example: 0 }),
  toM: Chainage.openapi({ description: 'End, metres from the road start', example: 150 }),
  label: z.string().trim().max(100).nullable().optional(),
  widthM: Width.nullable().optional().openapi({ description: "Own width when it differs from the road's" }),
  thicknessM: Thickness.nullable().optional().openapi({ description: "Own thickness when it differs from the road's" }),
  note: z.string().trim().max(2000).nullable().optional(),
}).refine((v) => v.toM > v.fromM, { path: ['toM'], message: 'toM > fromM' }).openapi('SegmentCreate');

export const SegmentUpdate = z.object({
  fromM: Chainage.optional(),
  toM: Chainage.optional(),
  label: z.string().trim().max(100).nullable().optional(),
  widthM: Width.nullable().optional(),
  thicknessM: Thickness.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
}).openapi('SegmentUpdate');

export const SplitInput = z.object({
  segmentLengthM: Length.openapi({ description: 'Length of each segment; the last one may be shorter', example: 100 }),
  fromM: Chainage.optional().openapi({ description: 'Start of the stretch to split (default 0)' }),
  toM: Chainage.optional().openapi({ description: "End of the stretch to split (default the road's length)" }),
}).openapi('SplitInput');

export const TransitionInput = z.object({
  to: z.enum(SEGMENT_STATUSES),
  reason: z.string().trim().max(1000).nullable().optional().openapi({ description: 'Needed to reject, or to move a segment back' }),
  date: IsoDate.optional().openapi({ description: 'Day it was poured or accepted (default today, Vietnam time)' }),
}).openapi('SegmentTransition');

const Totals = z.object({
  volume: z.object({ mm3: z.number(), litres: z.number(), m3: z.number() }),
  cement: z.object({ grams: z.number(), kg: z.number(), bags: z.number(), bagKg: z.number() }),
  sand: z.object({ cm3: z.number(), litres: z.number(), m3: z.number() }),
  stone: z.object({ cm3: z.number(), litres: z.number(), m3: z.number() }),
  water: z.object({ ml: z.number(), litres: z.number() }),
  mixer: z.object({ drumLitres: z.number(), batches: z.number() }),
  labour: z.object({ normCongPerM3: z.number(), congDays: z.number() }),
}).openapi('ConcreteTotals');

export const EstimateOut = Totals.extend({
  mix: z.object({
    table: z.string(), tableName: z.string(), source: z.string(), grade: z.string(), stone: z.string(),
    perM3: z.object({ cementKg: z.number(), sandM3: z.number(), stoneM3: z.number(), waterL: z.number() }),
  }),
}).openapi('ConcreteEstimate');

export const CombinedOut = z.object({ byMix: z.array(EstimateOut), total: Totals }).openapi('ConcreteCombined');

const StatusCount = z.object({ count: z.number(), lengthM: z.number() });

export const SegmentOut = z.object({
  id: z.number(),
  roadId: z.number(),
  label: z.string().nullable(),
  fromM: z.number(),
  toM: z.number(),
  lengthM: z.number(),
  chainage: z.string().openapi({ example: 'Km0+000 – Km0+150' }),
  widthM: z.number(),
  thicknessM: z.number(),
  ownDimensions: z.boolean(),
  status: z.enum(SEGMENT_STATUSES),
  pouredOn: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  note: z.string().nullable(),
  volume: z.object({ litres: z.number(), m3: z.number() }),
  history: z.array(z.object({ at: z.string(), user: z.object({ id: z.number(), name: z.string() }).nullable(), from: z.string().nullable(), to: z.string(), date: z.string().nullable(), reason: z.string().nullable() })).optional(),
  estimate: EstimateOut.optional(),
  actions: z.array(z.enum(['edit', 'delete'])),
  nextStatuses: z.array(z.enum(SEGMENT_STATUSES)).openapi({ description: 'Statuses this user may move the segment to now' }),
  version: z.number(),
}).openapi('Segment');

export const RoadOut = z.object({
  id: z.number(),
  name: z.string(),
  commune: z.object({ id: z.number(), name: z.string() }),
  villages: z.array(z.object({ id: z.number(), name: z.string() })),
  roadClass: z.enum(ROAD_CLASSES),
  indicator: z.string().openapi({ example: '2.2' }),
  lengthM: z.number(),
  surfaceBefore: z.enum(SURFACES),
  widthM: z.number(),
  thicknessM: z.number(),
  mix: z.object({ tableId: z.number(), table: z.string(), tableName: z.string(), grade: z.enum(GRADES), stone: z.enum(STONE_SIZES) }),
  hasGeometry: z.boolean(),
  geometry: GeometrySchema.nullable().optional().openapi({ description: 'Only on GET /roads/{id}' }),
  lengthCheck: z.object({ measuredM: z.number(), differenceM: z.number(), percent: z.number(), flagged: z.boolean(), thresholdPercent: z.number() }).nullable()
    .openapi({ description: 'Length measured along the geometry beside the entered one; flagged past the threshold setting' }),
  note: z.string().nullable(),
  progress: z.object({
    segmentCount: z.number(), segmentedM: z.number(), unsegmentedM: z.number(),
    byStatus: z.record(z.string(), StatusCount),
    acceptedM: z.number(), hardenedM: z.number(), hardenedPercent: z.number(),
  }),
  volume: z.object({ designM3: z.number(), remainingM3: z.number() }),
  materials: z.object({ design: EstimateOut, remaining: EstimateOut }).optional().openapi({ description: 'Only on GET /roads/{id}: the whole road, and what is still to pour' }),
  segments: z.array(SegmentOut).optional().openapi({ description: 'Only on GET /roads/{id}' }),
  actions: z.array(z.enum(['edit', 'delete', 'editSegments'])),
  version: z.number(),
}).openapi('Road');

export type RoadCreateInput = z.infer<typeof RoadCreate>;
export type RoadUpdateInput = z.infer<typeof RoadUpdate>;
export type SegmentCreateInput = z.infer<typeof SegmentCreate>;
export type SegmentUpdateInput = z.infer<typeof SegmentUpdate>;
export type SplitInputT = z.infer<typeof SplitInput>;
export type TransitionInputT = z.infer<typeof TransitionInput>;
