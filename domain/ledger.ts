// The fund's double-entry ledger, as pure functions. Every entry posts amounts to accounts that sum
// to zero, so the ledger always balances; balances are derived from postings, never stored:
//   contribution  contributions −a, fund +a            (money comes in)
//   allocation    fund −a, commune(C) +a               (the committee gives a commune its share)
//   expenditure   commune(C) −a, spent(C, category) +a (the commune buys; only once it counts)
//   reversal      the negated postings of the entry it reverses
// "fund" is what is received and not yet allocated; "commune" what a commune may still spend.

export const ENTRY_KINDS = ['contribution', 'allocation', 'expenditure', 'reversal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ACCOUNTS = ['contributions', 'fund', 'commune', 'spent'] as const;
export type Account = (typeof ACCOUNTS)[number];
export const EXPENSE_CATEGORIES = ['materials', 'equipment', 'other'] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export interface Posting {
  account: Account;
  unitId: number | null;
  category: ExpenseCategory | null;
  amount: number;
}

export type PostableEntry =
  | { kind: 'contribution'; amount: number }
  | { kind: 'allocation'; amount: number; unitId: number }
  | { kind: 'expenditure'; amount: number; unitId: number; category: ExpenseCategory };

/**
 * The postings of a contribution, allocation or counted expenditure.
 * @example postingsFor({ kind: 'allocation', amount: 5, unitId: 7 })
 *   // [{ account: 'fund', amount: -5, … }, { account: 'commune', unitId: 7, amount: 5, … }]
 */
export function postingsFor(e: PostableEntry): Posting[] {
  switch (e.kind) {
    case 'contribution':
      return [
        { account: 'contributions', unitId: null, category: null, amount: -e.amount },
        { account: 'fund', unitId: null, category: null, amount: e.amount },
      ];
    case 'allocation':
      return [
        { account: 'fund', unitId: null, category: null, amount: -e.amount },
        { account: 'commune', unitId: e.unitId, category: null, amount: e.amount },
      ];
    case 'expenditure':
      return [
        { account: 'commune', unitId: e.unitId, category: null, amount: -e.amount },
        { account: 'spent', unitId: e.unitId, category: e.category, amount: e.amount },
      ];
  }
}

/** The postings that undo `original`. @example reversalPostings([{ account: 'fund', amount: 5, … }])[0].amount === -5 */
export function reversalPostings(original: readonly Posting[]): Posting[] {
  return original.map((p) => ({ ...p, amount: -p.amount }));
}

export interface CommuneBalance {
  unitId: number;
  allocated: number;
  spent: number;
  spentByCategory: Record<ExpenseCategory, number>;
  balance: number;
}

export interface LedgerSummary {
  received: number;
  allocated: number;
  unallocated: number;
  spent: number;
  /** Sum of every posting: always 0 in a balanced ledger. */
  total: number;
  communes: CommuneBalance[];
}

/**
 * Derives the fund's balances from its postings.
 * @example summarise(postingsFor({ kind: 'contribution', amount: 9 })).received === 9
 */
export function summarise(postings: Iterable<Posting>): LedgerSummary {
  let contributions = 0;
  let fund = 0;
  let total = 0;
  const communes = new Map<number, CommuneBalance>();
  const commune = (unitId: number) => {
    let c = communes.get(unitId);
    if (!c) {
      c = { unitId, allocated: 0, spent: 0, spentByCategory: { materials: 0, equipment: 0, other: 0 }, balance: 0 };
      communes.set(unitId, c);
    }
    return c;
  };
  for (const p of postings) {
    total += p.amount;
    if (p.account === 'contributions') contributions += p.amount;
    else if (p.account === 'fund') fund += p.amount;
    else if (p.account === 'commune') commune(p.unitId!).balance += p.amount;
    else {
      const c = commune(p.unitId!);
      c.spent += p.amount;
      c.spentByCategory[p.category ?? 'other'] += p.amount;
    }
  }
  const list = [...communes.values()].sort((a, b) => a.unitId - b.unitId);
  for (const c of list) c.allocated = c.balance + c.spent;
  const received = 0 - contributions; // not -contributions: that is -0 when empty
  return {
    received, unallocated: fund, allocated: received - fund, total, communes: list,
    spent: list.reduce((s, c) => s + c.spent, 0),
  };
}

/** A broken rule, by code. */
export type LedgerViolation = 'UNBALANCED' | 'OVER_ALLOCATION' | 'OVERSPEND' | 'NEGATIVE_RECEIVED';

/**
 * The rules of PRODUCT.md §5 checked on a summary: the ledger balances, allocations ≤ received,
 * each commune's spending ≤ its allocation. Returns what is broken (empty when all hold).
 * @example ledgerViolations(summarise([])) // []
 */
export function ledgerViolations(s: LedgerSummary): LedgerViolation[] {
  const out: LedgerViolation[] = [];
  if (s.total !== 0) out.push('UNBALANCED');
  if (s.received < 0) out.push('NEGATIVE_RECEIVED');
  if (s.unallocated < 0 || s.allocated > s.received) out.push('OVER_ALLOCATION');
  if (s.communes.some((c) => c.balance < 0 || c.spent > c.allocated)) out.push('OVERSPEND');
  return out;
}
