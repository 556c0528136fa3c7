// Materials, staging points, lots, movements and inspections: requests and answers. Quantities are
// whole base units (kg for cement, litres for sand, stone and gravel); answers add the quantity in
// the display unit (50 kg bags, m³).
import { z } from '@hono/zod-openapi';
import { isIsoDate } from '../../../domain/dates.js';
import { LOT_STATUSES, MOVEMENT_KINDS, STOCK_QUANTITY_MAX } from '../../../domain/stock.js';

export const IsoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' }).openapi({ example: '2021-09-22' });
export const Quantity = z.number().int().positive().max(STOCK_QUANTITY_MAX)
  .openapi({ description: 'Whole base units: kg (cement) or litres (sand, stone, gravel)', example: 20_000 });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const Id = z.number().int().positive();

export const MaterialCreate = z.object({
  code: z.string().regex(/^[a-z0-9_]{2,40}$/).openapi({ example: 'brick' }),
  name: text(120).openapi({ example: 'Gạch chỉ' }),
  kind: z.enum(['cement', 'sand', 'stone', 'gravel', 'other']),
  baseUnit: z.enum(['kg', 'l', 'piece']),
  displayUnit: text(30).openapi({ example: 'viên' }),
  displayFactor: z.number().int().positive().max(1_000_000).openapi({ description: 'Base units per display unit (50 for bags, 1000 for m³)' }),
  needsInspection: z.boolean().default(true),
}).openapi('MaterialCreate');

export const PointCreate = z.object({
  unitId: Id.openapi({ description: 'The commune' }),
  name: text(120).openapi({ example: 'Kho UBND xã' }),
  kind: z.enum(['store', 'road']),
  roadId: Id.nullable().optional().openapi({ description: 'For a point at a road (kind road)' }),
  note: optionalText(500),
}).refine((v) => (v.kind === 'road') === !!v.roadId, { path: ['roadId'], message: 'Required for a road point, only for one' }).openapi('StockPointCreate');

export const ReceiptCreate = z.object({
  unitId: Id,
  materialCode: z.string().min(2).max(40).openapi({ example: 'cement_pcb40' }),
  pointId: Id,
  quantity: Quantity,
  source: z.enum(['purchase', 'state', 'donation']).openapi({ description: 'Purchases from the fund come through the fund expenditure' }),
  supplier: text(200).openapi({ description: 'Supplier, or who donated', example: 'Đại lý VLXD Yên Bình' }),
  deliveryNote: optionalText(60).openapi({ description: 'Delivery note (phiếu giao hàng) number' }),
  document: optionalText(300).openapi({ description: 'The document it comes with (decision of state supply, donation record)' }),
  receivedOn: IsoDate,
}).openapi('StockReceiptCreate');

export const TransferCreate = z.object({
  lotId: Id, fromPointId: Id, toPointId: Id, quantity: Quantity, movedOn: IsoDate, note: optionalText(500),
}).refine((v) => v.fromPointId !== v.toPointId, { path: ['toPointId'], message: 'Same point' }).openapi('StockTransferCreate');

export const IssueCreate = z.object({
  lotId: Id, pointId: Id, quantity: Quantity, movedOn: IsoDate,
  segmentId: Id.nullable().optional().openapi({ description: 'The segment the material is used on' }),
  workdayId: Id.nullable().optional().openapi({ description: 'The workday record (workdays issue)' }),
  campaignId: Id.nullable().optional().openapi({ description: 'Whose setting applies to a lot not yet inspected (default: the latest campaign of the commune)' }),
  note: optionalText(500),
}).openapi('StockIssueCreate');

export const AdjustmentCreate = z.object({
  lotId: Id, pointId: Id,
  delta: z.number().int().min(-STOCK_QUANTITY_MAX).max(STOCK_QUANTITY_MAX).refine((d) => d !== 0, { message: '≠ 0' })
    .openapi({ description: 'Counted minus recorded, in base units (negative: loss)' }),
  movedOn: IsoDate, reason: text(500).openapi({ example: 'Kiểm kê: hao hụt do mưa' }),
}).openapi('StockAdjustmentCreate');

export const ReturnCreate = z.object({
  lotId: Id, pointId: Id, quantity: Quantity, movedOn: IsoDate, segmentId: Id.nullable().optional(), note: optionalText(500),
}).openapi('StockReturnCreate');

