// Administrative units change (issue 19): since 1 July 2025 the districts are gone and communes
// were merged. A unit keeps the days it was valid (valid_from, valid_to: null = open), and
// unit_successors maps each unit to the units that took it over on a day (a merged commune has
// several predecessors), so a report over years can be read by the 2021 units or the 2025 ones.
// A campaign may be run by a province over its communes: its "district" is then the province.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table admin_units add column valid_from date, add column valid_to date,
      add constraint admin_units_valid_range check (valid_to is null or valid_from is null or valid_to >= valid_from);
    create table unit_successors (
      unit_id integer not null references admin_units(id),
      successor_id integer not null references admin_units(id),
      on_date date not null,
      primary key (unit_id, successor_id),
      check (unit_id <> successor_id)
    );
    create index unit_successors_successor on unit_successors(successor_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table unit_successors;
    alter table admin_units drop constraint admin_units_valid_range, drop column valid_from, drop column valid_to;
  `.execute(db);
}
