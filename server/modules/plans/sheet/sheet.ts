// The plan sheet of a day as data: by commune (who comes, how many, which segments, the materials
// to stage at each road against what is staged and passed) and by group (where, when, whom to
// meet), with each entry's go/no-go items that are still red. PDF, XLSX and the web page all print
// from this one shape.
import type { Kysely } from 'kysely';
import { isoWeek } from '../../../../domain/dates.js';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../http/errors.js';
import { loadBundle, m3, metres, type PlanBundle } from '../plans.presenter.js';
import type { EntryRow } from '../plans.repository.js';
import { materialNeeds } from '../readiness.js';
import { roadSettings, stagedPassed, type SegmentFact } from '../sources.js';

export interface SheetMaterial { roadName: string; name: string; unit: 'kg' | 'l'; needed: number; stagedPassed: number; short: number }

function where(e: EntryRow, facts: Map<number, SegmentFact>): string {
  const byRoad = new Map<string, string[]>();
  for (const id of e.segment_ids) {
    const f = facts.get(id);
    if (f) byRoad.set(f.roadName, [...(byRoad.get(f.roadName) ?? []), f.chainage]);
  }
  return [...byRoad].map(([road, ch]) => `${road}: ${ch.join('; ')}`).join(' | ');
}

async function materialsOf(db: Kysely<Database>, b: PlanBundle, entries: EntryRow[]): Promise<SheetMaterial[]> {
  const s = await roadSettings(db);
  const opts = { drumLitres: s.drumLitres, labourNormMilli: Math.round(s.labourNormCongPerM3 * 1000) };
  const sums = new Map<string, SheetMaterial & { roadId: number; code: string }>();
  for (const e of entries) {
    for (const n of materialNeeds(e, b.facts, opts) ?? []) {
      const key = `${n.roadId}|${n.code}`;
      const cur = sums.get(key) ?? { roadId: n.roadId, code: n.code, roadName: n.roadName, name: n.name, unit: n.unit, needed: 0, stagedPassed: 0, short: 0 };
      cur.needed += n.amount;
      sums.set(key, cur);
    }
  }
  const out: SheetMaterial[] = [];
  const stock = await stagedPassed(db, [...sums.values()].map((m) => ({ roadId: m.roadId, code: m.code })));
  for (const m of sums.values()) {
    const staged = stock.get(`${m.roadId}|${m.code}`) ?? 0;
    out.push({ roadName: m.roadName, name: m.name, unit: m.unit, needed: m.needed, stagedPassed: staged, short: Math.max(0, m.needed - staged) });
  }
  return out;
}

export async function buildSheet(db: Kysely<Database>, planId: number) {
  const b = await loadBundle(db, planId);
  if (!b) throw new AppError('NOT_FOUND');
  const red = (e: EntryRow) => (b.ready.get(e.id)?.checks ?? []).filter((c) => !c.ok).map((c) => ({ item: c.item, vi: c.vi, en: c.en }));
  const line = (e: EntryRow) => ({
    entryId: e.id, groupId: e.group_id, groupName: e.group_name, leadAgencyName: e.lead_agency_name, communeId: e.commune_id, communeName: e.commune_name,
    where: where(e, b.facts), headcount: e.headcount, targetVolumeM3: m3(e.target_litres), targetLengthM: metres(e.target_length_mm), mixers: e.mixers,
    meetingTime: e.meeting_time, meetingPlace: e.meeting_place, notes: e.notes,
    supervisor: e.supervisor_name ? { name: e.supervisor_name, phone: e.supervisor_phone } : null, notReady: red(e),
  });
  const communes = [...new Map(b.entries.map((e) => [e.commune_id, e.commune_name])).entries()];
  const byCommune = [];
  for (const [id, name] of communes) {
    const entries = b.entries.filter((e) => e.commune_id === id);
    byCommune.push({
      communeId: id, communeName: name, entries: entries.map(line),
      totals: { headcount: entries.reduce((s, e) => s + e.headcount, 0), targetVolumeM3: m3(entries.reduce((s, e) => s + e.target_litres, 0)), mixers: entries.reduce((s, e) => s + e.mixers, 0) },
      materials: await materialsOf(db, b, entries),
    });
  }
  const byGroup = [...b.entries].sort((x, y) => x.group_ordinal - y.group_ordinal || x.id - y.id).map(line);
  const w = isoWeek(b.plan.day);
  return {
    plan: { id: b.plan.id, campaignId: b.plan.campaign_id, campaignName: b.plan.campaign_name, districtId: b.plan.district_id, day: b.plan.day,
      week: `Tuần ${w.week}/${w.year}`, status: b.plan.status, versionNo: b.plan.version_no, cancelReason: b.plan.cancel_reason },
    totals: { groups: b.entries.length, headcount: b.entries.reduce((s, e) => s + e.headcount, 0), targetVolumeM3: m3(b.entries.reduce((s, e) => s + e.target_litres, 0)) },
    byCommune, byGroup,
  };
}
export type Sheet = Awaited<ReturnType<typeof buildSheet>>;
