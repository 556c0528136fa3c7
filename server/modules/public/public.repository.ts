// All SQL of the public transparency page. It reads only what may be shown to anyone: roads,
// segments and their status, communes, and the photos of accepted segments. No user, no name of a
// person, no phone: the fund part comes from the fund module's public summary (names only with consent).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function publicCampaign(db: Db, id?: number) {
  let q = db.selectFrom('campaigns').select(['id', 'name', 'start_date', 'end_date']);
  q = id ? q.where('id', '=', id) : q.orderBy('start_date', 'desc').orderBy('id', 'desc').limit(1);
  return q.executeTakeFirst();
}

export async function publicRoads(db: Db, campaignId: number) {
  return db.selectFrom('roads as r').innerJoin('admin_units as u', 'u.id', 'r.commune_id')
    .where('r.commune_id', 'in', db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId))
    .select(['r.id', 'r.name', 'r.road_class', 'r.commune_id', 'u.name as commune_name', 'r.length_mm', 'r.width_mm', 'r.thickness_mm', 'r.geometry', 'r.geometry_length_mm'])
    .orderBy('u.name').orderBy('r.id').execute();
}

export async function publicSegments(db: Db, roadIds: number[]) {
  if (!roadIds.length) return [];
  return db.selectFrom('segments').select(['id', 'road_id', 'from_mm', 'to_mm', 'status', 'width_mm', 'thickness_mm', sql<string | null>`to_char(poured_on, 'YYYY-MM-DD')`.as('poured_on'), sql<string | null>`to_char(accepted_on, 'YYYY-MM-DD')`.as('accepted_on')])
    .where('road_id', 'in', roadIds).orderBy('road_id').orderBy('from_mm').execute();
}

/**
 * Segment count and length per commune, status and whether poured before the campaign's first day
 * (the totals are read as of now; a segment poured before the campaign counts apart).
 */
export async function publicSegmentSums(db: Db, campaignId: number) {
  const start = db.selectFrom('campaigns').select('start_date').where('id', '=', campaignId);
  const rows = await db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id')
    .where('r.commune_id', 'in', db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId))
    .select(['r.commune_id', 's.status', sql<boolean>`coalesce(s.poured_on < (${start}), false)`.as('before'),
      sql<number>`count(*)::int`.as('count'), sql<number>`sum(s.to_mm - s.from_mm)::bigint`.as('length_mm')])
    .groupBy(['r.commune_id', 's.status', 'before']).execute();
  return rows.map((r) => ({ ...r, before: !!r.before, count: Number(r.count), length_mm: Number(r.length_mm) }));
}

/** Before and after photos of recorded workdays that poured a segment now accepted: the only photos the public sees. */
function acceptedPhotos(db: Db) {
  return db.selectFrom('workday_photos as p').innerJoin('workdays as w', 'w.id', 'p.workday_id')
    .where('w.status', '=', 'recorded').where('p.display_key', 'is not', null)
    .where(({ exists, selectFrom }) => exists(selectFrom('workday_pours as wp').innerJoin('segments as s', 's.id', 'wp.segment_id')
      .select('wp.segment_id').whereRef('wp.workday_id', '=', 'w.id').where('s.status', '=', 'accepted')));
}

export async function publicPhotos(db: Db, campaignId: number, limit = 24) {
  return acceptedPhotos(db).innerJoin('admin_units as u', 'u.id', 'w.commune_id').where('w.campaign_id', '=', campaignId)
    .select(['p.id', 'p.phase', 'w.day', 'u.name as commune_name',
      sql<string>`(select string_agg(distinct r.name, ', ') from workday_pours wp join segments s on s.id = wp.segment_id join roads r on r.id = s.road_id where wp.workday_id = w.id and s.status = 'accepted')`.as('roads')])
    .orderBy('w.day', 'desc').orderBy('w.id').orderBy('p.phase', 'desc').orderBy('p.id').limit(limit).execute();
}

/** The display copy of a public photo, or nothing when the photo is not one of an accepted segment. */
export async function publicPhoto(db: Db, id: number) {
  return acceptedPhotos(db).select(['p.display_key', 'p.display_mime']).where('p.id', '=', id).executeTakeFirst();
}
