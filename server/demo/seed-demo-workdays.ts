// Demo workdays and reports (issue 7): Saturday 16/10/2021 recorded in Tân Nam (Nhóm 1, from its
// plan entry when the plans demo made one) and Yên Thành (Nhóm 4), each side entering its own part;
// both communes submit their week 41 report on Sunday; the office returns Tân Nam's on Monday
// with a comment, the commune completes and resubmits it, and both are approved on Tuesday; the
// district weekly report gets its number and signer. Through the same commands as the API, with
// the demo clock moved to each day and put back. Figures and names are invented demo data. When
// a file store is given, each workday also gets a drawn photo before and after (demo-photos.ts).
import { randomUUID } from 'node:crypto';
import type { FileStore } from '../files/store.js';
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { CLOCK_SETTING } from '../modules/directives/index.js';
import { createReport, saveDistrictMeta, transitionReport, updateReport } from '../modules/reports/index.js';
import { addPhoto, correctGroupPart, PHOTO_MAX_BYTES, planEntryFor, recordWorkday } from '../modules/workdays/index.js';
import { demoPhoto, firstPoint } from './demo-photos.js';
import { MILITARY, seedMilitaryWorkday } from './seed-demo-military.js';

const DAY = '2021-10-16';
const WEEK = '2021-10-11';

export async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

