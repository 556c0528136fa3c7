// All SQL of materials and the stock ledger. Lots, inspections and movements are only inserted;
// stock is summed from movements; a lot's status is its latest inspection.
import { sql, type Kysely } from 'kysely';
import type { LotStatus } from '../../../domain/stock.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export function listMaterials(db: Db) {
  return db.selectFrom('materials').selectAll().orderBy('id').execute();
}
export type MaterialRow = Awaited<ReturnType<typeof listMaterials>>[number];

export function materialByCode(db: Db, code: string) {
  return db.selectFrom('materials').selectAll().where('code', '=', code).executeTakeFirst();
}

export function listPoints(db: Db, f: { unitId?: number; ids?: number[]; roadId?: number } = {}) {
  let q = db.selectFrom('stock_points as p').innerJoin('admin_units as u', 'u.id', 'p.unit_id').leftJoin('roads as r', 'r.id', 'p.road_id')
    .select(['p.id', 'p.unit_id', 'u.name as unit_name', 'p.name', 'p.kind', 'p.road_id', 'r.name as road_name', 'p.note']);
  if (f.unitId) q = q.where('p.unit_id', '=', f.unitId);
  if (f.roadId) q = q.where('p.road_id', '=', f.roadId);
  if (f.ids) q = q.where('p.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('u.name').orderBy('p.kind', 'desc').orderBy('p.name').execute();
}
export type PointRow = Awaited<ReturnType<typeof listPoints>>[number];

export async function getPoint(db: Db, id: number): Promise<PointRow | undefined> {
  return (await listPoints(db, { ids: [id] }))[0];
}

/** The status of each lot, from its latest inspection (materials needing none count as passed). */
const lotStatusSql = sql<LotStatus>`coalesce((select case i.result when 'pass' then 'passed' else 'failed' end from lot_inspections i
  where i.lot_id = l.id order by i.id desc limit 1), case when m.needs_inspection then 'pending' else 'passed' end)`;

export function listLots(db: Db, f: { ids?: number[]; unitId?: number; status?: LotStatus; materialCode?: string } = {}) {
  let q = db.selectFrom('stock_lots as l').innerJoin('materials as m', 'm.id', 'l.material_id').innerJoin('admin_units as u', 'u.id', 'l.unit_id')
    .selectAll('l').select(['u.name as unit_name', 'm.code as material_code', 'm.needs_inspection'])
    .select([lotStatusSql.as('status'),
      sql<number>`(select coalesce(sum(case when sm.to_point_id is not null then sm.quantity else 0 end) - sum(case when sm.from_point_id is not null then sm.quantity else 0 end), 0)
        from stock_movements sm where sm.lot_id = l.id)::bigint`.as('on_hand')]);
  if (f.ids) q = q.where('l.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.unitId) q = q.where('l.unit_id', '=', f.unitId);
  if (f.materialCode) q = q.where('m.code', '=', f.materialCode);
  if (f.status) q = q.where(lotStatusSql, '=', f.status);
  return q.orderBy('l.id', 'desc').execute();
}
export type LotRow = Awaited<ReturnType<typeof listLots>>[number];

export async function getLot(db: Db, id: number): Promise<LotRow | undefined> {
  return (await listLots(db, { ids: [id] }))[0];
}

/** Locks the lot's row: movements of one lot run one at a time, so none can oversell it. */
export function lockLot(db: Db, id: number) {
  return db.selectFrom('stock_lots').select(['id', 'unit_id']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The stock of a lot at a point. */
export async function stockAt(db: Db, lotId: number, pointId: number): Promise<number> {
  const r = await sql<{ q: number }>`select coalesce(sum(case when to_point_id = ${pointId} then quantity else -quantity end), 0)::bigint as q
    from stock_movements where lot_id = ${lotId} and (to_point_id = ${pointId} or from_point_id = ${pointId})`.execute(db);
  return r.rows[0].q;
}

/** Issued from a lot and not yet returned (what a return may bring back). */
export async function issuedNotReturned(db: Db, lotId: number): Promise<number> {
  const r = await sql<{ q: number }>`select coalesce(sum(case
      when m.kind = 'issue' then m.quantity
      when m.kind = 'return' then -m.quantity
      when m.kind = 'reversal' and o.kind = 'issue' then -m.quantity
      when m.kind = 'reversal' and o.kind = 'return' then m.quantity
      else 0 end), 0)::bigint as q
    from stock_movements m left join stock_movements o on o.id = m.reverses_id where m.lot_id = ${lotId}`.execute(db);
  return r.rows[0].q;
}

export function listMovements(db: Db, f: { lotId?: number; ids?: number[] }) {
  let q = db.selectFrom('stock_movements as m')
    .leftJoin('stock_points as pf', 'pf.id', 'm.from_point_id').leftJoin('stock_points as pt', 'pt.id', 'm.to_point_id')
    .innerJoin('users as u', 'u.id', 'm.created_by').leftJoin('stock_movements as r', 'r.reverses_id', 'm.id')
    .innerJoin('stock_lots as l', 'l.id', 'm.lot_id').innerJoin('materials as mat', 'mat.id', 'l.material_id')
    .selectAll('m').select(['pf.name as from_name', 'pt.name as to_name', 'u.display_name as created_by_name', 'r.id as reversed_by', 'mat.display_factor']);
  if (f.lotId) q = q.where('m.lot_id', '=', f.lotId);
  if (f.ids) q = q.where('m.id', 'in', f.ids.length ? f.ids : [0]);
  return q.orderBy('m.id').execute();
}
export type MovementRow = Awaited<ReturnType<typeof listMovements>>[number];

export function listInspections(db: Db, lotId: number) {
  return db.selectFrom('lot_inspections as i').innerJoin('users as u', 'u.id', 'i.inspector_id')
    .selectAll('i').select('u.display_name as inspector_name').where('i.lot_id', '=', lotId).orderBy('i.id').execute();
}
export type InspectionRow = Awaited<ReturnType<typeof listInspections>>[number];

/** Stock on hand per point and lot (non-zero), with the lot's material and status. */
export async function onHand(db: Db, f: { unitId?: number; pointId?: number; roadId?: number; materialCode?: string; status?: LotStatus }) {
  const rows = await sql<{ point_id: number; lot_id: number; quantity: number }>`
    select point_id, lot_id, sum(q)::bigint as quantity from (
      select to_point_id as point_id, lot_id, quantity as q from stock_movements where to_point_id is not null
      union all
      select from_point_id, lot_id, -quantity from stock_movements where from_point_id is not null
    ) x group by point_id, lot_id having sum(q) <> 0 order by point_id, lot_id`.execute(db);
  if (!rows.rows.length) return [];
  const points = new Map((await listPoints(db, { ids: [...new Set(rows.rows.map((r) => r.point_id))] })).map((p) => [p.id, p]));
  const lots = new Map((await listLots(db, { ids: [...new Set(rows.rows.map((r) => r.lot_id))] })).map((l) => [l.id, l]));
  return rows.rows.map((r) => ({ point: points.get(r.point_id)!, lot: lots.get(r.lot_id)!, quantity: r.quantity }))
    .filter((r) => (!f.unitId || r.point.unit_id === f.unitId) && (!f.pointId || r.point.id === f.pointId)
      && (!f.roadId || r.point.road_id === f.roadId) && (!f.materialCode || r.lot.material_code === f.materialCode)
      && (!f.status || r.lot.status === f.status));
}

/** The campaign whose materials setting applies to a commune: the one given, else its latest. */
export async function unpassedIssueSetting(db: Db, unitId: number, campaignId: number | null | undefined): Promise<'refuse' | 'warn'> {
  let q = db.selectFrom('campaign_communes as cc').innerJoin('campaigns as c', 'c.id', 'cc.campaign_id')
    .leftJoin('materials_settings as s', 's.campaign_id', 'c.id').select(['s.unpassed_issue']).where('cc.unit_id', '=', unitId);
  if (campaignId) q = q.where('c.id', '=', campaignId);
  const row = await q.orderBy('c.start_date', 'desc').limit(1).executeTakeFirst();
  return row?.unpassed_issue ?? 'refuse';
}

/** The commune of a segment's road, or undefined. */
export async function segmentCommune(db: Db, segmentId: number) {
  return (await db.selectFrom('segments as s').innerJoin('roads as r', 'r.id', 's.road_id').select(['r.commune_id'])
    .where('s.id', '=', segmentId).executeTakeFirst())?.commune_id;
}

export async function roadCommune(db: Db, roadId: number) {
  return (await db.selectFrom('roads').select('commune_id').where('id', '=', roadId).executeTakeFirst())?.commune_id;
}
