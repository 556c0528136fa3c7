// Model-based property test of the stock ledger: random receipts, transfers, issues, adjustments
// and reversals through the real commands, each in its own transaction as a request would, on the
// worker's database. After every step the stock of every lot at every point equals the model's,
// none is negative, and each refusal is the one the model predicts.
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/roles.js';
import { makeWorld } from '../../../test/helpers/factories.js';
import { setupApp } from '../../../test/helpers/test-app.js';
import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { adjustStock, inspectLot, issueStock, receiveLot, reverseMovement, transferStock } from './index.js';

type Step =
  | { op: 'receive'; point: number; q: number }
  | { op: 'transfer'; lot: number; from: number; to: number; q: number }
  | { op: 'issue'; lot: number; point: number; q: number }
  | { op: 'adjust'; lot: number; point: number; delta: number }
  | { op: 'reverse'; pick: number };

const q = fc.integer({ min: 1, max: 40 }).map((n) => n * 250);
const point = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('receive' as const), point, q }),
  fc.record({ op: fc.constant('transfer' as const), lot: fc.nat(), from: point, to: point, q }),
  fc.record({ op: fc.constant('issue' as const), lot: fc.nat(), point, q }),
  fc.record({ op: fc.constant('adjust' as const), lot: fc.nat(), point, delta: fc.integer({ min: -20, max: 20 }).filter((d) => d !== 0).map((d) => d * 250) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
);

describe('stock ledger, random sequences through the commands', () => {
  it('keeps stock equal to the model and never negative after every step', async () => {
    const t = await setupApp();
    const w = await makeWorld(t.db);
    const commune: Actor = { userId: w.users.commune.id, role: 'commune', agencyId: null, unitId: w.units.tanNam.id };
    const inspector: Actor = { userId: w.users.inspector.id, role: 'inspector', agencyId: w.agencies.leadB.id, unitId: null };
    const run = async <T>(actor: Actor, fn: (ctx: RequestContext) => Promise<T>): Promise<T | AppError> => {
      try {
        return await t.db.transaction().execute((trx) => fn({ db: trx, actor, ip: null }));
      } catch (e) {
        if (e instanceof AppError) return e;
        throw e;
      }
    };
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
      await sql`truncate stock_movements, lot_inspections, stock_lots, stock_points restart identity cascade`.execute(t.db);
      const points: number[] = [];
      for (const name of ['Kho', 'Đầu tuyến', 'Cuối tuyến']) {
        points.push((await t.db.insertInto('stock_points').values({ unit_id: w.units.tanNam.id, name, kind: 'store' }).returning('id').executeTakeFirstOrThrow()).id);
      }
      const stock = new Map<string, number>();
      const at = (lot: number, p: number) => stock.get(`${lot}:${p}`) ?? 0;
      const add = (lot: number, p: number, d: number) => stock.set(`${lot}:${p}`, at(lot, p) + d);
      const lots: number[] = [];
      const moves: Array<{ id: number; lot: number; from: number | null; to: number | null; q: number; kind: string; reversed: boolean }> = [];
      const apply = async (s: Step) => {
        if (s.op === 'receive') {
          const r = await run(commune, (ctx) => receiveLot(ctx, { unitId: w.units.tanNam.id, materialCode: 'sand', pointId: points[s.point], quantity: s.q,
            source: 'state', supplier: 'Nhà nước', receivedOn: '2021-09-20' }));
          expect(r).not.toBeInstanceOf(AppError);
          const lot = (r as { id: number }).id;
          await run(inspector, (ctx) => inspectLot(ctx, lot, { inspectedOn: '2021-09-21', result: 'pass', checks: [] }));
          lots.push(lot); add(lot, points[s.point], s.q);
          const m = await t.db.selectFrom('stock_movements').select('id').where('lot_id', '=', lot).executeTakeFirstOrThrow();
          moves.push({ id: m.id, lot, from: null, to: points[s.point], q: s.q, kind: 'receipt', reversed: false });
          return;
        }
        if (s.op === 'reverse') {
          if (!moves.length) return;
          const m = moves[s.pick % moves.length];
          const r = await run(commune, (ctx) => reverseMovement(ctx, m.id, { reason: 'Điều chỉnh' }));
          const expected = m.kind === 'reversal' ? 'NOT_REVERSIBLE' : m.reversed ? 'ALREADY_REVERSED' : m.to !== null && at(m.lot, m.to) < m.q ? 'STOCK_NEGATIVE' : null;
          if (expected) { expect((r as AppError).code).toBe(expected); return; }
          expect(r).not.toBeInstanceOf(AppError);
          m.reversed = true;
          if (m.to !== null) add(m.lot, m.to, -m.q);
          if (m.from !== null) add(m.lot, m.from, m.q);
          moves.push({ id: (r as { id: number }).id, lot: m.lot, from: m.to, to: m.from, q: m.q, kind: 'reversal', reversed: false });
          return;
        }
        if (!lots.length) return;
        const lot = lots[s.lot % lots.length];
        if (s.op === 'transfer') {
          const r = await run(commune, (ctx) => transferStock(ctx, { lotId: lot, fromPointId: points[s.from], toPointId: points[s.to], quantity: s.q, movedOn: '2021-09-25' }));
          if (s.from === s.to) { expect((r as AppError).code).toBe('SAME_POINT'); return; }
          if (at(lot, points[s.from]) < s.q) { expect((r as AppError).code).toBe('STOCK_NEGATIVE'); return; }
          expect(r).not.toBeInstanceOf(AppError);
          add(lot, points[s.from], -s.q); add(lot, points[s.to], s.q);
          moves.push({ id: (r as { id: number }).id, lot, from: points[s.from], to: points[s.to], q: s.q, kind: 'transfer', reversed: false });
        } else if (s.op === 'issue') {
          const r = await run(commune, (ctx) => issueStock(ctx, { lotId: lot, pointId: points[s.point], quantity: s.q, movedOn: '2021-10-02' }));
          if (at(lot, points[s.point]) < s.q) { expect((r as AppError).code).toBe('STOCK_NEGATIVE'); return; }
          expect(r).not.toBeInstanceOf(AppError);
          add(lot, points[s.point], -s.q);
          moves.push({ id: (r as { id: number }).id, lot, from: points[s.point], to: null, q: s.q, kind: 'issue', reversed: false });
        } else {
          const r = await run(commune, (ctx) => adjustStock(ctx, { lotId: lot, pointId: points[s.point], delta: s.delta, movedOn: '2021-09-30', reason: 'Kiểm kê' }));
          if (s.delta < 0 && at(lot, points[s.point]) < -s.delta) { expect((r as AppError).code).toBe('STOCK_NEGATIVE'); return; }
          expect(r).not.toBeInstanceOf(AppError);
          add(lot, points[s.point], s.delta);
          moves.push({ id: (r as { id: number }).id, lot, from: s.delta < 0 ? points[s.point] : null, to: s.delta > 0 ? points[s.point] : null, q: Math.abs(s.delta), kind: 'adjustment', reversed: false });
        }
      };
      const check = async () => {
        const rows = await sql<{ k: string; q: number }>`select point_id || ':' || lot_id as k, sum(q)::bigint as q from (
          select to_point_id as point_id, lot_id, quantity as q from stock_movements where to_point_id is not null
          union all select from_point_id, lot_id, -quantity from stock_movements where from_point_id is not null) x group by point_id, lot_id`.execute(t.db);
        for (const r of rows.rows) {
          const [p, l] = r.k.split(':').map(Number);
          expect(r.q).toBe(at(l, p));
          expect(r.q).toBeGreaterThanOrEqual(0);
        }
        expect(rows.rows.reduce((sum, r) => sum + r.q, 0)).toBe([...stock.values()].reduce((sum, v) => sum + v, 0));
      };
      for (const s of steps) {
        await apply(s);
        await check();
      }
    }), { numRuns: 10 });
  }, 180_000);
});
