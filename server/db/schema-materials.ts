// Kysely's view of the materials, stock, equipment, guidance and acceptance tables (migrations
// 202611272100 and 202611272101). Kept beside schema.ts so the shared file only lists the tables.
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface MaterialsTables {
  materials: {
    id: Generated<number>; code: string; name: string; kind: 'cement' | 'sand' | 'stone' | 'gravel' | 'other';
    base_unit: 'kg' | 'l' | 'piece'; display_unit: string; display_factor: number; needs_inspection: Generated<boolean>;
    created_at: DefaultTimestamp; version: Generated<number>;
  };
  stock_points: {
    id: Generated<number>; unit_id: number; name: string; kind: 'store' | 'road'; road_id: number | null; note: string | null;
    created_by: number | null; created_at: DefaultTimestamp; version: Generated<number>;
  };
  stock_lots: {
    id: Generated<number>; unit_id: number; material_id: number; source: 'purchase' | 'state' | 'donation'; supplier: string;
    delivery_note: string | null; document: string | null; received_on: string; quantity: number; fund_entry_id: number | null;
    created_by: number; created_at: DefaultTimestamp;
  };
  lot_inspections: {
    id: Generated<number>; lot_id: number; inspected_on: string; result: 'pass' | 'fail';
    checks: Json<Array<{ name: string; passed: boolean; value?: string | null }>>; notes: string | null; inspector_id: number; created_at: DefaultTimestamp;
  };
  stock_movements: {
    id: Generated<number>; unit_id: number; lot_id: number; kind: 'receipt' | 'transfer' | 'issue' | 'adjustment' | 'return' | 'reversal';
    from_point_id: number | null; to_point_id: number | null; quantity: number; moved_on: string; segment_id: number | null;
    workday_id: number | null; reason: string | null; flagged_unpassed: Generated<boolean>; reverses_id: number | null;
    created_by: number; created_at: DefaultTimestamp;
  };
  materials_settings: {
    campaign_id: number; unpassed_issue: 'refuse' | 'warn'; updated_by: number | null; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  equipment: {
    id: Generated<number>; unit_id: number; kind: 'mixer' | 'other'; name: string; drum_litres: number | null; origin: 'purchased' | 'lent';
    lender: string | null; fund_entry_id: number | null; status: Generated<'working' | 'broken'>; note: string | null; created_by: number | null;
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  equipment_bookings: {
    equipment_id: number; day: string; road_id: number | null; segment_id: number | null; place: string | null; note: string | null;
    created_by: number | null; created_at: DefaultTimestamp;
  };
  guidance_documents: {
    id: Generated<number>; doc_key: string; version_no: number; title: string; effective_from: string; summary: string | null;
    created_by: number | null; created_at: DefaultTimestamp;
  };
  segment_acceptances: {
    id: Generated<number>; segment_id: number; decision: 'accepted' | 'rejected'; inspected_on: string; grade: string;
    measurements: Json<Array<{ atMm: number; widthMm: number; thicknessMm: number }>>; reasons: string | null; inspector_id: number; created_at: DefaultTimestamp;
  };
}
