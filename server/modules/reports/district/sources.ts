// What the district report reads from other modules, in one place: money spent per commune in a
// period (fund module's statement, taken at both ends of the period) and criterion 2 per commune
// (roads tables read with SQL until the roads/criteria modules export a per-commune summary;
// swapping a body here changes nothing else).
import { sql, type Kysely } from 'kysely';
import { addDays } from '../../../../domain/dates.js';
import type { Database } from '../../../db/schema.js';
import { buildStatement } from '../../fund/index.js';

type Db = Kysely<Database>;

/** VND spent by each commune from the campaign's funds between `from` and `to` (both included). */
export async function moneySpent(db: Db, campaignId: number, from: string, to: string): Promise<Map<number, number>> {
  const funds = await db.selectFrom('funds').innerJoin('campaigns', 'campaigns.id', 'funds.campaign_id')
    .selectAll('funds').select(['campaigns.name as campaign_name', 'campaigns.district_id']).where('funds.campaign_id', '=', campaignId).execute();
  const out = new Map<number, number>();
  for (const fund of funds) {
    const end = await buildStatement(db, fund, to);
    const start = await buildStatement(db, fund, addDays(from, -1));
    for (const c of end.communes) {
      const before = start.communes.find((x) => x.commune.id === c.commune.id)?.spent ?? 0;
      out.set(c.commune.id, (out.get(c.commune.id) ?? 0) + c.spent - before);
    }
  }
  return out;
}

export interface ClassProgress { roadClass: string; totalKm: number; hardenedKm: number; sharePercent: number }

/** Per road class of a commune: km in total and km hardened (before the campaign or accepted by `asOf`). */
export async function criterion2Progress(db: Db, communeId: number, asOf: string): Promise<ClassProgress[]> {
  const r = await sql<{ road_class: string; total_mm: number; hardened_mm: number }>`
    select r.road_class, sum(r.length_mm)::bigint as total_mm,
           sum(case when r.surface_before = 'hardened' then r.length_mm else
             (select coalesce(sum(s.to_mm - s.from_mm), 0) from segments s where s.road_id = r.id and s.status = 'accepted' and s.accepted_on <= ${asOf}::date) end)::bigint as hardened_mm
      from roads r where r.commune_id = ${communeId} group by r.road_class order by r.road_class`.execute(db);
  const order = ['commune', 'village', 'alley', 'field'];
  return r.rows.map((x) => {
    const total = Number(x.total_mm);
    const hardened = Number(x.hardened_mm);
    return { roadClass: x.road_class, totalKm: total / 1e6, hardenedKm: hardened / 1e6, sharePercent: total ? Math.round((hardened * 10_000) / total) / 100 : 0 };
  }).sort((a, b) => order.indexOf(a.roadClass) - order.indexOf(b.roadClass));
}
