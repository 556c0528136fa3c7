// All SQL of the people's contributions: rows with their commune, village, donation lot (and its
// inspection status, the stock ledger's own rule: the latest inspection, or pending), road, and
// the reversal that cancelled them, if any.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export function listPeopleRows(db: Db, f: { communeId?: number | null; ids?: number[]; to?: string | null } = {}) {
  let q = db.selectFrom('people_contributions as p')
    .innerJoin('admin_units as c', 'c.id', 'p.commune_id')
    .leftJoin('admin_units as v', 'v.id', 'p.village_id')
    .leftJoin('stock_lots as l', 'l.id', 'p.lot_id')
    .leftJoin('materials as m', 'm.id', 'l.material_id')
    .leftJoin('roads as r', 'r.id', 'p.road_id')
    .leftJoin('people_contributions as x', 'x.reverses_id', 'p.id')
    .selectAll('p')
    .select(['c.name as commune_name', 'v.name as village_name', 'm.name as material_name', 'm.base_unit', 'l.quantity as lot_quantity',
      'r.name as road_name', 'x.reason as reversed_reason', 'x.contributed_on as reversed_on',
      sql<'pending' | 'pass' | 'fail' | null>`case when p.lot_id is null then null else coalesce((select i.result from lot_inspections i
        where i.lot_id = p.lot_id order by i.id desc limit 1), case when m.needs_inspection then 'pending' else 'pass' end) end`.as('inspection')])
    .where('p.kind', '!=', 'reversal');
  if (f.communeId) q = q.where('p.commune_id', '=', f.communeId);
  if (f.ids) q = q.where('p.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.to) q = q.where('p.contributed_on', '<=', f.to);
  return q.orderBy('p.contributed_on', 'desc').orderBy('p.id', 'desc').execute();
}
export type PeopleRow = Awaited<ReturnType<typeof listPeopleRows>>[number];

export async function getPeopleRow(db: Db, id: number): Promise<PeopleRow | undefined> {
  return (await listPeopleRows(db, { ids: [id] }))[0];
}

/** Whether a live (not reversed) cash gift of this commune already uses the receipt number. */
export async function liveReceiptIn(db: Db, communeId: number, receiptNo: string): Promise<boolean> {
  const row = await db.selectFrom('people_contributions as p').select('p.id')
    .where('p.commune_id', '=', communeId).where('p.kind', '=', 'cash').where((eb) => eb(eb.fn('lower', ['p.receipt_no']), '=', receiptNo.toLowerCase()))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('people_contributions as x').select('x.id').whereRef('x.reverses_id', '=', 'p.id'))))
    .executeTakeFirst();
  return !!row;
}

/** Villages of the communes (for the summary: a village with nothing given still shows, ranked last). */
export function villagesOf(db: Db, communeIds: number[]) {
  return db.selectFrom('admin_units').select(['id', 'name', 'parent_id']).where('level', '=', 'village')
    .where('parent_id', 'in', communeIds.length ? communeIds : [0]).orderBy('name').execute();
}

/** Communes that have people's contributions, or are in a campaign. */
export function communesWithPeople(db: Db, only: number | null) {
  let q = db.selectFrom('admin_units as c').select(['c.id', 'c.name']).where('c.level', '!=', 'village')
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('people_contributions as p').select('p.id').whereRef('p.commune_id', '=', 'c.id')),
      eb.exists(eb.selectFrom('campaign_communes as cc').select('cc.unit_id').whereRef('cc.unit_id', '=', 'c.id')),
    ]));
  if (only !== null) q = q.where('c.id', '=', only);
  return q.orderBy('c.name').execute();
}
