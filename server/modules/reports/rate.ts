// The weekly reports' reporting rate (domain/figures.ts, as DHIS2 defines it): reports received ÷
// reports expected, expected = target communes × weeks due. One grouped query for the reports of
// the weeks due; the dashboard and the reports page read it from here.
import { sql, type Kysely } from 'kysely';
import { reportingRate, weeksDue, type ReportingRate } from '../../../domain/figures.js';
import type { Database } from '../../db/schema.js';
import { businessNow } from './clock.js';
import { getSettings, targetCommunes } from './reports.repository.js';

export async function campaignDayList(db: Kysely<Database>, campaignId: number): Promise<string[]> {
  const rows = await db.selectFrom('campaign_days').select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')).where('campaign_id', '=', campaignId).orderBy('day').execute();
  return rows.map((r) => r.day);
}

export async function reportingRateOf(db: Kysely<Database>, campaignId: number, now?: Date): Promise<ReportingRate & { weeks: string[]; communes: number; asOf: string }> {
  const at = now ?? await businessNow(db);
  const s = await getSettings(db, campaignId);
  const weeks = weeksDue(await campaignDayList(db, campaignId), s.calendar, at);
  const communes = await targetCommunes(db, campaignId);
  let received = 0, onTime = 0;
  if (weeks.length && communes.length) {
    const r = await db.selectFrom('weekly_reports').where('campaign_id', '=', campaignId).where('first_submitted_at', 'is not', null)
      .where('week_start', 'in', weeks).where('commune_id', 'in', communes.map((c) => c.id))
      .select([sql<number>`count(*)::int`.as('received'), sql<number>`count(*) filter (where on_time)::int`.as('on_time')]).executeTakeFirstOrThrow();
    received = Number(r.received);
    onTime = Number(r.on_time);
  }
  return { ...reportingRate(weeks.length * communes.length, received, onTime), weeks, communes: communes.length, asOf: at.toISOString() };
}
