// The province generator of the benchmarks (bench/lib/province.ts) at a tiny size, on both
// databases: both shapes of the province with their valid dates, the 2021 → 2025 mapping, five
// campaigns whose attendance and ledger rows hang together, and a report over the years read by
// the 2021 communes or by the merged 2025 ones giving the same total.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { generateProvince, MERGER_DAY, PROVINCE_SIZES, type ProvinceFacts } from '../bench/lib/province.js';
import { unitsReadAs } from '../server/modules/units/index.js';
import { setupApp, TestClient, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let p: ProvinceFacts;
const o = PROVINCE_SIZES.tiny;

beforeEach(async () => {
  t = await setupApp();
  p = await generateProvince(t.db, o);
});

/** Labour-days (halves) of officials per commune over all years, each commune read as it stood on `asOf`. */
async function labourByCommune(asOf: string): Promise<Map<number, number>> {
  const readAs = await unitsReadAs(t.db, asOf);
  const rows = await sql<{ commune_id: number; halves: number }>`
    select w.commune_id, sum(a.full_day * 2 + a.half_day)::int as halves
      from workdays w join workday_attendance a on a.workday_id = w.id group by w.commune_id`.execute(t.db);
  const out = new Map<number, number>();
  for (const r of rows.rows) out.set(readAs.get(r.commune_id)!, (out.get(readAs.get(r.commune_id)!) ?? 0) + r.halves);
  return out;
}

describe('province generator', () => {
  it('makes the 2021 shape (districts over communes) and the 2025 shape (merged communes under the province), with valid dates and the mapping', async () => {
    const units = await t.db.selectFrom('admin_units').select(['id', 'level', 'parent_id', 'valid_from', 'valid_to']).execute();
    expect(units.filter((u) => u.level === 'district')).toHaveLength(o.districts);
    expect(p.communes2021).toHaveLength(o.districts * o.communesPerDistrict);
    expect(p.communes2025).toHaveLength(Math.ceil(p.communes2021.length / o.mergeBy));
    for (const u of units.filter((x) => p.communes2021.includes(x.id))) expect(u).toMatchObject({ valid_from: null, valid_to: '2025-06-30' });
    for (const u of units.filter((x) => p.communes2025.includes(x.id))) expect(u).toMatchObject({ parent_id: p.provinceId, valid_from: MERGER_DAY, valid_to: null });
    const before = await unitsReadAs(t.db, '2025-06-30');
    const after = await unitsReadAs(t.db, MERGER_DAY);
    for (const id of p.communes2021) {
      expect(before.get(id)).toBe(id);
      expect(p.communes2025).toContain(after.get(id));
    }
    for (const id of p.communes2025) expect(after.get(id)).toBe(id);
  });

  it('fills five campaigns whose attendance follows the groups and whose ledger balances', async () => {
    expect(p.campaigns.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(p.campaigns[0].communeIds).toEqual(p.communes2021);
    expect(p.campaigns[4].communeIds).toEqual(p.communes2025);
    const count = async (table: 'workdays' | 'workday_attendance' | 'fund_entries' | 'fund_postings') =>
      Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const workdays = await count('workdays');
    expect(workdays).toBeGreaterThan(0);
    expect(await count('workday_attendance')).toBe(workdays * o.agenciesPerGroup);
    expect(await count('fund_entries')).toBe(5 * o.contributionsPerCampaign);
    expect(await count('fund_postings')).toBe(2 * 5 * o.contributionsPerCampaign);
    const unbalanced = await sql<{ n: number }>`select count(*)::int as n from (select entry_id from fund_postings group by entry_id having sum(amount) <> 0) x`.execute(t.db);
    expect(unbalanced.rows[0].n).toBe(0);
    // A group works in one commune a day, and every workday's commune is a target of its campaign.
    const doubled = await sql<{ n: number }>`select count(*)::int as n from (select group_id, day from workdays group by group_id, day having count(*) > 1) x`.execute(t.db);
    expect(doubled.rows[0].n).toBe(0);
    const strays = await sql<{ n: number }>`select count(*)::int as n from workdays w where not exists (select 1 from campaign_communes cc where cc.campaign_id = w.campaign_id and cc.unit_id = w.commune_id)`.execute(t.db);
    expect(strays.rows[0].n).toBe(0);
  });

  it('reads a report over the years by the 2021 communes or by the merged ones, with the same total', async () => {
    const by2021 = await labourByCommune('2024-12-31');
    const by2025 = await labourByCommune(MERGER_DAY);
    const total = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(by2025)).toBe(total(by2021));
    expect([...by2025.keys()].sort()).toEqual([...p.communes2025].sort());
    // A merged commune's figure is its predecessors' (2021–2024) plus its own (2025).
    const merged = p.communes2025[0];
    const after = await unitsReadAs(t.db, MERGER_DAY);
    const predecessors = p.communes2021.filter((id) => after.get(id) === merged);
    expect(predecessors).toHaveLength(o.mergeBy);
    expect(by2025.get(merged)).toBe(predecessors.reduce((s, id) => s + by2021.get(id)!, 0) + by2021.get(merged)!);
  });

  it('serves the province campaign of 2025 over the API to the generated leader', async () => {
    const leader = await new TestClient(t.app).login(p.leaderUsername, o.password);
    const res = await leader.get(`/api/v1/campaigns/${p.campaigns[4].id}`);
    expect(res.status).toBe(200);
    expect(res.body.communes ?? res.body.communeIds).toHaveLength(p.communes2025.length);
  });
});
