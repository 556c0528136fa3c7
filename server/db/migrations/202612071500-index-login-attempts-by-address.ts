// Sign-in attempts are also counted per address across usernames (password spraying: one address
// trying one password on many accounts), which needs its own index.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index login_attempts_by_address on login_attempts(ip, at) where not succeeded`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index login_attempts_by_address`.execute(db);
}
