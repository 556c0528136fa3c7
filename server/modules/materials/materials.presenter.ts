// Materials rows → API JSON, with quantities in base units and in the material's display unit.
import type { Actor } from '../../../domain/roles.js';
import { toDisplay } from '../../../domain/stock.js';
import { lotActions } from './materials.policy.js';
import type { InspectionRow, LotRow, MaterialRow, MovementRow, PointRow } from './materials.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentMaterial(m: MaterialRow) {
  return { id: m.id, code: m.code, name: m.name, kind: m.kind, baseUnit: m.base_unit, displayUnit: m.display_unit,
    displayFactor: m.display_factor, needsInspection: m.needs_inspection };
}

export function presentPoint(p: PointRow) {
  return { id: p.id, commune: { id: p.unit_id, name: p.unit_name }, name: p.name, kind: p.kind,
    road: p.road_id ? { id: p.road_id, name: p.road_name ?? '' } : null, note: p.note };
}

export function presentLot(l: LotRow, materials: MaterialRow[], actor: Actor) {
  const m = materials.find((x) => x.id === l.material_id)!;
  return {
    id: l.id, commune: { id: l.unit_id, name: l.unit_name }, material: presentMaterial(m), source: l.source, supplier: l.supplier,
    deliveryNote: l.delivery_note, document: l.document, receivedOn: l.received_on, quantity: l.quantity,
    displayQuantity: toDisplay(l.quantity, m.display_factor), status: l.status, fundEntryId: l.fund_entry_id, onHand: l.on_hand,
    actions: lotActions(actor, l.unit_id),
  };
}

export function presentMovement(m: MovementRow) {
  return {
    id: m.id, lotId: m.lot_id, kind: m.kind,
    from: m.from_point_id ? { id: m.from_point_id, name: m.from_name ?? '' } : null,
    to: m.to_point_id ? { id: m.to_point_id, name: m.to_name ?? '' } : null,
    quantity: m.quantity, displayQuantity: toDisplay(m.quantity, m.display_factor), movedOn: m.moved_on, segmentId: m.segment_id,
    workdayId: m.workday_id, reason: m.reason, flaggedUnpassed: m.flagged_unpassed, reversesId: m.reverses_id, reversedBy: m.reversed_by ?? null,
    createdBy: { id: m.created_by, name: m.created_by_name }, createdAt: iso(m.created_at),
  };
}

export function presentInspection(i: InspectionRow) {
  return { id: i.id, lotId: i.lot_id, inspectedOn: i.inspected_on, result: i.result, checks: i.checks, notes: i.notes,
    inspector: { id: i.inspector_id, name: i.inspector_name }, createdAt: iso(i.created_at) };
}
