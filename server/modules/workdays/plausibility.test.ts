// Plausibility where the figures are typed (domain/plausibility.ts), one test per rule on both
// databases: refusals name the field in Vietnamese and English and write nothing; warnings are
// shown by the check before saving, kept on the record and listed for the office.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError, expectNothingWritten } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, setBusinessDate, workdayBody } from '../../../test/helpers/workdays.js';

let t: TestApp;
let w: World;
let seg: { id: number }[];

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  // Segments of 150 m, 3 m × 0.15 m: 0.45 m³ a metre, 67.5 m³ each.
  seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments;
});

const body = (extra: Record<string, unknown> = {}) => workdayBody({ campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id, ...extra });
const pour = (lengthM: number, volumeM3: number, more: Record<string, unknown> = {}) => ({ segmentId: seg[0].id, lengthM, volumeM3, ...more });
const fieldsOf = (res: { body: { error: { fields: Array<{ field: string; vi: string; en: string }> } } }) => res.body.error.fields;

describe('refusals', () => {
  it('an empty workday cannot be recorded; a day that did not take place is recorded as cancelled with its reason', async () => {
    const c = await t.as('commune.tannam');
    const res = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays', body({ commune: { weather: 'sunny' } })));
    expectError(res, 400, 'IMPLAUSIBLE', 'commune.people');
    expect(fieldsOf(res)[0]).toMatchObject({ vi: expect.stringContaining('Buổi lao động trống'), en: expect.stringContaining('empty') });
    const cancelled = await c.post('/api/v1/workdays', body({ commune: { weather: 'heavy_rain' }, cancelReason: 'Mưa lớn' }));
    expect(cancelled.status).toBe(201);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Mưa lớn', totals: { participants: 0, labourDays: 0 } });
  });

  it('9 000 local people with 40 m³ on 5 m is refused, naming both fields', async () => {
    const c = await t.as('commune.tannam');
    const res = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 9000 }, pours: [pour(5, 40)] } })));
    expect(res.status).toBe(400);
    // 40 m³ is beyond the segment's remaining volume anyway; on a segment that takes it, the rule refuses the ratio.
    const wide = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 9000 }, pours: [pour(5, 30)] } })));
    expectError(wide, 400, 'IMPLAUSIBLE');
    expect(fieldsOf(wide).map((f) => f.field).sort()).toEqual(['commune.people.fullDay', 'commune.pours.0.volumeM3']);
    expect(fieldsOf(wide).find((f) => f.field === 'commune.pours.0.volumeM3')!.vi).toContain('2,25 m³');
  });

  it("officials above their agency's staff are refused, counting its other records of the day", async () => {
    const g = await t.as('group_lead');
    // Văn phòng Huyện ủy has 18 staff.
    const res = await expectNothingWritten(t.db, () => g.post('/api/v1/workdays', body({ group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 16, halfDay: 3 }] } })));
    expectError(res, 400, 'IMPLAUSIBLE', 'group.attendance.0.fullDay');
    expect(fieldsOf(res)[0].vi).toContain('18 cán bộ');
    expect((await g.post('/api/v1/workdays', body({ group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 10 }] } }))).status).toBe(201);
    // The same agency in another commune that day: 10 + 10 > 18.
    const other = await g.post('/api/v1/workdays', body({ communeId: w.units.yenThanh.id, group: { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 10 }] } }));
    expectError(other, 400, 'IMPLAUSIBLE', 'group.attendance.0.fullDay');
  });

  it('a segment is "finished" only when its poured volume reaches the design volume within the tolerance', async () => {
    const c = await t.as('commune.tannam');
    const res = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 10 }, pours: [pour(2, 0.9, { finished: true })] } })));
    expectError(res, 400, 'IMPLAUSIBLE', 'commune.pours.0.finished');
    expect((await t.db.selectFrom('segments').select('status').where('id', '=', seg[0].id).executeTakeFirstOrThrow()).status).toBe('planned');
    // 146 m, 65.7 m³: 97 % of 67.5 m³, within the 5 % tolerance.
    expect((await c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 30 }, pours: [pour(146, 65.7, { finished: true })] } }))).status).toBe(201);
    expect((await t.db.selectFrom('segments').select('status').where('id', '=', seg[0].id).executeTakeFirstOrThrow()).status).toBe('poured');
  });
});

