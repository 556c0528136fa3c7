// Audit summaries in both languages (issue 16): an entry keeps the code and parameters of its
// sentence, so the audit page shows it in the reader's language (domain/audit-text.ts). The
// Vietnamese text stays in `summary` for plain-text readers and for entries written before.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log add column summary_code text, add column summary_params jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table audit_log drop column summary_code, drop column summary_params`.execute(db);
}
