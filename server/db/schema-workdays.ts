// Kysely's view of the workday and report tables (migrations 202611272500 and 202611272501).
// Kept beside schema.ts so the shared file only lists the tables.
import type { ColumnType, Generated } from 'kysely';
import type { Weather } from '../../domain/labour.js';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
type JsonDefault<T = unknown> = ColumnType<T, string | undefined, string>;

export interface WorkdaysTables {
  workdays: {
    id: Generated<number>; client_id: string; client_hash: string; campaign_id: number; commune_id: number; group_id: number; day: string;
    plan_entry_id: number | null; status: Generated<'recorded' | 'cancelled'>; cancel_reason: string | null;
    supervisor_name: string | null; supervisor_phone: string | null; weather: Weather | null; incidents: string | null;
    commune_note: string | null; group_note: string | null; people_full: Generated<number>; people_half: Generated<number>;
    created_by: number; created_side: 'group' | 'commune' | 'office';
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp; version: Generated<number>;
    // Where the phone was when the workday was recorded (migration 202612071350).
    latitude: number | null; longitude: number | null; gps_accuracy_m: number | null; located_at: Date | null;
    /** Plausibility warnings after the last write (domain/plausibility.ts Finding[]). */
    warnings: JsonDefault<Array<{ code: string; severity: 'warning' | 'refusal'; field: string; vi: string; en: string }>>;
  };
  workday_attendance: { workday_id: number; agency_id: number; full_day: number; half_day: number; names: JsonDefault<string[]> };
  workday_pours: { workday_id: number; segment_id: number; length_mm: number; litres: number };
  workday_photos: {
    id: Generated<number>; workday_id: number; file_id: number; side: 'group' | 'commune' | 'office'; phase: 'before' | 'after';
    taken_at: Date | null; latitude: number | null; longitude: number | null; width: number | null; height: number | null;
    display_key: string | null; display_mime: string | null; created_by: number; created_at: DefaultTimestamp;
    gps_accuracy_m: number | null; facts_source: ColumnType<'exif' | 'phone', 'exif' | 'phone' | undefined, 'exif' | 'phone'>;
  };
  weekly_reports: {
    id: Generated<number>; campaign_id: number; commune_id: number; week_start: string;
    status: Generated<'draft' | 'submitted' | 'returned' | 'approved'>; narrative: string | null; difficulties: string | null; proposals: string | null;
    figures: Json | null; first_submitted_at: Date | null; submitted_at: Date | null; submitted_by: number | null; on_time: boolean | null;
    decided_at: Date | null; decided_by: number | null; review_comment: string | null; created_by: number;
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp; version: Generated<number>;
    /** Groups that worked without their attendance, declared missing by the commune with a reason. */
    missing_attendance: JsonDefault<Array<{ groupId: number; reason: string }>>;
  };
  weekly_report_ratings: { report_id: number; group_id: number; responsibility: string; effectiveness: string; comment: string | null };
  weekly_report_history: {
    id: Generated<number>; report_id: number; at: DefaultTimestamp; user_id: number | null; action: string;
    from_status: string | null; to_status: string; comment: string | null;
  };
  report_settings: {
    campaign_id: number; cutoff_weekday: number; deadline_weekday: number; deadline_time: string; remind_hours_before: number;
    pour_tolerance_pct: number; material_tolerance_pct: number;
    weight_participation: number; weight_labour: number; weight_volume: number; weight_rating: number;
    updated_by: number | null; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  district_reports: {
    id: Generated<number>; campaign_id: number; period_kind: 'week' | 'month'; period_start: string; number: string | null;
    header: 'state' | 'party'; issuer_parent: string | null; issuer: string | null; signer_title: string | null; signer_name: string | null;
    highlights: string | null; narrative: string | null; recipients: JsonDefault<string[]>;
    updated_by: number | null; updated_at: DefaultTimestamp; version: Generated<number>;
  };
}
