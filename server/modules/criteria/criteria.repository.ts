// All SQL of criterion 2: thresholds, a commune's applied region, road lengths per class (hardened
// before, accepted up to a date), accepted length per day for the pace, and the campaign days.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function listThresholds(db: Kysely<Database>, region?: string) {
  let q = db.selectFrom('criterion2_thresholds').leftJoin('users', 'users.id', 'criterion2_thresholds.confirmed_by')
    .select(['region', 'indicator', 'min_share_bp', 'source', 'confirmed', 'confirmed_by', 'users.display_name as confirmed_by_name', 'confirmed_at', 'criterion2_thresholds.version']);
  if (region) q = q.where('region', '=', region);
  return q.orderBy('region').orderBy('indicator').execute();
}
export type ThresholdRow = Awaited<ReturnType<typeof listThresholds>>[number];

export async function communesByIds(db: Kysely<Database>, ids?: number[]) {
  let q = db.selectFrom('admin_units').select(['id', 'name', 'applied_region']).where('level', 'in', ['commune', 'town', 'ward']);
  if (ids) q = q.where('id', 'in', ids.length ? ids : [0]);
  return q.orderBy('name').execute();
}

/** Communes that have roads, for the overview when no campaign is chosen. */
export async function communesWithRoads(db: Kysely<Database>): Promise<number[]> {
  return (await db.selectFrom('roads').select('commune_id').distinct().execute()).map((r) => r.commune_id);
}

/** Per class: total length, hardened before, and accepted (on roads not already hardened) up to asOf. */
export async function classLengths(db: Kysely<Database>, communeId: number, asOf: string) {
  const r = await sql<{ road_class: string; total_mm: number; hardened_before_mm: number; accepted_mm: number }>`
    select r.road_class,
           sum(r.length_mm)::bigint as total_mm,
           sum(case when r.surface_before = 'hardened' then r.length_mm else 0 end)::bigint as hardened_before_mm,
           coalesce(sum(case when r.surface_before <> 'hardened' then
             (select coalesce(sum(s.to_mm - s.from_mm), 0) from segments s
               where s.road_id = r.id and s.status = 'accepted' and s.accepted_on <= ${asOf}::date) else 0 end), 0)::bigint as accepted_mm
      from roads r where r.commune_id = ${communeId} group by r.road_class`.execute(db);
  return r.rows;
}

/** Length accepted per day and class (roads not already hardened), for the pace. */
export async function acceptedByDay(db: Kysely<Database>, communeId: number, asOf: string) {
  const r = await sql<{ road_class: string; day: string; mm: number }>`
    select r.road_class, to_char(s.accepted_on, 'YYYY-MM-DD') as day, sum(s.to_mm - s.from_mm)::bigint as mm
      from segments s join roads r on r.id = s.road_id
     where r.commune_id = ${communeId} and r.surface_before <> 'hardened' and s.status = 'accepted' and s.accepted_on <= ${asOf}::date
     group by 1, 2`.execute(db);
  return r.rows;
}

/** The campaign asked for, or the latest one that targets the commune. */
export async function campaignFor(db: Kysely<Database>, communeId: number, campaignId?: number) {
  let q = db.selectFrom('campaigns').innerJoin('campaign_communes as cc', 'cc.campaign_id', 'campaigns.id')
    .select(['campaigns.id', 'campaigns.name', 'campaigns.start_date', 'campaigns.end_date']).where('cc.unit_id', '=', communeId);
  if (campaignId) q = q.where('campaigns.id', '=', campaignId);
  const c = await q.orderBy('campaigns.start_date', 'desc').orderBy('campaigns.id', 'desc').executeTakeFirst();
  if (!c) return null;
  const days = await db.selectFrom('campaign_days').select(sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')).where('campaign_id', '=', c.id).orderBy('day').execute();
  return { ...c, days: days.map((d) => d.day) };
}

export async function campaignCommuneIds(db: Kysely<Database>, campaignId: number): Promise<number[] | null> {
  if (!(await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) return null;
  return (await db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).execute()).map((r) => r.unit_id);
}
