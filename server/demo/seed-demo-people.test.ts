// The demo's people's contributions tell the conclusion's §6: in Tân Nam a household's cash gift,
// a village's gift of sand inspected before use, a land donation, villages' labour-days ranked.
import { beforeAll, describe, expect, it } from 'vitest';
import { setupApp, type TestApp } from '../../test/helpers/test-app.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupApp();
  await seedDemo(t.db);
}, 240_000);

describe('demo people\'s contributions', () => {
  it('Tân Nam: a household cash gift, a village gift of sand passed before use, a land donation, villages ranked', async () => {
    const c = await t.client().login('commune.tannam', DEMO_PASSWORD);
    const items = (await c.get('/api/v1/people-contributions')).body.items as Array<Record<string, any>>;
    expect(items.find((i) => i.kind === 'cash' && i.donorKind === 'household')).toMatchObject({ amount: 3_000_000, receiptNo: 'ND-2021-001' });
    const sand = items.find((i) => i.kind === 'in_kind')!;
    expect(sand).toMatchObject({ donorKind: 'village', lot: { material: 'Cát vàng', quantity: 6_000, inspection: 'pass' } });
    expect(items.find((i) => i.kind === 'land')).toMatchObject({ areaM2: 48.5, lengthM: 40, road: { name: 'Đường ngõ xóm Tân Thượng' } });
    const pub = (await t.client().get('/api/v1/public/people-contributions')).body;
    const tanNam = pub.communes.find((x: { name: string }) => x.name === 'Tân Nam');
    expect(tanNam.totals).toMatchObject({ cash: 8_000_000, labourDays: 67.5, landM2: 48.5, inKindCount: 1 });
    expect(pub.ranking[0]).toMatchObject({ name: 'Thôn Nặm Khẳm', rank: 1 });
    // The cooperative did not agree to be named.
    expect(JSON.stringify(pub)).not.toContain('Hợp tác xã chè');
  });

  it("the conclusion's recipients: bodies as printed, every agency and commune; Tân Nam, Yên Thành and the media centre have read it", async () => {
    const c = await t.client().login('coordinator', DEMO_PASSWORD);
    const d = (await t.db.selectFrom('directives').select('id').where('number', '=', '02-KL/BCĐ').executeTakeFirstOrThrow());
    const r = (await c.get(`/api/v1/directives/${d.id}/recipients`)).body;
    expect(r.items.slice(0, 4).map((i: { name: string }) => i.name)).toEqual(['Các đ/c ủy viên BTV Huyện ủy', 'Thường trực HĐND huyện', 'Thường trực UBND huyện', 'Lưu Văn phòng Huyện ủy']);
    expect(r.counts.read).toBe(3);
    expect(r.counts.tracked).toBeGreaterThan(10);
    expect(r.items.find((i: { name: string }) => i.name === 'Tân Nam').read).toBeTruthy();
  });
});
