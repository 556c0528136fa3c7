// Demo plans (issue 6): the office assigns the demo roads to groups (phân công tuyến), then plans
// two past Saturdays and the next one through the same commands as the API, moving the demo's
// clock to each Wednesday of planning so no rule is bent: 09/10 proposed, published with a
// written reason for its red items, closed; 16/10 with an amended registration, published, changed
// after publishing (version 2), closed; 23/10 (the Saturday after the demo's "today") a draft
// proposed from the assignments, Nhóm 1's registration waiting in Tân Nam's inbox; Tân Nam confirms
// the site it has prepared (mặt bằng) on Nậm Hốc for 23/10, while Yên Thành has not yet confirmed
// the rest of Thác Hạ's Km0+450 – Km0+600 (two households' fences still stand on its edge), so
// go/no-go shows that one red. Names and reasons are invented demo data.
import { sql } from 'kysely';
import { addDays, dayOfWeek } from '../../domain/dates.js';
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import { CLOCK_SETTING } from '../modules/directives/index.js';
import {
  assignSegments, changeEntry, closePlan, confirmSite, createRegistration, decideRegistration, proposePlan, publishPlan, setSupervisor,
} from '../modules/plans/index.js';
import { DEMO_TODAY } from './demo-directives-data.js';
import { seedMilitaryAssignment, seedMilitaryPlanLine } from './seed-demo-military.js';

/** Road → group of the campaign (the roads demo's names). */
const ASSIGNMENTS: Array<[string, string]> = [
  ['Đường trục thôn Nậm Hốc', 'Nhóm 1'],
  ['Đường liên thôn Khuổi Vài - Nậm Hốc', 'Nhóm 2'],
  ['Đường ngõ xóm Tân Thượng', 'Nhóm 3'],
  ['Đường trục thôn Thác Hạ', 'Nhóm 4'],
  ['Đường ngõ xóm Ngòi Han', 'Nhóm 5'],
];

