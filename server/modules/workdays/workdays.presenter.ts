// Workday rows → API JSON, the only path to the wire. Totals are computed here from attendance and
// pours; the group's side gets its own part and the totals, not the commune's detail.
import type { Kysely } from 'kysely';
import { recordFigures } from '../../../domain/figures.js';
import { halvesToDays, labourTotals, materialVariance } from '../../../domain/labour.js';
import { reportWeekOf, type ReportCalendar } from '../../../domain/reporting.js';
import type { Actor } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';
import { mayEditCommunePart, mayEditGroupPart, seesCommunePart, sideOf } from './workdays.policy.js';
import { attendanceOf, photosOf, poursOf, type AttendanceRow, type PourRow, type WorkdayRow } from './workdays.repository.js';
import { issuedTo, segmentFacts, tolerances, type IssuedMaterial, type SegmentFact } from './sources.js';

const m3 = (litres: number) => Math.round(litres) / 1000;
const metres = (mm: number) => Math.round(mm) / 1000;

const KIND_UNIT: Record<string, { unit: string; vi: string }> = {
  cement: { unit: 'kg', vi: 'Xi măng' }, sand: { unit: 'l', vi: 'Cát' }, stone: { unit: 'l', vi: 'Đá' },
};

/** Norm per material kind (kg of cement, litres of sand and stone) for the volume poured. */
export function normsFor(pours: ReadonlyArray<{ segment_id: number; litres: number }>, facts: Map<number, SegmentFact>): Record<string, number> {
  const out: Record<string, number> = { cement: 0, sand: 0, stone: 0 };
  for (const p of pours) {
    const mix = facts.get(p.segment_id)?.mix;
    if (!mix) continue;
    out.cement += (p.litres * mix.cementG) / 1e6;
    out.sand += (p.litres * mix.sandCm3) / 1e6;
    out.stone += (p.litres * mix.stoneCm3) / 1e6;
  }
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]);
  return out;
}

export function variancesFor(pours: PourRow[], issued: IssuedMaterial[], facts: Map<number, SegmentFact>, tolerancePercent: number) {
  const norms = normsFor(pours, facts);
  const kinds = new Set([...Object.keys(norms).filter((k) => norms[k] > 0), ...issued.filter((i) => KIND_UNIT[i.kind]).map((i) => i.kind)]);
  return [...kinds].map((kind) => {
    const v = materialVariance(kind, issued.filter((i) => i.kind === kind).reduce((s, i) => s + i.quantity, 0), norms[kind] ?? 0, tolerancePercent);
    return { code: kind, name: KIND_UNIT[kind].vi, unit: KIND_UNIT[kind].unit, issued: v.issued, norm: v.norm,
      variancePercent: v.varianceBp === null ? null : v.varianceBp / 100, flag: v.flag };
  });
}

interface Loaded { attendance: AttendanceRow[]; pours: PourRow[]; photos: Awaited<ReturnType<typeof photosOf>>; issued: IssuedMaterial[]; facts: Map<number, SegmentFact> }

async function load(db: Kysely<Database>, rows: WorkdayRow[]): Promise<Loaded> {
  const ids = rows.map((r) => r.id);
  const pours = await poursOf(db, ids);
  return {
    attendance: await attendanceOf(db, ids), pours, photos: await photosOf(db, ids), issued: await issuedTo(db, ids),
    facts: await segmentFacts(db, [...new Set(pours.map((p) => p.segment_id))]),
  };
}

/** Records whose week the commune has reported (submitted or approved): frozen, as the commands refuse changes. */
async function reportedIds(db: Kysely<Database>, rows: WorkdayRow[], calendars: Map<number, ReportCalendar>, statuses: Array<'submitted' | 'approved'> = ['submitted', 'approved']): Promise<Set<number>> {
  if (!rows.length) return new Set();
  const reports = await db.selectFrom('weekly_reports').select(['campaign_id', 'commune_id', 'week_start'])
    .where('commune_id', 'in', [...new Set(rows.map((r) => r.commune_id))]).where('status', 'in', statuses).execute();
  const key = (campaignId: number, communeId: number, week: string) => `${campaignId}:${communeId}:${week}`;
  const done = new Set(reports.map((r) => key(r.campaign_id, r.commune_id, r.week_start)));
  return new Set(rows.filter((w) => done.has(key(w.campaign_id, w.commune_id, reportWeekOf(w.day, calendars.get(w.campaign_id)!)))).map((w) => w.id));
}

