// Kysely's view of the plans and registrations tables (migrations 202611272400 and 202611272401).
// Kept beside schema.ts so the shared file only lists the tables.
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;
type JsonDefault<T = unknown> = ColumnType<T, string | undefined, string>;

/** The registration a proposed entry was made from (null when the group had not registered). */
export interface ProposalBasis { registration: { headcount: number; targetLitres: number } | null }

export interface PlansTables {
  road_assignments: {
    campaign_id: number; segment_id: number; group_id: number; assigned_by: number | null; assigned_at: DefaultTimestamp;
  };
  plans: {
    id: Generated<number>; campaign_id: number; day: string; status: Generated<'draft' | 'published' | 'closed' | 'cancelled'>;
    version_no: Generated<number>; note: string | null; cancel_reason: string | null; moved_to_plan_id: number | null;
    created_by: number | null; published_at: Date | null; closed_at: Date | null;
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  plan_entries: {
    id: Generated<number>; plan_id: number; day: string; group_id: number; commune_id: number; headcount: number;
    target_litres: number; target_length_mm: number; mixers: Generated<number>; meeting_time: string | null; meeting_place: string | null;
    notes: string | null; explanation_vi: string | null; explanation_en: string | null;
    supervisor_name: string | null; supervisor_phone: string | null; supervisor_set_by: number | null;
    /** The commune confirmed the site is prepared (mặt bằng), migration 202612081400. */
    site_ready_at: Date | null; site_ready_by: number | null; site_note: string | null;
    /** What a proposal was made from: the registration then (null: none); null for an entry the coordinator made or edited. */
    proposal_basis: ColumnType<ProposalBasis | null, string | null | undefined, string | null>;
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp;
  };
  plan_entry_segments: { entry_id: number; day: string; segment_id: number };
  plan_versions: {
    plan_id: number; version_no: number; kind: 'publish' | 'amend' | 'cancel'; status: 'published' | 'cancelled';
    reason: string | null; red_items: Generated<number>; red_reason: string | null; snapshot: Json;
    created_by: number | null; created_at: DefaultTimestamp;
  };
  plan_settings: {
    campaign_id: number; registration_weekday: number; registration_time: string; confirmation_weekday: number; confirmation_time: string;
    batches_per_mixer_day: number; meeting_time: string; updated_by: number | null; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  registrations: {
    id: Generated<number>; campaign_id: number; group_id: number; day: string; commune_id: number; headcount: number;
    per_agency: JsonDefault<Array<{ agencyId: number; headcount: number }>>; target_litres: number; target_length_mm: number | null;
    transport: string | null; tools: string | null; note: string | null;
    status: Generated<'submitted' | 'confirmed' | 'amended' | 'declined' | 'withdrawn' | 'cancelled'>;
    commune_comment: string | null; original: Json | null; submitted_by: number; submitted_at: DefaultTimestamp;
    submitted_late: Generated<boolean>; decided_by: number | null; decided_at: Date | null; decided_late: boolean | null;
    created_at: DefaultTimestamp; updated_at: DefaultTimestamp; version: Generated<number>;
  };
}