describe('warnings', () => {
  it('m³ off the design by more than the tolerance: shown by the check before saving, kept on the record, listed for the office', async () => {
    const c = await t.as('commune.tannam');
    // 40 m × 3 m × 0.15 m = 18 m³; 21 m³ is 17 % over.
    const input = body({ commune: { people: { fullDay: 12 }, pours: [pour(40, 21)] } });
    const check = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays/check', input));
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ ok: true, refusals: [], warnings: [{ code: 'VOLUME_VS_DESIGN', severity: 'warning', field: 'commune.pours.0.volumeM3' }] });
    expect(check.body.warnings[0].vi).toContain('lệch 17%');
    const saved = await c.post('/api/v1/workdays', input);
    expect(saved.status).toBe(201);
    expect(saved.body.warnings.map((x: { code: string }) => x.code)).toEqual(['VOLUME_VS_DESIGN']);
    await c.post('/api/v1/workdays', body({ groupId: w.groups.groupB.id, commune: { people: { fullDay: 5 }, pours: [{ segmentId: seg[1].id, lengthM: 40, volumeM3: 18 }] } }));
    const listed = await (await t.as('coordinator')).get(`/api/v1/workdays?campaignId=${w.campaign.id}&withWarnings=true`);
    expect(listed.body.items.map((x: { id: number }) => x.id)).toEqual([saved.body.id]);
    // Corrected to the design volume, the warning goes.
    const fixed = await c.patch(`/api/v1/workdays/${saved.body.id}/commune`, { pours: [pour(40, 18)] });
    expect(fixed.body.warnings).toEqual([]);
  });

  it('the check answers a refusal without writing, as saving would', async () => {
    const c = await t.as('commune.tannam');
    const check = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays/check', body({ commune: { people: { fullDay: 9000 }, pours: [pour(40, 18)] } })));
    expect(check.body).toMatchObject({ ok: false, error: 'IMPLAUSIBLE', refusals: [{ field: 'commune.people.fullDay' }] });
  });

  it("participants far above the plan entry's headcount: a warning kept on the record, none within the margin", async () => {
    // The plan of Saturday 18/09, made the Wednesday before: Nhóm 1 in Tân Nam, 10 people.
    await setBusinessDate(t.db, '2021-09-15');
    const office = await t.as('coordinator');
    const planId = (await office.post(`/api/v1/campaigns/${w.campaign.id}/plans`, { day: '2021-09-18' })).body.id;
    const entry = await office.post(`/api/v1/plans/${planId}/entries`, {
      groupId: w.groups.groupA.id, communeId: w.units.tanNam.id, segmentIds: [seg[0].id], headcount: 10, targetVolumeM3: 9 });
    expect(entry.status).toBe(201);
    await setBusinessDate(t.db, '2021-09-18');
    const c = await t.as('commune.tannam');
    // 16 participants: 60 % above the 10 planned, over the 50 % margin (setting plausibility.overPlanPercent).
    const input = body({ planEntryId: entry.body.entryId, commune: { people: { fullDay: 16 }, pours: [pour(20, 9)] } });
    const check = await c.post('/api/v1/workdays/check', input);
    expect(check.body).toMatchObject({ ok: true, warnings: [{ code: 'PEOPLE_OVER_PLAN', severity: 'warning', field: 'commune.people.fullDay' }] });
    expect(check.body.warnings[0]).toMatchObject({ vi: '16 người tham gia, vượt xa 10 người theo kế hoạch', en: '16 participants, far above the 10 planned' });
    const saved = await c.post('/api/v1/workdays', input);
    expect(saved.status).toBe(201);
    expect(saved.body.warnings.map((x: { code: string }) => x.code)).toEqual(['PEOPLE_OVER_PLAN']);
    // 15 is exactly 50 % above: within the margin, the warning goes.
    const fixed = await c.patch(`/api/v1/workdays/${saved.body.id}/commune`, { people: { fullDay: 15 }, pours: [pour(20, 9)] });
    expect(fixed.status).toBe(200);
    expect(fixed.body.warnings).toEqual([]);
  });

  it('m³ in a day beyond the mixers on site', async () => {
    // One working 250 l mixer: about 10 m³ a day at 40 batches.
    await t.db.insertInto('equipment').values({ unit_id: w.units.tanNam.id, kind: 'mixer', name: 'Máy trộn 250 l', drum_litres: 250, origin: 'purchased', created_by: w.users.coordinator.id }).execute();
    const c = await t.as('commune.tannam');
    const res = await c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 40 }, pours: [pour(40, 18)] } }));
    expect(res.status).toBe(201);
    expect(res.body.warnings).toMatchObject([{ code: 'MIXER_CAPACITY', field: 'commune.pours' }]);
    expect(res.body.warnings[0].vi).toContain('1 máy trộn');
  });

  it("counts the commune's other workdays of the day against its mixers, not another commune's nor a cancelled one", async () => {
    // One 250 l mixer in Tân Nam (about 10 m³ a day); Nhóm 1 pours 6 m³ there, then Nhóm 2 another 6 m³.
    await t.db.insertInto('equipment').values({ unit_id: w.units.tanNam.id, kind: 'mixer', name: 'Máy trộn 250 l', drum_litres: 250, origin: 'purchased', created_by: w.users.coordinator.id }).execute();
    const c = await t.as('commune.tannam');
    const six = (segmentId: number) => ({ people: { fullDay: 20 }, pours: [{ segmentId, lengthM: 13.334, volumeM3: 6 }] });
    const first = await c.post('/api/v1/workdays', body({ commune: six(seg[0].id) }));
    expect(first.status).toBe(201);
    expect(first.body.warnings).toEqual([]);
    // Yên Thành's pour the same day uses its own mixers: it does not count in Tân Nam.
    const other = (await makeRoadWithSegments(t.db, w.units.yenThanh.id)).segments;
    const yt = await (await t.as('commune.yenthanh')).post('/api/v1/workdays', workdayBody({ campaignId: w.campaign.id, communeId: w.units.yenThanh.id, groupId: w.groups.groupA.id,
      commune: { people: { fullDay: 20 }, pours: [{ segmentId: other[0].id, lengthM: 13.334, volumeM3: 6 }] } }));
    expect(yt.status).toBe(201);
    const second = body({ groupId: w.groups.groupB.id, commune: six(seg[1].id) });
    const check = await expectNothingWritten(t.db, () => c.post('/api/v1/workdays/check', second));
    expect(check.body).toMatchObject({ ok: true, warnings: [{ code: 'MIXER_CAPACITY', field: 'commune.pours' }] });
    expect(check.body.warnings[0].vi).toBe('6 m³ của buổi này cùng 6 m³ của các buổi khác tại xã trong ngày (12 m³) vượt công suất 1 máy trộn tại xã (khoảng 10 m³/ngày)');
    const saved = await c.post('/api/v1/workdays', second);
    expect(saved.status).toBe(201);
    expect(saved.body.warnings.map((x: { code: string }) => x.code)).toEqual(['MIXER_CAPACITY']);
    // Once the first day's pour is taken back and the day cancelled (rain), the second fits the mixer again.
    expect((await c.patch(`/api/v1/workdays/${first.body.id}/commune`, { people: { fullDay: 20 }, pours: [] })).status).toBe(200);
    expect((await c.post(`/api/v1/workdays/${first.body.id}/cancel`, { reason: 'Mưa to giữa buổi' })).status).toBe(200);
    const again = await c.post(`/api/v1/workdays/${saved.body.id}/commune/check`, six(seg[1].id));
    expect(again.body).toMatchObject({ ok: true, warnings: [] });
  });
});

