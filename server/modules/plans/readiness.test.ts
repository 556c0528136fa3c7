// The go/no-go checklist reads real data on both databases: the registration as the commune
// decided it, materials received at the road's staging point and passed by the inspector (a
// failed lot does not count), the supervisor the commune named, the commune's working mixers
// (a broken or elsewhere-booked mixer does not count), and rejected segments.
import { beforeEach, describe, expect, it } from 'vitest';
import { auditRows, expectError } from '../../../test/helpers/assertions.js';
import { ctxAs, FOR_12_M3, makePlanWorld, SATURDAY, stageMaterials, type PlanWorld } from '../../../test/helpers/plans.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeUser } from '../../../test/helpers/factories.js';
import { bookEquipment } from '../equipment/index.js';

let t: TestApp;
let w: PlanWorld;
let planId: number;
let entryId: number;

beforeEach(async () => {
  t = await setupApp();
  w = await makePlanWorld(t.db);
  const c = await t.as('coordinator');
  planId = (await c.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: SATURDAY })).body.id;
  entryId = (await c.post(`/api/v1/plans/${planId}/entries`, {
    groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[0]], headcount: 24, targetVolumeM3: 12,
  })).body.entryId;
});

async function checklist() {
  const plan = (await (await t.as('coordinator')).get(`/api/v1/plans/${planId}`)).body;
  const e = plan.entries.find((x: { id: number }) => x.id === entryId);
  return { ok: e.readiness.ok as boolean, items: Object.fromEntries(e.readiness.items.map((i: { item: string; ok: boolean; vi: string }) => [i.item, i])) as Record<string, { ok: boolean; vi: string }> };
}

/** The communes say a mixer makes 50 batches a day here: one 250 l mixer pours 12,5 m³, enough for the 12 m³ entry. */
async function fiftyBatchesADay() {
  const res = await (await t.as('coordinator')).send('PUT', `/api/v1/campaigns/${w.campaign.id}/plan-settings`, {
    registrationDeadline: { weekday: 4, time: '17:00' }, confirmationDeadline: { weekday: 5, time: '12:00' }, batchesPerMixerDay: 50, meetingTime: '07:00' });
  expect(res.status).toBe(200);
}

