// Readiness that means it (issue 14): the commune confirms the site is prepared (mặt bằng: cleared,
// levelled, compacted — seed §2) for each plan entry, and a proposed entry keeps the registration
// it was proposed from, so a later registration shows the entry stale with the difference.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_entries add column site_ready_at timestamptz, add column site_ready_by integer references users(id),
    add column site_note text, add column proposal_basis jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_entries drop column site_ready_at, drop column site_ready_by, drop column site_note, drop column proposal_basis`.execute(db);
}
