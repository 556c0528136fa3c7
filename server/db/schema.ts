// Kysely's view of the tables. Each migration that adds or changes a table updates this file.
import type { ColumnType, Generated } from 'kysely';
import type { RoadsTables } from './schema-roads.js'; // roads, segments, criterion 2 (issue 3)
import type { PlansTables } from './schema-plans.js'; // plans, assignments, registrations (issue 6)
import type { FundDecisionsTable, FundEntriesTable, FundPostingsTable, FundReportsTable, FundsTable } from './schema-fund.js';
import type { DirectivesMediaTables } from './schema-directives.js'; // directives and media (issue 8)
import type { MaterialsTables } from './schema-materials.js'; // materials (issue 4)
import type { WorkdaysTables } from './schema-workdays.js'; // workdays, weekly and district reports (issue 7)
import type { SeasonTables } from './schema-season.js'; // season plan (issue 17)
import type { DirectiveReadsTable, DirectiveRecipientsTable, PeopleTables } from './schema-people.js'; // issue 18

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface AdminUnitsTable {
  id: Generated<number>;
  parent_id: number | null;
  level: 'province' | 'district' | 'commune' | 'town' | 'ward' | 'village';
  name: string;
  code: string | null;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
  /** Criterion 2 region the commune applies (issue 3); null: the roads setting's default region. */
  applied_region: ColumnType<string | null, string | null | undefined, string | null>;
  /** The days the unit was valid (issue 19); null: since always, until now. */
  valid_from: ColumnType<string | null, string | null | undefined, string | null>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
}
/** Which units took a unit over on a day (2021 communes → the merged 2025 commune). */
export interface UnitSuccessorsTable { unit_id: number; successor_id: number; on_date: string }

