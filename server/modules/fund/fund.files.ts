// Attachments of ledger entries (the scanned invoice of an expenditure): readable by those who see
// the entry, attachable by those who may record for its commune. Attaching changes no entry.
import { can } from '../../../domain/roles.js';
import type { FileOwnerRules } from '../files/index.js';
import { canRecordFor, unitScope } from './fund.policy.js';

export const fundFileOwner: FileOwnerRules = {
  async canRead(ctx, entryId) {
    if (!ctx.actor || !can(ctx.actor, 'fund.read')) return false;
    const e = await ctx.db.selectFrom('fund_entries').select(['unit_id']).where('id', '=', entryId).executeTakeFirst();
    const scope = unitScope(ctx.actor);
    return !!e && (scope === null || e.unit_id === scope);
  },
  async canAttach(ctx, entryId) {
    if (!ctx.actor) return false;
    const e = await ctx.db.selectFrom('fund_entries').select(['kind', 'unit_id']).where('id', '=', entryId).executeTakeFirst();
    return !!e && e.kind === 'expenditure' && canRecordFor(ctx.actor, e.unit_id!);
  },
};
