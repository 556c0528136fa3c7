// Model-based property test: random sequences of contributions, allocations, expenditures (some
// above the approval threshold), decisions and reversals run through the real commands, each in
// its own transaction as a request would, on the worker's database. After every step the database
// must agree with a simple model, and every invariant must hold: the ledger balances (per entry
// and in total), allocations ≤ received, spending ≤ allocation, no entry reversed twice, no
// reversal reversed.
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ledgerViolations, summarise } from '../../../domain/ledger.js';
import type { Actor } from '../../../domain/roles.js';
import { makeWorld } from '../../../test/helpers/factories.js';
import { makeFund } from '../../../test/helpers/fund.js';
import { setupApp } from '../../../test/helpers/test-app.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { decideExpenditure, recordAllocation, recordContribution, recordExpenditure, reverseEntry } from './index.js';
import { fundPostings } from './fund.repository.js';

const THRESHOLD = 30_000_000;
type Step =
  | { op: 'contribute'; amount: number }
  | { op: 'allocate'; unit: 0 | 1; amount: number }
  | { op: 'spend'; unit: 0 | 1; amount: number }
  | { op: 'decide'; pick: number; approve: boolean }
  | { op: 'reverse'; pick: number };

const amount = fc.integer({ min: 1, max: 60 }).map((m) => m * 1_000_000);
const unit = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('contribute' as const), amount }),
  fc.record({ op: fc.constant('allocate' as const), unit, amount }),
  fc.record({ op: fc.constant('spend' as const), unit, amount }),
  fc.record({ op: fc.constant('decide' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
);

interface ModelEntry { id: number; kind: string; amount: number; unit: 0 | 1 | null; status: 'counted' | 'pending' | 'rejected'; reversed: boolean }

describe('fund ledger, random sequences through the commands', () => {
  it('keeps every invariant after every step', async () => {
    const t = await setupApp();
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
      await sql`truncate fund_postings, fund_decisions, fund_entries, funds, audit_log restart identity cascade`.execute(t.db);
      if (!(await t.db.selectFrom('users').select('id').where('username', '=', 'coordinator').executeTakeFirst())) {
        await makeWorld(t.db);
      }
      const users = await t.db.selectFrom('users').select(['id', 'username']).execute();
      const units = await t.db.selectFrom('admin_units').select(['id', 'name']).where('name', 'in', ['Tân Nam', 'Yên Thành']).orderBy('name').execute();
      const unitIds = [units.find((u) => u.name === 'Tân Nam')!.id, units.find((u) => u.name === 'Yên Thành')!.id];
      const campaign = await t.db.selectFrom('campaigns').select('id').executeTakeFirstOrThrow();
      const agency = await t.db.selectFrom('agencies').select('id').executeTakeFirstOrThrow();
      const coordinatorId = users.find((u) => u.username === 'coordinator')!.id;
      const fund = await makeFund(t.db, { campaign, users: { coordinator: { id: coordinatorId } } } as never, { approvalThreshold: THRESHOLD });
      const actor: Actor = { userId: coordinatorId, role: 'coordinator', agencyId: null, unitId: null };
      const run = async <T>(fn: (ctx: RequestContext) => Promise<T>): Promise<T | AppError> => {
        try {
          return await t.db.transaction().execute((trx) => fn({ db: trx, actor, ip: null }));
        } catch (e) {
          if (e instanceof AppError) return e;
          throw e;
        }
      };

      const model = { received: 0, unallocated: 0, balance: [0, 0], spent: [0, 0], entries: [] as ModelEntry[] };
      const pendingOf = (u: number) => model.entries.filter((e) => e.kind === 'expenditure' && e.unit === u && e.status === 'pending').reduce((s, e) => s + e.amount, 0);
      let receipt = 0;
      for (const s of steps) {
        if (s.op === 'contribute') {
          const r = await run((ctx) => recordContribution(ctx, fund.id, { contributorKind: 'agency', contributorName: null, agencyId: agency.id,
            amount: s.amount, date: '2021-09-15', receiptNo: `P-${++receipt}`, collectedBy: 'Thủ quỹ', publicNameConsent: false }));
          expect(r).not.toBeInstanceOf(AppError);
          model.received += s.amount; model.unallocated += s.amount;
          model.entries.push({ id: (r as { id: number }).id, kind: 'contribution', amount: s.amount, unit: null, status: 'counted', reversed: false });
        } else if (s.op === 'allocate') {
          const r = await run((ctx) => recordAllocation(ctx, fund.id, { unitId: unitIds[s.unit], amount: s.amount, decisionNo: `${receipt}/QĐ`,
            decisionDate: '2021-09-20', signer: 'Chủ tịch', purpose: 'Mua vật liệu' }));
          if (s.amount > model.unallocated) {
            expect((r as AppError).code).toBe('OVER_ALLOCATION');
          } else {
            expect(r).not.toBeInstanceOf(AppError);
            model.unallocated -= s.amount; model.balance[s.unit] += s.amount;
            model.entries.push({ id: (r as { id: number }).id, kind: 'allocation', amount: s.amount, unit: s.unit, status: 'counted', reversed: false });
          }
        } else if (s.op === 'spend') {
          const r = await run((ctx) => recordExpenditure(ctx, fund.id, { unitId: unitIds[s.unit], item: 'Công vận chuyển', category: 'other', quantity: 1,
            unit: 'lô', unitPrice: s.amount, total: s.amount, vendor: 'Đại lý', invoiceNo: `HĐ${++receipt}`, invoiceDate: '2021-09-25' }));
          if (s.amount > model.balance[s.unit] - pendingOf(s.unit)) {
            expect((r as AppError).code).toBe('OVERSPEND');
          } else {
            expect(r).not.toBeInstanceOf(AppError);
            const status = s.amount > THRESHOLD ? 'pending' : 'counted';
            if (status === 'counted') { model.balance[s.unit] -= s.amount; model.spent[s.unit] += s.amount; }
            model.entries.push({ id: (r as { id: number }).id, kind: 'expenditure', amount: s.amount, unit: s.unit, status, reversed: false });
          }
        } else if (s.op === 'decide') {
          const pending = model.entries.filter((e) => e.status === 'pending');
          if (!pending.length) continue;
          const e = pending[s.pick % pending.length];
          const r = await run((ctx) => decideExpenditure(ctx, fund.id, e.id, s.approve ? 'approved' : 'rejected', s.approve ? null : 'Không hợp lệ'));
          if (!s.approve) { expect(r).not.toBeInstanceOf(AppError); e.status = 'rejected'; }
          else if (e.amount > model.balance[e.unit!]) expect((r as AppError).code).toBe('OVERSPEND');
          else { expect(r).not.toBeInstanceOf(AppError); e.status = 'counted'; model.balance[e.unit!] -= e.amount; model.spent[e.unit!] += e.amount; }
        } else {
          if (!model.entries.length) continue;
          const e = model.entries[s.pick % model.entries.length];
          const r = await run((ctx) => reverseEntry(ctx, fund.id, e.id, { reason: 'Điều chỉnh' }));
          let expected: string | null = null;
          if (e.kind === 'reversal') expected = 'NOT_REVERSIBLE';
          else if (e.reversed) expected = 'ALREADY_REVERSED';
          else if (e.status !== 'counted') expected = 'NOT_REVERSIBLE';
          else if (e.kind === 'contribution' && model.unallocated < e.amount) expected = 'OVER_ALLOCATION';
          else if (e.kind === 'allocation' && model.balance[e.unit!] < e.amount) expected = 'OVERSPEND';
          if (expected) {
            expect((r as AppError).code).toBe(expected);
          } else {
            expect(r).not.toBeInstanceOf(AppError);
            e.reversed = true;
            if (e.kind === 'contribution') { model.received -= e.amount; model.unallocated -= e.amount; }
            if (e.kind === 'allocation') { model.unallocated += e.amount; model.balance[e.unit!] -= e.amount; }
            if (e.kind === 'expenditure') { model.balance[e.unit!] += e.amount; model.spent[e.unit!] -= e.amount; }
            model.entries.push({ id: (r as { id: number }).id, kind: 'reversal', amount: e.amount, unit: e.unit, status: 'counted', reversed: false });
          }
        }

        // Invariants, from the database.
        const summary = summarise(await fundPostings(t.db, fund.id));
        expect(ledgerViolations(summary)).toEqual([]);
        expect(summary.received).toBe(model.received);
        expect(summary.unallocated).toBe(model.unallocated);
        for (const u of [0, 1] as const) {
          const c = summary.communes.find((x) => x.unitId === unitIds[u]);
          expect(c?.balance ?? 0).toBe(model.balance[u]);
          expect(c?.spent ?? 0).toBe(model.spent[u]);
        }
        const unbalanced = await sql<{ n: number }>`select count(*)::int as n from (select entry_id from fund_postings group by entry_id having sum(amount) <> 0) x`.execute(t.db);
        expect(unbalanced.rows[0].n).toBe(0);
        const twice = await sql<{ n: number }>`select count(*)::int as n from fund_entries r join fund_entries o on o.id = r.reverses_id where o.kind = 'reversal'`.execute(t.db);
        expect(twice.rows[0].n).toBe(0);
      }
    }), { numRuns: 20 });
  }, 180_000);
});
