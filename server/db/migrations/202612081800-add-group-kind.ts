// A road assigned to one agency (the conclusion's §2: "phân công tuyến đường thực hiện cho Ban chỉ
// huy Quân sự huyện"). Plans, registrations, workdays, reports and ranking all key on a group, so an
// agency working on its own is kept as a team of kind 'agency': its one member is the agency, its
// name is the agency's name, and pages say "cơ quan" rather than "nhóm". One per agency and campaign
// (the members' unique key already keeps the agency out of every other group).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table groups add column kind text not null default 'group' check (kind in ('group','agency'));
    create unique index groups_one_per_agency on groups(campaign_id, lead_agency_id) where kind = 'agency';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index groups_one_per_agency; alter table groups drop column kind`.execute(db);
}
