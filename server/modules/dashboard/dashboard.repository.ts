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

/** Every segment of the campaign's target communes with its road, commune and volume (litres). */
export async function campaignSegments(db: Db, campaignId: number) {
  const rows = await db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id')
    .innerJoin('admin_units as u', 'u.id', 'r.commune_id')
    .where('r.commune_id', 'in', db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId))
    .select(['s.id', 's.status', 's.poured_on', 's.accepted_on', 'r.id as road_id', 'r.name as road_name', 'r.commune_id', 'u.name as commune_name',
      sql<number>`(s.to_mm - s.from_mm)::bigint`.as('length_mm'),
      // litres = length × width × thickness (mm³ → litres: ÷ 10⁶)
      sql<number>`((s.to_mm - s.from_mm)::float8 * coalesce(s.width_mm, r.width_mm) * coalesce(s.thickness_mm, r.thickness_mm) / 1e6)::float8`.as('litres')])
    .orderBy('r.commune_id').orderBy('r.id').orderBy('s.from_mm').execute();
  return rows.map((r) => ({ ...r, length_mm: Number(r.length_mm), litres: Number(r.litres),
    poured_on: r.poured_on ? String(r.poured_on).slice(0, 10) : null, accepted_on: r.accepted_on ? String(r.accepted_on).slice(0, 10) : null }));
}
export type SegmentRow = Awaited<ReturnType<typeof campaignSegments>>[number];

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
