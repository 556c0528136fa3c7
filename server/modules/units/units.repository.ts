// All SQL of administrative units. Paths come from one recursive query, so any depth works.
import { sql, type Kysely } from 'kysely';
import { likePattern } from '../../../domain/text.js';
import type { Database } from '../../db/schema.js';

export interface UnitRow {
  id: number; parent_id: number | null; level: string; name: string; code: string | null;
  version: number; path: string[]; ancestor_ids: number[]; child_count: number;
}

export async function listUnits(db: Kysely<Database>, f: { q?: string; parentId?: number; level?: string; ids?: number[] }): Promise<UnitRow[]> {
  const result = await sql<UnitRow>`
    with recursive tree as (
      select id, parent_id, array[name]::text[] as path, array[id]::int[] as ancestor_ids
        from admin_units where parent_id is null
      union all
      select u.id, u.parent_id, t.path || u.name, t.ancestor_ids || u.id
        from admin_units u join tree t on u.parent_id = t.id
    )
    select u.id, u.parent_id, u.level, u.name, u.code, u.version, t.path, t.ancestor_ids,
           (select count(*) from admin_units c where c.parent_id = u.id)::int as child_count
      from admin_units u join tree t on t.id = u.id
     where (${f.q ?? null}::text is null or u.search_text like ${f.q ? likePattern(f.q) : null})
       and (${f.parentId ?? null}::int is null or u.parent_id = ${f.parentId ?? null})
       and (${f.level ?? null}::text is null or u.level = ${f.level ?? null})
       and (${f.ids ? `{${f.ids.join(',')}}` : null}::int[] is null or u.id = any(${f.ids ? `{${f.ids.join(',')}}` : null}::int[]))
     order by t.path`.execute(db);
  return result.rows;
}

export async function getUnit(db: Kysely<Database>, id: number): Promise<UnitRow | undefined> {
  return (await listUnits(db, { ids: [id] }))[0];
}

/** The ids of the unit and all its ancestors, top first. */
export async function ancestorIds(db: Kysely<Database>, id: number): Promise<number[]> {
  return (await getUnit(db, id))?.ancestor_ids ?? [];
}

/**
 * The unit each commune-level unit is read as on `asOf` (issue 19): a unit merged into another on
 * or before that day is read as its successor, and so on down the chain (2021 commune → 2025
 * merged commune). Read as of 2021, the 2021 communes stand alone; as of 1 July 2025, their figures
 * count for the merged communes. Units not merged by then are read as themselves.
 */
export async function unitsReadAs(db: Kysely<Database>, asOf: string): Promise<Map<number, number>> {
  const result = await sql<{ unit_id: number; read_as: number }>`
    with recursive chain as (
      select id as unit_id, id as read_as, 0 as depth from admin_units where level in ('commune', 'town', 'ward')
      union all
      select c.unit_id, s.successor_id, c.depth + 1
        from chain c join unit_successors s on s.unit_id = c.read_as and s.on_date <= ${asOf}::date
       where c.depth < 10
    )
    select distinct on (unit_id) unit_id, read_as from chain order by unit_id, depth desc, read_as`.execute(db);
  return new Map(result.rows.map((r) => [r.unit_id, r.read_as]));
}
