// Segments on both databases: chainage within the road and without overlap (also for concurrent
// writers and straight in SQL), splitting, the status workflow with its history, and materials.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.js';
import { makeRoad } from './roads.test-helpers.js';

let t: TestApp;
let c: TestClient;
let road: { id: number };

beforeEach(async () => {
  t = await setupApp();
  await makeWorld(t.db);
  c = await t.as('commune.tannam');
  road = await makeRoad(c);
});

describe('POST /roads/{id}/segments', () => {
  it('refuses outside the road, overlaps, other communes and bad input, writing nothing', async () => {
    await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 100, toM: 250 });
    const yt = await t.as('commune.yenthanh');
    const media = await t.as('media');
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 50 }), 401, 'UNAUTHENTICATED');
      expectError(await media.post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 50 }), 403, 'FORBIDDEN');
      expectError(await yt.post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 50 }), 403, 'FORBIDDEN');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 800, toM: 900 }), 400, 'SEGMENT_OUTSIDE_ROAD', 'toM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 200, toM: 300 }), 409, 'SEGMENT_OVERLAP', 'fromM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 850 }), 409, 'SEGMENT_OVERLAP', 'fromM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 300, toM: 300 }), 400, 'VALIDATION', 'toM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: -1, toM: 30 }), 400, 'VALIDATION', 'fromM');
      expectError(await c.post('/api/v1/roads/999999/segments', { fromM: 0, toM: 30 }), 404, 'NOT_FOUND');
    });
  });

  it('adds a segment next to another, with its design volume, a history row and an audit row', async () => {
    await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 150 });
    const res = await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 150, toM: 300, widthM: 3.5, label: 'Qua cầu tràn' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      fromM: 150, toM: 300, lengthM: 150, chainage: 'Km0+150 – Km0+300', widthM: 3.5, thicknessM: 0.18, ownDimensions: true,
      status: 'planned', volume: { litres: 94_500, m3: 94.5 }, actions: ['edit', 'delete'], nextStatuses: ['ready'],
      history: [{ from: null, to: 'planned' }], estimate: { volume: { m3: 94.5 }, cement: { bags: Math.ceil((94.5 * 308.525) / 50) } },
    });
    expect((await auditRows(t.db, 'segment', res.body.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('lets only one of two concurrent overlapping writers in', async () => {
    const other = await t.as('coordinator');
    const [a, b] = await Promise.all([
      c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 0, toM: 200 }),
      other.post(`/api/v1/roads/${road.id}/segments`, { fromM: 100, toM: 300 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect(await t.db.selectFrom('segments').selectAll().execute()).toHaveLength(1);
  });

  it('the database itself refuses overlapping segments of one road, and accepts them on two roads', async () => {
    const other = await makeRoad(c, { name: 'Đường ngõ Nà Pồng', roadClass: 'alley' });
    await t.db.insertInto('segments').values({ road_id: road.id, from_mm: 0, to_mm: 100_000 }).execute();
    await t.db.insertInto('segments').values({ road_id: road.id, from_mm: 100_000, to_mm: 200_000 }).execute();
    await t.db.insertInto('segments').values({ road_id: other.id, from_mm: 50_000, to_mm: 150_000 }).execute();
    const err = await t.db.insertInto('segments').values({ road_id: road.id, from_mm: 99_999, to_mm: 100_001 }).execute().catch((e) => e);
    expect(err.code ?? err.cause?.code).toBe('23P01');
    expect(Number((await sql<{ n: number }>`select count(*)::int as n from segments`.execute(t.db)).rows[0].n)).toBe(3);
  });
});

describe('POST /roads/{id}/segments/split', () => {
  it('splits a road into equal segments, the last shorter, in one audited action', async () => {
    const res = await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 100 });
    expect(res.status).toBe(201);
    expect(res.body.items.map((s: { chainage: string }) => s.chainage)).toEqual([
      'Km0+000 – Km0+100', 'Km0+100 – Km0+200', 'Km0+200 – Km0+300', 'Km0+300 – Km0+400', 'Km0+400 – Km0+500',
      'Km0+500 – Km0+600', 'Km0+600 – Km0+700', 'Km0+700 – Km0+800', 'Km0+800 – Km0+850']);
    const detail = await c.get(`/api/v1/roads/${road.id}`);
    expect(detail.body.progress).toMatchObject({ segmentCount: 9, segmentedM: 850, unsegmentedM: 0 });
    // The parts add up to the whole, exactly.
    expect(detail.body.segments.reduce((s: number, x: { volume: { litres: number } }) => s + x.volume.litres, 0)).toBe(459_000);
    expect((await auditRows(t.db, 'road', road.id)).map((a) => a.action)).toEqual(['create', 'split']);
    expect(await t.db.selectFrom('segment_history').selectAll().execute()).toHaveLength(9);
  });

  it('refuses a stretch that overlaps segments, or too many segments, writing nothing', async () => {
    await c.post(`/api/v1/roads/${road.id}/segments`, { fromM: 400, toM: 500 });
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 100 }), 409, 'SEGMENT_OVERLAP', 'fromM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 0.5, toM: 400 }), 400, 'VALIDATION', 'segmentLengthM');
      expectError(await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 0 }), 400, 'VALIDATION', 'segmentLengthM');
    });
    const ok = await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 150, fromM: 500 });
    expect(ok.body.items.map((s: { lengthM: number }) => s.lengthM)).toEqual([150, 150, 50]);
  });
});

