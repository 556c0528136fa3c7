// The demo's directive: conclusion No. 02-KL/BCĐ of 09/9/2021 (the seed document) entered with its
// six numbered points and their tasks, then about six weeks of history up to the demo's "today"
// (DEMO_TODAY, pinned with the 'clock.today' setting): most tasks done on time, some late, a few
// overdue and two "cannot do". The media centre's weekly news and September reportage are recorded
// as media items, which complete their tasks as in the app. Links are demo addresses (.example).
import type { Actor, Role } from '../../domain/roles.js';
import type { RequestContext } from '../http/context.js';
import {
  canReportOn, CLOCK_SETTING, createDirective, listInstances, reportCannotDo, reportDone, type DirectiveCreateInput, type InstanceRow,
} from '../modules/directives/index.js';
import { recordMediaItem } from '../modules/media/index.js';
import { addDays } from '../../domain/dates.js';
import { DIRECTIVE_02_KL, DEMO_MEDIA, DEMO_TODAY } from './demo-directives-data.js';

export { DEMO_TODAY };

async function actors(ctx: RequestContext): Promise<Actor[]> {
  const rows = await ctx.db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).orderBy('id').execute();
  return rows.map((u) => ({ userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id }));
}

/**
 * What happened to an instance in the demo's history (null: still open, overdue if past due).
 * Deterministic, so the demo and its tests tell the same story every time.
 */
function outcome(i: InstanceRow): { kind: 'done'; on: string } | { kind: 'cannot_do'; on: string; reason: string } | null {
  const who = i.label;
  const item = i.item_ordinal;
  const onTime = { kind: 'done' as const, on: i.due_on };
  // The media centre's tasks are completed by its media items, recorded below.
  if (item === 4) return null;
  if (item === 1 && i.description.startsWith('Báo cáo')) return null; // the report to the Standing Committee is overdue
  if (item === 2 && i.repeat === 'weekly' && i.description.startsWith('Tổng hợp') && i.occurs_on === '2021-10-19') return null;
  if (item === 2 && i.linked_record === 'weekly_plan' && i.occurs_on === '2021-10-15') return { kind: 'done', on: '2021-10-16' };
  if (item === 3 && i.repeat === 'none') return { kind: 'done', on: addDays(i.due_on, 3) };
  if (item === 3 && i.occurs_on === '2021-10-15') return { kind: 'cannot_do', on: '2021-10-15', reason: 'Trong tuần không có lô vật liệu mới tập kết nên không kiểm tra (dữ liệu minh họa)' };
  if (item === 5 && who === 'Nhóm 2' && i.repeat === 'none') return { kind: 'done', on: addDays(i.due_on, 2) };
  if (item === 5 && who === 'Nhóm 3' && i.occurs_on === '2021-09-23') return { kind: 'done', on: '2021-09-24' };
  if (item === 5 && who === 'Nhóm 6' && i.occurs_on >= '2021-10-14') return null;
  if (item === 5 && who === 'Nhóm 7' && i.occurs_on === '2021-09-30') {
    return { kind: 'cannot_do', on: '2021-09-30', reason: 'Trùng lịch tập huấn chuyên môn của ngành, nhóm đăng ký bù vào tuần sau (dữ liệu minh họa)' };
  }
  if (item === 6 && who === 'Yên Thành') {
    if (i.repeat === 'none') return { kind: 'done', on: addDays(i.due_on, 4) };
    if (i.linked_record === 'weekly_report' && i.occurs_on === '2021-10-04') return { kind: 'done', on: '2021-10-06' };
    if (i.linked_record === 'weekly_report' && i.occurs_on === '2021-10-18') return null;
    if (i.occurs_on === '2021-10-08') {
      return { kind: 'cannot_do', on: '2021-10-08', reason: 'Mưa lớn, đường vào thôn Khuổi Hốc sạt lở, không tập kết được vật liệu (dữ liệu minh họa)' };
    }
  }
  return onTime;
}

const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function seedDemoDirectives(ctx: RequestContext, v: { campaignId: number }): Promise<{ directiveId: number }> {
  await ctx.db.insertInto('settings').values({ key: CLOCK_SETTING, value: JSON.stringify(DEMO_TODAY) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(DEMO_TODAY) })).execute();
  const people = await actors(ctx);
  const coordinator = people.find((a) => a.role === 'coordinator')!;
  const office: RequestContext = { ...ctx, actor: coordinator };
  const agencyIds = new Map((await ctx.db.selectFrom('agencies').select(['id', 'name']).execute()).map((a) => [a.name, a.id]));
  const input: DirectiveCreateInput = {
    ...DIRECTIVE_02_KL, campaignId: v.campaignId,
    items: DIRECTIVE_02_KL.items.map((it) => ({
      ...it,
      tasks: it.tasks.map((t) => ({
        ...t,
        assignees: t.assignees.map((a) => ('agency' in a ? { kind: 'agency' as const, agencyId: agencyIds.get(a.agency)! } : a)),
      })),
    })),
  };
  const directiveId = await createDirective(office, input, DEMO_TODAY);

  // The history, oldest first: each report by a user of the assignee (else by the office).
  const instances = (await listInstances(ctx.db, { directiveId, status: 'pending' }, DEMO_TODAY))
    .filter((i) => i.occurs_on < DEMO_TODAY).sort((a, b) => a.due_on.localeCompare(b.due_on) || a.id - b.id);
  for (const i of instances) {
    const o = outcome(i);
    if (!o) continue;
    const actor = people.find((a) => a.role !== 'coordinator' && canReportOn(a, i)) ?? coordinator;
    const as: RequestContext = { ...ctx, actor };
    if (o.kind === 'cannot_do') await reportCannotDo(as, i.id, o.reason, o.on);
    else {
      const url = `https://ntm.quangbinh.example/${i.linked_record === 'weekly_plan' ? 'ke-hoach-tuan' : 'bao-cao'}/${slug(i.label)}-${i.occurs_on}`;
      await reportDone(as, i.id, { evidence: { kind: 'link', url } }, o.on);
    }
  }

  const media = people.find((a) => a.role === 'media')!;
  for (const m of DEMO_MEDIA) {
    await recordMediaItem({ ...ctx, actor: media }, { ...m, campaignId: v.campaignId, workdayIds: [], roadIds: [] });
  }
  return { directiveId };
}