// A saved record's correction goes through the same rules: the commune's part (people, pours) and
// the group lead's attendance, each checked before saving (POST …/check) and again on save.
describe('corrections of a saved record', () => {
  const saved = async () => {
    const c = await t.as('commune.tannam');
    const res = await c.post('/api/v1/workdays', body({ commune: { people: { fullDay: 12 }, pours: [pour(40, 18)] } }));
    expect(res.status).toBe(201);
    return { c, id: res.body.id as number };
  };

  it("the commune's correction to 9 000 people and 30 m³ on 5 m is refused, naming both fields, and changes nothing", async () => {
    const { c, id } = await saved();
    const before = await t.db.selectFrom('workdays').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const input = { people: { fullDay: 9000 }, pours: [pour(5, 30)] };
    const check = await expectNothingWritten(t.db, () => c.post(`/api/v1/workdays/${id}/commune/check`, input));
    expect(check.body).toMatchObject({ ok: false, error: 'IMPLAUSIBLE', warnings: [] });
    expect(check.body.refusals.map((f: { field: string }) => f.field).sort()).toEqual(['people.fullDay', 'pours.0.volumeM3']);
    const res = await expectNothingWritten(t.db, () => c.patch(`/api/v1/workdays/${id}/commune`, input));
    expectError(res, 400, 'IMPLAUSIBLE', 'people.fullDay');
    expect(fieldsOf(res).find((f) => f.field === 'pours.0.volumeM3')).toMatchObject({ vi: expect.stringContaining('2,25 m³'), en: expect.stringContaining('2.25 m³') });
    expect(await t.db.selectFrom('workdays').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(before);
    expect((await t.db.selectFrom('workday_pours').select(['litres', 'length_mm']).where('workday_id', '=', id).execute())).toEqual([{ litres: 18_000, length_mm: 40_000 }]);
  });

  it("the commune's correction that empties the record, or marks a segment finished below its design volume, is refused", async () => {
    const { c, id } = await saved();
    const empty = await expectNothingWritten(t.db, () => c.patch(`/api/v1/workdays/${id}/commune`, { people: null, pours: [] }));
    expectError(empty, 400, 'IMPLAUSIBLE', 'people');
    const finished = await expectNothingWritten(t.db, () => c.patch(`/api/v1/workdays/${id}/commune`, { pours: [pour(40, 18, { finished: true })] }));
    expectError(finished, 400, 'IMPLAUSIBLE', 'pours.0.finished');
    expect((await t.db.selectFrom('segments').select('status').where('id', '=', seg[0].id).executeTakeFirstOrThrow()).status).toBe('in_progress');
  });

  it("a correction off the design volume is a warning shown by its check before saving, then kept on the record", async () => {
    const { c, id } = await saved();
    const input = { pours: [pour(40, 21)] };
    const check = await expectNothingWritten(t.db, () => c.post(`/api/v1/workdays/${id}/commune/check`, input));
    expect(check.body).toMatchObject({ ok: true, refusals: [], warnings: [{ code: 'VOLUME_VS_DESIGN', field: 'pours.0.volumeM3' }] });
    const res = await c.patch(`/api/v1/workdays/${id}/commune`, input);
    expect(res.status).toBe(200);
    expect(res.body.warnings.map((x: { code: string }) => x.code)).toEqual(['VOLUME_VS_DESIGN']);
  });

  it("the group lead's attendance above an agency's staff is refused by its check and on save; within it, saved", async () => {
    const { id } = await saved();
    const g = await t.as('group_lead');
    // Văn phòng Huyện ủy has 18 staff.
    const over = { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 16, halfDay: 3 }] };
    const check = await expectNothingWritten(t.db, () => g.post(`/api/v1/workdays/${id}/group/check`, over));
    expect(check.body).toMatchObject({ ok: false, error: 'IMPLAUSIBLE', refusals: [{ field: 'attendance.0.fullDay', code: 'OFFICIALS_OVER_STAFF' }] });
    const res = await expectNothingWritten(t.db, () => g.patch(`/api/v1/workdays/${id}/group`, over));
    expectError(res, 400, 'IMPLAUSIBLE', 'attendance.0.fullDay');
    expect(fieldsOf(res)[0]).toMatchObject({ vi: expect.stringContaining('18 cán bộ'), en: expect.stringContaining('18 staff') });
    expect(await t.db.selectFrom('workday_attendance').select('agency_id').where('workday_id', '=', id).execute()).toEqual([]);
    const ok = { attendance: [{ agencyId: w.agencies.leadA.id, fullDay: 12, halfDay: 2 }] };
    expect((await g.post(`/api/v1/workdays/${id}/group/check`, ok)).body).toMatchObject({ ok: true, refusals: [] });
    expect((await g.patch(`/api/v1/workdays/${id}/group`, ok)).status).toBe(200);
  });

  it('a check is answered only for a record the actor may write, and writes nothing', async () => {
    const { id } = await saved();
    const other = await t.as('commune.yenthanh');
    expect((await other.post(`/api/v1/workdays/${id}/commune/check`, { pours: [pour(40, 18)] })).status).toBe(404);
    const g = await t.as('group_lead');
    const notYours = await expectNothingWritten(t.db, () => g.post(`/api/v1/workdays/${id}/commune/check`, { pours: [pour(40, 18)] }));
    expectError(notYours, 403, 'NOT_YOUR_PART', 'commune');
  });
});
