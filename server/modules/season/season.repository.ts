// All SQL of the season plan's own tables: settings, pins and bans, the last plan solved.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SeasonView } from './season.view.js';

export const DEFAULT_SEASON_SETTINGS = { timeLimitSeconds: 10, defaultTurnoutPercent: 80, materialsBind: false };

export async function getSeasonSettings(db: Kysely<Database>, campaignId: number) {
  const r = await db.selectFrom('season_plan_settings').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  return r ? { timeLimitSeconds: r.time_limit_seconds, defaultTurnoutPercent: r.default_turnout_percent, materialsBind: r.materials_bind, version: r.version }
    : { ...DEFAULT_SEASON_SETTINGS, version: 0 };
}

export async function saveSeasonSettings(db: Kysely<Database>, campaignId: number, s: { timeLimitSeconds: number; defaultTurnoutPercent: number; materialsBind: boolean }, userId: number | null) {
  await db.insertInto('season_plan_settings')
    .values({ campaign_id: campaignId, time_limit_seconds: s.timeLimitSeconds, default_turnout_percent: s.defaultTurnoutPercent, materials_bind: s.materialsBind, updated_by: userId })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet((eb) => ({
      time_limit_seconds: s.timeLimitSeconds, default_turnout_percent: s.defaultTurnoutPercent, materials_bind: s.materialsBind, updated_by: userId, updated_at: new Date(),
      version: eb('season_plan_settings.version', '+', 1),
    })))
    .execute();
}

export interface OverrideRow { id: number; groupId: number; roadId: number | null; day: string; kind: 'pin' | 'forbid' }

export async function listOverrides(db: Kysely<Database>, campaignId: number): Promise<OverrideRow[]> {
  const rows = await db.selectFrom('season_plan_overrides').select(['id', 'group_id', 'road_id', 'day', 'kind'])
    .where('campaign_id', '=', campaignId).orderBy('day').orderBy('group_id').execute();
  return rows.map((r) => ({ id: r.id, groupId: r.group_id, roadId: r.road_id, day: r.day, kind: r.kind }));
}

/** A pin or ban replaces any other edit of the same group and day. */
export async function putOverride(db: Kysely<Database>, campaignId: number, o: Omit<OverrideRow, 'id'>, userId: number | null): Promise<number> {
  await db.deleteFrom('season_plan_overrides').where('campaign_id', '=', campaignId).where('group_id', '=', o.groupId).where('day', '=', o.day).execute();
  const r = await db.insertInto('season_plan_overrides')
    .values({ campaign_id: campaignId, group_id: o.groupId, road_id: o.roadId, day: o.day, kind: o.kind, created_by: userId })
    .returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function deleteOverride(db: Kysely<Database>, campaignId: number, id: number): Promise<OverrideRow | null> {
  const r = await db.deleteFrom('season_plan_overrides').where('campaign_id', '=', campaignId).where('id', '=', id)
    .returning(['id', 'group_id', 'road_id', 'day', 'kind']).executeTakeFirst();
  return r ? { id: r.id, groupId: r.group_id, roadId: r.road_id, day: r.day, kind: r.kind } : null;
}

export async function storedPlan(db: Kysely<Database>, campaignId: number): Promise<{ view: SeasonView; solvedAt: Date } | null> {
  const r = await db.selectFrom('season_plans').select(['plan', 'solved_at']).where('campaign_id', '=', campaignId).executeTakeFirst();
  return r ? { view: (typeof r.plan === 'string' ? JSON.parse(r.plan) : r.plan) as SeasonView, solvedAt: new Date(r.solved_at) } : null;
}

export async function storePlan(db: Kysely<Database>, campaignId: number, view: SeasonView, userId: number | null) {
  const plan = JSON.stringify(view);
  await db.insertInto('season_plans').values({ campaign_id: campaignId, plan, solved_by: userId })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet({ plan, solved_by: userId, solved_at: new Date() })).execute();
}
