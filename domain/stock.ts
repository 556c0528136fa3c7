// The stock ledger's pure rules. Quantities are whole base units (kg, litres, pieces). Each movement
// takes a quantity of one lot out of a point (from), into a point (to), or both; the stock of a lot
// at a point is what came in less what went out, never typed and never negative. A lot's status is
// its latest inspection: none yet → pending; pass → passed; fail → failed (quarantined).

export const MOVEMENT_KINDS = ['receipt', 'transfer', 'issue', 'adjustment', 'return', 'reversal'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const LOT_STATUSES = ['pending', 'passed', 'failed'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

/** The largest quantity of one movement or lot: 10^11 base units (100.000 t, 100.000.000 m³). */
export const STOCK_QUANTITY_MAX = 100_000_000_000;

export interface Movement { lotId: number; fromPointId: number | null; toPointId: number | null; quantity: number }

/**
 * Stock per point and lot, from movements; keys are `${pointId}:${lotId}`.
 * @example stockByPointLot([{ lotId: 1, fromPointId: null, toPointId: 5, quantity: 100 },
 *   { lotId: 1, fromPointId: 5, toPointId: 6, quantity: 30 }]) // Map { '5:1' => 70, '6:1' => 30 }
 */
export function stockByPointLot(movements: Iterable<Movement>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (point: number, lot: number, q: number) => {
    const k = `${point}:${lot}`;
    out.set(k, (out.get(k) ?? 0) + q);
  };
  for (const m of movements) {
    if (m.toPointId !== null) add(m.toPointId, m.lotId, m.quantity);
    if (m.fromPointId !== null) add(m.fromPointId, m.lotId, -m.quantity);
  }
  return out;
}

/**
 * A lot's status from its inspections in the order they were recorded (the latest decides).
 * Materials that need no inspection count as passed.
 * @example lotStatus(['fail', 'pass'], true) === 'passed'; lotStatus([], true) === 'pending'
 */
export function lotStatus(results: ReadonlyArray<'pass' | 'fail'>, needsInspection = true): LotStatus {
  const last = results.at(-1);
  if (!last) return needsInspection ? 'pending' : 'passed';
  return last === 'pass' ? 'passed' : 'failed';
}

/** What an issue from a lot of this status does under the campaign's setting. */
export type IssueDecision = 'allow' | 'flag' | 'refuse';

/**
 * Issuing from a passed lot is allowed. A failed lot is quarantined: never issued. A lot not yet
 * inspected is refused, or allowed and flagged when the campaign's setting says "warn".
 * @example issueDecision('pending', 'warn') === 'flag'; issueDecision('failed', 'warn') === 'refuse'
 */
export function issueDecision(status: LotStatus, unpassedIssue: 'refuse' | 'warn'): IssueDecision {
  if (status === 'passed') return 'allow';
  if (status === 'failed') return 'refuse';
  return unpassedIssue === 'warn' ? 'flag' : 'refuse';
}

/**
 * A base quantity in the material's display unit, to three decimals.
 * @example toDisplay(2_500, 1_000) === 2.5 // litres → m³
 * @example toDisplay(1_000, 50) === 20     // kg → 50 kg bags
 */
export function toDisplay(quantity: number, factor: number): number {
  return Math.round((quantity / factor) * 1000) / 1000;
}

/**
 * A display quantity back to whole base units.
 * @example fromDisplay(12.5, 1_000) === 12_500
 */
export function fromDisplay(quantity: number, factor: number): number {
  return Math.round(quantity * factor);
}
