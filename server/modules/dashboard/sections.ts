// The dashboard's sections, each built by its own function from the module that owns the data.
// A section whose source has nothing to show says so with `available: false` and a reason; it never
// fills in figures of its own.
import type { Kysely } from 'kysely';
import { isoWeek } from '../../../domain/dates.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { campaignCommuneIds, communeView, communesByIds } from '../criteria/index.js';
import { listInstances } from '../directives/index.js';
import { buildStatement } from '../fund/index.js';
import { planView } from '../plans/index.js';
import { buildRanking } from '../ranking/index.js';
import { figuresOf, type FigureRow } from '../workdays/index.js';
import { campaignFund, nextPlan, reportPunctuality, type CampaignRow, type SegmentRow } from './dashboard.repository.js';

type Db = Kysely<Database>;
export type Missing = { available: false; reason: string };
/** A section with nothing to show: the web app prints "chưa có dữ liệu" (no data yet). */
export const missing = (reason: string): Missing => ({ available: false, reason });

const km = (mm: number) => Math.round(mm / 1000) / 1000;
const m3 = (litres: number) => Math.round(litres) / 1000;

/** Km and m³ poured (poured or accepted) and accepted, from the segments. */
export function roadFigures(segments: SegmentRow[], day?: string) {
  const poured = segments.filter((s) => s.poured_on && (!day || s.poured_on === day));
  const accepted = segments.filter((s) => s.status === 'accepted' && (!day || s.accepted_on === day));
  return {
    pouredKm: km(poured.reduce((a, s) => a + s.length_mm, 0)), pouredM3: m3(poured.reduce((a, s) => a + s.litres, 0)),
    acceptedKm: km(accepted.reduce((a, s) => a + s.length_mm, 0)), acceptedM3: m3(accepted.reduce((a, s) => a + s.litres, 0)),
    totalKm: day ? null : km(segments.reduce((a, s) => a + s.length_mm, 0)),
  };
}

/** Participants and labour-days from the workday records (officials and local people apart). */
export function workFigures(rows: FigureRow[]) {
  const recorded = rows.filter((w) => w.status === 'recorded');
  const officials = recorded.reduce((a, w) => a + w.officials, 0);
  const people = recorded.reduce((a, w) => a + w.people_full + w.people_half, 0);
  const halves = recorded.reduce((a, w) => a + w.official_halves + w.people_full * 2 + w.people_half, 0);
  return { available: true as const, workdays: recorded.length, participants: { officials, people, total: officials + people },
    labourDays: halves / 2, pouredM3: m3(recorded.reduce((a, w) => a + w.litres, 0)) };
}

export async function workdaySection(db: Db, campaignId: number, day?: string) {
  const rows = await figuresOf(db, { campaignId, ...(day ? { day } : {}) });
  return rows.length ? workFigures(rows) : missing('no_workdays');
}

export async function fundSection(db: Db, campaignId: number) {
  const fund = await campaignFund(db, campaignId);
  if (!fund) return missing('no_fund');
  const st = await buildStatement(db, fund);
  return { available: true as const, fundId: fund.id, received: st.totals.received, allocated: st.totals.allocated, spent: st.totals.spent,
    unallocated: st.totals.unallocated, pending: st.totals.pending };
}

export async function reportsSection(db: Db, campaignId: number) {
  const r = await reportPunctuality(db, campaignId);
  if (!r.submitted) return missing('no_reports');
  return { available: true as const, submitted: r.submitted, onTime: r.onTime, onTimePercent: Math.round((r.onTime / r.submitted) * 1000) / 10 };
}

export async function communesSection(ctx: RequestContext, campaignId: number, segments: SegmentRow[], asOf: string) {
  const ids = (await campaignCommuneIds(ctx.db, campaignId)) ?? [];
  const items = [];
  for (const commune of await communesByIds(ctx.db, ids)) {
    const c = await communeView(ctx, commune, { campaignId, asOf });
    const mine = segments.filter((s) => s.commune_id === commune.id);
    items.push({
      commune: c.commune, status: c.status, metAtThresholds: c.metAtThresholds, thresholdsConfirmed: c.thresholdsConfirmed,
      indicators: c.indicators.map((i) => ({ indicator: i.indicator, roadClass: i.roadClass, totalKm: i.totalKm, hardenedKm: i.hardenedKm,
        sharePercent: i.sharePercent, thresholdPercent: i.thresholdPercent, met: i.met, missingKm: i.missingKm,
        projection: { status: i.projection.status, date: i.projection.date } })),
      roads: new Set(mine.map((s) => s.road_id)).size, segments: mine.length, ...roadFigures(mine),
    });
  }
  return items;
}

/** Cumulative km poured and accepted at the end of each ISO week of the campaign up to today, with the week's m³ from workdays. */
export function weeklySeries(segments: SegmentRow[], work: FigureRow[], days: string[], today: string) {
  const weeks = new Map<string, string>(); // week label → its last campaign day
  for (const d of days.filter((x) => x <= today)) { const w = isoWeek(d); weeks.set(`${w.year}-W${String(w.week).padStart(2, '0')}`, d); }
  const labels = [...weeks.keys()].sort();
  return labels.map((week) => {
    const end = weeks.get(week)!;
    const start = labels.indexOf(week) > 0 ? weeks.get(labels[labels.indexOf(week) - 1])! : '0000-00-00';
    return { week, endDay: end,
      pouredKm: km(segments.filter((s) => s.poured_on && s.poured_on <= end).reduce((a, s) => a + s.length_mm, 0)),
      acceptedKm: km(segments.filter((s) => s.status === 'accepted' && s.accepted_on && s.accepted_on <= end).reduce((a, s) => a + s.length_mm, 0)),
      weekM3: m3(work.filter((w) => w.status === 'recorded' && w.day > start && w.day <= end).reduce((a, w) => a + w.litres, 0)) };
  });
}

export async function lateTasksSection(db: Db, today: string) {
  const rows = await listInstances(db, { status: 'overdue' }, today, { limit: 20 });
  return { available: true as const, items: rows.map((r) => ({ id: r.id, dueOn: String(r.due_on).slice(0, 10), description: r.description,
    directive: { id: r.directive_id, number: r.directive_number }, assignee: r.label })) };
}

export async function rankingSection(db: Db, campaignId: number) {
  const r = await buildRanking(db, campaignId, { kind: 'campaign' });
  if (!r || !r.campaignDaysWorked) return missing('no_workdays');
  return { available: true as const, campaignDaysWorked: r.campaignDaysWorked,
    groups: r.groups.map((g) => ({ rank: g.rank, id: g.id, name: g.name, score: g.score, participationPercent: g.participationPercent, labourDays: g.labourDays, volumeM3: g.volumeM3 })) };
}

/** Next Saturday's plan (the first plan from today on): go when published with every readiness check green. */
export async function nextPlanSection(db: Db, actor: Actor, campaign: CampaignRow, today: string) {
  const row = await nextPlan(db, campaign.id, today);
  if (!row) return missing('no_plan');
  const p = await planView(db, actor, row.id);
  if (!p) return missing('no_plan');
  const go = p.status === 'published' && p.totals.redItems === 0 && p.totals.entries > 0;
  return { available: true as const, planId: p.id, day: p.day, status: p.status, go, redItems: p.totals.redItems, entries: p.totals.entries,
    headcount: p.totals.headcount, targetVolumeM3: p.totals.targetVolumeM3,
    blockers: p.entries.flatMap((e) => e.readiness.items.filter((i) => !i.ok).map((i) => ({ group: e.group.name, commune: e.commune.name, check: i }))).slice(0, 10) };
}