async function actorFor(ctx: RequestContext, username: string): Promise<RequestContext> {
  const u = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { ...ctx, actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

async function setClock(ctx: RequestContext, day: string) {
  await ctx.db.insertInto('settings').values({ key: CLOCK_SETTING, value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

export async function seedDemoPlans(ctx: RequestContext, v: { campaignId: number }): Promise<void> {
  const office = await actorFor(ctx, 'coordinator');
  const lead = await actorFor(ctx, 'group_lead');
  const tanNamUser = await actorFor(ctx, 'commune.tannam');
  const groups = new Map((await ctx.db.selectFrom('groups').select(['id', 'name']).where('campaign_id', '=', v.campaignId).execute()).map((g) => [g.name, g.id]));
  const roads = await ctx.db.selectFrom('roads').innerJoin('admin_units as c', 'c.id', 'roads.commune_id').select(['roads.id', 'roads.name', 'roads.commune_id', 'c.name as commune']).execute();
  for (const [roadName, groupName] of ASSIGNMENTS) {
    const road = roads.find((r) => r.name === roadName);
    const hasSegments = road && (await ctx.db.selectFrom('segments').select('id').where('road_id', '=', road.id).limit(1).executeTakeFirst());
    if (road && hasSegments && groups.has(groupName)) await assignSegments(office, v.campaignId, { groupId: groups.get(groupName)!, roadId: road.id });
  }
  const group1 = groups.get('Nhóm 1');
  const tanNam = roads.find((r) => r.commune === 'Tân Nam')?.commune_id;
  if (!group1 || !tanNam) return;

  const register = (day: string, headcount: number, m3: number) => createRegistration(lead, v.campaignId, {
    groupId: group1, day, communeId: tanNam, headcount, targetVolumeM3: m3, perAgency: [],
    transport: 'Xe ô tô 16 chỗ của Văn phòng Huyện ủy và xe máy cá nhân', tools: 'Cuốc, xẻng, xô, 2 xe rùa, bay xoa (demo)',
  });
  // The commune names the supervisor of its first entry of the day.
  const nameSupervisor = async (planId: number, name: string, phone: string) => {
    const e = await ctx.db.selectFrom('plan_entries').select('id').where('plan_id', '=', planId).where('commune_id', '=', tanNam).orderBy('id').executeTakeFirst();
    if (e) await setSupervisor(tanNamUser, planId, e.id, { name, phone });
  };

  // Saturday 09/10: registered and confirmed, proposed, published with red items explained, closed.
  await setClock(ctx, '2021-10-06');
  const r1 = await register('2021-10-09', 22, 10);
  await decideRegistration(tanNamUser, r1.id, 'confirm', { comment: 'Xã bố trí 15 người dân cùng làm (demo)' });
  const p1 = await proposePlan(office, v.campaignId, '2021-10-09');
  await nameSupervisor(p1.plan.id, 'Hoàng Văn Thắng (demo)', '0912 345 678');
  await publishPlan(office, p1.plan.id, 'Cát của xã Tân Nam chưa đạt, xã đổi lô cát trước sáng thứ Bảy; các nhóm vẫn ra quân (demo)');
  await setClock(ctx, '2021-10-09');
  await closePlan(office, p1.plan.id);

  // Saturday 16/10: the commune amends the registration; changed after publishing (version 2).
  await setClock(ctx, '2021-10-13');
  await seedMilitaryAssignment(ctx, v.campaignId); // the military command's own road (issue 18)
  const r2 = await register('2021-10-16', 35, 15);
  await decideRegistration(tanNamUser, r2.id, 'amend', { headcount: 24, targetVolumeM3: 10, comment: 'Xã chỉ có 1 máy trộn 250 lít: đủ việc cho khoảng 20–24 người (demo)' });
  const p2 = await proposePlan(office, v.campaignId, '2021-10-16');
  await seedMilitaryPlanLine(ctx, v.campaignId, p2.plan.id); // the military command's line (issue 18)
  await nameSupervisor(p2.plan.id, 'Hoàng Văn Thắng (demo)', '0912 345 678');
  const published = await publishPlan(office, p2.plan.id, 'Vật liệu của xã Yên Thành về muộn, xã cam kết tập kết xong chiều thứ Sáu (demo)');
  const first = published.entries[0];
  if (first) {
    await changeEntry(office, p2.plan.id, first.id, { meetingTime: '06:30', reason: 'Trời nắng nóng, tập trung sớm 30 phút (demo)' });
  }
  await setClock(ctx, '2021-10-16');
  await closePlan(office, p2.plan.id);

  // Saturday 23/10, the week of the demo's "today": Nhóm 1 has registered; the office has a proposed draft.
  await setClock(ctx, DEMO_TODAY);
  const next = addDays(DEMO_TODAY, (6 - dayOfWeek(DEMO_TODAY) + 7) % 7 || 7);
  await register(next, 25, 12);
  const draft = await proposePlan(office, v.campaignId, next);
  await confirmSites(ctx, draft.plan.id);
}

/** The road whose site is not yet prepared on 23/10: two households' fences still stand on its edge. */
const SITE_NOT_READY = 'Đường trục thôn Thác Hạ';
const SITE_NOTES: Record<string, string> = {
  'Tân Nam': 'Đã phát quang, san gạt và lu lèn nền đường; đã cắm cọc tim tuyến (demo)',
  'Yên Thành': 'Đã đào khuôn đường, lu lèn nền (demo)',
};

/** Each commune confirms the sites it has prepared for the draft's entries, all but one road's. */
async function confirmSites(ctx: RequestContext, planId: number): Promise<void> {
  const entries = await ctx.db.selectFrom('plan_entries as e').innerJoin('admin_units as u', 'u.id', 'e.commune_id')
    .select(['e.id', 'u.name as commune', sql<string | null>`(select string_agg(distinct r.name, ', ') from plan_entry_segments ps join segments s on s.id = ps.segment_id join roads r on r.id = s.road_id where ps.entry_id = e.id)`.as('roads')])
    .where('e.plan_id', '=', planId).orderBy('e.id').execute();
  const users: Record<string, string> = { 'Tân Nam': 'commune.tannam', 'Yên Thành': 'commune.yenthanh' };
  for (const e of entries) {
    if (!users[e.commune] || (e.roads ?? '').includes(SITE_NOT_READY)) continue;
    await confirmSite(await actorFor(ctx, users[e.commune]), planId, e.id, { ready: true, note: SITE_NOTES[e.commune] ?? null });
  }
}
