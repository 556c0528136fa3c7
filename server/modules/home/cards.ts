// The home page's cards: "what must I do next?" for the signed-in user. Which cards a user gets
// follows the permissions of the role (the same list that guards the pages the cards link to), in
// the order of that role's day: the commune clerk's Saturday first, the office's week, the
// inspector's queue. Each card carries the link of the action itself, and its items their own.
import { addDays } from '../../../domain/dates.js';
import { formatChainageRange } from '../../../domain/chainage.js';
import { can, type Actor } from '../../../domain/roles.js';
import type { RequestContext } from '../../http/context.js';
import { businessToday, listInstances } from '../directives/index.js';
import { planView } from '../plans/index.js';
import { completeness } from '../reports/index.js';
import {
  daysAround, entriesOfDay, groupNames, groupsOfAgency, homeCampaign, lotsToInspect, planOn, registrationsOfGroups, registrationsToConfirm,
  reportsToReview, segmentsToAccept, type Scope,
} from './home.repository.js';

export type ItemState = 'todo' | 'partial' | 'done' | 'due' | 'overdue' | 'waiting' | 'red' | 'ok';
export interface HomeItem {
  id: number | string; label: string; day?: string | null; state?: ItemState; link: string;
  /** A registration's headcount; a lot's material code (the web names it in the user's language). */
  people?: number; material?: { code: string; name: string };
}
export interface HomeCard {
  kind: 'record' | 'nextDay' | 'confirmRegistrations' | 'register' | 'reports' | 'reviewReports' | 'myTasks' | 'lateTasks'
    | 'inspectLots' | 'acceptSegments' | 'dashboard' | 'media' | 'users';
  /** How many things are waiting (0: nothing to do, the card says so). */
  count: number;
  link: string;
  day?: string | null;
  /** nextDay: the plan's status ('none' when there is no plan yet) and its red readiness items. */
  status?: string;
  redItems?: number;
  items: HomeItem[];
}

const MAX_ITEMS = 6;
const workdayLink = (campaignId: number, e: { commune_id: number; group_id: number; id: number }, day: string) =>
  `/workdays/new?campaignId=${campaignId}&communeId=${e.commune_id}&groupId=${e.group_id}&day=${day}&planEntryId=${e.id}`;

/** The part of the day a user works in: a commune its own, a lead agency its groups, a member agency its groups, the office all. */
async function scopeOf(ctx: RequestContext, actor: Actor, campaignId: number): Promise<Scope> {
  if (actor.role === 'commune') return { communeId: actor.unitId ?? 0 };
  if (actor.role === 'group_lead') return { groupIds: actor.agencyId ? await groupsOfAgency(ctx.db, campaignId, actor.agencyId, 'lead') : [] };
  if (actor.role === 'agency') return { groupIds: actor.agencyId ? await groupsOfAgency(ctx.db, campaignId, actor.agencyId, 'member') : [] };
  return {};
}

