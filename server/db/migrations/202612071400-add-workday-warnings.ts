// Plausibility warnings kept on the workday record (issue 14): the findings of domain/plausibility.ts
// that were not refusals, as they stood after the last write, so the office can list them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table workdays add column warnings jsonb not null default '[]'::jsonb`.execute(db);
  await sql`create index workdays_with_warnings on workdays (campaign_id) where warnings <> '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table workdays drop column warnings`.execute(db);
}
