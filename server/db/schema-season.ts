// Kysely's view of the season plan tables (migration 202612071700).
import type { ColumnType, Generated } from 'kysely';

type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface SeasonTables {
  season_plan_settings: {
    campaign_id: number; time_limit_seconds: Generated<number>; default_turnout_percent: Generated<number>; materials_bind: Generated<boolean>;
    updated_by: number | null; updated_at: DefaultTimestamp; version: Generated<number>;
  };
  season_plan_overrides: {
    id: Generated<number>; campaign_id: number; group_id: number; road_id: number | null; day: string; kind: 'pin' | 'forbid';
    created_by: number | null; created_at: DefaultTimestamp;
  };
  season_plans: { campaign_id: number; plan: Json; solved_at: DefaultTimestamp; solved_by: number | null };
}