export async function presentWorkdays(db: Kysely<Database>, actor: Actor, rows: WorkdayRow[]) {
  const l = await load(db, rows);
  const tol = new Map<number, number>();
  const calendars = new Map<number, ReportCalendar>();
  for (const campaignId of new Set(rows.map((r) => r.campaign_id))) {
    const t = await tolerances(db, campaignId);
    tol.set(campaignId, t.materialPercent);
    calendars.set(campaignId, t.calendar);
  }
  const reported = await reportedIds(db, rows, calendars);
  // The group's attendance stays open until the office approves the week's report.
  const approved = await reportedIds(db, rows, calendars, ['approved']);
  return rows.map((w) => {
    const attendance = l.attendance.filter((a) => a.workday_id === w.id);
    const pours = l.pours.filter((p) => p.workday_id === w.id);
    const issued = l.issued.filter((i) => i.workdayId === w.id);
    const people = { fullDay: w.people_full, halfDay: w.people_half };
    const t = labourTotals(attendance.map((a) => ({ fullDay: a.full_day, halfDay: a.half_day })), people);
    const side = sideOf(actor, { communeId: w.commune_id, groupId: w.group_id, leadAgencyId: w.lead_agency_id });
    const open = w.status === 'recorded';
    const editable = open && !reported.has(w.id);
    const actions: Array<'editGroup' | 'editCommune' | 'cancel' | 'addPhoto'> = [];
    if (open && !approved.has(w.id) && mayEditGroupPart(side)) actions.push('editGroup');
    if (editable && mayEditCommunePart(side)) actions.push('editCommune');
    // A day on which concrete was poured or materials issued cannot be cancelled (cancelWorkday refuses it).
    if (editable && mayEditCommunePart(side) && !pours.length && !issued.length) actions.push('cancel');
    if (open && side) actions.push('addPhoto');
    return {
      id: w.id, clientId: w.client_id, campaignId: w.campaign_id, day: w.day, status: w.status, cancelReason: w.cancel_reason,
      commune: { id: w.commune_id, name: w.commune_name }, group: { id: w.group_id, name: w.group_name },
      planEntryId: w.plan_entry_id, createdSide: w.created_side, version: w.version, reported: reported.has(w.id),
      position: w.latitude !== null && w.longitude !== null
        ? { latitude: w.latitude, longitude: w.longitude, accuracyM: w.gps_accuracy_m, at: w.located_at ? new Date(w.located_at).toISOString() : null } : null,
      // The list counts a record as every view does (domain/figures.ts): a cancelled day counts nothing.
      totals: recordFigures({ status: w.status, officials: t.officials, officialHalves: attendance.reduce((a, x) => a + x.full_day * 2 + x.half_day, 0),
        peopleFull: w.people_full, peopleHalf: w.people_half, litres: pours.reduce((a, p) => a + p.litres, 0), lengthMm: pours.reduce((a, p) => a + p.length_mm, 0) }),
      /** Plausibility warnings kept from the last write (domain/plausibility.ts). */
      warnings: w.warnings ?? [],
      groupPart: {
        attendance: attendance.map((a) => ({ agency: { id: a.agency_id, name: a.agency_name }, fullDay: a.full_day, halfDay: a.half_day,
          names: a.names ?? [], labourDays: halvesToDays(a.full_day * 2 + a.half_day) })),
        note: w.group_note,
      },
      communePart: seesCommunePart(actor, w.commune_id) ? {
        people,
        pours: pours.map((p) => ({ segmentId: p.segment_id, roadId: p.road_id, roadName: p.road_name, chainage: p.chainage, lengthM: metres(p.length_mm), volumeM3: m3(p.litres) })),
        supervisorName: w.supervisor_name, supervisorPhone: w.supervisor_phone, weather: w.weather, incidents: w.incidents, note: w.commune_note,
        materials: issued.map((i) => ({ movementId: i.movementId, lotId: i.lotId, code: i.code, name: i.name, quantity: i.quantity, unit: i.baseUnit, flaggedUnpassed: i.flaggedUnpassed })),
        variances: variancesFor(pours, issued, l.facts, tol.get(w.campaign_id) ?? 10),
      } : null,
      photos: l.photos.filter((p) => p.workday_id === w.id && (p.side !== 'commune' || seesCommunePart(actor, w.commune_id))).map((p) => ({
        id: p.id, side: p.side, phase: p.phase, fileId: p.file_id, url: `/api/v1/files/${p.file_id}/content`,
        displayUrl: p.display_key ? `/api/v1/workday-photos/${p.id}/display` : null,
        takenAt: p.taken_at ? new Date(p.taken_at).toISOString() : null,
        gps: p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude, accuracyM: p.gps_accuracy_m } : null,
        factsFrom: p.facts_source,
        width: p.width, height: p.height,
      })),
      actions,
    };
  });
}
export type WorkdayView = Awaited<ReturnType<typeof presentWorkdays>>[number];

export async function presentWorkday(db: Kysely<Database>, actor: Actor, row: WorkdayRow): Promise<WorkdayView> {
  return (await presentWorkdays(db, actor, [row]))[0];
}
