// What a counted purchase creates outside the fund: a stock receipt (a lot) for materials, an
// equipment record for a mixer. Filled in by the materials module (issue 4); until then a purchase
// only moves money.
import type { RequestContext } from '../../../http/context.js';
import type { ExpenditureInput } from '../fund.schema.js';

/** Validates the purchase details of an expenditure and returns what to keep with the entry. */
export async function preparePurchase(_ctx: RequestContext, _input: ExpenditureInput): Promise<unknown | null> {
  return null;
}

/** Creates the stock receipt or equipment record once the expenditure counts (same transaction). */
export async function applyPurchase(_ctx: RequestContext, _entryId: number, _purchase: unknown | null): Promise<void> {}
