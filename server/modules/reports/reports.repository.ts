// All SQL of weekly reports, their ratings and history, the report settings of a campaign and the
// district report's own text.
import type { Kysely } from 'kysely';
import { DEFAULT_CALENDAR, type ReportCalendar } from '../../../domain/reporting.js';
import { DEFAULT_WEIGHTS, type RankingWeights } from '../../../domain/ranking.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export interface ReportFilter { ids?: number[]; campaignId?: number; communeId?: number; weekStart?: string; from?: string; to?: string; status?: string[] }

export async function listReports(db: Db, f: ReportFilter) {
  if (f.ids && !f.ids.length) return [];
  let q = db.selectFrom('weekly_reports as r').innerJoin('admin_units as c', 'c.id', 'r.commune_id').selectAll('r').select('c.name as commune_name');
  if (f.ids) q = q.where('r.id', 'in', f.ids);
  if (f.campaignId) q = q.where('r.campaign_id', '=', f.campaignId);
  if (f.communeId) q = q.where('r.commune_id', '=', f.communeId);
  if (f.weekStart) q = q.where('r.week_start', '=', f.weekStart);
  if (f.from) q = q.where('r.week_start', '>=', f.from);
  if (f.to) q = q.where('r.week_start', '<=', f.to);
  if (f.status) q = q.where('r.status', 'in', f.status as never[]);
  return q.orderBy('r.week_start', 'desc').orderBy('c.name').execute();
}
export type ReportRow = Awaited<ReturnType<typeof listReports>>[number];

export async function getReport(db: Db, id: number): Promise<ReportRow | undefined> {
  return (await listReports(db, { ids: [id] }))[0];
}

export async function lockReport(db: Db, id: number) {
  return db.selectFrom('weekly_reports').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function ratingsOf(db: Db, reportIds: number[]) {
  if (!reportIds.length) return [];
  return db.selectFrom('weekly_report_ratings as r').innerJoin('groups as g', 'g.id', 'r.group_id')
    .select(['r.report_id', 'r.group_id', 'g.name as group_name', 'r.responsibility', 'r.effectiveness', 'r.comment'])
    .where('r.report_id', 'in', reportIds).orderBy('g.ordinal').execute();
}

export async function replaceRatings(db: Db, reportId: number, ratings: Array<{ groupId: number; responsibility: string; effectiveness: string; comment?: string | null }>) {
  await db.deleteFrom('weekly_report_ratings').where('report_id', '=', reportId).execute();
  if (ratings.length) {
    await db.insertInto('weekly_report_ratings').values(ratings.map((r) => ({
      report_id: reportId, group_id: r.groupId, responsibility: r.responsibility, effectiveness: r.effectiveness, comment: r.comment ?? null,
    }))).execute();
  }
}

export async function historyOf(db: Db, reportId: number) {
  return db.selectFrom('weekly_report_history as h').leftJoin('users as u', 'u.id', 'h.user_id')
    .select(['h.at', 'u.display_name', 'h.action', 'h.from_status', 'h.to_status', 'h.comment']).where('h.report_id', '=', reportId).orderBy('h.id').execute();
}

/** `at` is the business time (the demo's pinned date), so the history reads like the submission and deadline times. */
export async function addHistory(db: Db, v: { reportId: number; userId: number | null; action: string; from: string | null; to: string; comment?: string | null; at: Date }) {
  await db.insertInto('weekly_report_history').values({
    report_id: v.reportId, user_id: v.userId, action: v.action, from_status: v.from, to_status: v.to, comment: v.comment ?? null, at: v.at,
  }).execute();
}

export interface ReportSettings {
  campaignId: number; calendar: ReportCalendar; remindHoursBefore: number; pourTolerancePercent: number; materialTolerancePercent: number;
  weights: RankingWeights; version: number;
}

export async function getSettings(db: Db, campaignId: number): Promise<ReportSettings> {
  const r = await db.selectFrom('report_settings').selectAll().where('campaign_id', '=', campaignId).executeTakeFirst();
  if (!r) return { campaignId, calendar: DEFAULT_CALENDAR, remindHoursBefore: 24, pourTolerancePercent: 5, materialTolerancePercent: 10, weights: DEFAULT_WEIGHTS, version: 0 };
  return {
    campaignId, calendar: { cutoffWeekday: r.cutoff_weekday, deadlineWeekday: r.deadline_weekday, deadlineTime: r.deadline_time },
    remindHoursBefore: r.remind_hours_before, pourTolerancePercent: r.pour_tolerance_pct, materialTolerancePercent: r.material_tolerance_pct,
    weights: { participation: r.weight_participation, labour: r.weight_labour, volume: r.weight_volume, rating: r.weight_rating }, version: r.version,
  };
}

export async function saveSettings(db: Db, s: Omit<ReportSettings, 'version'>, userId: number | null) {
  const values = {
    cutoff_weekday: s.calendar.cutoffWeekday, deadline_weekday: s.calendar.deadlineWeekday, deadline_time: s.calendar.deadlineTime,
    remind_hours_before: s.remindHoursBefore, pour_tolerance_pct: s.pourTolerancePercent, material_tolerance_pct: s.materialTolerancePercent,
    weight_participation: s.weights.participation, weight_labour: s.weights.labour, weight_volume: s.weights.volume, weight_rating: s.weights.rating,
    updated_by: userId, updated_at: new Date(),
  };
  await db.insertInto('report_settings').values({ campaign_id: s.campaignId, ...values, version: 1 })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet((eb) => ({ ...values, version: eb('report_settings.version', '+', 1) }))).execute();
}

/** Target communes of a campaign, by name. */
export async function targetCommunes(db: Db, campaignId: number) {
  return db.selectFrom('campaign_communes as cc').innerJoin('admin_units as u', 'u.id', 'cc.unit_id')
    .select(['u.id', 'u.name']).where('cc.campaign_id', '=', campaignId).orderBy('u.name').execute();
}

export async function getCampaign(db: Db, id: number) {
  return db.selectFrom('campaigns').select(['id', 'name', 'start_date', 'end_date', 'district_id']).where('id', '=', id).executeTakeFirst();
}

export async function getDistrictMeta(db: Db, campaignId: number, kind: 'week' | 'month', start: string) {
  return db.selectFrom('district_reports').selectAll().where('campaign_id', '=', campaignId).where('period_kind', '=', kind).where('period_start', '=', start).executeTakeFirst();
}
export type DistrictMetaRow = NonNullable<Awaited<ReturnType<typeof getDistrictMeta>>>;
