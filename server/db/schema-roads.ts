// Kysely's view of the roads tables (migrations 202611271900–1902): mix tables, roads and their
// villages, segments with their history, and criterion 2 thresholds.
import type { ColumnType, Generated } from 'kysely';
import type { Grade, StoneSize } from '../../domain/concrete/mix-tables.js';
import type { SegmentStatus } from '../../domain/segment-status.js';
import type { Indicator, RegionCode } from '../../domain/criterion2.js';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface MixTablesTable {
  id: Generated<number>;
  code: string;
  name: string;
  source: string;
  cement_type: string | null;
  note: string | null;
  is_default: Generated<boolean>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface MixTableRowsTable {
  mix_table_id: number;
  grade: string;
  stone: string;
  cement_g: number;
  sand_cm3: number;
  stone_cm3: number;
  water_ml: number;
}

/** Grades and stone sizes an official table covers whose figures could not be confirmed (migration 202612071800). */
export interface MixTableUnconfirmedRowsTable {
  mix_table_id: number;
  grade: string;
  stone: string;
  reason: string;
}

export interface RoadsTable {
  id: Generated<number>;
  commune_id: number;
  name: string;
  road_class: string;
  length_mm: number;
  surface_before: string;
  width_mm: number;
  thickness_mm: number;
  mix_table_id: number;
  /** A row of the road's mix table (foreign key), so one of the grades and stone sizes it covers. */
  grade: Grade;
  stone: StoneSize;
  geometry: Json | null;
  geometry_length_mm: number | null;
  note: string | null;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface RoadVillagesTable { road_id: number; village_id: number }

export interface SegmentsTable {
  id: Generated<number>;
  road_id: number;
  from_mm: number;
  to_mm: number;
  label: string | null;
  width_mm: number | null;
  thickness_mm: number | null;
  /** The check constraint's statuses. */
  status: Generated<SegmentStatus>;
  poured_on: string | null;
  accepted_on: string | null;
  note: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface SegmentHistoryTable {
  id: Generated<number>;
  segment_id: number;
  at: DefaultTimestamp;
  user_id: number | null;
  from_status: string | null;
  to_status: string;
  on_date: string | null;
  reason: string | null;
}

export interface Criterion2ThresholdsTable {
  /** One of REGION_CODES: the rows are those seeded from DEFAULT_THRESHOLDS, edited in place. */
  region: RegionCode;
  indicator: Indicator;
  min_share_bp: number;
  source: string;
  confirmed: Generated<boolean>;
  confirmed_by: number | null;
  confirmed_at: Date | null;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface RoadsTables {
  mix_tables: MixTablesTable;
  mix_table_rows: MixTableRowsTable;
  mix_table_unconfirmed_rows: MixTableUnconfirmedRowsTable;
  roads: RoadsTable;
  road_villages: RoadVillagesTable;
  segments: SegmentsTable;
  segment_history: SegmentHistoryTable;
  criterion2_thresholds: Criterion2ThresholdsTable;
}
