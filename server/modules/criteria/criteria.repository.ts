// All SQL of criterion 2: thresholds, a commune's applied region, road lengths per class (hardened
// before, accepted up to a date), accepted length per day for the pace, and the campaign days.
import { sql, type Kysely } from 'kysely';
import type { RegionCode } from '../../../domain/criterion2.js';
import type { Database } from '../../db/schema.js';

export async function listThresholds(db: Kysely<Database>, region?: RegionCode) {
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

/**
 * Per commune and class: total length, hardened before, and accepted (on roads not already
 * hardened) up to asOf. One grouped query for any number of communes.
 */
export async function classLengths(db: Kysely<Database>, communeIds: number[], asOf: string) {
  if (!communeIds.length) return [];
  const r = await sql<{ commune_id: number; road_class: string; total_mm: number; hardened_before_mm: number; accepted_mm: number }>`
    with accepted as (
      select s.road_id, sum(s.to_mm - s.from_mm) as mm from segments s join roads r on r.id = s.road_id
       where r.commune_id = any(${communeIds}::int[]) and s.status = 'accepted' and s.accepted_on <= ${asOf}::date group by s.road_id)
    select r.commune_id, r.road_class,
           sum(r.length_mm)::bigint as total_mm,
           sum(case when r.surface_before = 'hardened' then r.length_mm else 0 end)::bigint as hardened_before_mm,
           coalesce(sum(case when r.surface_before <> 'hardened' then coalesce(a.mm, 0) else 0 end), 0)::bigint as accepted_mm
      from roads r left join accepted a on a.road_id = r.id
     where r.commune_id = any(${communeIds}::int[]) group by r.commune_id, r.road_class`.execute(db);
  return r.rows;
}

/** Length accepted per commune, day and class (roads not already hardened), for the pace. */
export async function acceptedByDay(db: Kysely<Database>, communeIds: number[], asOf: string) {
  if (!communeIds.length) return [];
  const r = await sql<{ commune_id: number; road_class: string; day: string; mm: number }>`
    select r.commune_id, r.road_class, to_char(s.accepted_on, 'YYYY-MM-DD') as day, sum(s.to_mm - s.from_mm)::bigint as mm
      from segments s join roads r on r.id = s.road_id
     where r.commune_id = any(${communeIds}::int[]) and r.surface_before <> 'hardened' and s.status = 'accepted' and s.accepted_on <= ${asOf}::date
     group by 1, 2, 3`.execute(db);
  return r.rows;
}

export interface CampaignWithDays { id: number; name: string; start_date: string; end_date: string; days: string[] }

/**
 * For each commune, the campaign asked for (when it targets the commune), or the latest one that
 * targets it; with the campaign days. Two queries for any number of communes.
 */
export async function campaignsFor(db: Kysely<Database>, communeIds: number[], campaignId?: number): Promise<Map<number, CampaignWithDays>> {
  const out = new Map<number, CampaignWithDays>();
  if (!communeIds.length) return out;
  let q = db.selectFrom('campaigns').innerJoin('campaign_communes as cc', 'cc.campaign_id', 'campaigns.id')
    .select(['cc.unit_id', 'campaigns.id', 'campaigns.name', 'campaigns.start_date', 'campaigns.end_date']).where('cc.unit_id', 'in', communeIds);
  if (campaignId) q = q.where('campaigns.id', '=', campaignId);
  const rows = await q.distinctOn('cc.unit_id').orderBy('cc.unit_id').orderBy('campaigns.start_date', 'desc').orderBy('campaigns.id', 'desc').execute();
  const ids = [...new Set(rows.map((r) => r.id))];
  const days = ids.length ? await db.selectFrom('campaign_days').select(['campaign_id', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
    .where('campaign_id', 'in', ids).orderBy('day').execute() : [];
  for (const r of rows) {
    out.set(r.unit_id, { id: r.id, name: r.name, start_date: r.start_date, end_date: r.end_date,
      days: days.filter((d) => d.campaign_id === r.id).map((d) => d.day) });
  }
  return out;
}

export async function campaignCommuneIds(db: Kysely<Database>, campaignId: number): Promise<number[] | null> {
  if (!(await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst())) return null;
  return (await db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).execute()).map((r) => r.unit_id);
}
