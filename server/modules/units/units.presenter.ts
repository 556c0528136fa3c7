// admin_units row → API JSON, with what the actor may do with it.
import type { Actor } from '../../../domain/roles.js';
import type { UnitRow } from './units.repository.js';
import { unitActions } from './units.policy.js';
import { UNIT_LEVELS } from './units.schema.js';

export function presentUnit(r: UnitRow, actor: Actor) {
  return {
    id: r.id,
    parentId: r.parent_id,
    level: r.level as (typeof UNIT_LEVELS)[number],
    name: r.name,
    code: r.code,
    path: r.path,
    childCount: r.child_count,
    actions: unitActions(actor, r.ancestor_ids, r.id),
    version: r.version,
  };
}
