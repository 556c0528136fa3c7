// All SQL of workday records: the record with its commune, group and lead agency; attendance,
// pours and photos by record; the filtered list a reader may see; the figures per group and day
// (actuals) and per commune and week (the weekly report's figures).
import { sql, type Kysely } from 'kysely';
import { formatChainageRange } from '../../../domain/chainage.js';
import type { WorkRecord } from '../../../domain/figures.js';
import type { Database } from '../../db/schema.js';
import type { ReadScope } from './workdays.policy.js';

type Db = Kysely<Database>;

export interface WorkdayFilter {
  ids?: number[]; campaignId?: number; communeId?: number; groupId?: number; day?: string; from?: string; to?: string;
  status?: 'recorded' | 'cancelled';
  /** Only records kept with plausibility warnings. */
  withWarnings?: boolean;
}

function base(db: Db) {
  return db.selectFrom('workdays as w')
    .innerJoin('admin_units as c', 'c.id', 'w.commune_id')
    .innerJoin('groups as g', 'g.id', 'w.group_id')
    .selectAll('w').select(['c.name as commune_name', 'g.name as group_name', 'g.lead_agency_id']);
}

export async function listWorkdays(db: Db, f: WorkdayFilter, scope: ReadScope = { all: true }) {
  if ('none' in scope || (f.ids && !f.ids.length)) return [];
  let q = base(db);
  if (f.ids) q = q.where('w.id', 'in', f.ids);
  if (f.campaignId) q = q.where('w.campaign_id', '=', f.campaignId);
  if (f.communeId) q = q.where('w.commune_id', '=', f.communeId);
  if (f.groupId) q = q.where('w.group_id', '=', f.groupId);
  if (f.day) q = q.where('w.day', '=', f.day);
  if (f.from) q = q.where('w.day', '>=', f.from);
  if (f.to) q = q.where('w.day', '<=', f.to);
  if (f.status) q = q.where('w.status', '=', f.status);
  if (f.withWarnings) q = q.where(sql<boolean>`w.warnings <> '[]'::jsonb`);
  if ('communeId' in scope) q = q.where('w.commune_id', '=', scope.communeId);
  if ('agencyId' in scope) {
    const agencyId = scope.agencyId;
    q = q.where((eb) => eb.exists(eb.selectFrom('group_members as gm').select('gm.agency_id').whereRef('gm.group_id', '=', 'w.group_id').where('gm.agency_id', '=', agencyId)));
  }
  return q.orderBy('w.day', 'desc').orderBy('c.name').orderBy('g.ordinal').orderBy('w.id').execute();
}
export type WorkdayRow = Awaited<ReturnType<typeof listWorkdays>>[number];

export async function getWorkday(db: Db, id: number): Promise<WorkdayRow | undefined> {
  return (await listWorkdays(db, { ids: [id] }))[0];
}

export async function getByClientId(db: Db, clientId: string) {
  return db.selectFrom('workdays').select(['id', 'client_hash', 'created_by']).where('client_id', '=', clientId).executeTakeFirst();
}

