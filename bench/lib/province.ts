// The province generator of the benchmarks (issue 19): a province in both shapes it has had.
// Until 30 June 2025 it has districts over communes (the 2021 shape); from 1 July 2025 the districts
// are gone and merged communes stand directly under it (the 2025 shape), each 2021 commune mapped
// to the commune it was merged into (unit_successors), every unit with the days it was valid.
// Five yearly campaigns (2021–2025) run by the province: the first four over the 2021 communes, the
// last over the merged ones; every campaign Saturday two groups work in each commune (a group in one
// commune a day, another one each week), every member
// agency of a group on its attendance list; the fund of each campaign holds agency contributions
// (two ledger postings each); the 2025 communes have roads cut into segments at every stage.
// Rows are made in the database by set-based INSERT … SELECT over generate_series, one transaction
// per campaign, never through the HTTP commands. Names are invented ("(dữ liệu đo hiệu năng)").
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../server/db/schema.js';
import { hashPassword } from '../../server/security/passwords.js';

export interface ProvinceOptions {
  /** Districts of the 2021 shape and communes in each. */
  districts: number;
  communesPerDistrict: number;
  /** How many 2021 communes merged into one 2025 commune. */
  mergeBy: number;
  /** Member agencies in each group (each one an attendance row per workday of the group). */
  agenciesPerGroup: number;
  /** Workdays in each commune on each campaign Saturday (each by another group). */
  workdaysPerCommuneDay: number;
  /** Fund contributions per campaign (two ledger postings each). */
  contributionsPerCampaign: number;
  /** Roads per 2025 commune, each cut into ten 50 m segments. */
  roadsPerCommune: number;
  /** The password of the generated users (leader.province, commune.<n>, office.province). */
  password: string;
}

export const PROVINCE_SIZES: Record<'tiny' | 'province', ProvinceOptions> = {
  // A handful of rows of each kind, for the test of the generator.
  tiny: { districts: 2, communesPerDistrict: 3, mergeBy: 3, agenciesPerGroup: 2, workdaysPerCommuneDay: 2, contributionsPerCampaign: 10, roadsPerCommune: 1, password: 'ntm-demo-2021' },
  // About Tuyên Quang with Hà Giang: 372 communes in 2021 (12 districts of 31), 124 since July 2025;
  // about two million attendance rows and a million ledger postings.
  province: { districts: 12, communesPerDistrict: 31, mergeBy: 3, agenciesPerGroup: 18, workdaysPerCommuneDay: 2, contributionsPerCampaign: 100_000, roadsPerCommune: 20, password: 'ntm-demo-2021' },
};

export const MERGER_DAY = '2025-07-01';
const TAG = '(dữ liệu đo hiệu năng)';

export interface ProvinceFacts {
  provinceId: number;
  communes2021: number[];
  communes2025: number[];
  campaigns: Array<{ id: number; year: number; communeIds: number[] }>;
  leaderUsername: string;
}

/** The campaign Saturdays of a year: March to November, the 2025 one only after the merger. */
function saturdays(year: number): { from: string; to: string } {
  return year === 2025 ? { from: '2025-07-05', to: '2025-11-29' } : { from: `${year}-03-06`, to: `${year}-11-27` };
}

async function units(db: Kysely<Database>, o: ProvinceOptions) {
  const province = await db.insertInto('admin_units').values({ parent_id: null, level: 'province', name: `Tỉnh Tuyên Quang ${TAG}`, code: null, search_text: 'tinh tuyen quang' })
    .returning('id').executeTakeFirstOrThrow();
  const communes2021: number[] = [];
  for (let d = 1; d <= o.districts; d++) {
    const district = await db.insertInto('admin_units').values({ parent_id: province.id, level: 'district', name: `Huyện số ${d}`, code: null, search_text: `huyen so ${d}`, valid_to: '2025-06-30' })
      .returning('id').executeTakeFirstOrThrow();
    const rows = await db.insertInto('admin_units').values(Array.from({ length: o.communesPerDistrict }, (_, i) => ({
      parent_id: district.id, level: 'commune' as const, name: `Xã ${d}.${i + 1}`, code: null, search_text: `xa ${d}.${i + 1}`, valid_to: '2025-06-30',
    }))).returning('id').execute();
    communes2021.push(...rows.map((r) => r.id));
  }
  const merged = Math.ceil(communes2021.length / o.mergeBy);
  const communes2025 = (await db.insertInto('admin_units').values(Array.from({ length: merged }, (_, i) => ({
    parent_id: province.id, level: 'commune' as const, name: `Xã mới ${i + 1}`, code: null, search_text: `xa moi ${i + 1}`, valid_from: MERGER_DAY,
  }))).returning('id').execute()).map((r) => r.id);
  await db.insertInto('unit_successors').values(communes2021.map((id, i) => ({ unit_id: id, successor_id: communes2025[Math.floor(i / o.mergeBy)], on_date: MERGER_DAY }))).execute();
  return { provinceId: province.id, communes2021, communes2025 };
}

