// The 'workday' owner of files (photos): read by whoever may read the record, attached by either
// side that writes it.
import type { FileOwnerRules } from '../files/index.js';
import { readScope, sideOf } from './workdays.policy.js';
import { getWorkday, listWorkdays } from './workdays.repository.js';

export const workdayFileOwner: FileOwnerRules = {
  canRead: async (ctx, id) => !!ctx.actor && (await listWorkdays(ctx.db, { ids: [id] }, readScope(ctx.actor))).length > 0,
  canAttach: async (ctx, id) => {
    const w = await getWorkday(ctx.db, id);
    return !!ctx.actor && !!w && sideOf(ctx.actor, { communeId: w.commune_id, groupId: w.group_id, leadAgencyId: w.lead_agency_id }) !== null;
  },
  exists: async (ctx, id) => !!(await getWorkday(ctx.db, id)),
};
