// Kysely's view of the directives and media tables (issue 8; migrations 202611272200 and
// 202611272201). Kept apart from schema.ts so the shared file only gains an import and a few lines.
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonIds = ColumnType<number[], string | undefined, string>;

export interface DirectivesTable {
  id: Generated<number>;
  type: 'ket_luan' | 'chi_thi' | 'ke_hoach' | 'thong_bao';
  number: string;
  issued_on: string;
  issuing_body: string;
  signer_name: string;
  signer_title: string | null;
  summary: string;
  campaign_id: number | null;
  search_text: string;
  created_by: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface DirectiveItemsTable {
  id: Generated<number>;
  directive_id: number;
  ordinal: number;
  title: string | null;
  body: string;
}

export interface DirectiveTasksTable {
  id: Generated<number>;
  directive_id: number;
  item_id: number;
  ordinal: Generated<number>;
  description: string;
  repeat: 'none' | 'weekly' | 'monthly';
  start_date: string;
  end_date: string;
  weekday: number | null;
  month_day: number | null;
  due_after_days: Generated<number>;
  linked_record: 'weekly_plan' | 'weekly_report' | 'media_news' | 'media_reportage' | null;
  generated_until: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface TaskAssigneesTable {
  id: Generated<number>;
  task_id: number;
  kind: 'agency' | 'group' | 'commune' | 'role';
  agency_id: number | null;
  group_id: number | null;
  unit_id: number | null;
  role: string | null;
}

export interface TaskInstancesTable {
  id: Generated<number>;
  task_id: number;
  assignee_id: number;
  occurs_on: string;
  due_on: string;
  status: Generated<'open' | 'done' | 'cannot_do'>;
  done_on: string | null;
  on_time: boolean | null;
  reason: string | null;
  evidence_kind: 'file' | 'link' | 'record' | null;
  evidence_file_id: number | null;
  evidence_url: string | null;
  evidence_record_type: string | null;
  evidence_record_id: number | null;
  note: string | null;
  reported_by: number | null;
  reported_at: Date | null;
  overdue_notified_at: Date | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface MediaItemsTable {
  id: Generated<number>;
  title: string;
  type: 'news' | 'reportage' | 'photo_set' | 'video';
  channel: 'district_portal' | 'provincial_tv' | 'social_page';
  published_on: string;
  url: string;
  campaign_id: number | null;
  agency_id: number | null;
  workday_ids: JsonIds;
  road_ids: JsonIds;
  task_instance_id: number | null;
  note: string | null;
  search_text: string;
  created_by: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

export interface PhotoTagsTable {
  file_id: number;
  commune_id: number | null;
  road_id: number | null;
  segment_id: number | null;
  taken_on: string | null;
  phase: 'before' | 'after' | null;
  caption: string | null;
  tagged_by: number | null;
  tagged_at: DefaultTimestamp;
}

/** A news item or reportage sent to a station, and what came of it (issue 18). */
export interface MediaBroadcastsTable {
  id: Generated<number>;
  media_item_id: number;
  station: string;
  sent_on: string;
  status: Generated<'sent' | 'aired' | 'not_aired'>;
  aired_on: string | null;
  aired_url: string | null;
  explanation: string | null;
  note: string | null;
  task_instance_id: number | null;
  sent_by: number | null;
  outcome_by: number | null;
  outcome_at: Date | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  version: Generated<number>;
}

/** The tables above, merged into schema.ts's Database. */
export interface DirectivesMediaTables {
  directives: DirectivesTable;
  directive_items: DirectiveItemsTable;
  directive_tasks: DirectiveTasksTable;
  task_assignees: TaskAssigneesTable;
  task_instances: TaskInstancesTable;
  media_items: MediaItemsTable;
  photo_tags: PhotoTagsTable;
  media_broadcasts: MediaBroadcastsTable;
}
