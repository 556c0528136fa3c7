// Photos of lot inspections: seen by those who see stock, attached by the inspector.
import { can } from '../../../domain/roles.js';
import type { FileOwnerRules } from '../files/index.js';
import { stockScope } from './materials.policy.js';

export const inspectionFileOwner: FileOwnerRules = {
  async canRead(ctx, inspectionId) {
    if (!ctx.actor || !can(ctx.actor, 'stock.read')) return false;
    const row = await ctx.db.selectFrom('lot_inspections as i').innerJoin('stock_lots as l', 'l.id', 'i.lot_id').select('l.unit_id')
      .where('i.id', '=', inspectionId).executeTakeFirst();
    const scope = stockScope(ctx.actor);
    return !!row && (scope === null || row.unit_id === scope);
  },
  async canAttach(ctx, inspectionId) {
    if (!can(ctx.actor, 'inspection.record')) return false;
    return !!(await ctx.db.selectFrom('lot_inspections').select('id').where('id', '=', inspectionId).executeTakeFirst());
  },
};
