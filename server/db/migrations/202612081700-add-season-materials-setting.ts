// The season plan and materials (issue 17): whether a plan may only use the cement, sand and stone a
// commune has or has on order (a hard limit), or plans the pours and says what to buy. Off by
// default: communes buy during the season, so a plan limited to today's stock would say little.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table season_plan_settings add column materials_bind boolean not null default false`.execute(db);
}