async function confirmRegistration() {
  const r = await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
    groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 24, targetVolumeM3: 12,
  });
  await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.body.id}/confirm`, {});
}

describe('go/no-go', () => {
  it('starts red on registration, materials and supervisor, each with its reason', async () => {
    const { ok, items } = await checklist();
    expect(ok).toBe(false);
    expect(items.registration).toMatchObject({ ok: false, vi: 'Nhóm chưa đăng ký' });
    expect(items.materials.ok).toBe(false);
    expect(items.materials.vi).toContain('Xi măng PCB40 cần 3.703 kg, có 0 kg');
    expect(items.materials.vi).toContain('Cát vàng cần 6,38 m³, có 0,00 m³');
    expect(items.supervisor).toMatchObject({ ok: false, vi: 'Xã chưa cử người giám sát' });
    // 12 m³ with one 250 l mixer at 40 batches a day (10 m³): not in one day.
    expect(items.mixer).toMatchObject({ ok: false, vi: '12,00 m³ vượt công suất: 1 máy trộn (250 l) × 40 mẻ = 10,00 m³/ngày' });
    expect(items.site).toMatchObject({ ok: false, vi: 'Xã chưa xác nhận mặt bằng (giải phóng, san gạt, lu lèn nền)' });
    expect(items.segments.ok).toBe(true);
    expect(items.proposal).toBeUndefined(); // made by hand, not proposed
  });

  it('turns green as the commune confirms, stages passed materials and names the supervisor', async () => {
    await confirmRegistration();
    await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3 });
    const commune = await t.as('commune.tannam');
    const set = await commune.send('PUT', `/api/v1/plans/${planId}/entries/${entryId}/supervisor`, { name: 'Hoàng Văn Thắng', phone: '0912 345 678' });
    expect(set.status).toBe(200);
    const site = await commune.send('PUT', `/api/v1/plans/${planId}/entries/${entryId}/site`, { ready: true, note: 'Đã san gạt, lu lèn nền' });
    expect(site.status).toBe(200);
    await fiftyBatchesADay();
    const { ok, items } = await checklist();
    expect(items.mixer).toMatchObject({ ok: true, vi: 'Đủ công suất: 1 máy trộn (250 l) × 50 mẻ = 12,50 m³/ngày' });
    expect(items.site.ok).toBe(true);
    expect(items.site.vi).toMatch(/^Xã xác nhận mặt bằng đã sẵn sàng \(\d\d\/\d\d\/\d{4}\): Đã san gạt, lu lèn nền$/);
    expect(items.registration).toMatchObject({ ok: true, vi: 'Xã đã xác nhận đăng ký' });
    expect(items.materials).toMatchObject({ ok: true, vi: 'Vật liệu đã tập kết tại tuyến và đạt kiểm tra' });
    expect(items.supervisor).toMatchObject({ ok: true, vi: 'Người giám sát: Hoàng Văn Thắng' });
    expect(ok).toBe(true);
    expect((await auditRows(t.db, 'plan', planId)).find((r) => r.action === 'set_supervisor')).toMatchObject({ user_id: w.users.commune.id });
    // All green: publishing needs no reason.
    expect((await (await t.as('coordinator')).post(`/api/v1/plans/${planId}/publish`, {})).body.status).toBe('published');
  });

  it('does not count lots that failed inspection, nor stock short of the need', async () => {
    await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3, pass: false });
    expect((await checklist()).items.materials.ok).toBe(false);
    await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3, cementKg: 3000 });
    const { items } = await checklist();
    expect(items.materials.ok).toBe(false);
    expect(items.materials.vi).toBe('Thiếu vật liệu đã tập kết và đạt kiểm tra: Xi măng PCB40 cần 3.703 kg, có 3.000 kg');
  });

  it('shares one pile of materials and one mixer among the entries in order', async () => {
    await fiftyBatchesADay();
    await stageMaterials(w, t.db, { roadId: w.roadA.id, communeId: w.units.tanNam.id, ...FOR_12_M3 });
    const c = await t.as('coordinator');
    const second = await c.post(`/api/v1/plans/${planId}/entries`, {
      groupId: w.groups.groupB.id, communeId: w.units.tanNam.id, segmentIds: [w.roadA.segmentIds[1]], headcount: 10, targetVolumeM3: 5,
    });
    const plan = second.body.plan;
    const [a, b] = [plan.entries.find((e: { id: number }) => e.id === entryId), plan.entries.find((e: { id: number }) => e.id === second.body.entryId)];
    const item = (e: { readiness: { items: Array<{ item: string; ok: boolean; vi: string }> } }, name: string) => e.readiness.items.find((i) => i.item === name)!;
    expect(item(a, 'materials').ok).toBe(true);
    expect(item(b, 'materials').ok).toBe(false);
    expect(item(a, 'mixer').ok).toBe(true);
    expect(item(b, 'mixer')).toMatchObject({ ok: false, vi: 'Cần 1 máy trộn, xã chỉ còn 0 máy hoạt động' });
  });

  it('does not count a broken mixer or one booked elsewhere that day', async () => {
    await t.db.updateTable('equipment').set({ status: 'broken' }).where('id', '=', w.mixers.a).execute();
    expect((await checklist()).items.mixer.ok).toBe(false);
    await t.db.updateTable('equipment').set({ status: 'working' }).where('id', '=', w.mixers.a).execute();
    await bookEquipment(ctxAs(t.db, w.users.commune), w.mixers.a, { day: SATURDAY, place: 'Sân trường tiểu học' });
    expect((await checklist()).items.mixer.ok).toBe(false);
  });

  it('is green for a mixer booked at the planned road', async () => {
    await fiftyBatchesADay();
    await bookEquipment(ctxAs(t.db, w.users.commune), w.mixers.a, { day: SATURDAY, roadId: w.roadA.id });
    expect((await checklist()).items.mixer.ok).toBe(true);
  });

  it('is red while a segment of the entry is rejected', async () => {
    await t.db.updateTable('segments').set({ status: 'rejected', poured_on: '2021-10-16' }).where('id', '=', w.roadA.segmentIds[0]).execute();
    const { items } = await checklist();
    expect(items.segments).toMatchObject({ ok: false });
    expect(items.segments.vi).toContain('Đường trục thôn Nặm Khẳm Km0+000 – Km0+025');
  });

  it('is red for a pending or declined registration', async () => {
    const r = await (await t.as('group_lead')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupA.id, day: SATURDAY, communeId: w.units.tanNam.id, headcount: 24, targetVolumeM3: 12,
    });
    expect((await checklist()).items.registration.vi).toBe('Đăng ký đang chờ xã xác nhận');
    await (await t.as('commune.tannam')).post(`/api/v1/registrations/${r.body.id}/decline`, { comment: 'Chưa giải phóng mặt bằng' });
    expect((await checklist()).items.registration.vi).toBe('Xã đã từ chối đăng ký của nhóm');
  });
});

describe('PUT /plans/{id}/entries/{entryId}/supervisor', () => {
  it('is for the commune of the entry (or the office), nobody else', async () => {
    const path = `/api/v1/plans/${planId}/entries/${entryId}/supervisor`;
    expectError(await t.client().send('PUT', path, { name: 'A B' }), 401, 'UNAUTHENTICATED');
    expectError(await (await t.as('group_lead')).send('PUT', path, { name: 'Hoàng Văn Thắng' }), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.yenthanh')).send('PUT', path, { name: 'Hoàng Văn Thắng' }), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.tannam')).send('PUT', path, { name: 'H', phone: 'abc' }), 400, 'VALIDATION', 'name');
    const ok = await (await t.as('coordinator')).send('PUT', path, { name: 'Lý Văn Mười' });
    expect(ok.body.entries[0].supervisor).toEqual({ name: 'Lý Văn Mười', phone: null });
    expect(ok.body.entries[0].actions).toEqual(['edit', 'remove', 'setSupervisor', 'confirmSite']);
  });
});

describe('PUT /plans/{id}/entries/{entryId}/site', () => {
  it("is the entry's commune's (or the office's) confirmation, audited, and withdrawn with ready: false", async () => {
    const path = `/api/v1/plans/${planId}/entries/${entryId}/site`;
    expectError(await (await t.as('group_lead')).send('PUT', path, { ready: true }), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.yenthanh')).send('PUT', path, { ready: true }), 403, 'FORBIDDEN');
    expectError(await (await t.as('commune.tannam')).send('PUT', path, { ready: 'yes' }), 400, 'VALIDATION', 'ready');
    expect((await checklist()).items.site.ok).toBe(false);
    const done = await (await t.as('commune.tannam')).send('PUT', path, { ready: true });
    expect(done.status).toBe(200);
    expect(done.body.entries[0].site).toMatchObject({ note: null });
    expect((await checklist()).items.site.ok).toBe(true);
    expect((await auditRows(t.db, 'plan', planId)).at(-1)).toMatchObject({ action: 'confirm_site', user_id: w.users.commune.id });
    await (await t.as('commune.tannam')).send('PUT', path, { ready: false });
    expect((await checklist()).items.site.ok).toBe(false);
  });
});

describe('a proposed entry and its registration', () => {
  it('is marked stale with the difference once the group registers other figures, and fresh again when the coordinator takes it in hand', async () => {
    const c = await t.as('coordinator');
    // Group B has no registration: the proposal is made from its road assignment.
    await c.post(`/api/v1/campaigns/${w.campaign.id}/assignments`, { groupId: w.groups.groupB.id, roadId: w.roadB.id });
    const proposed = await c.post(`/api/v1/campaigns/${w.campaign.id}/plans/propose`, { day: SATURDAY });
    expect(proposed.status).toBe(200);
    const entryOf = (plan: { entries: Array<{ id: number; group: { id: number }; headcount: number; targetVolumeM3: number; readiness: { items: Array<{ item: string; ok: boolean; vi: string }> } }> }) =>
      plan.entries.find((e) => e.group.id === w.groups.groupB.id)!;
    const fresh = entryOf(proposed.body.plan);
    expect(fresh.readiness.items.find((i) => i.item === 'proposal')).toMatchObject({ ok: true, vi: 'Đề xuất theo đăng ký hiện tại' });

    await makeUser(t.db, { role: 'group_lead', username: 'lead.b', agencyId: w.agencies.leadB.id });
    await (await t.as('lead.b')).post(`/api/v1/campaigns/${w.campaign.id}/registrations`, {
      groupId: w.groups.groupB.id, day: SATURDAY, communeId: w.units.yenThanh.id, headcount: 6, targetVolumeM3: 3,
    });
    const plan = (await c.get(`/api/v1/plans/${planId}`)).body;
    const stale = entryOf(plan);
    const m3 = (v: number) => v.toFixed(2).replace('.', ',');
    expect(stale.readiness.items.find((i) => i.item === 'proposal')).toMatchObject({ ok: false,
      vi: `Đề xuất đã cũ: đề xuất ${stale.headcount} người, ${m3(stale.targetVolumeM3)} m³ — đã đăng ký 6 người, 3,00 m³` });

    const changed = await c.send('PATCH', `/api/v1/plans/${planId}/entries/${stale.id}`, { headcount: 6, targetVolumeM3: 3 }, { 'if-match': `W/"${plan.version}"` });
    expect(changed.status).toBe(200);
    expect(entryOf(changed.body).readiness.items.find((i) => i.item === 'proposal')).toBeUndefined();
  });
});
