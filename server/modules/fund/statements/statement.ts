// The fund's statement, derived from the ledger: the fund (received, allocated, unallocated, spent,
// pending), each target commune (allocated, spent by category, balance), each agency's
// contributions, the people's cash gifts per commune (issue 18) and the allocations in force. The public summary is the same without personal data.
import { sql, type Kysely } from 'kysely';
import { summarise } from '../../../../domain/ledger.js';
import type { Database } from '../../../db/schema.js';
import { fundPostings, pendingByUnit, type FundRow } from '../fund.repository.js';

type Db = Kysely<Database>;

/** Entries of `kind` in the fund not reversed by an entry dated up to `to`. */
function live(db: Db, fundId: number, kind: 'contribution' | 'allocation' | 'expenditure', to: string | null) {
  let q = db.selectFrom('fund_entries as e')
    .leftJoin('fund_entries as r', (j) => {
      const on = j.onRef('r.reverses_id', '=', 'e.id');
      return to ? on.on('r.entry_date', '<=', to) : on;
    })
    .where('e.fund_id', '=', fundId).where('e.kind', '=', kind).where('r.id', 'is', null);
  if (to) q = q.where('e.entry_date', '<=', to);
  return q;
}

export async function buildStatement(db: Db, fund: FundRow, to: string | null = null) {
  const s = summarise(await fundPostings(db, fund.id, to));
  const pending = await pendingByUnit(db, fund.id, to);
  const communeRows = await db.selectFrom('admin_units as u').select(['u.id', 'u.name'])
    .where((eb) => eb.or([
      eb('u.id', 'in', eb.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', fund.campaign_id)),
      eb('u.id', 'in', s.communes.length ? s.communes.map((c) => c.unitId) : [0]),
    ])).orderBy('u.name').execute();
  const communes = communeRows.map((u) => {
    const c = s.communes.find((x) => x.unitId === u.id);
    return {
      commune: { id: u.id, name: u.name },
      allocated: c?.allocated ?? 0, spent: c?.spent ?? 0,
      spentByCategory: c?.spentByCategory ?? { materials: 0, equipment: 0, other: 0 },
      balance: c?.balance ?? 0,
      pending: pending.find((p) => p.unit_id === u.id)?.amount ?? 0,
    };
  });
  const agencies = await live(db, fund.id, 'contribution', to).innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(['a.id', 'a.name', sql<number>`sum(e.amount)::bigint`.as('amount'), sql<number>`count(*)::int`.as('contributions')])
    .groupBy(['a.id', 'a.name']).orderBy('a.name').execute();
  const people = await live(db, fund.id, 'contribution', to).innerJoin('admin_units as u', 'u.id', 'e.unit_id')
    .select(['u.id', 'u.name', sql<number>`sum(e.amount)::bigint`.as('amount'), sql<number>`count(*)::int`.as('contributions')])
    .where('e.contributor_kind', '=', 'people').groupBy(['u.id', 'u.name']).orderBy('u.name').execute();
  const allocations = await live(db, fund.id, 'allocation', to).innerJoin('admin_units as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'u.id as unit_id', 'u.name as unit_name', 'e.amount', 'e.decision_no', 'e.decision_date', 'e.signer', 'e.purpose'])
    .orderBy('e.decision_date').orderBy('e.id').execute();
  return {
    fund: { id: fund.id, name: fund.name, campaign: { id: fund.campaign_id, name: fund.campaign_name } },
    to,
    totals: { received: s.received, allocated: s.allocated, unallocated: s.unallocated, spent: s.spent,
      pending: pending.reduce((sum, p) => sum + p.amount, 0) },
    communes,
    agencies: agencies.map((a) => ({ agency: { id: a.id, name: a.name }, amount: a.amount, contributions: a.contributions })),
    people: {
      amount: people.reduce((sum, p) => sum + Number(p.amount), 0), contributions: people.reduce((sum, p) => sum + p.contributions, 0),
      communes: people.map((p) => ({ commune: { id: p.id, name: p.name }, amount: Number(p.amount), contributions: p.contributions })),
    },
    allocations: allocations.map((a) => ({ id: a.id, commune: { id: a.unit_id, name: a.unit_name }, amount: a.amount,
      decisionNo: a.decision_no!, decisionDate: a.decision_date!, signer: a.signer!, purpose: a.purpose! })),
  };
}
export type Statement = Awaited<ReturnType<typeof buildStatement>>;

/** What anyone may see: totals by agency and from the people, allocations, each commune's purchases by item; names only with consent. */
export async function buildPublicSummary(db: Db, fund: FundRow) {
  const st = await buildStatement(db, fund);
  const named = await live(db, fund.id, 'contribution', null).innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(['e.contributor_name', 'a.name as agency_name', 'e.amount'])
    .where('e.contributor_kind', '=', 'official').where('e.public_name_consent', '=', true)
    .orderBy('e.entry_date').orderBy('e.id').execute();
  const counted = live(db, fund.id, 'expenditure', null).leftJoin('fund_decisions as d', 'd.entry_id', 'e.id')
    .where((eb) => eb.or([eb('e.needs_approval', '=', false), eb('d.decision', '=', 'approved')]));
  const items = await counted.select(['e.unit_id', 'e.item', 'e.category', 'e.uom',
    sql<number>`sum(e.quantity)::float8`.as('quantity'), sql<number>`sum(e.amount)::bigint`.as('amount')])
    .groupBy(['e.unit_id', 'e.item', 'e.category', 'e.uom']).orderBy('e.item').execute();
  const { pending: _pending, ...totals } = st.totals;
  return {
    fund: st.fund,
    totals,
    agencies: st.agencies,
    people: st.people,
    namedContributors: named.map((n) => ({ name: n.contributor_name!, agency: n.agency_name, amount: n.amount })),
    allocations: st.allocations.map((a) => ({ commune: a.commune.name, amount: a.amount, decisionNo: a.decisionNo, decisionDate: a.decisionDate, purpose: a.purpose })),
    communes: st.communes.map((c) => ({
      commune: c.commune, allocated: c.allocated, spent: c.spent, balance: c.balance,
      items: items.filter((i) => i.unit_id === c.commune.id).map((i) => ({ item: i.item!, category: i.category!, quantity: Math.round(i.quantity * 1000) / 1000, unit: i.uom!, amount: i.amount })),
    })),
  };
}
