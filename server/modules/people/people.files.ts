// The signed record of a land donation (biên bản hiến đất) is a file of its contribution: read by
// those who see the commune's contributions, attached by those who record for the commune.
import { can } from '../../../domain/roles.js';
import type { FileOwnerRules } from '../files/index.js';
import { canRecordPeopleFor, peopleScope } from './people.policy.js';

export const peopleFileOwner: FileOwnerRules = {
  async canRead(ctx, id) {
    if (!ctx.actor || !can(ctx.actor, 'fund.read')) return false;
    const row = await ctx.db.selectFrom('people_contributions').select('commune_id').where('id', '=', id).executeTakeFirst();
    const scope = peopleScope(ctx.actor);
    return !!row && (scope === null || row.commune_id === scope);
  },
  async canAttach(ctx, id) {
    if (!ctx.actor) return false;
    const row = await ctx.db.selectFrom('people_contributions').select(['commune_id', 'kind']).where('id', '=', id).executeTakeFirst();
    return !!row && row.kind === 'land' && canRecordPeopleFor(ctx.actor, row.commune_id);
  },
  async exists(ctx, id) {
    return !!(await ctx.db.selectFrom('people_contributions').select('id').where('id', '=', id).executeTakeFirst());
  },
};
