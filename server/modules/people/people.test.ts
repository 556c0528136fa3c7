// People's contributions on both databases: who may record (401 → 403 → another commune), each kind
// naming the fields it needs, cash receipts once per commune, a gift of sand received as a donation
// lot that cannot be issued before it passes inspection, labour on the commune's own workday, land
// on its own road with the signed record as a file; reversal instead of change; names only with
// consent; totals per commune and village and the village ranking; audit in the same transaction.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeUnit, makeWorld, type World } from '../../../test/helpers/factories.js';
import { makePoint, makeRoad, materialsReady } from '../../../test/helpers/materials.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
let village2: { id: number };

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  await materialsReady(t.db);
  village2 = await makeUnit(t.db, { name: 'Thôn Nà Pồng', level: 'village', parentId: w.units.tanNam.id });
});

const cash = (over: Record<string, unknown> = {}) => ({
  communeId: w.units.tanNam.id, villageId: w.units.villageTN.id, kind: 'cash', donorKind: 'household', donorName: 'Hộ ông Hoàng Văn Sáng',
  publicNameConsent: true, contributedOn: '2021-10-09', amount: 2_000_000, receiptNo: 'BL-01', ...over,
});

describe('POST /people-contributions', () => {
  it('needs a session, the permission and the own commune; names every missing field of the kind; writes nothing', async () => {
    const [commune, other, agency] = [await t.as('commune.tannam'), await t.as('commune.yenthanh'), await t.as('agency')];
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post('/api/v1/people-contributions', cash()), 401, 'UNAUTHENTICATED');
      expectError(await agency.post('/api/v1/people-contributions', cash()), 403, 'FORBIDDEN');
      expectError(await other.post('/api/v1/people-contributions', cash()), 403, 'FORBIDDEN');
      const res = await commune.post('/api/v1/people-contributions', cash({ amount: undefined, receiptNo: undefined }));
      expectError(res, 400, 'VALIDATION', 'amount');
      expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['amount', 'receiptNo']);
      expectError(await commune.post('/api/v1/people-contributions', { ...cash(), kind: 'land' }), 400, 'VALIDATION', 'roadId');
      expectError(await commune.post('/api/v1/people-contributions', cash({ donorKind: 'alien' })), 400, 'VALIDATION', 'donorKind');
      expectError(await commune.post('/api/v1/people-contributions', cash({ villageId: w.units.villageYT.id })), 400, 'VALIDATION', 'villageId');
      expectError(await commune.post('/api/v1/people-contributions', cash({ amount: -5 })), 400, 'VALIDATION', 'amount');
    });
  });

  it('records a cash gift with its receipt, once per commune, audited; reversal frees the receipt', async () => {
    const c = await t.as('commune.tannam');
    const res = await c.post('/api/v1/people-contributions', cash());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'cash', amount: 2_000_000, receiptNo: 'BL-01', donorName: 'Hộ ông Hoàng Văn Sáng', village: { id: w.units.villageTN.id }, actions: ['reverse'] });
    expect((await auditRows(t.db, 'people_contribution', res.body.id))[0].action).toBe('create');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/people-contributions', cash({ receiptNo: 'bl-01' })), 409, 'DUPLICATE_RECEIPT', 'receiptNo');
    });
    // Yên Thành may use the same number in its own book.
    expect((await (await t.as('commune.yenthanh')).post('/api/v1/people-contributions', cash({ communeId: w.units.yenThanh.id, villageId: null }))).status).toBe(201);
    expectError(await c.post(`/api/v1/people-contributions/${res.body.id}/reverse`, { reason: '' }), 400, 'VALIDATION', 'reason');
    const rev = await c.post(`/api/v1/people-contributions/${res.body.id}/reverse`, { reason: 'Ghi nhầm số tiền' });
    expect(rev.body).toMatchObject({ reversed: { reason: 'Ghi nhầm số tiền' }, actions: [] });
    expectError(await c.post(`/api/v1/people-contributions/${res.body.id}/reverse`, { reason: 'Lần nữa' }), 400, 'VALIDATION', 'id');
    expect((await c.post('/api/v1/people-contributions', cash())).status).toBe(201);
  });

  it('the ledger is append-only: the database refuses UPDATE and DELETE', async () => {
    const res = await (await t.as('commune.tannam')).post('/api/v1/people-contributions', cash());
    await expect(sql`update people_contributions set amount = 1 where id = ${res.body.id}`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from people_contributions where id = ${res.body.id}`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('a village gift of sand is a donation lot: it cannot be issued before it passes inspection', async () => {
    const c = await t.as('commune.tannam');
    const store = await makePoint(t.db, w.units.tanNam.id, { name: 'Kho xã' });
    const res = await c.post('/api/v1/people-contributions', {
      communeId: w.units.tanNam.id, villageId: w.units.villageTN.id, kind: 'in_kind', donorKind: 'village', donorName: 'Nhân dân thôn Nặm Khẳm',
      publicNameConsent: true, contributedOn: '2021-10-02', materialCode: 'sand', pointId: store.id, quantity: 5000,
    });
    expect(res.status).toBe(201);
    expect(res.body.lot).toMatchObject({ material: 'Cát vàng', quantity: 5000, unit: 'l', inspection: 'pending' });
    const lot = await t.db.selectFrom('stock_lots').selectAll().where('id', '=', res.body.lot.id).executeTakeFirstOrThrow();
    expect(lot).toMatchObject({ source: 'donation', supplier: 'Nhân dân thôn Nặm Khẳm', unit_id: w.units.tanNam.id });
    const issue = () => c.post('/api/v1/stock/issues', { lotId: lot.id, pointId: store.id, quantity: 1000, movedOn: '2021-10-09' });
    await expectNothingWritten(t.db, async () => expectError(await issue(), 409, 'LOT_NOT_PASSED'));
    const inspector = await t.as('inspector');
    expect((await inspector.post(`/api/v1/stock/lots/${lot.id}/inspections`, { inspectedOn: '2021-10-05', result: 'pass' })).status).toBe(201);
    const list = await c.get('/api/v1/people-contributions');
    expect(list.body.items[0].lot.inspection).toBe('pass');
    expect((await issue()).status).toBe(201);
  });

  it('reversing a gift of sand takes its stock back out of the stock ledger; once some is issued the reversal is refused', async () => {
    await setToday(t.db, '2021-10-20');
    const c = await t.as('commune.tannam');
    const store = await makePoint(t.db, w.units.tanNam.id, { name: 'Kho xã' });
    const gift = (quantity: number) => c.post('/api/v1/people-contributions', {
      communeId: w.units.tanNam.id, villageId: w.units.villageTN.id, kind: 'in_kind', donorKind: 'village', donorName: 'Nhân dân thôn Nặm Khẳm',
      publicNameConsent: true, contributedOn: '2021-10-02', materialCode: 'sand', pointId: store.id, quantity,
    });
    const onHand = async (lotId: number) => Number((await sql<{ q: string }>`select coalesce(sum(case when to_point_id is not null then quantity else 0 end)
      - sum(case when from_point_id is not null then quantity else 0 end), 0) as q from stock_movements where lot_id = ${lotId}`.execute(t.db)).rows[0].q);
    const first = (await gift(5000)).body;
    expect(await onHand(first.lot.id)).toBe(5000);
    const rev = await c.post(`/api/v1/people-contributions/${first.id}/reverse`, { reason: 'Thôn chưa giao cát' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(200);
    expect(await onHand(first.lot.id)).toBe(0);
    const back = await t.db.selectFrom('stock_movements').selectAll().where('lot_id', '=', first.lot.id).where('kind', '=', 'reversal').executeTakeFirstOrThrow();
    expect(back).toMatchObject({ from_point_id: store.id, to_point_id: null, quantity: 5000, moved_on: '2021-10-20', reason: 'Hủy đóng góp của nhân dân: Thôn chưa giao cát' });

    // A gift partly used on a road cannot be cancelled: nothing changes.
    const second = (await gift(3000)).body;
    expect((await (await t.as('inspector')).post(`/api/v1/stock/lots/${second.lot.id}/inspections`, { inspectedOn: '2021-10-05', result: 'pass' })).status).toBe(201);
    expect((await c.post('/api/v1/stock/issues', { lotId: second.lot.id, pointId: store.id, quantity: 1000, movedOn: '2021-10-09' })).status).toBe(201);
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/people-contributions/${second.id}/reverse`, { reason: 'Ghi nhầm' }), 409, 'STOCK_NEGATIVE', 'id');
    });
    expect(await onHand(second.lot.id)).toBe(2000);
  });

  it('labour-days on the commune\'s own workday only; land on its own road, with the signed record attached', async () => {
    const c = await t.as('commune.tannam');
    const { road } = await makeRoad(t.db, w.units.tanNam.id);
    const { road: otherRoad } = await makeRoad(t.db, w.units.yenThanh.id);
    const land = { communeId: w.units.tanNam.id, villageId: village2.id, kind: 'land', donorKind: 'household', donorName: 'Hộ bà Lý Thị Mai',
      publicNameConsent: false, contributedOn: '2021-09-20', roadId: road.id, areaM2: 45.5, lengthM: 35 };
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post('/api/v1/people-contributions', { ...land, roadId: otherRoad.id }), 400, 'VALIDATION', 'roadId');
      expectError(await c.post('/api/v1/people-contributions', { ...land, areaM2: 1.234 }), 400, 'VALIDATION', 'areaM2');
      expectError(await c.post('/api/v1/people-contributions', { ...land, kind: 'labour', labourDays: 3, workdayId: 999 }), 400, 'VALIDATION', 'workdayId');
    });
    const res = await c.post('/api/v1/people-contributions', land);
    expect(res.body).toMatchObject({ kind: 'land', areaM2: 45.5, lengthM: 35, road: { id: road.id }, actions: ['reverse', 'attach'] });
    const form = new FormData();
    form.set('file', new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'bien-ban-hien-dat.pdf', { type: 'application/pdf' }));
    form.set('entity', 'people_contribution');
    form.set('entityId', String(res.body.id));
    const up = await c.post('/api/v1/files', form);
    expect(up.status).toBe(201);
    expectError(await (await t.as('commune.yenthanh')).get(`/api/v1/files/${up.body.id}/content`), 404, 'NOT_FOUND');
    expect((await c.get(`/api/v1/files/${up.body.id}/content`)).status).toBe(200);
    const labour = await c.post('/api/v1/people-contributions', { ...land, kind: 'labour', labourDays: 12.5, roadId: undefined, donorKind: 'village', donorName: 'Nhân dân thôn Nà Pồng' });
    expect(labour.body).toMatchObject({ kind: 'labour', labourDays: 12.5, workdayId: null });
  });
});

