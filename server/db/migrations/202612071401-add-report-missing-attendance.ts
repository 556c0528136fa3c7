// A weekly report waits for its parts (issue 14): groups that worked in the week without their
// officials' attendance may be declared missing by the commune, with a reason, before submitting.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table weekly_reports add column missing_attendance jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table weekly_reports drop column missing_attendance`.execute(db);
}
