// The military command's own road (the conclusion's §2: "phân công tuyến đường thực hiện cho Ban chỉ
// huy Quân sự huyện"), through the same commands as the API: the office takes the command out of
// Nhóm 2 (Công an huyện leads it alone) and gives it the last 400 m of the Khuổi Vài road directly;
// on Wednesday 13/10 the command registers 30 officers for Saturday 16/10 and Tân Nam confirms, so
// the proposed plan for 16/10 has its line. On 16/10 Tân Nam records the pour and the command its
// attendance, which Tân Nam's week-41 report then rates (seed-demo-workdays.ts). Names are demo data.
import { randomUUID } from 'node:crypto';
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { updateGroup } from '../modules/groups/index.js';
import { addEntry, assignSegments, createRegistration, decideRegistration } from '../modules/plans/index.js';
import { correctGroupPart, planEntryFor, recordWorkday } from '../modules/workdays/index.js';

export const MILITARY = 'Ban chỉ huy Quân sự huyện';
export const MILITARY_ROAD = 'Đường liên thôn Khuổi Vài - Nậm Hốc';
export const MILITARY_DAY = '2021-10-16';

async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

async function militaryTeam(ctx: RequestContext, campaignId: number) {
  return ctx.db.selectFrom('groups').innerJoin('agencies as a', 'a.id', 'groups.lead_agency_id').select(['groups.id', 'a.id as agency_id'])
    .where('groups.campaign_id', '=', campaignId).where('groups.kind', '=', 'agency').where('a.name', '=', MILITARY).executeTakeFirst();
}

/** Before 16/10 is planned: the command leaves Nhóm 2, gets its road, registers, Tân Nam confirms. Clock at 13/10. */
export async function seedMilitaryAssignment(ctx: RequestContext, campaignId: number): Promise<void> {
  const office = await actorFor(ctx, 'coordinator');
  const agencies = new Map((await ctx.db.selectFrom('agencies').select(['id', 'name']).execute()).map((a) => [a.name, a.id]));
  const group2 = await ctx.db.selectFrom('groups').select('id').where('campaign_id', '=', campaignId).where('name', '=', 'Nhóm 2').executeTakeFirst();
  const police = agencies.get('Công an huyện');
  const military = agencies.get(MILITARY);
  const road = await ctx.db.selectFrom('roads').select(['id', 'commune_id']).where('name', '=', MILITARY_ROAD).executeTakeFirst();
  if (!group2 || !police || !military || !road) return;
  await updateGroup(office, group2.id, { leadAgencyId: police, memberAgencyIds: [police] });
  const segments = await ctx.db.selectFrom('segments').select('id').where('road_id', '=', road.id).where('status', '=', 'planned').orderBy('from_mm', 'desc').limit(2).execute();
  if (!segments.length) return;
  await assignSegments(office, campaignId, { agencyId: military, roadId: road.id, segmentIds: segments.map((s) => s.id).reverse(), reassign: true });
  const team = (await militaryTeam(ctx, campaignId))!;
  const command = await actorFor(ctx, 'quansu');
  const reg = await createRegistration(command, campaignId, {
    groupId: team.id, day: MILITARY_DAY, communeId: road.commune_id, headcount: 30, targetVolumeM3: 8, perAgency: [],
    transport: 'Xe tải quân sự chở người và dụng cụ (demo)', tools: 'Cuốc, xẻng, 4 xe rùa, 1 máy trộn 250 lít của đơn vị (demo)',
  });
  await decideRegistration(await actorFor(ctx, 'commune.tannam'), reg.id, 'confirm', { comment: 'Xã tập kết cát, đá ở đầu tuyến Khuổi Vài (demo)' });
}

/**
 * The 16/10 plan's line for the command. Tân Nam's mixers are all taken that day, so the proposal
 * leaves the command out; the office adds its line by hand, the command bringing its own mixer.
 */
export async function seedMilitaryPlanLine(ctx: RequestContext, campaignId: number, planId: number): Promise<void> {
  const team = await militaryTeam(ctx, campaignId);
  if (!team || (await ctx.db.selectFrom('plan_entries').select('id').where('plan_id', '=', planId).where('group_id', '=', team.id).executeTakeFirst())) return;
  const segs = await ctx.db.selectFrom('road_assignments as ra').innerJoin('segments as s', 's.id', 'ra.segment_id').innerJoin('roads as r', 'r.id', 's.road_id')
    .select(['s.id', 'r.commune_id']).where('ra.group_id', '=', team.id).orderBy('s.from_mm').execute();
  if (!segs.length) return;
  await addEntry(await actorFor(ctx, 'coordinator'), planId, {
    groupId: team.id, communeId: segs[0].commune_id, segmentIds: [segs[0].id], headcount: 30, targetVolumeM3: 8, mixers: 0, meetingTime: '07:00',
    meetingPlace: 'Đầu tuyến Km0+800 đường Khuổi Vài', notes: 'Đơn vị mang theo 01 máy trộn 250 lít (demo)',
  });
}

/** On 16/10 (clock set by the caller): Tân Nam records the pour, the command its officers' attendance. */
export async function seedMilitaryWorkday(ctx: RequestContext, campaignId: number): Promise<void> {
  const team = await militaryTeam(ctx, campaignId);
  if (!team) return;
  const seg = await ctx.db.selectFrom('road_assignments as ra').innerJoin('segments as s', 's.id', 'ra.segment_id').innerJoin('roads as r', 'r.id', 's.road_id')
    .select(['s.id', 'r.commune_id']).where('ra.group_id', '=', team.id).orderBy('s.from_mm').executeTakeFirst();
  if (!seg) return;
  const commune = await actorFor(ctx, 'commune.tannam');
  const { row } = await recordWorkday(commune, {
    clientId: randomUUID(), campaignId, communeId: seg.commune_id, groupId: team.id, day: MILITARY_DAY,
    planEntryId: await planEntryFor(ctx.db, team.id, seg.commune_id, MILITARY_DAY),
    commune: { people: { fullDay: 6, halfDay: 0 }, pours: [{ segmentId: seg.id, lengthM: 14, volumeM3: 7.5 }], weather: 'cloudy',
      supervisorName: 'Hoàng Văn Sơn (demo)', supervisorPhone: '0912 345 678', incidents: null, note: 'Dữ liệu minh họa' },
  });
  await correctGroupPart(await actorFor(ctx, 'quansu'), row.id, {
    attendance: [{ agencyId: team.agency_id, fullDay: 26, halfDay: 2 }], note: 'Xe tải quân sự chở người và dụng cụ (demo)',
  });
}
