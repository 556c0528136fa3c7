// What the district report reads from other modules, in one place: money spent per commune in a
// period (fund module's statement, taken at both ends of the period), the people's contributions
// per commune and village (people module's summary, domain/mobilisation.ts) and criterion 2 per commune
// (the criteria module's lengths, counted by domain/criterion2.ts as the criterion 2 page counts).
import type { Kysely } from 'kysely';
import { evaluateCriterion2 } from '../../../../domain/criterion2.js';
import { addDays } from '../../../../domain/dates.js';
import type { Database } from '../../../db/schema.js';
import { classLengths } from '../../criteria/index.js';
import { buildStatement } from '../../fund/index.js';
import { peopleSummary } from '../../people/index.js';
import { sumTotals } from '../../../../domain/mobilisation.js';

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

/**
 * Per commune and road class: km in total and km hardened (before the campaign or accepted by
 * `asOf`), as the criterion 2 page counts them (the criteria module's lengths, domain/criterion2.ts);
 * one grouped query for all the communes.
 */
export async function criterion2Progress(db: Db, communeIds: number[], asOf: string): Promise<Map<number, ClassProgress[]>> {
  const rows = await classLengths(db, communeIds, asOf);
  return new Map(communeIds.map((id) => {
    const lengths = Object.fromEntries(rows.filter((x) => x.commune_id === id)
      .map((x) => [x.road_class, { totalMm: Number(x.total_mm), hardenedBeforeMm: Number(x.hardened_before_mm), acceptedMm: Number(x.accepted_mm) }]));
    // The shares only: thresholds are the criterion 2 page's business, so none are passed.
    return [id, evaluateCriterion2(lengths, []).indicators.filter((i) => i.totalMm > 0)
      .map((i) => ({ roadClass: i.roadClass, totalKm: i.totalMm / 1e6, hardenedKm: i.hardenedMm / 1e6, sharePercent: i.shareBp / 100 }))];
  }));
}

/**
 * The people's contributions of the report's communes dated up to `to` (and not cancelled), per
 * commune and per village that gave something; donors named only when they agreed.
 */
export async function peopleContributions(db: Db, communes: Array<{ id: number; name: string }>, to: string) {
  const summary = await peopleSummary(db, null, { to });
  const mine = communes.map((c) => summary.communes.find((x) => x.id === c.id))
    .filter((x): x is NonNullable<typeof x> => !!x && x.totals.count > 0)
    .map((x) => ({ commune: { id: x.id, name: x.name }, totals: x.totals, villages: x.villages.filter((v) => v.totals.count > 0).map((v) => ({ name: v.name, totals: v.totals })) }));
  const names = new Set(mine.map((c) => c.commune.name));
  return {
    to, communes: mine, totals: sumTotals(mine.map((c) => c.totals)),
    donors: summary.donors.filter((d) => names.has(d.commune)).map((d) => ({ name: d.name, commune: d.commune, village: d.village, kind: d.kind })),
  };
}
