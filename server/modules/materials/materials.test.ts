// Stock over HTTP on the worker's database: points, receipts (lots), inspections, transfers,
// issues, adjustments, returns and reversals; 401 → 403 → wrong commune → bad input → success,
// refusals writing nothing, and the ledger append-only and never negative in the database itself.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { makePoint, makeRoad, materialsReady } from '../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { stagedPassedStock } from './index.js';

let t: TestApp;
let w: World;
let store: { id: number };
let site: { id: number };

const movements = async () => Number((await t.db.selectFrom('stock_movements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await materialsReady(t.db);
  store = await makePoint(t.db, w.units.tanNam.id, { name: 'Kho UBND xã' });
  site = await makePoint(t.db, w.units.tanNam.id, { name: 'Bãi tập kết thôn Nặm Khẳm' });
});

const receipt = (v: Record<string, unknown> = {}) => ({
  unitId: w.units.tanNam.id, materialCode: 'sand', pointId: store.id, quantity: 10_000, source: 'state', supplier: 'Nguồn vốn Nhà nước hỗ trợ',
  receivedOn: '2021-09-22', ...v,
});

async function lot(v: Record<string, unknown> = {}, inspect?: 'pass' | 'fail') {
  const res = await (await t.as('commune.tannam')).post('/api/v1/stock/receipts', receipt(v));
  expect(res.status).toBe(201);
  if (inspect) {
    const i = await (await t.as('inspector')).post(`/api/v1/stock/lots/${res.body.id}/inspections`, { inspectedOn: '2021-09-23', result: inspect,
      checks: [{ name: 'Hàm lượng bùn, sét', passed: inspect === 'pass' }], notes: inspect === 'fail' ? 'Cát lẫn nhiều bùn sét' : null });
    expect(i.status).toBe(201);
  }
  return res.body;
}

describe('staging points', () => {
  it('401 → 403 → other commune → bad input → created and audited', async () => {
    const body = { unitId: w.units.tanNam.id, name: 'Điểm đầu tuyến', kind: 'store' };
    expect((await t.client().post('/api/v1/stock/points', body)).status).toBe(401);
    expect((await (await t.as('agency')).post('/api/v1/stock/points', body)).status).toBe(403);
    expect((await (await t.as('commune.yenthanh')).post('/api/v1/stock/points', body)).status).toBe(403);
    const bad = await (await t.as('commune.tannam')).post('/api/v1/stock/points', { ...body, kind: 'road' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('roadId');
    const { road } = await makeRoad(t.db, w.units.yenThanh.id);
    const otherRoad = await (await t.as('commune.tannam')).post('/api/v1/stock/points', { ...body, kind: 'road', roadId: road.id });
    expect(otherRoad.body.error.fields[0].field).toBe('roadId');
    const ok = await (await t.as('commune.tannam')).post('/api/v1/stock/points', body);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ name: 'Điểm đầu tuyến', kind: 'store', commune: { name: 'Tân Nam' } });
    expect(await t.db.selectFrom('audit_log').where('entity', '=', 'stock_point').selectAll().execute()).toHaveLength(1);
    const list = await (await t.as('commune.yenthanh')).get('/api/v1/stock/points');
    expect(list.body.items).toEqual([]);
  });
});

describe('receipts and inspections', () => {
  it('every receipt is a lot, pending until inspected; negative quantities are refused', async () => {
    const c = await t.as('commune.tannam');
    for (const quantity of [-5, 0, 1.5]) {
      const bad = await c.post('/api/v1/stock/receipts', receipt({ quantity }));
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].field).toBe('quantity');
    }
    expect((await (await t.as('commune.yenthanh')).post('/api/v1/stock/receipts', receipt())).status).toBe(403);
    expect(await movements()).toBe(0);
    const l = await lot({ source: 'donation', supplier: 'Nhân dân thôn Nặm Khẳm', document: 'Biên bản tiếp nhận số 05' });
    expect(l).toMatchObject({ status: 'pending', quantity: 10_000, displayQuantity: 10, onHand: 10_000, material: { code: 'sand', displayUnit: 'm³' }, actions: ['move'] });
  });

  it('only the inspector inspects; a fail needs notes and quarantines the lot', async () => {
    const l = await lot();
    const url = `/api/v1/stock/lots/${l.id}/inspections`;
    expect((await (await t.as('commune.tannam')).post(url, { inspectedOn: '2021-09-23', result: 'pass' })).status).toBe(403);
    const c = await t.as('inspector');
    const noNotes = await c.post(url, { inspectedOn: '2021-09-23', result: 'fail' });
    expect(noNotes.status).toBe(400);
    expect(noNotes.body.error.fields[0].field).toBe('notes');
    const early = await c.post(url, { inspectedOn: '2021-09-01', result: 'pass' });
    expect(early.body.error.fields[0].field).toBe('inspectedOn');
    expect((await c.post(url, { inspectedOn: '2021-09-23', result: 'fail', notes: 'Lẫn bùn sét' })).status).toBe(201);
    const history = await c.get(`/api/v1/stock/lots/${l.id}`);
    expect(history.body.lot.status).toBe('failed');
    expect(history.body.inspections).toEqual([expect.objectContaining({ result: 'fail', notes: 'Lẫn bùn sét', inspector: { id: w.users.inspector.id, name: expect.any(String) } })]);
    expect(history.body.movements.map((m: { kind: string }) => m.kind)).toEqual(['receipt']);
    // The failed lot is notified to the commune that holds it, the coordinator and the inspectors (not the one who inspected).
    const notified = await t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select(['u.username', 'n.title_vi'])
      .where('n.event', '=', 'lot.failed_inspection').orderBy('u.username').execute();
    expect(notified.map((n) => n.username)).toEqual(['commune.tannam', 'coordinator']);
    expect(notified[0].title_vi).toContain('không đạt kiểm tra');
  });
});