export async function setClock(ctx: RequestContext, day: string) {
  await ctx.db.insertInto('settings').values({ key: CLOCK_SETTING, value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

/** The first segment of the road still to pour. */
async function segmentToPour(ctx: RequestContext, roadName: string) {
  return ctx.db.selectFrom('segments').innerJoin('roads', 'roads.id', 'segments.road_id').select(['segments.id', 'roads.commune_id'])
    .where('roads.name', '=', roadName).where('segments.status', 'in', ['in_progress', 'ready', 'planned']).orderBy('segments.from_mm').executeTakeFirst();
}

/** The commune's photos of its workday: the road at 07:40 before work and at 16:20 after, located at the road's start. */
export async function addDemoPhotos(commune: RequestContext, files: FileStore, workdayId: number, roadName: string, seed: number, day = DAY) {
  const road = await commune.db.selectFrom('roads').select('geometry').where('name', '=', roadName).executeTakeFirst();
  const at = firstPoint(road?.geometry ?? null);
  for (const [phase, time] of [['before', '07:40:00'], ['after', '16:20:00']] as const) {
    const data = await demoPhoto({ phase, takenAt: `${day}T${time}`, latitude: at?.latitude ?? null, longitude: at?.longitude ?? null, seed });
    await addPhoto(commune, files, PHOTO_MAX_BYTES, { workdayId, phase, filename: `${phase === 'before' ? 'truoc' : 'sau'}-${seed}.jpg`, data });
  }
}

export async function seedDemoWorkdays(ctx: RequestContext, v: { campaignId: number; files?: FileStore }): Promise<void> {
  const clock = await ctx.db.selectFrom('settings').select('value').where('key', '=', CLOCK_SETTING).executeTakeFirst();
  const groups = await ctx.db.selectFrom('groups').select(['id', 'name']).where('campaign_id', '=', v.campaignId).execute();
  const members = await ctx.db.selectFrom('group_members as gm').innerJoin('agencies as a', 'a.id', 'gm.agency_id')
    .select(['gm.group_id', 'a.id', 'a.staff_count']).where('gm.campaign_id', '=', v.campaignId).orderBy('a.id').execute();
  const office = await actorFor(ctx, 'coordinator');
  const lead = await actorFor(ctx, 'group_lead');
  const days = [
    { commune: 'commune.tannam', group: 'Nhóm 1', road: 'Đường trục thôn Nậm Hốc', groupSide: lead, m3: 12.5, lengthM: 23, people: { fullDay: 14, halfDay: 4 },
      supervisor: ['Hoàng Văn Sơn (demo)', '0912 345 678'], rate: [['tot', 'tot', 'Đủ quân số, đúng giờ, đổ xong 23 m mặt đường']] },
    { commune: 'commune.yenthanh', group: 'Nhóm 4', road: 'Đường trục thôn Thác Hạ', groupSide: office, m3: 9, lengthM: 17, people: { fullDay: 10, halfDay: 0 },
      supervisor: ['Nông Văn Bình (demo)', '0915 222 333'], rate: [['kha', 'tot', 'Cán bộ kỹ thuật hướng dẫn nhân dân trộn bê tông đúng cấp phối']] },
  ] as const;

  await setClock(ctx, DAY);
  await seedMilitaryWorkday(ctx, v.campaignId); // the military command pours its own road in Tân Nam (issue 18)
  const military = groups.find((g) => g.name === MILITARY);
  const reports: Array<{ id: number; commune: RequestContext }> = [];
  for (const d of days) {
    const group = groups.find((g) => g.name === d.group);
    const seg = await segmentToPour(ctx, d.road);
    if (!group || !seg) continue;
    const commune = await actorFor(ctx, d.commune);
    const entry = await planEntryFor(ctx.db, group.id, seg.commune_id, DAY);
    const { row } = await recordWorkday(commune, {
      clientId: randomUUID(), campaignId: v.campaignId, communeId: seg.commune_id, groupId: group.id, day: DAY, planEntryId: entry,
      commune: { people: d.people, pours: [{ segmentId: seg.id, lengthM: d.lengthM, volumeM3: d.m3 }], weather: 'cloudy',
        supervisorName: d.supervisor[0], supervisorPhone: d.supervisor[1], incidents: null, note: 'Dữ liệu minh họa' },
    });
    // The group's side: about two thirds of each member agency's staff, one in ten for half a day.
    const attendance = members.filter((m) => m.group_id === group.id)
      .map((m) => ({ agencyId: m.id, fullDay: Math.max(1, Math.round(m.staff_count * 0.6)), halfDay: Math.round(m.staff_count * 0.1) }));
    await correctGroupPart(d.groupSide, row.id, { attendance, note: 'Phương tiện: xe ô tô cơ quan và xe máy cá nhân (demo)' });
    if (v.files) await addDemoPhotos(commune, v.files, row.id, d.road, reports.length + 1);

    await setClock(ctx, '2021-10-17');
    const report = await createReport(commune, { campaignId: v.campaignId, communeId: seg.commune_id, weekStart: WEEK });
    await updateReport(commune, report.id, {
      narrative: `Ngày ${DAY.split('-').reverse().join('/')}, ${d.group} phối hợp với nhân dân đổ bê tông ${d.lengthM} m ${d.road.charAt(0).toLowerCase()}${d.road.slice(1)}, bảo đảm đúng cấp phối và độ dày thiết kế.`,
      difficulties: null, proposals: 'Đề nghị bố trí thêm 01 máy trộn 250 lít cho các tuần tới.',
      ratings: [
        ...d.rate.map(([responsibility, effectiveness, comment]) => ({ groupId: group.id, responsibility, effectiveness, comment })),
        ...(d.commune === 'commune.tannam' && military
          ? [{ groupId: military.id, responsibility: 'tot' as const, effectiveness: 'tot' as const, comment: 'Ban chỉ huy Quân sự huyện ra quân 28 người, đổ xong 14 m đường Khuổi Vài' }] : []),
      ],
    });
    await transitionReport(commune, report.id, 'submit', null);
    reports.push({ id: report.id, commune });
    await setClock(ctx, DAY);
  }

  // Monday: Tân Nam's report goes back with a comment; the commune completes it and resubmits.
  await setClock(ctx, '2021-10-18');
  const first = reports[0];
  if (first) {
    await transitionReport(office, first.id, 'return', 'Đề nghị xã bổ sung khó khăn về tập kết vật liệu và số người dân tham gia nửa ngày.');
    await updateReport(first.commune, first.id, { difficulties: 'Đường vào điểm tập kết hẹp, xe chở cát phải trung chuyển bằng xe công nông; 04 người dân tham gia nửa buổi.' });
    await transitionReport(first.commune, first.id, 'submit', null);
  }
  // Tuesday: both approved; the district weekly report gets its number and signer.
  await setClock(ctx, '2021-10-19');
  for (const r of reports) await transitionReport(office, r.id, 'approve', null);
  await saveDistrictMeta(office, v.campaignId, {
    kind: 'week', start: WEEK, number: '15/BC-VPĐP', header: 'state', issuerParent: 'UBND huyện Quang Bình', issuer: 'Văn phòng điều phối nông thôn mới',
    signerTitle: 'Chánh Văn phòng', signerName: 'Hoàng Thị Điều (demo)',
    highlights: 'Các nhóm cơ quan, đơn vị ra quân đúng kế hoạch; nhân dân tích cực tham gia ngày công (dữ liệu minh họa).',
    narrative: 'Tuần 41, phong trào "Ngày thứ 7 vì nông thôn mới" tiếp tục được duy trì tại hai xã Tân Nam, Yên Thành.',
    recipients: ['Thường trực Huyện ủy', 'Thường trực UBND huyện', 'Các thành viên BCĐ huyện', 'Lưu: VT, VPĐP'],
  });
  if (clock) await ctx.db.updateTable('settings').set({ value: JSON.stringify(clock.value) }).where('key', '=', CLOCK_SETTING).execute();
  else await ctx.db.deleteFrom('settings').where('key', '=', CLOCK_SETTING).execute();
}