export async function generateProvince(db: Kysely<Database>, o: ProvinceOptions, log: (line: string) => void = () => {}): Promise<ProvinceFacts> {
  const u = await units(db, o);
  const hash = await hashPassword(o.password);
  const office = await db.insertInto('agencies').values({ name: `Văn phòng điều phối NTM tỉnh ${TAG}`, short_name: 'VPĐP', staff_count: 12, district_id: null, search_text: 'van phong dieu phoi ntm tinh' })
    .returning('id').executeTakeFirstOrThrow();
  const users = await db.insertInto('users').values([
    { username: 'leader.province', display_name: 'Lãnh đạo tỉnh (đo hiệu năng)', email: null, password_hash: hash, role: 'leader', agency_id: office.id, unit_id: null, search_text: 'leader.province' },
    { username: 'office.province', display_name: 'Văn phòng điều phối (đo hiệu năng)', email: null, password_hash: hash, role: 'coordinator', agency_id: office.id, unit_id: null, search_text: 'office.province' },
    ...u.communes2025.map((id, i) => ({ username: `commune.${i + 1}`, display_name: `Cán bộ xã mới ${i + 1}`, email: null, password_hash: hash, role: 'commune', agency_id: null, unit_id: id, search_text: `commune.${i + 1}` })),
  ]).returning('id').execute();
  const clerk = users[1].id;

  // Agencies enough for the largest campaign: a group per commune and workday of a Saturday, each with
  // its members (an agency is in one group per campaign).
  const maxGroups = u.communes2021.length * o.workdaysPerCommuneDay;
  const firstAgency = (await sql<{ id: number }>`
    insert into agencies (name, short_name, staff_count, district_id, search_text)
    select 'Cơ quan số ' || n, null, 5 + n % 40, null, 'co quan so ' || n from generate_series(1, ${maxGroups * o.agenciesPerGroup}::int) n
    returning id`.execute(db)).rows.reduce((m, r) => Math.min(m, r.id), Infinity);

  const campaigns: ProvinceFacts['campaigns'] = [];
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const t0 = performance.now();
    const communeIds = year < 2025 ? u.communes2021 : u.communes2025;
    const groups = communeIds.length * o.workdaysPerCommuneDay;
    const { from, to } = saturdays(year);
    const id = await db.transaction().execute(async (trx) => {
      const c = await trx.insertInto('campaigns').values({
        name: `Ngày thứ 7 vì nông thôn mới năm ${year} ${TAG}`, district_id: u.provinceId, start_date: from, end_date: to, criterion_no: 2, description: null, search_text: `ngay thu 7 ${year}`,
      }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('campaign_communes').values(communeIds.map((unit_id) => ({ campaign_id: c.id, unit_id }))).execute();
      await sql`insert into campaign_days (campaign_id, day, note) select ${c.id}::int, d::date, null from generate_series(${from}::date, ${to}::date, interval '7 days') d`.execute(trx);
      // Group g (0-based) is led by its first agency and has agenciesPerGroup members.
      await sql`
        insert into groups (campaign_id, name, ordinal, lead_agency_id, search_text)
        select ${c.id}::int, 'Nhóm ' || (g + 1), g + 1, ${firstAgency}::int + g * ${o.agenciesPerGroup}::int, 'nhom ' || (g + 1)
          from generate_series(0, ${groups - 1}::int) g`.execute(trx);
      await sql`
        insert into group_members (group_id, campaign_id, agency_id)
        select gr.id, gr.campaign_id, ${firstAgency}::int + (gr.ordinal - 1) * ${o.agenciesPerGroup}::int + k
          from groups gr, generate_series(0, ${o.agenciesPerGroup - 1}::int) k where gr.campaign_id = ${c.id}::int`.execute(trx);
      // Each Saturday, commune i hosts workdaysPerCommuneDay groups, turning week by week.
      await sql`
        with communes as (select unit_id, row_number() over (order by unit_id) - 1 as i from campaign_communes where campaign_id = ${c.id}::int),
             days as (select day, row_number() over (order by day) - 1 as s from campaign_days where campaign_id = ${c.id}::int),
             slots as (select communes.unit_id, communes.i, days.day, days.s, k from communes, days, generate_series(0, ${o.workdaysPerCommuneDay - 1}::int) k)
        insert into workdays (client_id, client_hash, campaign_id, commune_id, group_id, day, weather, supervisor_name, people_full, people_half, created_by, created_side)
        select gen_random_uuid(), 'generated', ${c.id}::int, slots.unit_id, gr.id, slots.day, 'sunny', 'Cán bộ giám sát', 8 + (slots.i + slots.s) % 9, (slots.i + slots.s) % 3, ${clerk}::int, 'office'
          from slots join groups gr on gr.campaign_id = ${c.id}::int
           and gr.ordinal - 1 = ((slots.i * ${o.workdaysPerCommuneDay}::int + slots.k + slots.s * 7) % ${groups}::int)`.execute(trx);
      await sql`
        insert into workday_attendance (workday_id, agency_id, full_day, half_day)
        select w.id, gm.agency_id, 2 + (w.id + gm.agency_id) % 5, (w.id + gm.agency_id) % 2
          from workdays w join group_members gm on gm.group_id = w.group_id where w.campaign_id = ${c.id}::int`.execute(trx);
      const fund = await trx.insertInto('funds').values({ campaign_id: c.id, name: `Quỹ xã hội hóa năm ${year}`, approval_threshold: null, created_by: clerk })
        .returning('id').executeTakeFirstOrThrow();
      await sql`
        insert into fund_entries (fund_id, kind, amount, entry_date, contributor_kind, agency_id, receipt_no, collected_by, created_by)
        select ${fund.id}::int, 'contribution', 100000 * (1 + n % 50), ${from}::date + (n % 200), 'agency', ${firstAgency}::int + n % ${groups * o.agenciesPerGroup}::int,
               'PT-' || ${year}::int || '-' || n, 'Thủ quỹ', ${clerk}::int
          from generate_series(1, ${o.contributionsPerCampaign}::int) n`.execute(trx);
      await sql`
        insert into fund_postings (entry_id, fund_id, account, unit_id, category, amount)
        select e.id, e.fund_id, p.account, null, null, p.sign * e.amount
          from fund_entries e, (values ('contributions', -1), ('fund', 1)) p(account, sign) where e.fund_id = ${fund.id}::int`.execute(trx);
      return c.id;
    });
    campaigns.push({ id, year, communeIds });
    log(`campaign ${year}: ${communeIds.length} communes, ${groups} groups, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  // Roads of the 2025 communes, ten 50 m segments each, at every stage of the workflow.
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`
      insert into roads (commune_id, name, road_class, length_mm, surface_before, width_mm, thickness_mm, mix_table_id, grade, stone, search_text)
      select c, 'Đường thôn số ' || r, 'village', 500000, 'earth', 3000, 180, (select id from mix_tables where is_default), 'M250', '1x2', 'duong thon so ' || r
        from unnest(${u.communes2025}::int[]) c, generate_series(1, ${o.roadsPerCommune}::int) r`.execute(trx);
    await sql`
      insert into segments (road_id, from_mm, to_mm, status, poured_on, accepted_on)
      select r.id, k * 50000, (k + 1) * 50000, st.status, st.poured_on, st.accepted_on
        from roads r join unnest(${u.communes2025}::int[]) c on r.commune_id = c, generate_series(0, 9) k,
        lateral (select case (r.id + k) % 10 when 0 then 'in_progress' when 1 then 'poured' when 2 then 'accepted' when 3 then 'accepted'
                                              when 4 then 'accepted' when 5 then 'ready' else 'planned' end as status) s0,
        lateral (select s0.status, case when s0.status in ('poured', 'accepted') then date '2025-07-05' + ((r.id + k) % 140) end as poured_on,
                                   case when s0.status = 'accepted' then date '2025-07-12' + ((r.id + k) % 130) end as accepted_on) st`.execute(trx);
  });
  log(`roads: ${u.communes2025.length * o.roadsPerCommune} roads, ${u.communes2025.length * o.roadsPerCommune * 10} segments in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { ...u, campaigns, leaderUsername: 'leader.province' };
}
