// "Propose a plan" as pure code: from the campaign's road assignments, the groups' registrations
// and what remains to pour, one entry per group for the day, its headcount fitted to what the
// commune's free mixers can pour (drum × batches a day) at the labour norm, with a one-line
// explanation in Vietnamese (and English). The coordinator edits the draft afterwards.
import { headcountFor, lengthForVolume, mixerCapacityLitres, type RegistrationStatus } from './plans.js';

export interface ProposalGroup { id: number; name: string; ordinal: number; /** Staff of all member agencies: the most people it can send. */ staff: number }

export interface ProposalSegment {
  id: number; roadId: number; roadName: string; communeId: number; chainage: string;
  lengthMm: number; remainingLitres: number; status: string;
  /** The group the campaign assigned it to, if any. */
  groupId: number | null;
}

export interface ProposalRegistration { groupId: number; communeId: number; headcount: number; targetLitres: number; status: RegistrationStatus }

export interface ProposalCommune { id: number; name: string; /** Drum litres of each working mixer not yet taken that day. */ freeMixers: number[] }

export interface ProposalSettings { batchesPerMixerDay: number; labourNormMilli: number; meetingTime: string }

export interface ProposalInput {
  groups: ProposalGroup[];
  segments: ProposalSegment[];
  registrations: ProposalRegistration[];
  communes: ProposalCommune[];
  /** Groups and segments already in the day's plan: left alone. */
  plannedGroupIds: number[];
  bookedSegmentIds: number[];
  settings: ProposalSettings;
}

export interface ProposedEntry {
  groupId: number; communeId: number; segmentIds: number[]; headcount: number; targetLitres: number; targetLengthMm: number;
  mixers: number; meetingTime: string; meetingPlace: string; explanation: { vi: string; en: string };
}

export interface ProposalResult { entries: ProposedEntry[]; skipped: Array<{ groupId: number; vi: string; en: string }> }

// Work already started first, then ready, then planned; rejected segments wait for a decision to redo.
const STATUS_ORDER: Record<string, number> = { in_progress: 0, ready: 1, planned: 2 };
const m3 = (litres: number) => (litres / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const m3en = (litres: number) => (litres / 1000).toLocaleString('en-GB', { maximumFractionDigits: 2 });
const normText = (milli: number) => (milli / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });

// One collator for every comparison: localeCompare with options builds one per call, which the
// season plan's greedy baseline (hundreds of groups, twenty Saturdays) felt.
const chainageOrder = new Intl.Collator('en', { numeric: true });
function orderSegments(list: ProposalSegment[]): ProposalSegment[] {
  return [...list].sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || a.roadId - b.roadId || chainageOrder.compare(a.chainage, b.chainage));
}

interface Candidate { group: ProposalGroup; reg: ProposalRegistration | null; communeId: number; segments: ProposalSegment[]; fromAssignment: boolean }

/** The segments still open (not taken, work left, not rejected), looked up by group or commune without a scan of them all. */
interface OpenSegments { ofGroup(groupId: number): ProposalSegment[]; unassignedIn(communeId: number): ProposalSegment[] }

function openSegments(segments: readonly ProposalSegment[], taken: Set<number>): OpenSegments {
  const byGroup = new Map<number, ProposalSegment[]>();
  const unassigned = new Map<number, ProposalSegment[]>();
  for (const s of segments) {
    if (s.remainingLitres <= 0 || s.status === 'rejected') continue;
    const [map, key] = s.groupId === null ? [unassigned, s.communeId] : [byGroup, s.groupId];
    const list = map.get(key);
    if (list) list.push(s); else map.set(key, [s]);
  }
  const open = (list: ProposalSegment[] | undefined) => (list ?? []).filter((s) => !taken.has(s.id));
  return { ofGroup: (id) => open(byGroup.get(id)), unassignedIn: (id) => open(unassigned.get(id)) };
}

