// A cash gift from the people is a contribution to the campaign's fund (issue 18): the fund entry
// names the people as its contributor ('people'), the commune that received it (unit_id) and the
// people's contribution it posts (people_contribution_id, once), instead of an agency. The link is
// kept on the fund entry because both ledgers are append-only: the people's row is written first,
// then the fund entry that points at it, in the same transaction.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table fund_entries drop constraint fund_entries_contributor_kind_check;
    alter table fund_entries add constraint fund_entries_contributor_kind_check check (contributor_kind in ('official','agency','people'));
    alter table fund_entries add column people_contribution_id integer unique references people_contributions(id);

    -- The original contribution check is unnamed: find it by what it says.
    do $$
    declare c text;
    begin
      select conname into c from pg_constraint
        where conrelid = 'fund_entries'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%contributor_kind IS NOT NULL%agency_id IS NOT NULL%';
      execute format('alter table fund_entries drop constraint %I', c);
    end $$;

    alter table fund_entries add constraint fund_entries_contribution_check check (kind <> 'contribution' or (
      contributor_kind is not null and receipt_no is not null and (
        (contributor_kind = 'people' and people_contribution_id is not null and unit_id is not null and contributor_name is not null and agency_id is null)
        or (contributor_kind <> 'people' and people_contribution_id is null and agency_id is not null
          and (contributor_kind = 'agency' or contributor_name is not null)))));
    alter table fund_entries add constraint fund_entries_people_link_check check (people_contribution_id is null or kind = 'contribution');
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table fund_entries drop constraint fund_entries_people_link_check;
    alter table fund_entries drop constraint fund_entries_contribution_check;
    alter table fund_entries drop column people_contribution_id;
    alter table fund_entries drop constraint fund_entries_contributor_kind_check;
    alter table fund_entries add constraint fund_entries_contributor_kind_check check (contributor_kind in ('official','agency'));
    alter table fund_entries add check (kind <> 'contribution' or (contributor_kind is not null and agency_id is not null and receipt_no is not null
      and (contributor_kind = 'agency' or contributor_name is not null)));
  `.execute(db);
}
