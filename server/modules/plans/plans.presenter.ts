// Plan rows → API JSON: entries with their segments, registration and go/no-go checklist, totals,
// and what the user may do. The same shape, without actions, is the snapshot kept per version.
import type { Kysely } from 'kysely';
import { isoWeek, todayInVietnam } from '../../../domain/dates.js';
import { allGreen, type RegistrationStatus } from '../../../domain/plans.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import { businessToday } from './clock.js';
import { entryActions, planActions } from './plans.policy.js';
import { entriesOf, getPlan, type EntryRow, type PlanRow } from './plans.repository.js';
import { readinessOf, type EntryReadiness } from './readiness.js';
import { listRegistrations } from './registrations/registrations.repository.js';
import { segmentFacts, type SegmentFact } from './sources.js';

export const m3 = (litres: number) => litres / 1000;
export const metres = (mm: number) => mm / 1000;

export function presentSegmentRef(f: SegmentFact) {
  return { id: f.id, roadId: f.roadId, roadName: f.roadName, label: f.label, chainage: f.chainage, status: f.status,
    lengthM: metres(f.lengthMm), remainingM3: m3(f.remainingLitres) };
}

/** Everything a plan's page, sheet or snapshot needs, loaded once. */
export interface PlanBundle {
  plan: PlanRow; entries: EntryRow[]; facts: Map<number, SegmentFact>; ready: Map<number, EntryReadiness>;
  registrations: Map<number, { id: number; status: RegistrationStatus; headcount: number; target_litres: number }>;
}

export async function loadBundle(db: Kysely<Database>, planOrId: PlanRow | number): Promise<PlanBundle | undefined> {
  const plan = typeof planOrId === 'number' ? await getPlan(db, planOrId) : planOrId;
  if (!plan) return undefined;
  const entries = await entriesOf(db, { planIds: [plan.id] });
  const facts = new Map((await segmentFacts(db, { ids: [...new Set(entries.flatMap((e) => e.segment_ids))] })).map((f) => [f.id, f]));
  const ready = await readinessOf(db, plan, entries, facts);
  const regs = await listRegistrations(db, { campaignId: plan.campaign_id, day: plan.day, groupIds: entries.map((e) => e.group_id) });
  return { plan, entries, facts, ready, registrations: new Map(regs.map((r) => [r.group_id, r])) };
}

function presentEntry(b: PlanBundle, e: EntryRow, actor: Actor | null, today: string) {
  const r = b.ready.get(e.id);
  const reg = b.registrations.get(e.group_id);
  return {
    id: e.id,
    group: { id: e.group_id, name: e.group_name, kind: e.group_kind, leadAgencyId: e.lead_agency_id, leadAgencyName: e.lead_agency_name },
    commune: { id: e.commune_id, name: e.commune_name },
    segments: e.segment_ids.map((id) => b.facts.get(id)).filter((f): f is SegmentFact => !!f).map(presentSegmentRef),
    headcount: e.headcount, targetVolumeM3: m3(e.target_litres), targetLengthM: metres(e.target_length_mm), mixers: e.mixers,
    meetingTime: e.meeting_time, meetingPlace: e.meeting_place, notes: e.notes,
    explanation: e.explanation_vi ? { vi: e.explanation_vi, en: e.explanation_en ?? e.explanation_vi } : null,
    supervisor: e.supervisor_name ? { name: e.supervisor_name, phone: e.supervisor_phone } : null,
    site: e.site_ready_at ? { readyOn: todayInVietnam(new Date(e.site_ready_at)), note: e.site_note } : null,
    registration: reg ? { id: reg.id, status: reg.status, headcount: reg.headcount, targetVolumeM3: m3(reg.target_litres) } : null,
    readiness: { ok: r ? allGreen(r.checks) : false, items: r?.checks ?? [] },
    actions: actor ? entryActions(actor, b.plan, e, today) : [],
  };
}

export function presentPlan(b: PlanBundle, actor: Actor | null, today: string) {
  const p = b.plan;
  const entries = b.entries.map((e) => presentEntry(b, e, actor, today));
  const w = isoWeek(p.day);
  return {
    id: p.id, campaignId: p.campaign_id, campaignName: p.campaign_name, day: p.day, week: `Tuần ${w.week}/${w.year}`,
    status: p.status, versionNo: p.version_no, note: p.note, cancelReason: p.cancel_reason, movedToPlanId: p.moved_to_plan_id,
    publishedAt: p.published_at ? new Date(p.published_at).toISOString() : null, closedAt: p.closed_at ? new Date(p.closed_at).toISOString() : null,
    totals: {
      entries: entries.length,
      headcount: b.entries.reduce((s, e) => s + e.headcount, 0),
      targetVolumeM3: m3(b.entries.reduce((s, e) => s + e.target_litres, 0)),
      targetLengthM: metres(b.entries.reduce((s, e) => s + e.target_length_mm, 0)),
      mixers: b.entries.reduce((s, e) => s + e.mixers, 0),
      redItems: entries.reduce((s, e) => s + e.readiness.items.filter((i) => !i.ok).length, 0),
    },
    entries,
    actions: actor ? planActions(actor, p, today) : [],
    version: p.version,
  };
}
export type PlanOutT = ReturnType<typeof presentPlan>;

/** The plan as JSON for this actor, freshly read. */
export async function planView(db: Kysely<Database>, actor: Actor | null, id: number): Promise<PlanOutT | undefined> {
  const b = await loadBundle(db, id);
  return b ? presentPlan(b, actor, await businessToday(db)) : undefined;
}

/** What a version keeps: the plan without anyone's actions. */
export function snapshotOf(b: PlanBundle, today: string) {
  const { actions: _a, ...rest } = presentPlan(b, null, today);
  return { ...rest, entries: rest.entries.map(({ actions: _x, ...e }) => e) };
}