/** Which commune and segments a group would work on, or why it is left out. */
function candidateFor(g: ProposalGroup, reg: ProposalRegistration | null, open: OpenSegments): Candidate | { skip: { vi: string; en: string } } {
  const own = open.ofGroup(g.id);
  if (reg) {
    const ownThere = own.filter((s) => s.communeId === reg.communeId);
    if (ownThere.length) return { group: g, reg, communeId: reg.communeId, segments: orderSegments(ownThere), fromAssignment: true };
    const free = open.unassignedIn(reg.communeId);
    if (free.length) return { group: g, reg, communeId: reg.communeId, segments: orderSegments(free), fromAssignment: false };
    return { skip: { vi: 'Nhóm đã đăng ký nhưng xã không còn đoạn đường trống phù hợp', en: 'Registered, but the commune has no free segment left' } };
  }
  if (!own.length) return { skip: { vi: 'Nhóm chưa được phân công tuyến còn khối lượng và chưa đăng ký', en: 'No assigned road with work left, and no registration' } };
  const ordered = orderSegments(own);
  const communeId = ordered[0].communeId;
  return { group: g, reg: null, communeId, segments: ordered.filter((s) => s.communeId === communeId), fromAssignment: true };
}

/**
 * Proposes one entry per group not yet planned that day. Registered groups come first (confirmed
 * before pending), then by group order; each takes one free mixer of its commune, and mixers left
 * over go to the groups with the most work beyond their capacity.
 * @example proposePlan({ groups: [g], segments: [s], registrations: [], communes: [{ id: 1, name: 'Tân Nam', freeMixers: [250] }], plannedGroupIds: [], bookedSegmentIds: [], settings }).entries[0].mixers === 1
 */
export function proposePlan(input: ProposalInput): ProposalResult {
  const { settings } = input;
  const taken = new Set(input.bookedSegmentIds);
  const planned = new Set(input.plannedGroupIds);
  const regs = new Map(input.registrations.map((r) => [r.groupId, r]));
  const free = new Map(input.communes.map((c) => [c.id, [...c.freeMixers].sort((a, b) => b - a)]));
  const communeName = new Map(input.communes.map((c) => [c.id, c.name]));
  const rank = (g: ProposalGroup) => { const r = regs.get(g.id); return r ? (r.status === 'submitted' ? 1 : 0) : 2; };
  const groups = input.groups.filter((g) => !planned.has(g.id)).sort((a, b) => rank(a) - rank(b) || a.ordinal - b.ordinal || a.id - b.id);
  const skipped: ProposalResult['skipped'] = [];

  // Pass 1: each group its commune, segments and one mixer; segments are reserved as we go.
  const chosen: Array<Candidate & { drums: number[] }> = [];
  const open = openSegments(input.segments, taken);
  for (const g of groups) {
    const c = candidateFor(g, regs.get(g.id) ?? null, open);
    if ('skip' in c) { skipped.push({ groupId: g.id, ...c.skip }); continue; }
    const drums = free.get(c.communeId) ?? [];
    if (!drums.length) {
      const name = communeName.get(c.communeId) ?? '';
      skipped.push({ groupId: g.id, vi: `Xã ${name} không còn máy trộn trống trong ngày`, en: `Commune ${name} has no free mixer that day` });
      continue;
    }
    const want = c.reg?.targetLitres || Infinity;
    // Reserve only the segments this group can reach at best (all free mixers), so others keep theirs.
    let sum = 0;
    const segs: ProposalSegment[] = [];
    const ceiling = Math.min(want, mixerCapacityLitres(drums, settings.batchesPerMixerDay));
    for (const s of c.segments) { if (sum >= ceiling) break; segs.push(s); sum += s.remainingLitres; taken.add(s.id); }
    chosen.push({ ...c, segments: segs, drums: [drums.shift()!] });
  }

  // Pass 2: mixers left over go, one at a time, to the group with the most work it cannot reach.
  const demand = (c: Candidate) => Math.min(c.reg?.targetLitres || Infinity, c.segments.reduce((s, x) => s + x.remainingLitres, 0));
  for (;;) {
    let best: (typeof chosen)[number] | null = null;
    let bestGap = 0;
    for (const c of chosen) {
      if (!(free.get(c.communeId) ?? []).length) continue;
      const gap = demand(c) - mixerCapacityLitres(c.drums, settings.batchesPerMixerDay);
      if (gap > bestGap) { best = c; bestGap = gap; }
    }
    if (!best) break;
    best.drums.push(free.get(best.communeId)!.shift()!);
  }

  const entries = chosen.map((c) => entryFor(c, c.drums, settings, communeName.get(c.communeId) ?? ''));
  for (const e of entries.filter((x) => x.targetLitres <= 0)) skipped.push({ groupId: e.groupId, vi: 'Không còn khối lượng để làm', en: 'No work left' });
  return { entries: entries.filter((e) => e.targetLitres > 0), skipped };
}