export interface AgenciesTable {
  id: Generated<number>;
  district_id: number | null;
  name: string;
  short_name: string | null;
  staff_count: number;
  contact_name: string | null;
  contact_phone: string | null;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface CampaignsTable {
  id: Generated<number>;
  name: string;
  district_id: number;
  start_date: string;
  end_date: string;
  criterion_no: number;
  description: string | null;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface CampaignCommunesTable { campaign_id: number; unit_id: number }
export interface CampaignDaysTable { campaign_id: number; day: string; note: string | null }

export interface GroupsTable {
  id: Generated<number>;
  campaign_id: number;
  name: string;
  ordinal: number;
  lead_agency_id: number;
  /** 'agency': one agency working on its own (its only member, and its name). */
  kind: Generated<'group' | 'agency'>;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface GroupMembersTable { group_id: number; campaign_id: number; agency_id: number }

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  role: string;
  agency_id: number | null;
  unit_id: number | null;
  disabled: Generated<boolean>;
  search_text: string;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  last_seen_at: DefaultTimestamp;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  succeeded: boolean;
  at: DefaultTimestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: DefaultTimestamp;
  user_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  summary: string | null;
  /** The sentence's code and parameters (domain/audit-text.ts); null for entries with a plain summary. */
  summary_code: string | null;
  summary_params: Json | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
}

export interface IdempotencyKeysTable {
  user_id: number;
  key: string;
  method: string;
  path: string;
  body_hash: string;
  status: number;
  response: string;
  created_at: DefaultTimestamp;
}

export interface FilesTable {
  id: Generated<number>;
  entity: string;
  entity_id: number;
  filename: string;
  mime: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_by: number | null;
  created_at: DefaultTimestamp;
}

export interface SettingsTable { key: string; value: Json }

// --- notifications (issue 9): inbox, channel preferences, outbox ---
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  event: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  entity_type: string | null;
  entity_id: string | null;
  dedupe_key: string | null;
  created_at: DefaultTimestamp;
  read_at: Date | null;
}

export interface NotificationPreferencesTable {
  user_id: number;
  event: string;
  email: boolean;
  webhook: boolean;
  updated_at: DefaultTimestamp;
}

export interface NotificationOutboxTable {
  id: Generated<number>;
  delivery_id: string;
  notification_id: number;
  channel: 'email' | 'webhook';
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: DefaultTimestamp;
  last_error: string | null;
  created_at: DefaultTimestamp;
  sent_at: Date | null;
}
// --- end notifications ---

export interface Database {
  // people's contributions (issue 18): tables in schema-people.ts
  people_contributions: PeopleTables['people_contributions'];
  directive_recipients: DirectiveRecipientsTable; // directive recipients (issue 18)
  directive_reads: DirectiveReadsTable;
  admin_units: AdminUnitsTable;
  unit_successors: UnitSuccessorsTable; // issue 19
  agencies: AgenciesTable;
  campaigns: CampaignsTable;
  campaign_communes: CampaignCommunesTable;
  campaign_days: CampaignDaysTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  files: FilesTable;
  settings: SettingsTable;
  // fund (issue 5): tables in schema-fund.ts
  funds: FundsTable;
  fund_entries: FundEntriesTable;
  fund_decisions: FundDecisionsTable;
  fund_postings: FundPostingsTable;
  fund_reports: FundReportsTable; // the report to the Standing Committee (issue 18)
  // materials, equipment, guidance, acceptance (issue 4): tables in schema-materials.ts
  materials: MaterialsTables['materials'];
  stock_points: MaterialsTables['stock_points'];
  stock_lots: MaterialsTables['stock_lots'];
  lot_inspections: MaterialsTables['lot_inspections'];
  stock_movements: MaterialsTables['stock_movements'];
  materials_settings: MaterialsTables['materials_settings'];
  equipment: MaterialsTables['equipment'];
  equipment_bookings: MaterialsTables['equipment_bookings'];
  guidance_documents: MaterialsTables['guidance_documents'];
  segment_acceptances: MaterialsTables['segment_acceptances'];
  // notifications (issue 9)
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  notification_outbox: NotificationOutboxTable;
  // directives and media (issue 8): tables in schema-directives.ts
  directives: DirectivesMediaTables['directives'];
  directive_items: DirectivesMediaTables['directive_items'];
  directive_tasks: DirectivesMediaTables['directive_tasks'];
  task_assignees: DirectivesMediaTables['task_assignees'];
  task_instances: DirectivesMediaTables['task_instances'];
  media_items: DirectivesMediaTables['media_items'];
  photo_tags: DirectivesMediaTables['photo_tags'];
  media_broadcasts: DirectivesMediaTables['media_broadcasts'];
  // roads, segments, criterion 2 (issue 3): tables in schema-roads.ts
  mix_tables: RoadsTables['mix_tables'];
  mix_table_rows: RoadsTables['mix_table_rows'];
  mix_table_unconfirmed_rows: RoadsTables['mix_table_unconfirmed_rows'];
  roads: RoadsTables['roads'];
  road_villages: RoadsTables['road_villages'];
  segments: RoadsTables['segments'];
  segment_history: RoadsTables['segment_history'];
  criterion2_thresholds: RoadsTables['criterion2_thresholds'];
  // plans, road assignments, registrations (issue 6): tables in schema-plans.ts
  road_assignments: PlansTables['road_assignments'];
  plans: PlansTables['plans'];
  plan_entries: PlansTables['plan_entries'];
  plan_entry_segments: PlansTables['plan_entry_segments'];
  plan_versions: PlansTables['plan_versions'];
  plan_settings: PlansTables['plan_settings'];
  registrations: PlansTables['registrations'];
  // workdays, weekly commune reports, district reports, report settings (issue 7): tables in schema-workdays.ts
  workdays: WorkdaysTables['workdays'];
  workday_attendance: WorkdaysTables['workday_attendance'];
  workday_pours: WorkdaysTables['workday_pours'];
  workday_photos: WorkdaysTables['workday_photos'];
  weekly_reports: WorkdaysTables['weekly_reports'];
  weekly_report_ratings: WorkdaysTables['weekly_report_ratings'];
  weekly_report_history: WorkdaysTables['weekly_report_history'];
  report_settings: WorkdaysTables['report_settings'];
  district_reports: WorkdaysTables['district_reports'];
  // season plan (issue 17): tables in schema-season.ts
  season_plan_settings: SeasonTables['season_plan_settings'];
  season_plan_overrides: SeasonTables['season_plan_overrides'];
  season_plans: SeasonTables['season_plans'];
}
