// The figures of a fund report for a period, all read from the ledger: the fund at the end of the
// period and what moved within it (received, allocated, spent), each agency's contributions, each
// commune's allocation, spending by purpose and balance, every purchase counted by the end of the
// period with what it bought (stock or machines), and what is still open (unallocated money,
// purchases waiting for approval). In the period = as at its end less as at the day before it.
import type { Kysely } from 'kysely';
import { addDays } from '../../../../domain/dates.js';
import type { Database } from '../../../db/schema.js';
import type { FundRow } from '../fund.repository.js';
import { buildStatement } from '../statements/statement.js';

type Db = Kysely<Database>;

interface PurchaseDetail { type: 'stock' | 'equipment'; materialCode?: string; quantity?: number; kind?: string; name?: string | null; drumLitres?: number | null; count?: number }

/** Expenditures that count by `to` (recorded without approval, or approved) and those still waiting, not reversed by then. */
async function expenditures(db: Db, fundId: number, to: string) {
  return db.selectFrom('fund_entries as e')
    .innerJoin('admin_units as u', 'u.id', 'e.unit_id')
    .leftJoin('fund_entries as r', (j) => j.onRef('r.reverses_id', '=', 'e.id').on('r.entry_date', '<=', to))
    .leftJoin('fund_decisions as d', 'd.entry_id', 'e.id')
    .select(['e.id', 'e.entry_date', 'u.id as unit_id', 'u.name as unit_name', 'e.item', 'e.category', 'e.quantity', 'e.uom', 'e.amount',
      'e.vendor', 'e.invoice_no', 'e.needs_approval', 'e.purchase', 'd.decision'])
    .where('e.fund_id', '=', fundId).where('e.kind', '=', 'expenditure').where('e.entry_date', '<=', to).where('r.id', 'is', null)
    .orderBy('e.entry_date').orderBy('e.id').execute();
}

function bought(p: PurchaseDetail | null, materials: Map<string, string>): string | null {
  if (!p) return null;
  if (p.type === 'stock') return `Nhập kho ${materials.get(p.materialCode ?? '') ?? p.materialCode}`;
  return p.kind === 'mixer' ? `${p.count} máy trộn${p.drumLitres ? ` ${p.drumLitres} lít` : ''}` : `${p.count} ${p.name ?? 'thiết bị'}`;
}

export async function fundReportFigures(db: Db, fund: FundRow, from: string, to: string) {
  const end = await buildStatement(db, fund, to);
  const before = await buildStatement(db, fund, addDays(from, -1));
  const materials = new Map((await db.selectFrom('materials').select(['code', 'name']).execute()).map((m) => [m.code, m.name]));
  const spending = await expenditures(db, fund.id, to);
  const counted = spending.filter((e) => !e.needs_approval || e.decision === 'approved');
  const waiting = spending.filter((e) => e.needs_approval && !e.decision);
  const inPeriod = (x: number, y: number) => x - y;
  return {
    fund: end.fund,
    period: { from, to },
    totals: end.totals,
    inPeriod: {
      received: inPeriod(end.totals.received, before.totals.received),
      allocated: inPeriod(end.totals.allocated, before.totals.allocated),
      spent: inPeriod(end.totals.spent, before.totals.spent),
    },
    agencies: end.agencies.map((a) => ({ ...a, inPeriod: a.amount - (before.agencies.find((b) => b.agency.id === a.agency.id)?.amount ?? 0) })),
    people: {
      ...end.people, inPeriod: end.people.amount - before.people.amount,
      communes: end.people.communes.map((p) => ({ ...p, inPeriod: p.amount - (before.people.communes.find((b) => b.commune.id === p.commune.id)?.amount ?? 0) })),
    },
    communes: end.communes,
    allocations: end.allocations,
    purchases: counted.map((e) => ({
      id: e.id, date: e.entry_date, commune: e.unit_name, item: e.item!, category: e.category! as 'materials' | 'equipment' | 'other',
      quantity: Number(e.quantity), uom: e.uom!, amount: e.amount, vendor: e.vendor!, invoiceNo: e.invoice_no!, inPeriod: e.entry_date >= from,
      bought: bought(e.purchase as PurchaseDetail | null, materials),
    })),
    waiting: waiting.map((e) => ({ id: e.id, date: e.entry_date, commune: e.unit_name, item: e.item!, amount: e.amount })),
  };
}
export type FundReportFigures = Awaited<ReturnType<typeof fundReportFigures>>;

/** The first draft of the outstanding issues, from the figures; the office edits it. */
export function draftIssues(f: FundReportFigures): string {
  const vnd = (v: number) => `${v.toLocaleString('vi-VN')} đồng`;
  const lines: string[] = [];
  if (f.totals.unallocated > 0) lines.push(`Còn ${vnd(f.totals.unallocated)} chưa phân bổ cho các xã.`);
  for (const c of f.communes) if (c.balance > 0) lines.push(`Xã ${c.commune.name} còn ${vnd(c.balance)} kinh phí được cấp chưa sử dụng.`);
  if (f.waiting.length) lines.push(`${f.waiting.length} khoản chi (${vnd(f.waiting.reduce((s, w) => s + w.amount, 0))}) đang chờ duyệt.`);
  return lines.length ? lines.join('\n') : 'Không có tồn tại, vướng mắc về kinh phí trong kỳ.';
}