describe('issues', () => {
  it('refuses a lot not inspected and a failed lot; issues a passed one, never more than there is', async () => {
    const c = await t.as('commune.tannam');
    const pending = await lot();
    const failed = await lot({}, 'fail');
    const passed = await lot({ materialCode: 'cement_pcb40', quantity: 2_000 }, 'pass');
    const issue = (l: { id: number }, quantity: number) => c.post('/api/v1/stock/issues', { lotId: l.id, pointId: store.id, quantity, movedOn: '2021-10-02' });
    const before = await movements();
    const p = await issue(pending, 100);
    expect(p.status).toBe(409);
    expect(p.body.error).toMatchObject({ code: 'LOT_NOT_PASSED', fields: [{ field: 'lotId' }] });
    expect(p.body.error.message).toContain('chưa được kiểm tra');
    expect((await issue(failed, 100)).body.error.code).toBe('LOT_NOT_PASSED');
    const over = await issue(passed, 2_001);
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('STOCK_NEGATIVE');
    expect(await movements()).toBe(before);
    const ok = await issue(passed, 1_500);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'issue', quantity: 1_500, displayQuantity: 30, from: { id: store.id }, to: null, flaggedUnpassed: false, warning: null });
  });

  it('with the campaign set to warn, issues from a lot not yet inspected are flagged; failed lots stay refused', async () => {
    expect((await (await t.as('commune.tannam')).send('PUT', `/api/v1/stock/settings/${w.campaign.id}`, { unpassedIssue: 'warn' })).status).toBe(403);
    expect((await (await t.as('coordinator')).send('PUT', `/api/v1/stock/settings/${w.campaign.id}`, { unpassedIssue: 'warn' })).status).toBe(200);
    const c = await t.as('commune.tannam');
    const pending = await lot();
    const failed = await lot({}, 'fail');
    const flagged = await c.post('/api/v1/stock/issues', { lotId: pending.id, pointId: store.id, quantity: 100, movedOn: '2021-10-02' });
    expect(flagged.status).toBe(201);
    expect(flagged.body).toMatchObject({ flaggedUnpassed: true, warning: expect.stringContaining('chưa được kiểm tra') });
    expect((await c.post('/api/v1/stock/issues', { lotId: failed.id, pointId: store.id, quantity: 100, movedOn: '2021-10-02' })).body.error.code).toBe('LOT_NOT_PASSED');
  });

  it('refuses a segment of another commune', async () => {
    const passed = await lot({}, 'pass');
    const { segments } = await makeRoad(t.db, w.units.yenThanh.id);
    const res = await (await t.as('commune.tannam')).post('/api/v1/stock/issues', { lotId: passed.id, pointId: store.id, quantity: 10, movedOn: '2021-10-02', segmentId: segments[0].id });
    expect(res.body.error.fields[0].field).toBe('segmentId');
  });
});