describe('segment workflow', () => {
  async function segment(fromM = 0, toM = 150) {
    return (await c.post(`/api/v1/roads/${road.id}/segments`, { fromM, toM })).body as { id: number };
  }

  it('walks planned → ready → in_progress → poured → accepted, with who, when and history', async () => {
    const s = await segment();
    for (const to of ['ready', 'in_progress']) expect((await c.post(`/api/v1/segments/${s.id}/transition`, { to })).status).toBe(200);
    const poured = await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'poured', date: '2021-10-16' });
    expect(poured.body).toMatchObject({ status: 'poured', pouredOn: '2021-10-16', actions: [], nextStatuses: [] });
    expectError(await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'accepted' }), 403, 'FORBIDDEN', 'to');
    const inspector = await t.as('inspector');
    expect((await inspector.get(`/api/v1/segments/${s.id}`)).body.nextStatuses).toEqual(['accepted', 'rejected']);
    expectError(await inspector.post(`/api/v1/segments/${s.id}/transition`, { to: 'accepted', date: '2021-10-15' }), 400, 'VALIDATION', 'date');
    const accepted = await inspector.post(`/api/v1/segments/${s.id}/transition`, { to: 'accepted', date: '2021-10-23' });
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedOn: '2021-10-23', nextStatuses: [] });
    expect(accepted.body.history.map((h: { from: string | null; to: string; user: { name: string } | null }) => [h.from, h.to, h.user?.name]))
      .toEqual([[null, 'planned', 'Người dùng commune.tannam'], ['planned', 'ready', 'Người dùng commune.tannam'], ['ready', 'in_progress', 'Người dùng commune.tannam'],
        ['in_progress', 'poured', 'Người dùng commune.tannam'], ['poured', 'accepted', 'Người dùng inspector']]);
    expect((await auditRows(t.db, 'segment', s.id)).map((a) => a.action)).toEqual(['create', 'transition', 'transition', 'transition', 'transition']);
    const detail = await c.get(`/api/v1/roads/${road.id}`);
    expect(detail.body.progress).toMatchObject({ acceptedM: 150, hardenedM: 150, hardenedPercent: 17.6 });
    expect(detail.body.volume).toEqual({ designM3: 459, remainingM3: 378 });
  });

  it('refuses skipped steps, rejections without a reason, other communes, and edits once under way', async () => {
    const s = await segment();
    const inspector = await t.as('inspector');
    const yt = await t.as('commune.yenthanh');
    await expectNothingWritten(t.db, async () => {
      expectError(await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'poured' }), 409, 'SEGMENT_TRANSITION_NOT_ALLOWED', 'to');
      expectError(await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'flying' }), 400, 'VALIDATION', 'to');
      expectError(await yt.post(`/api/v1/segments/${s.id}/transition`, { to: 'ready' }), 403, 'FORBIDDEN');
      expectError(await inspector.post(`/api/v1/segments/${s.id}/transition`, { to: 'ready' }), 403, 'FORBIDDEN', 'to');
      expectError(await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'ready', date: '2999-01-01' }), 400, 'VALIDATION', 'date');
    });
    for (const to of ['ready', 'in_progress', 'poured']) await c.post(`/api/v1/segments/${s.id}/transition`, { to });
    expectError(await c.patch(`/api/v1/segments/${s.id}`, { toM: 100 }), 409, 'SEGMENT_LOCKED', 'status');
    expectError(await c.delete(`/api/v1/segments/${s.id}`), 409, 'SEGMENT_LOCKED', 'status');
    expectError(await inspector.post(`/api/v1/segments/${s.id}/transition`, { to: 'rejected', reason: ' ' }), 400, 'REASON_REQUIRED', 'reason');
    const rejected = await inspector.post(`/api/v1/segments/${s.id}/transition`, { to: 'rejected', reason: 'Mặt bê tông bị rỗ' });
    expect(rejected.body).toMatchObject({ status: 'rejected', actions: [], nextStatuses: [] });
    const mine = await c.get(`/api/v1/segments/${s.id}`);
    expect(mine.body).toMatchObject({ actions: ['edit', 'delete'], nextStatuses: ['planned', 'ready'] });
    expect(mine.body.history.at(-1)).toMatchObject({ from: 'poured', to: 'rejected', reason: 'Mặt bê tông bị rỗ' });
    const redo = await c.post(`/api/v1/segments/${s.id}/transition`, { to: 'ready' });
    expect(redo.body).toMatchObject({ status: 'ready', pouredOn: null });
  });

  it('edits and deletes a planned segment, with If-Match', async () => {
    const s = await segment();
    const ok = await c.patch(`/api/v1/segments/${s.id}`, { toM: 120, note: 'Tránh cống' }, { 'if-match': 'W/"1"' });
    expect(ok.body).toMatchObject({ chainage: 'Km0+000 – Km0+120', note: 'Tránh cống', version: 2 });
    expectError(await c.patch(`/api/v1/segments/${s.id}`, { toM: 130 }, { 'if-match': 'W/"1"' }), 412, 'STALE_VERSION');
    expect((await c.delete(`/api/v1/segments/${s.id}`)).body).toEqual({ ok: true });
    expect((await auditRows(t.db, 'segment', s.id)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});

describe('GET /segments/estimate', () => {
  it('gives the concrete and materials still needed for a set of segments, leaving out what is poured', async () => {
    const split = (await c.post(`/api/v1/roads/${road.id}/segments/split`, { segmentLengthM: 100 })).body.items as Array<{ id: number }>;
    for (const to of ['ready', 'in_progress', 'poured']) await c.post(`/api/v1/segments/${split[0].id}/transition`, { to });
    const res = await c.get(`/api/v1/segments/estimate?ids=${split.slice(0, 3).map((s) => s.id).join(',')}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ segmentIds: [split[1].id, split[2].id], excludedIds: [split[0].id], lengthM: 200 });
    expect(res.body.total.volume.m3).toBe(108);
    expect(res.body.total.cement).toMatchObject({ kg: 33_320.7, bags: 667 });
    expectError(await c.get('/api/v1/segments/estimate?ids=abc'), 400, 'VALIDATION', 'query.ids');
  });
});
