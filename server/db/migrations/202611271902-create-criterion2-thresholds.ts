// Criterion 2 thresholds as editable data (DOMAIN.md §1): region × indicator → minimum hardened
// share in basis points (10000 = 100 %), with its source and whether an admin has confirmed it.
// 2.1 (commune roads) is 100 % everywhere; the other values are proposals taken from the
// 2016–2020 set (QĐ 1980/QĐ-TTg) that the admin must confirm against the province's decision.
// A commune's applied region is a column of admin_units (null: the setting's default region).
import { sql, type Kysely } from 'kysely';

const REGIONS = ['northern_midlands_mountains', 'red_river_delta', 'north_central', 'south_central_coast', 'central_highlands', 'southeast', 'mekong_delta'];
// Proposed minimum shares, percent, in the order of REGIONS (to confirm).
const PROPOSED: Record<string, number[]> = {
  '2.2': [70, 100, 80, 80, 70, 100, 50],
  '2.3': [70, 100, 80, 80, 70, 100, 70],
  '2.4': [60, 100, 80, 80, 60, 100, 60],
};
const SOURCE_21 = 'QĐ 318/QĐ-TTg ngày 08/3/2022: đường xã được nhựa hóa hoặc bê tông hóa (100 %)';
const SOURCE_PROPOSED = 'Đề xuất theo QĐ 1980/QĐ-TTg ngày 17/10/2016; cần đối chiếu quyết định của UBND tỉnh (Hà Giang: QĐ 1174/2022)';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table criterion2_thresholds (
      region text not null,
      indicator text not null check (indicator in ('2.1','2.2','2.3','2.4')),
      min_share_bp integer not null check (min_share_bp between 0 and 10000),
      source text not null,
      confirmed boolean not null default false,
      confirmed_by integer references users(id),
      confirmed_at timestamptz,
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (region, indicator)
    );
    alter table admin_units add column applied_region text;
  `.execute(db);
  const rows = REGIONS.flatMap((region, i) => [
    sql`(${region}, '2.1', 10000, ${SOURCE_21}, true)`,
    ...Object.entries(PROPOSED).map(([indicator, pct]) => sql`(${region}, ${indicator}, ${pct[i] * 100}, ${SOURCE_PROPOSED}, false)`),
  ]);
  await sql`insert into criterion2_thresholds (region, indicator, min_share_bp, source, confirmed) values ${sql.join(rows)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table criterion2_thresholds; alter table admin_units drop column applied_region`.execute(db);
}