describe('names, totals and the village ranking', () => {
  it('hides names without consent from others, sums per commune and village, ranks villages by labour then cash', async () => {
    const c = await t.as('commune.tannam');
    await c.post('/api/v1/people-contributions', cash());
    await c.post('/api/v1/people-contributions', cash({ receiptNo: 'BL-02', donorName: 'Hộ ông Giàng A Lử', publicNameConsent: false, villageId: village2.id, amount: 500_000 }));
    await c.post('/api/v1/people-contributions', { ...cash(), kind: 'labour', labourDays: 4, donorKind: 'village', donorName: 'Nhân dân thôn Nà Pồng', villageId: village2.id, publicNameConsent: false });
    const leader = await t.as('leader');
    const inspector = await t.as('inspector');
    expect((await leader.get('/api/v1/people-contributions')).body.items.map((i: { donorName: string | null }) => i.donorName))
      .toContain('Hộ ông Giàng A Lử');
    expectError(await inspector.get('/api/v1/people-contributions'), 403, 'FORBIDDEN');
    expectError(await c.get(`/api/v1/people-contributions?communeId=${w.units.yenThanh.id}`), 403, 'FORBIDDEN');
    const pub = await t.client().get('/api/v1/public/people-contributions');
    expect(pub.status).toBe(200);
    const tanNam = pub.body.communes.find((x: { name: string }) => x.name === w.units.tanNam.name);
    expect(tanNam.totals).toMatchObject({ count: 3, cash: 2_500_000, labourDays: 4 });
    expect(tanNam.villages.map((v: { name: string; totals: { cash: number } }) => [v.name, v.totals.cash]).sort()).toEqual([[w.units.villageTN.name, 2_000_000], ['Thôn Nà Pồng', 500_000]].sort());
    expect(pub.body.donors.map((d: { name: string }) => d.name)).toEqual(['Hộ ông Hoàng Văn Sáng']);
    expect(JSON.stringify(pub.body)).not.toContain('Giàng A Lử');
    expect(pub.body.ranking.slice(0, 2).map((r: { name: string; rank: number }) => [r.name, r.rank])).toEqual([['Thôn Nà Pồng', 1], [w.units.villageTN.name, 2]]);
  });
});
