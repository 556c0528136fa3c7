// All SQL of the leadership dashboard that reads tables directly: the campaign, its days, the
// segments of its target communes, its fund row, weekly report punctuality, the next plan, and a
// segment's workdays and photos for the drill-down. Figures of other modules come via their index.ts.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/** The campaign asked for, or the latest one (by start date) when none is given. */
export async function findCampaign(db: Db, id?: number) {
  let q = db.selectFrom('campaigns').select(['id', 'name', 'start_date', 'end_date', 'district_id']);
  q = id ? q.where('id', '=', id) : q.orderBy('start_date', 'desc').orderBy('id', 'desc').limit(1);
  return q.executeTakeFirst();
}
export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

export async function campaignDays(db: Db, campaignId: number): Promise<string[]> {
  const rows = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId).orderBy('day').execute();
  return rows.map((r) => String(r.day));
}

/**
 * The segments of the campaign's target communes added up per commune, status, and pouring and
 * acceptance dates (count and length): what domain/figures.ts needs, in a few rows per commune.
 * Each date is moved to the first of `cuts` on or after it (a date after every cut to 9999-12-31),
 * which keeps "on or before a cut" exactly as it was; the dashboard reads its figures only as of
 * cuts (each campaign day up to today, today, and the day before the last campaign day, so that
 * "on the last campaign day" stays exact too).
 */
export async function segmentSums(db: Db, campaignId: number, cuts: string[]) {
  const snap = (col: string) => sql<string | null>`case when ${sql.ref(col)} is null then null
    else coalesce((select to_char(min(c), 'YYYY-MM-DD') from unnest(${cuts}::date[]) c where c >= ${sql.ref(col)}), '9999-12-31') end`;
  const rows = await db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id')
    .where('r.commune_id', 'in', db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId))
    .select(['r.commune_id', 's.status', snap('s.poured_on').as('poured_cut'), snap('s.accepted_on').as('accepted_cut'),
      sql<number>`count(*)::int`.as('count'), sql<number>`sum(s.to_mm - s.from_mm)::bigint`.as('length_mm')])
    .groupBy(['r.commune_id', 's.status', 'poured_cut', 'accepted_cut']).execute();
  return rows.map((r) => ({ commune_id: r.commune_id, status: r.status, poured_on: r.poured_cut, accepted_on: r.accepted_cut,
    count: Number(r.count), length_mm: Number(r.length_mm) }));
}
export type SegmentSumRow = Awaited<ReturnType<typeof segmentSums>>[number];

/** Roads with segments, per target commune of the campaign. */
export async function roadsPerCommune(db: Db, campaignId: number): Promise<Map<number, number>> {
  const rows = await db.selectFrom('roads as r')
    .where('r.commune_id', 'in', db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId))
    .where(({ exists, selectFrom }) => exists(selectFrom('segments as s').select('s.id').whereRef('s.road_id', '=', 'r.id')))
    .select(['r.commune_id', sql<number>`count(*)::int`.as('roads')]).groupBy('r.commune_id').execute();
  return new Map(rows.map((r) => [r.commune_id, Number(r.roads)]));
}

export async function campaignFund(db: Db, campaignId: number) {
  return db.selectFrom('funds').innerJoin('campaigns', 'campaigns.id', 'funds.campaign_id')
    .selectAll('funds').select(['campaigns.name as campaign_name', 'campaigns.district_id'])
    .where('funds.campaign_id', '=', campaignId).orderBy('funds.id').executeTakeFirst();
}

/** The first plan of the campaign on or after `from` that is not cancelled. */
export async function nextPlan(db: Db, campaignId: number, from: string) {
  return db.selectFrom('plans').select(['id', 'day', 'status']).where('campaign_id', '=', campaignId).where('day', '>=', from)
    .where('status', '!=', 'cancelled').orderBy('day').limit(1).executeTakeFirst();
}

/** One segment with its road and commune, for the drill-down. */
export async function segmentOne(db: Db, id: number) {
  return db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id').innerJoin('admin_units as u', 'u.id', 'r.commune_id')
    .select(['s.id', 's.from_mm', 's.to_mm', 's.label', 's.status', 's.poured_on', 's.accepted_on', 'r.id as road_id', 'r.name as road_name',
      'r.commune_id', 'u.name as commune_name'])
    .where('s.id', '=', id).executeTakeFirst();
}

/** The recorded workdays that poured this segment, with what they poured on it. */
export async function workdaysOfSegment(db: Db, segmentId: number) {
  return db.selectFrom('workday_pours as p').innerJoin('workdays as w', 'w.id', 'p.workday_id').innerJoin('groups as g', 'g.id', 'w.group_id')
    .select(['w.id', 'w.day', 'w.status', 'g.name as group_name', 'p.length_mm', 'p.litres', 'w.people_full', 'w.people_half',
      sql<number>`coalesce((select sum(a.full_day + a.half_day) from workday_attendance a where a.workday_id = w.id), 0)::int`.as('officials')])
    .where('p.segment_id', '=', segmentId).orderBy('w.day').orderBy('w.id').execute();
}

export async function photosOfWorkdays(db: Db, workdayIds: number[]) {
  if (!workdayIds.length) return [];
  return db.selectFrom('workday_photos').select(['id', 'workday_id', 'phase', 'side', 'taken_at'])
    .where('workday_id', 'in', workdayIds).orderBy('workday_id').orderBy('phase', 'desc').orderBy('id').execute();
}
