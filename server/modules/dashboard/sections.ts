// The dashboard's sections, each built by its own function from the module that owns the data.
// A section whose source has nothing to show says so with `available: false` and a reason; it never
// fills in figures of its own.
import type { Kysely } from 'kysely';
import { addDays, isoWeek } from '../../../domain/dates.js';
import { finishedOn, roadProgress, workTotals, type SegmentRecord } from '../../../domain/figures.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { campaignCommuneIds, communesByIds, communeViews } from '../criteria/index.js';
import { listInstances } from '../directives/index.js';
import { buildStatement } from '../fund/index.js';
import { planView } from '../plans/index.js';
import { buildRanking } from '../ranking/index.js';
import { reportingRateOf } from '../reports/index.js';
import { workRecordOf, type FigureSumRow } from '../workdays/index.js';
import { campaignFund, nextPlan, type CampaignRow, type SegmentSumRow } from './dashboard.repository.js';

type Db = Kysely<Database>;
export type Missing = { available: false; reason: string };
/** A section with nothing to show: the web app prints "chưa có dữ liệu" (no data yet). */
export const missing = (reason: string): Missing => ({ available: false, reason });

const segmentRecord = (s: SegmentSumRow): SegmentRecord => ({ status: s.status, lengthMm: s.length_mm, pouredOn: s.poured_on, acceptedOn: s.accepted_on, count: s.count });

/**
 * Km finished (segments poured or accepted) and accepted, segments by status: domain/figures.ts.
 * `since` is the campaign's first day: segments poured before it count apart (beforeKm).
 */
export function roadFigures(segments: SegmentSumRow[], asOf: string | undefined, since: string) {
  return roadProgress(segments.map(segmentRecord), asOf, since);
}

/** Km of segments finished and accepted on one day. */
export function roadFiguresOn(segments: SegmentSumRow[], day: string, since: string) {
  return finishedOn(segments.map(segmentRecord), day, since);
}

/** People, officials, participants, labour-days, metres and m³ of the workday records: domain/figures.ts. */
export function workSection(rows: FigureSumRow[]) {
  const t = workTotals(rows.map(workRecordOf));
  return t.workdays || t.cancelled ? { available: true as const, ...t } : missing('no_workdays');
}

export async function fundSection(db: Db, campaignId: number) {
  const fund = await campaignFund(db, campaignId);
  if (!fund) return missing('no_fund');
  const st = await buildStatement(db, fund);
  return { available: true as const, fundId: fund.id, received: st.totals.received, allocated: st.totals.allocated, spent: st.totals.spent,
    unallocated: st.totals.unallocated, pending: st.totals.pending };
}

/** Reporting rate as DHIS2 defines it: received ÷ expected (target communes × weeks due). */
export async function reportsSection(db: Db, campaignId: number) {
  const r = await reportingRateOf(db, campaignId);
  if (!r.expected) return missing('no_reports_due');
  return { available: true as const, expected: r.expected, received: r.received, onTime: r.onTime, ratePercent: r.ratePercent, onTimePercent: r.onTimePercent,
    weeks: r.weeks.length, communes: r.communes };
}

/** Criterion 2, roads and work of each target commune: a fixed number of queries for any number of communes. */
export async function communesSection(ctx: RequestContext, campaign: { id: number; start: string }, segments: SegmentSumRow[], work: FigureSumRow[], roads: Map<number, number>, asOf: string) {
  const campaignId = campaign.id;
  const communes = await communesByIds(ctx.db, (await campaignCommuneIds(ctx.db, campaignId)) ?? []);
  const views = await communeViews(ctx, communes, { campaignId, asOf });
  return communes.map((commune, i) => {
    const c = views[i];
    return {
      commune: c.commune, status: c.status, metAtThresholds: c.metAtThresholds, thresholdsConfirmed: c.thresholdsConfirmed,
      indicators: c.indicators.map((x) => ({ indicator: x.indicator, roadClass: x.roadClass, totalKm: x.totalKm, hardenedKm: x.hardenedKm,
        sharePercent: x.sharePercent, thresholdPercent: x.thresholdPercent, met: x.met, missingKm: x.missingKm,
        projection: { status: x.projection.status, date: x.projection.date } })),
      roads: roads.get(commune.id) ?? 0, ...roadFigures(segments.filter((s) => s.commune_id === commune.id), undefined, campaign.start),
      work: workSection(work.filter((w) => w.commune_id === commune.id)),
    };
  });
}

/**
 * The campaign days up to today: the days the weekly series and the headline read the segments on,
 * and the eve of the campaign's first day, so a segment poured before the campaign stays before it.
 */
export function figureCuts(days: string[], today: string, lastDay: string | null, start: string): string[] {
  return [...new Set([addDays(start, -1), ...days.filter((d) => d <= today), today, ...(lastDay ? [addDays(lastDay, -1)] : [])])].sort();
}

/** Cumulative km finished and accepted at the end of each report week of the campaign up to today, with the week's metres and m³ from workdays. */
export function weeklySeries(segments: SegmentSumRow[], work: FigureSumRow[], days: string[], today: string, since: string) {
  const weeks = new Map<string, string>(); // week label → its last campaign day
  for (const d of days.filter((x) => x <= today)) { const w = isoWeek(d); weeks.set(`${w.year}-W${String(w.week).padStart(2, '0')}`, d); }
  const labels = [...weeks.keys()].sort();
  return labels.map((week, i) => {
    const end = weeks.get(week)!;
    const start = i > 0 ? weeks.get(labels[i - 1])! : '0000-00-00';
    const road = roadFigures(segments, end, since);
    const t = workTotals(work.filter((w) => w.day > start && w.day <= end).map(workRecordOf));
    return { week, endDay: end, finishedKm: road.finishedKm, acceptedKm: road.acceptedKm, weekLengthM: t.lengthM, weekM3: t.volumeM3 };
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
