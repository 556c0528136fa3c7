// Directive recipients on both databases: the office sets the "Nơi nhận" (bodies, agencies,
// communes), refused for others and for unknown agencies or non-communes (nothing written); a
// recipient's users mark it read (others are refused); everyone who reads directives sees who
// has read and who has not; changing the list keeps the reads of recipients kept; audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { setToday } from '../directives/index.js';

let t: TestApp;
let w: World;
let id: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  id = (await (await t.as('coordinator')).post('/api/v1/directives', directiveBody(w))).body.id;
});

function directiveBody(v: World) {
  return {
    type: 'ket_luan', number: '02-KL/BCĐ', issuedOn: '2021-09-09', issuingBody: 'Ban Chỉ đạo xây dựng nông thôn mới huyện Quang Bình',
    signerName: 'Triệu Tài Phong', signerTitle: 'Bí thư Huyện ủy kiêm Trưởng Ban Chỉ đạo', campaignId: v.campaign.id,
    summary: 'Kết luận Hội nghị giao ban Chương trình xây dựng nông thôn mới 9 tháng đầu năm 2021', items: [],
  };
}

const list = () => ({
  bodies: ['Các đ/c ủy viên BTV Huyện ủy', 'Thường trực HĐND huyện'],
  agencyIds: [w.agencies.memberA.id, w.agencies.leadB.id], communeIds: [w.units.tanNam.id, w.units.yenThanh.id],
});

describe('directive recipients', () => {
  it('only the office sets the list; bad agencies and non-communes are named; nothing written when refused', async () => {
    const [agency, office] = [await t.as('agency'), await t.as('coordinator')];
    await expectNothingWritten(t.db, async () => {
      expectError(await t.client().send('PUT', `/api/v1/directives/${id}/recipients`, list()), 401, 'UNAUTHENTICATED');
      expectError(await agency.send('PUT', `/api/v1/directives/${id}/recipients`, list()), 403, 'FORBIDDEN');
      expectError(await office.send('PUT', `/api/v1/directives/${id}/recipients`, { ...list(), agencyIds: [w.agencies.memberA.id, 99_999] }), 400, 'VALIDATION', 'agencyIds.1');
      expectError(await office.send('PUT', `/api/v1/directives/${id}/recipients`, { ...list(), communeIds: [w.units.villageTN.id] }), 400, 'VALIDATION', 'communeIds.0');
      expectError(await office.send('PUT', `/api/v1/directives/${id}/recipients`, { ...list(), bodies: ['x'] }), 400, 'VALIDATION', 'bodies.0');
      expectError(await office.send('PUT', '/api/v1/directives/99999/recipients', list()), 404, 'NOT_FOUND');
    });
    const res = await office.send('PUT', `/api/v1/directives/${id}/recipients`, list());
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { kind: string; name: string }) => [i.kind, i.name])).toEqual([
      ['body', 'Các đ/c ủy viên BTV Huyện ủy'], ['body', 'Thường trực HĐND huyện'],
      ['agency', w.agencies.memberA.name], ['agency', w.agencies.leadB.name], ['commune', w.units.tanNam.name], ['commune', w.units.yenThanh.name]]);
    expect(res.body.counts).toEqual({ total: 6, tracked: 4, read: 0 });
    expect((await auditRows(t.db, 'directive_recipients', id))[0].action).toBe('update');
  });

  it("a recipient's users mark it read; others are refused; the office sees who has not read it; kept recipients keep their reads", async () => {
    const office = await t.as('coordinator');
    await office.send('PUT', `/api/v1/directives/${id}/recipients`, list());
    const agency = await t.as('agency'); // of memberA
    const mine = (await agency.get(`/api/v1/directives/${id}/recipients`)).body.items.find((i: { mine: boolean }) => i.mine);
    expect(mine).toMatchObject({ name: w.agencies.memberA.name, read: null, actions: ['markRead'] });
    const media = await t.as('media');
    await expectNothingWritten(t.db, async () => {
      expectError(await media.post(`/api/v1/directives/${id}/read`), 403, 'FORBIDDEN'); // memberB is not on the list
    });
    const read = await agency.post(`/api/v1/directives/${id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.counts).toEqual({ total: 6, tracked: 4, read: 1 });
    expect((await agency.post(`/api/v1/directives/${id}/read`)).body.counts.read).toBe(1); // again is harmless
    expect((await (await t.as('commune.tannam')).post(`/api/v1/directives/${id}/read`)).body.counts.read).toBe(2);
    const seen = (await office.get(`/api/v1/directives/${id}/recipients`)).body;
    expect(seen.items.filter((i: { tracked: boolean; read: unknown }) => i.tracked && !i.read).map((i: { name: string }) => i.name))
      .toEqual([w.agencies.leadB.name, w.units.yenThanh.name]);
    expect(seen.items.find((i: { name: string }) => i.name === w.units.tanNam.name).read.by).toBeTruthy();
    const after = await office.send('PUT', `/api/v1/directives/${id}/recipients`, { ...list(), communeIds: [w.units.tanNam.id] });
    expect(after.body.counts).toEqual({ total: 5, tracked: 3, read: 2 });
    expect((await auditRows(t.db, 'directive', id)).some((a) => a.action === 'read')).toBe(true);
  });

  it('stamps a read on the business date (the demo pins it), not the computer clock, and gives the form each recipient\'s agency or commune', async () => {
    await setToday(t.db, '2021-10-20');
    const office = await t.as('coordinator');
    expect((await office.send('PUT', `/api/v1/directives/${id}/recipients`, list())).status).toBe(200);
    const read = await (await t.as('agency')).post(`/api/v1/directives/${id}/read`);
    const mine = read.body.items.find((i: { mine: boolean }) => i.mine);
    const inVietnam = new Date(Date.parse(mine.read.at) + 7 * 3600_000).toISOString().slice(0, 10);
    expect(inVietnam).toBe('2021-10-20');
    expect(read.body.items.map((i: { kind: string; agencyId: number | null; communeId: number | null }) => [i.kind, i.agencyId, i.communeId])).toEqual([
      ['body', null, null], ['body', null, null], ['agency', w.agencies.memberA.id, null], ['agency', w.agencies.leadB.id, null],
      ['commune', null, w.units.tanNam.id], ['commune', null, w.units.yenThanh.id]]);
  });
});
