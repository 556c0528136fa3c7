// The go/no-go checklist of each entry of a day, from real data: the group's registration, the
// materials the target volume needs (concrete calculator over the road's mix) against the stock
// staged at that road from passed lots, the supervisor, the commune's working mixers and the
// segments' statuses. Stock and mixers are shared out in entry order: two entries on one road
// draw on one pile, and a commune's mixers go to its entries one by one.
import type { Kysely } from 'kysely';
import { estimateVolume } from '../../../domain/concrete/index.js';
import { isActiveRegistration, readiness, type MaterialNeed, type ReadinessCheck, type RegistrationStatus } from '../../../domain/plans.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { formatDate } from '../../../domain/format.js';
import type { Database } from '../../db/schema.js';
import { getSettings, type EntryRow } from './plans.repository.js';
import { listRegistrations } from './registrations/registrations.repository.js';
import { materialCodesOf, mixersOn, roadSettings, stagedPassed, type SegmentFact } from './sources.js';

/** How the target volume of an entry falls on its segments, poured in order: litres per road. */
export function litresByRoad(entry: Pick<EntryRow, 'target_litres' | 'segment_ids'>, facts: Map<number, SegmentFact>): Map<number, number> {
  const out = new Map<number, number>();
  let left = entry.target_litres;
  for (const id of entry.segment_ids) {
    const f = facts.get(id);
    if (!f || left <= 0) continue;
    const take = Math.min(left, f.remainingLitres);
    if (take > 0) out.set(f.roadId, (out.get(f.roadId) ?? 0) + take);
    left -= take;
  }
  return out;
}

interface Need { code: string; name: string; unit: 'kg' | 'l'; amount: number; roadId: number; roadName: string }

/** Materials an entry's volume needs, per road, in base units (kg of cement; litres of sand and stone). */
export function materialNeeds(entry: Pick<EntryRow, 'target_litres' | 'segment_ids'>, facts: Map<number, SegmentFact>, opts: { drumLitres: number; labourNormMilli: number }): Need[] | null {
  const byRoad = litresByRoad(entry, facts);
  const out: Need[] = [];
  for (const [roadId, litres] of byRoad) {
    const f = [...facts.values()].find((x) => x.roadId === roadId)!;
    if (!f.mix) return null;
    const e = estimateVolume(litres * 1_000_000, f.mix, f.mix.row, opts);
    const codes = materialCodesOf(f.mix);
    out.push(
      { code: codes.cement, name: `Xi măng ${f.mix.cementType ?? 'PCB40'}`, unit: 'kg', amount: Math.ceil(e.cement.grams / 1000), roadId, roadName: f.roadName },
      { code: codes.sand, name: 'Cát vàng', unit: 'l', amount: Math.ceil(e.sand.cm3 / 1000), roadId, roadName: f.roadName },
      { code: codes.stone, name: `Đá ${f.mix.row.stone}`, unit: 'l', amount: Math.ceil(e.stone.cm3 / 1000), roadId, roadName: f.roadName },
    );
  }
  return out;
}

export interface EntryReadiness { checks: ReadinessCheck[]; materials: Array<MaterialNeed & { roadId: number; roadName: string }>; registrationStatus: RegistrationStatus | null }

/** The checklist of every entry of one day's plan (entries in their display order). */
export async function readinessOf(db: Kysely<Database>, plan: { campaign_id: number; day: string }, entries: EntryRow[], facts: Map<number, SegmentFact>): Promise<Map<number, EntryReadiness>> {
  const out = new Map<number, EntryReadiness>();
  if (!entries.length) return out;
  const settings = await roadSettings(db);
  const opts = { drumLitres: settings.drumLitres, labourNormMilli: Math.round(settings.labourNormCongPerM3 * 1000) };
  const regs = await listRegistrations(db, { campaignId: plan.campaign_id, day: plan.day, groupIds: entries.map((e) => e.group_id) });
  const regOf = new Map(regs.map((r) => [r.group_id, r]));
  const communeIds = [...new Set(entries.map((e) => e.commune_id))];
  const roadIds = [...new Set(entries.flatMap((e) => e.segment_ids.map((id) => facts.get(id)?.roadId).filter((x): x is number => x !== undefined)))];
  const mixers = await mixersOn(db, communeIds, plan.day, roadIds);
  const { batchesPerMixerDay } = await getSettings(db, plan.campaign_id);

  const stock = new Map<string, number>(); // road|code → staged, passed stock not yet promised to an earlier entry
  const mixersTaken = new Map<number, number>();
  for (const e of entries) {
    const needs = e.target_litres > 0 ? materialNeeds(e, facts, opts) : null;
    const materials: EntryReadiness['materials'] = [];
    for (const n of needs ?? []) {
      const key = `${n.roadId}|${n.code}`;
      if (!stock.has(key)) stock.set(key, await stagedPassed(db, n.roadId, n.code));
      const available = stock.get(key)!;
      stock.set(key, available - n.amount);
      const multiRoad = new Set(needs!.map((x) => x.roadId)).size > 1;
      materials.push({ code: n.code, name: multiRoad ? `${n.name} (${n.roadName})` : n.name, unit: n.unit, needed: n.amount,
        stagedPassed: Math.max(0, available), roadId: n.roadId, roadName: n.roadName });
    }
    const taken = mixersTaken.get(e.commune_id) ?? 0;
    mixersTaken.set(e.commune_id, taken + e.mixers);
    const reg = regOf.get(e.group_id);
    const segs = e.segment_ids.map((id) => facts.get(id)).filter((f): f is SegmentFact => !!f);
    // The entry's own mixers: the commune's free drums, largest first, after those of earlier entries.
    const drums = (mixers.get(e.commune_id) ?? []).slice(taken, taken + e.mixers);
    const active = reg && isActiveRegistration(reg.status) ? { headcount: reg.headcount, targetLitres: reg.target_litres } : null;
    const checks = readiness({
      registration: reg ? { status: reg.status } : null,
      capacity: { drums, batchesPerDay: batchesPerMixerDay, targetLitres: e.target_litres },
      site: { confirmedOn: e.site_ready_at ? formatDate(todayInVietnam(new Date(e.site_ready_at))) : null, note: e.site_note },
      proposal: e.proposal_basis ? { basis: e.proposal_basis, entry: { headcount: e.headcount, targetLitres: e.target_litres }, registration: active } : null,
      materials, materialsKnown: needs !== null,
      supervisorName: e.supervisor_name,
      mixers: { wanted: e.mixers, working: mixers.get(e.commune_id)?.length ?? 0, takenByOthers: taken },
      rejectedSegments: segs.filter((f) => f.status === 'rejected').map((f) => `${f.roadName} ${f.chainage}`),
      segmentCount: segs.length,
    });
    out.set(e.id, { checks, materials, registrationStatus: reg?.status ?? null });
  }
  return out;
}
