// Read models of the stock ledger for pages and for other modules: stock on hand with totals by
// point, material and lot status; the staged, passed stock at a road (the plans' go/no-go and
// shortage forecast use it).
import { sql, type Kysely } from 'kysely';
import { toDisplay, type LotStatus } from '../../../domain/stock.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import { listMaterials, onHand } from './materials.repository.js';
import { presentMaterial, presentPoint } from './materials.presenter.js';

/**
 * The stock at the staging points of a road, from lots that passed inspection, of one material,
 * in base units (kg or litres).
 */
export async function stagedPassedStock(db: Kysely<Database>, roadId: number, materialCode: string): Promise<number> {
  const r = await sql<{ q: number }>`
    select coalesce(sum(case when m.to_point_id = p.id then m.quantity else -m.quantity end), 0)::bigint as q
    from stock_points p
    join stock_movements m on (m.to_point_id = p.id or m.from_point_id = p.id)
    join stock_lots l on l.id = m.lot_id
    join materials mat on mat.id = l.material_id
    where p.road_id = ${roadId} and mat.code = ${materialCode}
      and coalesce((select i.result from lot_inspections i where i.lot_id = l.id order by i.id desc limit 1),
                   case when mat.needs_inspection then 'none' else 'pass' end) = 'pass'`.execute(db);
  return r.rows[0].q;
}

export async function stockOnHand(db: Kysely<Database>, _actor: Actor, f: { unitId?: number; pointId?: number; roadId?: number; materialCode?: string; status?: LotStatus }) {
  const rows = await onHand(db, f);
  const materials = await listMaterials(db);
  const items = rows.map((r) => {
    const m = materials.find((x) => x.id === r.lot.material_id)!;
    return { point: presentPoint(r.point), material: presentMaterial(m), lot: { id: r.lot.id, status: r.lot.status, supplier: r.lot.supplier, receivedOn: r.lot.received_on },
      quantity: r.quantity, displayQuantity: toDisplay(r.quantity, m.display_factor) };
  });
  const totals = new Map<string, { point: { id: number; name: string }; material: { code: string; name: string; displayUnit: string }; factor: number } & Record<LotStatus, number>>();
  for (const i of items) {
    const key = `${i.point.id}:${i.material.code}`;
    const t = totals.get(key) ?? { point: { id: i.point.id, name: i.point.name }, material: { code: i.material.code, name: i.material.name, displayUnit: i.material.displayUnit },
      factor: i.material.displayFactor, passed: 0, pending: 0, failed: 0 };
    t[i.lot.status] += i.quantity;
    totals.set(key, t);
  }
  return {
    items,
    totals: [...totals.values()].map(({ factor, ...t }) => ({ ...t, displayPassed: toDisplay(t.passed, factor), displayPending: toDisplay(t.pending, factor), displayFailed: toDisplay(t.failed, factor) })),
  };
}

/**
 * What each commune has of each kind of material (cement in kg, sand and stone in litres), by lot
 * status: stock on hand at its points, and purchases still waiting for the fund's approval (on
 * order, with the day they are expected if the purchase gave one). The season plan schedules pours
 * within it.
 */
export async function materialsByCommune(db: Kysely<Database>, communeIds: number[]) {
  if (!communeIds.length) return { onHand: [], onOrder: [] };
  const onHandRows = await sql<{ unit_id: number; kind: string; status: LotStatus; quantity: number }>`
    select x.unit_id, x.kind, x.status, sum(x.q)::bigint as quantity from (
      select p.unit_id, mat.kind,
        coalesce((select case i.result when 'pass' then 'passed' else 'failed' end from lot_inspections i where i.lot_id = l.id order by i.id desc limit 1),
                 case when mat.needs_inspection then 'pending' else 'passed' end) as status,
        case when m.to_point_id = p.id then m.quantity else -m.quantity end as q
      from stock_points p
      join stock_movements m on (m.to_point_id = p.id or m.from_point_id = p.id)
      join stock_lots l on l.id = m.lot_id
      join materials mat on mat.id = l.material_id
      where p.unit_id in (${sql.join(communeIds)})
    ) x group by x.unit_id, x.kind, x.status having sum(x.q) > 0`.execute(db);
  const onOrderRows = await sql<{ unit_id: number; kind: string; quantity: number; expected_on: string | null }>`
    select e.unit_id, mat.kind, sum((e.purchase->>'quantity')::bigint)::bigint as quantity, e.purchase->>'receivedOn' as expected_on
    from fund_entries e
    join materials mat on mat.code = e.purchase->>'materialCode'
    left join fund_decisions d on d.entry_id = e.id
    where e.kind = 'expenditure' and e.needs_approval and d.entry_id is null and e.purchase->>'type' = 'stock'
      and not exists (select 1 from fund_entries r where r.reverses_id = e.id)
      and e.unit_id in (${sql.join(communeIds)})
    group by e.unit_id, mat.kind, e.purchase->>'receivedOn'`.execute(db);
  return {
    onHand: onHandRows.rows.map((r) => ({ unitId: r.unit_id, kind: r.kind, status: r.status, quantity: Number(r.quantity) })),
    onOrder: onOrderRows.rows.map((r) => ({ unitId: r.unit_id, kind: r.kind, quantity: Number(r.quantity), expectedOn: r.expected_on })),
  };
}