/** Locks the record until the transaction ends, so two corrections of it run one after the other. */
export async function lockWorkday(db: Db, id: number) {
  return db.selectFrom('workdays').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function attendanceOf(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('workday_attendance as a').innerJoin('agencies as ag', 'ag.id', 'a.agency_id')
    .select(['a.workday_id', 'a.agency_id', 'ag.name as agency_name', 'a.full_day', 'a.half_day', 'a.names'])
    .where('a.workday_id', 'in', ids).orderBy('ag.name').execute();
}
export type AttendanceRow = Awaited<ReturnType<typeof attendanceOf>>[number];

export async function poursOf(db: Db, ids: number[]) {
  if (!ids.length) return [];
  const rows = await db.selectFrom('workday_pours as p').innerJoin('segments as s', 's.id', 'p.segment_id').innerJoin('roads as r', 'r.id', 's.road_id')
    .select(['p.workday_id', 'p.segment_id', 'p.length_mm', 'p.litres', 'r.id as road_id', 'r.name as road_name', 's.from_mm', 's.to_mm'])
    .where('p.workday_id', 'in', ids).orderBy('r.name').orderBy('s.from_mm').execute();
  return rows.map((r) => ({ ...r, chainage: formatChainageRange(r.from_mm, r.to_mm) }));
}
export type PourRow = Awaited<ReturnType<typeof poursOf>>[number];

export async function photosOf(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('workday_photos').selectAll().where('workday_id', 'in', ids).orderBy('id').execute();
}
export type PhotoRow = Awaited<ReturnType<typeof photosOf>>[number];

/** `fresh`: the record was created in this transaction, so there is nothing to delete first. */
export async function replaceAttendance(db: Db, workdayId: number, lines: Array<{ agencyId: number; fullDay: number; halfDay: number; names?: string[] }>, fresh = false) {
  if (!fresh) await db.deleteFrom('workday_attendance').where('workday_id', '=', workdayId).execute();
  if (lines.length) {
    await db.insertInto('workday_attendance').values(lines.map((l) => ({
      workday_id: workdayId, agency_id: l.agencyId, full_day: l.fullDay, half_day: l.halfDay, names: JSON.stringify(l.names ?? []),
    }))).execute();
  }
}

export async function replacePours(db: Db, workdayId: number, pours: Array<{ segmentId: number; lengthMm: number; litres: number }>, fresh = false) {
  if (!fresh) await db.deleteFrom('workday_pours').where('workday_id', '=', workdayId).execute();
  if (pours.length) {
    await db.insertInto('workday_pours').values(pours.map((p) => ({ workday_id: workdayId, segment_id: p.segmentId, length_mm: p.lengthMm, litres: p.litres }))).execute();
  }
}

/** Member agencies of a group, and its lead. */
export async function groupFacts(db: Db, groupId: number) {
  const g = await db.selectFrom('groups').select(['id', 'campaign_id', 'lead_agency_id', 'name']).where('id', '=', groupId).executeTakeFirst();
  if (!g) return null;
  const members = await db.selectFrom('group_members').select('agency_id').where('group_id', '=', groupId).execute();
  return { ...g, memberIds: members.map((m) => m.agency_id) };
}

/**
 * The one SQL of the work figures (domain/figures.ts): per workday, officials, local people, labour
 * halves, litres and mm poured, in a single query whatever the filter. Every view sums these rows,
 * either here in the database (`figureSums`) or in TypeScript (`figuresOf`).
 */
function figuresQuery(db: Db, f: WorkdayFilter) {
  let q = db.selectFrom('workdays as w')
    .select(['w.id', 'w.campaign_id', 'w.commune_id', 'w.group_id', 'w.day', 'w.status', 'w.people_full', 'w.people_half',
      sql<number>`coalesce((select sum(a.full_day + a.half_day) from workday_attendance a where a.workday_id = w.id), 0)::int`.as('officials'),
      sql<number>`coalesce((select sum(a.full_day * 2 + a.half_day) from workday_attendance a where a.workday_id = w.id), 0)::int`.as('official_halves'),
      sql<number>`coalesce((select sum(p.litres) from workday_pours p where p.workday_id = w.id), 0)::bigint`.as('litres'),
      sql<number>`coalesce((select sum(p.length_mm) from workday_pours p where p.workday_id = w.id), 0)::bigint`.as('length_mm')]);
  if (f.campaignId) q = q.where('w.campaign_id', '=', f.campaignId);
  if (f.communeId) q = q.where('w.commune_id', '=', f.communeId);
  if (f.groupId) q = q.where('w.group_id', '=', f.groupId);
  if (f.day) q = q.where('w.day', '=', f.day);
  if (f.from) q = q.where('w.day', '>=', f.from);
  if (f.to) q = q.where('w.day', '<=', f.to);
  if (f.status) q = q.where('w.status', '=', f.status);
  return q;
}

/** The figures' rows, one per workday. */
export async function figuresOf(db: Db, f: WorkdayFilter) {
  const rows = await figuresQuery(db, f).orderBy('w.day').orderBy('w.id').execute();
  return rows.map((r) => ({ ...r, officials: Number(r.officials), official_halves: Number(r.official_halves), litres: Number(r.litres), length_mm: Number(r.length_mm) }));
}
export type FigureRow = Awaited<ReturnType<typeof figuresOf>>[number];

/** A figures row as the one definition of the figures reads it (domain/figures.ts). */
export function workRecordOf(r: FigureRow | FigureSumRow): WorkRecord {
  return { status: r.status as WorkRecord['status'], count: 'count' in r ? r.count : 1, officials: r.officials, officialHalves: r.official_halves,
    peopleFull: r.people_full, peopleHalf: r.people_half, litres: r.litres, lengthMm: r.length_mm };
}

export type FigureKey = 'commune_id' | 'group_id' | 'day';

/**
 * The same figures added up in the database per status and the keys asked for (commune, group,
 * day): a few hundred rows at a province's scale instead of one per workday. Each row says how many
 * records it adds up (`count`), so domain/figures.ts counts it as those records.
 */
export async function figureSums(db: Db, f: WorkdayFilter, by: readonly FigureKey[]) {
  const keys = [...by, 'status'] as const;
  const rows = await db.selectFrom(figuresQuery(db, f).as('f'))
    .select([...keys.map((k) => `f.${k}` as const),
      sql<number>`count(*)::int`.as('count'),
      sql<number>`sum(f.officials)::bigint`.as('officials'), sql<number>`sum(f.official_halves)::bigint`.as('official_halves'),
      sql<number>`sum(f.people_full)::bigint`.as('people_full'), sql<number>`sum(f.people_half)::bigint`.as('people_half'),
      sql<number>`sum(f.litres)::bigint`.as('litres'), sql<number>`sum(f.length_mm)::bigint`.as('length_mm')])
    .groupBy(keys.map((k) => `f.${k}` as const)).execute();
  return rows.map((r) => {
    const row = r as typeof r & { commune_id?: number; group_id?: number; day?: string };
    return { commune_id: row.commune_id ?? 0, group_id: row.group_id ?? 0, day: row.day === undefined ? '' : String(row.day), status: r.status,
      count: Number(r.count), officials: Number(r.officials), official_halves: Number(r.official_halves), people_full: Number(r.people_full),
      people_half: Number(r.people_half), litres: Number(r.litres), length_mm: Number(r.length_mm) };
  });
}
export type FigureSumRow = Awaited<ReturnType<typeof figureSums>>[number];

/**
 * Attendance per agency and group on the recorded workdays of a campaign (ranking per agency):
 * attendances, labour halves, and the agency's share of what its group poured each day (the day's
 * litres × its halves ÷ the officials' halves of the day), added up in the database.
 */
export async function attendanceByAgency(db: Db, f: { campaignId: number; from?: string; to?: string }) {
  const days = figuresQuery(db, { campaignId: f.campaignId, from: f.from, to: f.to, status: 'recorded' }).as('f');
  const rows = await db.selectFrom('workday_attendance as a').innerJoin(days, 'f.id', 'a.workday_id')
    .select(['a.agency_id', 'f.group_id',
      sql<number>`sum(a.full_day + a.half_day)::bigint`.as('participants'),
      sql<number>`sum(a.full_day * 2 + a.half_day)::bigint`.as('halves'),
      sql<number>`sum(case when f.official_halves > 0 then f.litres::float8 * (a.full_day * 2 + a.half_day) / f.official_halves else 0 end)::float8`.as('litres')])
    .groupBy(['a.agency_id', 'f.group_id']).execute();
  return rows.map((r) => ({ agency_id: r.agency_id, group_id: r.group_id, participants: Number(r.participants), halves: Number(r.halves), litres: Number(r.litres) }));
}

/**
 * Whether the commune's report for the week of `day` closes the record: submitted or approved for
 * the commune's part; only approved for the group's attendance, which the lead may enter until then.
 */
export async function weekReported(db: Db, campaignId: number, communeId: number, weekStart: string, part: 'commune' | 'group' = 'commune'): Promise<boolean> {
  const r = await db.selectFrom('weekly_reports').select('status').where('campaign_id', '=', campaignId).where('commune_id', '=', communeId)
    .where('week_start', '=', weekStart).where('status', 'in', part === 'group' ? ['approved'] : ['submitted', 'approved']).executeTakeFirst();
  return !!r;
}
