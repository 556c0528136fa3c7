// All SQL of the home page: each query reads one kind of pending work for a whole scope at once
// (a commune, the groups a lead agency leads, the district), so a home costs a fixed number of
// queries whatever the size of the campaign.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

/** The campaign running on `today`, else the latest one. */
export async function homeCampaign(db: Db, today: string) {
  return db.selectFrom('campaigns').select(['id', 'name', 'start_date', 'end_date'])
    .orderBy(sql`case when start_date <= ${today}::date and end_date >= ${today}::date then 0 else 1 end`)
    .orderBy('start_date', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** The last campaign day on or before today and the first one on or after it (today counts as both). */
export async function daysAround(db: Db, campaignId: number, today: string) {
  const last = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId).where('day', '<=', today)
    .orderBy('day', 'desc').limit(1).executeTakeFirst();
  const next = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId).where('day', '>=', today)
    .orderBy('day').limit(1).executeTakeFirst();
  return { last: last ? String(last.day) : null, next: next ? String(next.day) : null };
}

/** Which part of the day's work a user scope covers: a commune, the groups of a lead agency, the groups an agency belongs to, or all. */
export interface Scope { communeId?: number; groupIds?: number[] }

/** The group ids a lead agency leads, or that an agency is a member of, in a campaign. */
export async function groupsOfAgency(db: Db, campaignId: number, agencyId: number, as: 'lead' | 'member') {
  const rows = as === 'lead'
    ? await db.selectFrom('groups').select('id').where('campaign_id', '=', campaignId).where('lead_agency_id', '=', agencyId).execute()
    : await db.selectFrom('group_members').select('group_id as id').where('campaign_id', '=', campaignId).where('agency_id', '=', agencyId).execute();
  return rows.map((r) => r.id);
}

/**
 * A day's plan entries in scope, each with its workday if one is recorded and whether the group
 * (attendance) and the commune (pours) have entered their parts.
 */
export async function entriesOfDay(db: Db, campaignId: number, day: string, scope: Scope) {
  let q = db.selectFrom('plan_entries as e')
    .innerJoin('plans as p', 'p.id', 'e.plan_id')
    .innerJoin('groups as g', 'g.id', 'e.group_id')
    .innerJoin('admin_units as c', 'c.id', 'e.commune_id')
    .leftJoin('workdays as w', (j) => j.onRef('w.plan_entry_id', '=', 'e.id').on('w.status', '=', 'recorded'))
    .select(['e.id', 'e.group_id', 'g.name as group_name', 'e.commune_id', 'c.name as commune_name', 'e.headcount', 'e.meeting_time', 'e.meeting_place',
      'p.id as plan_id', 'p.status as plan_status', 'w.id as workday_id',
      sql<boolean>`exists (select 1 from workday_attendance a where a.workday_id = w.id)`.as('group_part'),
      sql<boolean>`exists (select 1 from workday_pours o where o.workday_id = w.id)`.as('commune_part')])
    .where('p.campaign_id', '=', campaignId).where('e.day', '=', day).where('p.status', 'in', ['published', 'closed'])
    .orderBy('g.ordinal').orderBy('e.id');
  if (scope.communeId) q = q.where('e.commune_id', '=', scope.communeId);
  if (scope.groupIds) q = q.where('e.group_id', 'in', scope.groupIds.length ? scope.groupIds : [0]);
  return q.execute();
}

/** The plan of a day, whatever its status (null: none yet). */
export async function planOn(db: Db, campaignId: number, day: string) {
  return db.selectFrom('plans').select(['id', 'status']).where('campaign_id', '=', campaignId).where('day', '=', day)
    .where('status', '!=', 'cancelled').executeTakeFirst();
}

/** Registrations waiting for the commune's answer (status submitted), oldest day first. */
export async function registrationsToConfirm(db: Db, campaignId: number, today: string, communeId?: number) {
  let q = db.selectFrom('registrations as r').innerJoin('groups as g', 'g.id', 'r.group_id').innerJoin('admin_units as c', 'c.id', 'r.commune_id')
    .select(['r.id', 'r.day', 'r.headcount', 'g.name as group_name', 'c.name as commune_name'])
    .where('r.campaign_id', '=', campaignId).where('r.status', '=', 'submitted').where('r.day', '>=', today).orderBy('r.day').orderBy('g.ordinal');
  if (communeId) q = q.where('r.commune_id', '=', communeId);
  return q.execute();
}

/** The groups' registrations for a day (any status but withdrawn or cancelled). */
export async function registrationsOfGroups(db: Db, campaignId: number, day: string, groupIds: number[]) {
  return db.selectFrom('registrations').select(['id', 'group_id', 'status', 'commune_id'])
    .where('campaign_id', '=', campaignId).where('day', '=', day).where('group_id', 'in', groupIds.length ? groupIds : [0])
    .where('status', 'not in', ['withdrawn', 'cancelled']).execute();
}

export async function groupNames(db: Db, ids: number[]) {
  return db.selectFrom('groups').select(['id', 'name']).where('id', 'in', ids.length ? ids : [0]).orderBy('ordinal').execute();
}

/** Weekly reports sent and waiting for the office's decision. */
export async function reportsToReview(db: Db, campaignId: number) {
  return db.selectFrom('weekly_reports as r').innerJoin('admin_units as c', 'c.id', 'r.commune_id')
    .select(['r.id', 'r.week_start', 'c.name as commune_name']).where('r.campaign_id', '=', campaignId).where('r.status', '=', 'submitted')
    .orderBy('r.week_start').orderBy('c.name').execute();
}

/** Lots of a material that needs inspection and has none yet (the inspector's queue). */
export async function lotsToInspect(db: Db) {
  return db.selectFrom('stock_lots as l').innerJoin('materials as m', 'm.id', 'l.material_id').innerJoin('admin_units as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.received_on', 'l.supplier', 'm.code as material_code', 'm.name as material_name', 'u.name as commune_name'])
    .where('m.needs_inspection', '=', true)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('lot_inspections as i').select('i.id').whereRef('i.lot_id', '=', 'l.id'))))
    .orderBy('l.received_on').orderBy('l.id').execute();
}

/** Segments poured and not yet accepted or rejected (waiting for nghiệm thu). */
export async function segmentsToAccept(db: Db) {
  return db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id').innerJoin('admin_units as c', 'c.id', 'r.commune_id')
    .select(['s.id', 's.from_mm', 's.to_mm', 's.poured_on', 'r.id as road_id', 'r.name as road_name', 'c.name as commune_name'])
    .where('s.status', '=', 'poured').orderBy('s.poured_on').orderBy('r.name').orderBy('s.from_mm').execute();
}