export const ReverseMovement = z.object({ reason: text(500), movedOn: IsoDate.optional() }).openapi('StockReverse');

export const InspectionCreate = z.object({
  inspectedOn: IsoDate,
  result: z.enum(['pass', 'fail']),
  checks: z.array(z.object({ name: text(120).openapi({ example: 'Độ sạch (hàm lượng bùn, sét)' }), passed: z.boolean(), value: optionalText(120) })).max(30).default([]),
  notes: optionalText(2000).openapi({ description: 'Required when the lot fails' }),
}).refine((v) => v.result === 'pass' || !!v.notes, { path: ['notes'], message: 'Required when the lot fails' }).openapi('LotInspectionCreate');

export const SettingsInput = z.object({ unpassedIssue: z.enum(['refuse', 'warn']) }).openapi('MaterialsSettings');

export const StockQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  pointId: z.coerce.number().int().positive().optional(),
  roadId: z.coerce.number().int().positive().optional(),
  materialCode: z.string().max(40).optional(),
  status: z.enum(LOT_STATUSES).optional(),
});

const Ref = z.object({ id: z.number(), name: z.string() });
export const MaterialOut = z.object({
  id: z.number(), code: z.string(), name: z.string(), kind: z.string(), baseUnit: z.string(), displayUnit: z.string(),
  displayFactor: z.number(), needsInspection: z.boolean(),
}).openapi('Material');
export const PointOut = z.object({
  id: z.number(), commune: Ref, name: z.string(), kind: z.enum(['store', 'road']), road: Ref.nullable(), note: z.string().nullable(),
}).openapi('StockPoint');
export const LotOut = z.object({
  id: z.number(), commune: Ref, material: MaterialOut, source: z.string(), supplier: z.string(), deliveryNote: z.string().nullable(),
  document: z.string().nullable(), receivedOn: z.string(), quantity: z.number(), displayQuantity: z.number(),
  status: z.enum(LOT_STATUSES), fundEntryId: z.number().nullable(), onHand: z.number(),
  actions: z.array(z.enum(['inspect', 'move'])),
}).openapi('StockLot');
export const MovementOut = z.object({
  id: z.number(), lotId: z.number(), kind: z.enum(MOVEMENT_KINDS), from: Ref.nullable(), to: Ref.nullable(), quantity: z.number(),
  displayQuantity: z.number(), movedOn: z.string(), segmentId: z.number().nullable(), workdayId: z.number().nullable(),
  reason: z.string().nullable(), flaggedUnpassed: z.boolean(), reversesId: z.number().nullable(), reversedBy: z.number().nullable(),
  createdBy: Ref, createdAt: z.string(),
}).openapi('StockMovement');
export const InspectionOut = z.object({
  id: z.number(), lotId: z.number(), inspectedOn: z.string(), result: z.enum(['pass', 'fail']),
  checks: z.array(z.object({ name: z.string(), passed: z.boolean(), value: z.string().nullable().optional() })), notes: z.string().nullable(),
  inspector: Ref, createdAt: z.string(),
}).openapi('LotInspection');
export const OnHandOut = z.object({
  items: z.array(z.object({ point: PointOut, material: MaterialOut, lot: z.object({ id: z.number(), status: z.enum(LOT_STATUSES), supplier: z.string(), receivedOn: z.string() }),
    quantity: z.number(), displayQuantity: z.number() })),
  totals: z.array(z.object({ point: Ref, material: z.object({ code: z.string(), name: z.string(), displayUnit: z.string() }),
    passed: z.number(), pending: z.number(), failed: z.number(), displayPassed: z.number(), displayPending: z.number(), displayFailed: z.number() })),
}).openapi('StockOnHand');

export type PointInput = z.infer<typeof PointCreate>;
export type ReceiptInput = z.infer<typeof ReceiptCreate>;
export type TransferInput = z.infer<typeof TransferCreate>;
export type IssueInput = z.infer<typeof IssueCreate>;
export type AdjustmentInput = z.infer<typeof AdjustmentCreate>;
export type ReturnInput = z.infer<typeof ReturnCreate>;
export type InspectionInput = z.infer<typeof InspectionCreate>;