describe('transfers, adjustments, returns and reversals', () => {
  it('moves stock between points, never to the same point, and derives stock on hand by lot status', async () => {
    const c = await t.as('commune.tannam');
    const passed = await lot({}, 'pass');
    await lot({ quantity: 5_000 }, 'fail');
    const same = await c.post('/api/v1/stock/transfers', { lotId: passed.id, fromPointId: store.id, toPointId: store.id, quantity: 1, movedOn: '2021-09-25' });
    expect(same.status).toBe(400);
    expect(same.body.error.fields[0].field).toBe('toPointId');
    const moved = await c.post('/api/v1/stock/transfers', { lotId: passed.id, fromPointId: store.id, toPointId: site.id, quantity: 4_000, movedOn: '2021-09-25' });
    expect(moved.status).toBe(201);
    const stock = (await c.get('/api/v1/stock?materialCode=sand')).body;
    expect(stock.totals).toEqual(expect.arrayContaining([
      expect.objectContaining({ point: { id: store.id, name: 'Kho UBND xã' }, passed: 6_000, failed: 5_000, pending: 0, displayPassed: 6, displayFailed: 5 }),
      expect.objectContaining({ point: { id: site.id, name: 'Bãi tập kết thôn Nặm Khẳm' }, passed: 4_000, failed: 0 }),
    ]));
    expect((await (await t.as('commune.yenthanh')).get(`/api/v1/stock?unitId=${w.units.tanNam.id}`)).status).toBe(403);
  });

  it('adjusts a count with a reason, never below zero; returns no more than was issued; reverses once', async () => {
    const c = await t.as('commune.tannam');
    const passed = await lot({}, 'pass');
    const noReason = await c.post('/api/v1/stock/adjustments', { lotId: passed.id, pointId: store.id, delta: -100, movedOn: '2021-09-30', reason: '' });
    expect(noReason.body.error.fields[0].field).toBe('reason');
    const tooMuch = await c.post('/api/v1/stock/adjustments', { lotId: passed.id, pointId: store.id, delta: -10_001, movedOn: '2021-09-30', reason: 'Kiểm kê' });
    expect(tooMuch.body.error.code).toBe('STOCK_NEGATIVE');
    expect((await c.post('/api/v1/stock/adjustments', { lotId: passed.id, pointId: store.id, delta: -500, movedOn: '2021-09-30', reason: 'Hao hụt do mưa' })).status).toBe(201);
    const issued = await c.post('/api/v1/stock/issues', { lotId: passed.id, pointId: store.id, quantity: 3_000, movedOn: '2021-10-02' });
    const tooManyBack = await c.post('/api/v1/stock/returns', { lotId: passed.id, pointId: site.id, quantity: 3_001, movedOn: '2021-10-02' });
    expect(tooManyBack.body.error.fields[0].field).toBe('quantity');
    expect((await c.post('/api/v1/stock/returns', { lotId: passed.id, pointId: site.id, quantity: 1_000, movedOn: '2021-10-02' })).status).toBe(201);
    const rev = await c.post(`/api/v1/stock/movements/${issued.body.id}/reverse`, { reason: 'Ghi nhầm' });
    expect(rev.status).toBe(201);
    expect(rev.body).toMatchObject({ kind: 'reversal', reversesId: issued.body.id, from: null, to: { id: store.id }, quantity: 3_000 });
    expect((await c.post(`/api/v1/stock/movements/${issued.body.id}/reverse`, { reason: 'Lần hai' })).body.error.code).toBe('ALREADY_REVERSED');
    expect((await c.post(`/api/v1/stock/movements/${rev.body.id}/reverse`, { reason: 'Đảo của đảo' })).body.error.code).toBe('NOT_REVERSIBLE');
    const history = (await c.get(`/api/v1/stock/lots/${passed.id}`)).body;
    expect(history.movements.map((m: { kind: string }) => m.kind)).toEqual(['receipt', 'adjustment', 'issue', 'return', 'reversal']);
    expect(history.lot.onHand).toBe(10_000 - 500 - 3_000 + 1_000 + 3_000);
  });
});

describe('the stock ledger in the database', () => {
  it('refuses UPDATE and DELETE of movements and lots, and any movement leaving a point negative', async () => {
    const l = await lot();
    await expect(sql`update stock_movements set quantity = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from stock_lots`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(t.db.insertInto('stock_movements').values({ unit_id: w.units.tanNam.id, lot_id: l.id, kind: 'issue', from_point_id: store.id,
      quantity: 10_001, moved_on: '2021-10-02', created_by: w.users.commune.id }).execute()).rejects.toThrow(/negative/);
  });
});

describe('stagedPassedStock', () => {
  it('counts only passed lots staged at points of the road', async () => {
    const { road } = await makeRoad(t.db, w.units.tanNam.id);
    const roadPoint = await makePoint(t.db, w.units.tanNam.id, { name: 'Đầu tuyến', roadId: road.id });
    const c = await t.as('commune.tannam');
    const passed = await lot({}, 'pass');
    const failed = await lot({}, 'fail');
    for (const l of [passed, failed]) {
      await c.post('/api/v1/stock/transfers', { lotId: l.id, fromPointId: store.id, toPointId: roadPoint.id, quantity: 2_500, movedOn: '2021-09-30' });
    }
    const staged = await stagedPassedStock(t.db, [{ roadId: road.id, code: 'sand' }, { roadId: road.id, code: 'cement_pcb40' }]);
    expect(staged.get(`${road.id}|sand`)).toBe(2_500);
    expect(staged.get(`${road.id}|cement_pcb40`)).toBe(0);
    const stock = (await c.get(`/api/v1/stock?roadId=${road.id}`)).body;
    expect(stock.totals).toEqual([expect.objectContaining({ passed: 2_500, failed: 2_500 })]);
  });
});