export async function homeCards(ctx: RequestContext, actor: Actor) {
  const db = ctx.db;
  const today = await businessToday(db);
  const campaign = await homeCampaign(db, today);
  const cards: HomeCard[] = [];
  const add = (card: HomeCard | null) => { if (card) cards.push({ ...card, items: card.items.slice(0, MAX_ITEMS) }); };
  if (!campaign) return { today, campaign: null, cards: roleLinks(actor, cards) };
  const scope = await scopeOf(ctx, actor, campaign.id);
  const { last, next } = await daysAround(db, campaign.id, today);

  // The Saturday just worked: the plan's entries in scope not yet (or half) recorded.
  if (can(actor, 'workdays.write') && actor.role !== 'coordinator' && last) {
    const entries = await entriesOfDay(db, campaign.id, last, scope);
    const mine = (e: (typeof entries)[number]) => (actor.role === 'group_lead' ? e.group_part : e.commune_part);
    const items: HomeItem[] = entries.map((e) => ({
      id: e.id, label: `${e.group_name} · ${e.commune_name}`, day: last,
      state: !e.workday_id ? 'todo' : mine(e) ? 'done' : 'partial',
      link: e.workday_id ? `/workdays/${e.workday_id}` : workdayLink(campaign.id, e, last),
    }));
    const open = items.filter((i) => i.state !== 'done');
    add({ kind: 'record', count: open.length, day: last, link: open[0]?.link ?? '/workdays', items: [...open, ...items.filter((i) => i.state === 'done')] });
  }

  // Registrations waiting for the commune's answer.
  if (can(actor, 'registrations.confirm')) {
    const regs = await registrationsToConfirm(db, campaign.id, today, scope.communeId);
    add({ kind: 'confirmRegistrations', count: regs.length, link: '/registrations', items: regs.map((r) => ({ id: r.id, label: `${r.group_name} · ${r.commune_name}`, people: r.headcount, day: String(r.day), state: 'waiting', link: '/registrations' })) });
  }

  // The group lead's registration for the next campaign day.
  if (can(actor, 'registrations.write') && next) {
    const groups = await groupNames(db, scope.groupIds ?? []);
    const regs = await registrationsOfGroups(db, campaign.id, next, groups.map((g) => g.id));
    // `register=1` opens the registration form on that day.
    const registerLink = `/registrations?campaign=${campaign.id}&day=${next}&register=1`;
    const items: HomeItem[] = groups.map((g) => {
      const r = regs.find((x) => x.group_id === g.id);
      return { id: g.id, label: g.name, day: next, state: r ? 'done' : 'todo', link: r ? `/registrations?campaign=${campaign.id}&day=${next}` : registerLink };
    });
    const todo = items.filter((i) => i.state === 'todo').length;
    add({ kind: 'register', count: todo, day: next, link: todo ? registerLink : '/registrations', items });
  }

  // The commune's weekly reports: overdue first, then the one due now.
  if (can(actor, 'reports.write') && actor.role === 'commune') {
    const grid = await completeness(db, campaign.id, {});
    const row = grid?.communes.find((c) => c.id === actor.unitId);
    const cells = (row?.cells ?? []).filter((c) => c.state === 'missing' || c.state === 'due' || c.status === 'returned' || (c.status === 'draft' && c.state !== 'not_started'));
    const items: HomeItem[] = cells.map((c) => ({
      id: c.weekStart, label: c.weekStart, day: c.weekStart, state: c.state === 'missing' ? 'overdue' : 'due',
      link: c.reportId ? `/weekly-reports/${c.reportId}` : `/weekly-reports?campaignId=${campaign.id}&weekStart=${c.weekStart}`,
    }));
    add({ kind: 'reports', count: items.length, link: items[0]?.link ?? '/weekly-reports', items });
  }

  // The next campaign day: its plan, the entries in scope, and for the office the red readiness items.
  if (can(actor, 'plans.read') && next) {
    const plan = await planOn(db, campaign.id, next);
    const view = plan && can(actor, 'plans.write') ? await planView(db, actor, plan.id) : null;
    const entries = await entriesOfDay(db, campaign.id, next, scope);
    const items: HomeItem[] = view
      ? view.entries.map((e) => ({ id: e.id, label: `${e.group.name} · ${e.commune.name}`, day: next, state: e.readiness.ok ? 'ok' : 'red', link: `/plans/${view.id}` }))
      : entries.map((e) => ({ id: e.id, label: `${e.group_name} · ${e.commune_name}${e.meeting_time ? ` · ${e.meeting_time.slice(0, 5)}` : ''}${e.meeting_place ? ` · ${e.meeting_place}` : ''}`,
        day: next, link: `/plans/${e.plan_id}` }));
    const redItems = view?.totals.redItems ?? 0;
    const status = plan?.status ?? 'none';
    const count = can(actor, 'plans.write') ? (status === 'published' ? 0 : 1) + redItems : 0;
    add({ kind: 'nextDay', count, day: next, status, redItems, link: plan ? `/plans/${plan.id}` : '/plans', items });
  }

  // The office: registrations waiting (all communes) and reports to review.
  if (can(actor, 'reports.review')) {
    const reports = await reportsToReview(db, campaign.id);
    add({ kind: 'reviewReports', count: reports.length, link: reports[0] ? `/weekly-reports/${reports[0].id}` : '/weekly-reports',
      items: reports.map((r) => ({ id: r.id, label: r.commune_name, day: String(r.week_start), state: 'waiting', link: `/weekly-reports/${r.id}` })) });
  }

  // The inspector's queue: lots to test, segments to accept.
  if (can(actor, 'inspection.record')) {
    const lots = await lotsToInspect(db);
    add({ kind: 'inspectLots', count: lots.length, link: lots[0] ? `/stock/lots/${lots[0].id}` : '/stock',
      items: lots.map((l) => ({ id: l.id, label: `${l.commune_name} · ${l.supplier}`, material: { code: l.material_code, name: l.material_name }, day: String(l.received_on), state: 'todo', link: `/stock/lots/${l.id}` })) });
  }
  if (can(actor, 'segments.accept') && actor.role !== 'coordinator') {
    const segs = await segmentsToAccept(db);
    // `?accept=` opens the segment's acceptance form on the road's page.
    const acceptLink = (s: (typeof segs)[number]) => `/roads/${s.road_id}?accept=${s.id}`;
    add({ kind: 'acceptSegments', count: segs.length, link: segs[0] ? acceptLink(segs[0]) : '/roads',
      items: segs.map((s) => ({ id: s.id, label: `${s.road_name} · ${formatChainageRange(s.from_mm, s.to_mm)} · ${s.commune_name}`, day: s.poured_on ? String(s.poured_on).slice(0, 10) : null, state: 'todo', link: acceptLink(s) })) });
  }

  // Tasks of directives: one's own, and for the office and leadership everyone's overdue ones.
  if (can(actor, 'tasks.report')) {
    const rows = await listInstances(db, { mine: actor, status: 'pending', to: addDays(today, 14) }, today, { limit: 50 });
    add({ kind: 'myTasks', count: rows.length, link: '/tasks', items: rows.map((r) => ({ id: r.id, label: r.description, day: String(r.due_on).slice(0, 10),
      state: String(r.due_on).slice(0, 10) < today ? 'overdue' : 'due', link: '/tasks' })) });
  }
  if (can(actor, 'dashboard.read') && can(actor, 'directives.read')) {
    const rows = await listInstances(db, { status: 'overdue' }, today, { limit: 50 });
    add({ kind: 'lateTasks', count: rows.length, link: '/directives', items: rows.map((r) => ({ id: r.id, label: `${r.label}: ${r.description}`, day: String(r.due_on).slice(0, 10),
      state: 'overdue', link: `/directives/${r.directive_id}` })) });
  }
  return { today, campaign: { id: campaign.id, name: campaign.name }, cards: roleLinks(actor, cards) };
}

/** Cards that only open a page: the leader's dashboard first, media's library, the administrator's users. */
function roleLinks(actor: Actor, cards: HomeCard[]): HomeCard[] {
  // Waiting work first, in the role's order; cards with nothing waiting after it.
  const out = [...cards.filter((c) => c.count > 0), ...cards.filter((c) => c.count === 0)];
  if (can(actor, 'dashboard.read') && !can(actor, 'plans.write')) out.unshift({ kind: 'dashboard', count: 0, link: '/dashboard', items: [] });
  if (can(actor, 'dashboard.read') && can(actor, 'plans.write')) out.push({ kind: 'dashboard', count: 0, link: '/dashboard', items: [] });
  if (can(actor, 'media.write') && !can(actor, 'plans.write')) out.push({ kind: 'media', count: 0, link: '/media', items: [] });
  if (can(actor, 'users.write')) out.unshift({ kind: 'users', count: 0, link: '/users', items: [] });
  return out;
}
