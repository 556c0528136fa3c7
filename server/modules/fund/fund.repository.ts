// All SQL of the fund. Entries, decisions and postings are only inserted (the database refuses
// anything else); balances are sums of postings.
import { sql, type Kysely } from 'kysely';
import type { Posting } from '../../../domain/ledger.js';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export async function listFunds(db: Db, ids?: number[]) {
  let q = db.selectFrom('funds').innerJoin('campaigns', 'campaigns.id', 'funds.campaign_id')
    .selectAll('funds').select(['campaigns.name as campaign_name', 'campaigns.district_id']);
  if (ids) q = q.where('funds.id', 'in', ids.length ? ids : [0]);
  return q.orderBy('funds.id', 'desc').execute();
}
export type FundRow = Awaited<ReturnType<typeof listFunds>>[number];

export async function getFund(db: Db, id: number): Promise<FundRow | undefined> {
  return (await listFunds(db, [id]))[0];
}

/**
 * Locks the fund's row until the transaction ends. Every ledger write takes this lock first, so
 * two requests spending the same money run one after the other and the second sees the first.
 */
export async function lockFund(db: Db, id: number) {
  return db.selectFrom('funds').select(['id', 'campaign_id', 'approval_threshold']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function insertPostings(db: Db, fundId: number, entryId: number, postings: Posting[]): Promise<void> {
  if (!postings.length) return;
  await db.insertInto('fund_postings').values(postings.map((p) => ({
    entry_id: entryId, fund_id: fundId, account: p.account, unit_id: p.unitId, category: p.category, amount: p.amount,
  }))).execute();
}

export async function postingsOf(db: Db, entryId: number): Promise<Posting[]> {
  const rows = await db.selectFrom('fund_postings').select(['account', 'unit_id', 'category', 'amount'])
    .where('entry_id', '=', entryId).orderBy('id').execute();
  return rows.map((r) => ({ account: r.account, unitId: r.unit_id, category: r.category, amount: r.amount }));
}

/** Balance of one account (for "commune" and "spent": of one commune). */
export async function accountBalance(db: Db, fundId: number, account: Posting['account'], unitId: number | null = null): Promise<number> {
  let q = db.selectFrom('fund_postings').select(sql<number>`coalesce(sum(amount), 0)::bigint`.as('balance'))
    .where('fund_id', '=', fundId).where('account', '=', account);
  if (unitId !== null) q = q.where('unit_id', '=', unitId);
  return (await q.executeTakeFirstOrThrow()).balance;
}

/**
 * The fund's postings (optionally of entries dated up to `to`) added up per account, commune and
 * category, for summaries: a summary only sums postings (domain/ledger.ts), so the database adds
 * them first and a province's million postings come back as a few rows.
 */
export async function fundPostings(db: Db, fundId: number, to?: string | null): Promise<Posting[]> {
  let q = db.selectFrom('fund_postings as p').innerJoin('fund_entries as e', 'e.id', 'p.entry_id')
    .select(['p.account', 'p.unit_id', 'p.category', sql<number>`sum(p.amount)::bigint`.as('amount')]).where('p.fund_id', '=', fundId)
    .groupBy(['p.account', 'p.unit_id', 'p.category']);
  if (to) q = q.where('e.entry_date', '<=', to);
  const rows = await q.execute();
  return rows.map((r) => ({ account: r.account, unitId: r.unit_id, category: r.category, amount: Number(r.amount) }));
}

/** Pending expenditures (awaiting a decision), per commune. */
export async function pendingByUnit(db: Db, fundId: number, to?: string | null) {
  let q = db.selectFrom('fund_entries as e').leftJoin('fund_decisions as d', 'd.entry_id', 'e.id')
    .select(['e.unit_id', sql<number>`sum(e.amount)::bigint`.as('amount')])
    .where('e.fund_id', '=', fundId).where('e.kind', '=', 'expenditure').where('e.needs_approval', '=', true)
    .where('d.entry_id', 'is', null).groupBy('e.unit_id');
  if (to) q = q.where('e.entry_date', '<=', to);
  return q.execute();
}

const entryColumns = [
  'e.id', 'e.fund_id', 'e.kind', 'e.amount', 'e.entry_date', 'e.note', 'e.contributor_kind', 'e.contributor_name', 'e.agency_id',
  'e.receipt_no', 'e.collected_by', 'e.public_name_consent', 'e.unit_id', 'e.decision_no', 'e.decision_date', 'e.signer', 'e.purpose',
  'e.item', 'e.category', 'e.quantity', 'e.uom', 'e.unit_price', 'e.vendor', 'e.invoice_no', 'e.invoice_date', 'e.needs_approval',
  'e.reverses_id', 'e.reason', 'e.people_contribution_id', 'e.created_by', 'e.created_at',
] as const;

export interface EntryFilter {
  ids?: number[]; kind?: string; unitId?: number; agencyId?: number; status?: 'counted' | 'pending' | 'rejected';
  limit?: number; cursor?: number; to?: string | null;
}

export async function listEntries(db: Db, fundId: number, f: EntryFilter = {}) {
  let q = db.selectFrom('fund_entries as e')
    .leftJoin('agencies as a', 'a.id', 'e.agency_id')
    .leftJoin('admin_units as u', 'u.id', 'e.unit_id')
    .innerJoin('users as cu', 'cu.id', 'e.created_by')
    .leftJoin('fund_decisions as d', 'd.entry_id', 'e.id')
    .leftJoin('users as du', 'du.id', 'd.decided_by')
    .leftJoin('fund_entries as r', 'r.reverses_id', 'e.id')
    .select(entryColumns)
    .select(['a.name as agency_name', 'u.name as unit_name', 'cu.display_name as created_by_name', 'd.decision', 'd.comment as decision_comment',
      'd.decided_at', 'du.display_name as decided_by_name', 'r.id as reversed_by'])
    .where('e.fund_id', '=', fundId);
  if (f.ids) q = q.where('e.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.kind) q = q.where('e.kind', '=', f.kind as never);
  if (f.unitId) q = q.where('e.unit_id', '=', f.unitId);
  if (f.agencyId) q = q.where('e.agency_id', '=', f.agencyId);
  if (f.to) q = q.where('e.entry_date', '<=', f.to);
  if (f.status === 'pending') q = q.where('e.needs_approval', '=', true).where('d.entry_id', 'is', null);
  if (f.status === 'rejected') q = q.where('d.decision', '=', 'rejected');
  if (f.status === 'counted') q = q.where((eb) => eb.or([eb('e.needs_approval', '=', false), eb('d.decision', '=', 'approved')]));
  if (f.cursor) q = q.where('e.id', '<', f.cursor);
  if (f.limit) q = q.limit(f.limit + 1);
  return q.orderBy('e.id', 'desc').execute();
}
export type EntryRow = Awaited<ReturnType<typeof listEntries>>[number];

export async function getEntry(db: Db, fundId: number, id: number): Promise<EntryRow | undefined> {
  return (await listEntries(db, fundId, { ids: [id] }))[0];
}

/**
 * A contribution with this receipt number that has not been reversed. The people's gifts carry the
 * commune's receipts (their own book, checked by the people's module), so they are not counted here.
 */
export async function liveReceipt(db: Db, fundId: number, receiptNo: string) {
  return db.selectFrom('fund_entries as e').leftJoin('fund_entries as r', 'r.reverses_id', 'e.id').select('e.id')
    .where('e.fund_id', '=', fundId).where('e.kind', '=', 'contribution').where('e.contributor_kind', '!=', 'people')
    .where((eb) => eb(eb.fn('lower', ['e.receipt_no']), '=', receiptNo.toLowerCase()))
    .where('r.id', 'is', null).executeTakeFirst();
}

/** Whether the unit is one of the campaign's target communes. */
export async function isCampaignCommune(db: Db, campaignId: number, unitId: number): Promise<boolean> {
  return !!(await db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).where('unit_id', '=', unitId).executeTakeFirst());
}

export async function unitName(db: Db, unitId: number): Promise<string> {
  return (await db.selectFrom('admin_units').select('name').where('id', '=', unitId).executeTakeFirst())?.name ?? `#${unitId}`;
}
