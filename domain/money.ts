// Money in whole VND (integers, never floats) and purchase-line arithmetic. Quantities on invoices
// may have up to three decimals (12,5 m³ of sand); totals are computed exactly with BigInt.

/** The largest single amount the ledger accepts: 10 billion đồng, far above any campaign purchase. */
export const MONEY_MAX = 10_000_000_000;
/** The largest invoice quantity and its precision (thousandths). */
export const QUANTITY_MAX = 10_000_000;
export const QUANTITY_DECIMALS = 3;

/**
 * Whether `n` is an amount the ledger takes: a whole, positive number of đồng up to MONEY_MAX.
 * @example isValidAmount(5_000_000) === true; isValidAmount(0.5) === false
 */
export function isValidAmount(n: number): boolean {
  return Number.isSafeInteger(n) && n > 0 && n <= MONEY_MAX;
}

/**
 * Whether a quantity is positive, below the maximum and has at most three decimals.
 * @example isValidQuantity(12.5) === true; isValidQuantity(1.0001) === false
 */
export function isValidQuantity(q: number): boolean {
  if (!Number.isFinite(q) || q <= 0 || q > QUANTITY_MAX) return false;
  return Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6;
}

/**
 * Line total of a purchase: quantity × unit price, rounded half up to the đồng, without float drift.
 * @example lineTotal(12.5, 350_000) === 4_375_000; lineTotal(3, 95_000) === 285_000
 */
export function lineTotal(quantity: number, unitPrice: number): number {
  const milli = BigInt(Math.round(quantity * 1000));
  const product = milli * BigInt(unitPrice); // thousandths of a đồng
  return Number((product + 500n) / 1000n);
}

/**
 * Sums amounts exactly (throws past Number.MAX_SAFE_INTEGER rather than losing đồng).
 * @example sumVnd([1, 2, 3]) === 6
 */
export function sumVnd(amounts: Iterable<number>): number {
  let total = 0n;
  for (const a of amounts) total += BigInt(a);
  const n = Number(total);
  if (!Number.isSafeInteger(n)) throw new RangeError('sum exceeds the safe integer range');
  return n;
}