function entryFor(c: Candidate, drums: number[], s: ProposalSettings, commune: string): ProposedEntry {
  const capacity = mixerCapacityLitres(drums, s.batchesPerMixerDay);
  const remaining = c.segments.reduce((sum, x) => sum + x.remainingLitres, 0);
  const byPeople = c.reg ? Math.floor((c.reg.headcount * 1_000_000) / s.labourNormMilli) : Math.floor((c.group.staff * 1_000_000) / s.labourNormMilli);
  const target = Math.max(0, Math.min(capacity, remaining, c.reg?.targetLitres || Infinity, byPeople));
  // Keep only the segments the target reaches, in order.
  const used: ProposalSegment[] = [];
  let acc = 0;
  for (const seg of c.segments) { if (acc >= target) break; used.push(seg); acc += seg.remainingLitres; }
  const needed = headcountFor(target, s.labourNormMilli);
  const headcount = c.reg ? Math.min(c.reg.headcount, needed) : Math.min(c.group.staff, needed);
  const road = used[0]?.roadName ?? '';
  const where = used.map((x) => x.chainage).join(', ');
  const mixerText = drums.length === 1 ? `1 máy trộn ${drums[0]} l` : `${drums.length} máy trộn (${drums.join(' + ')} l)`;
  const mixerTextEn = drums.length === 1 ? `1 mixer of ${drums[0]} l` : `${drums.length} mixers (${drums.join(' + ')} l)`;
  const source = c.fromAssignment ? 'Theo phân công tuyến' : 'Theo đăng ký (đoạn chưa phân công)';
  const sourceEn = c.fromAssignment ? 'From the road assignment' : 'From the registration (unassigned segments)';
  const regText = c.reg ? `; đăng ký ${c.reg.headcount} người, ${m3(c.reg.targetLitres)} m³` : '; chưa đăng ký';
  const regTextEn = c.reg ? `; registered ${c.reg.headcount} people, ${m3en(c.reg.targetLitres)} m³` : '; not registered';
  return {
    groupId: c.group.id, communeId: c.communeId, segmentIds: used.map((x) => x.id), headcount, targetLitres: target,
    targetLengthMm: lengthForVolume(target, used), mixers: drums.length, meetingTime: s.meetingTime,
    meetingPlace: road ? `Đầu tuyến ${road}, xã ${commune}` : `UBND xã ${commune}`,
    explanation: {
      vi: `${source} ${road} (${where})${regText}; xã ${commune}: ${mixerText} × ${s.batchesPerMixerDay} mẻ = ${m3(capacity)} m³/ngày → ${m3(target)} m³, ${headcount} người (định mức ${normText(s.labourNormMilli)} công/m³).`,
      en: `${sourceEn} ${road} (${where})${regTextEn}; ${commune}: ${mixerTextEn} × ${s.batchesPerMixerDay} batches = ${m3en(capacity)} m³/day → ${m3en(target)} m³, ${headcount} people (norm ${s.labourNormMilli / 1000} labour-days/m³).`,
    },
  };
}
