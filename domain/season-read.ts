// From the solver's values back to the plan people read: entries per Saturday with the segments the
// day's pour reaches along each lane (cumulative volume, chainage order), people and mixers, a reason
// in Vietnamese and English, and per commune when criterion 2 is reached or what is short.
import { CLASS_OF_INDICATOR, INDICATORS } from './criterion2.js';
import { formatChainageRange } from './chainage.js';
import { formatQuantity } from './labour.js';
import type { SeasonModel } from './season-model.js';
import type { Lane } from './season-lanes.js';
import { materialOutlook, type MaterialOutlook } from './season-materials.js';
import type { CommuneOutlook, PlannedEntry, SeasonInput, SeasonSegment } from './season-types.js';

/** dd/MM of an ISO day. @example ddmm('2021-10-30') === '30/10' */
export const ddmm = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
const m3 = (litres: number) => formatQuantity(litres / 1000, 1);
const m3en = (litres: number) => (litres / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 });

export interface SeasonPlanBody {
  entries: PlannedEntry[];
  communes: CommuneOutlook[];
  /** Segment → the Saturdays planned to pour it (a long segment can take several). */
  segmentDays: Record<number, string[]>;
  unmetLitres: number;
}

/** Entries from pair-by-day volumes (litres) and mixers, however they were obtained (solver or greedy). */
export function entriesFromVolumes(input: SeasonInput, sm: Pick<SeasonModel, 'pairs' | 'teamM3PerDay' | 'capacity'>, litres: number[][], mixers: number[][]): Omit<SeasonPlanBody, 'communes' | 'unmetLitres'> {
  const roads = new Map(input.roads.map((r) => [r.id, r]));
  const teams = new Map(input.teams.map((t) => [t.id, t]));
  const pins = input.overrides ?? [];
  const poured = new Map<Lane, number>();
  const entries: PlannedEntry[] = [];
  const segmentDays: Record<number, string[]> = {};
  input.days.forEach((day, d) => {
    for (const p of sm.pairs) {
      const l = Math.round(litres[p.index][d] ?? 0);
      if (l < 1) continue;
      const before = poured.get(p.lane) ?? 0;
      poured.set(p.lane, before + l);
      const segs = reach(p.lane.segments, before, before + l);
      for (const s of segs) (segmentDays[s.id] ??= []).push(day);
      const team = teams.get(p.teamId)!;
      const road = roads.get(p.lane.roadId)!;
      const norm = input.settings.labourNormMilli;
      const headcount = Math.min(team.staff, Math.max(1, Math.ceil((l * norm) / 1_000_000)));
      const mix = Math.max(1, Math.round(mixers[p.index][d] ?? 1));
      const pinned = pins.some((o) => o.kind === 'pin' && o.teamId === p.teamId && o.roadId === p.lane.roadId && o.day === day);
      const range = segs.length ? formatChainageRange(segs[0].fromMm, segs.at(-1)!.toMm) : '';
      const verbVi = pinned ? 'Văn phòng ghim: làm' : before > 0 ? 'Tiếp tục' : 'Bắt đầu';
      const verbEn = pinned ? 'Pinned by the office: work on' : before > 0 ? 'Continue' : 'Start';
      entries.push({
        day, teamId: p.teamId, roadId: p.lane.roadId, communeId: p.lane.communeId, litres: l, mixers: mix, headcount,
        segmentIds: segs.map((s) => s.id), pinned,
        reason: {
          vi: `${verbVi} tuyến ${road.name} theo lộ trình (${range}), nhóm có ${team.expectedHeadcount} người dự kiến, ${mix} máy trộn sẵn sàng → ${m3(l)} m³, cần ${headcount} người.`,
          en: `${verbEn} road ${road.name} along its route (${range}), the group expects ${team.expectedHeadcount} people, ${mix === 1 ? '1 mixer' : `${mix} mixers`} ready → ${m3en(l)} m³, ${headcount} people needed.`,
        },
      });
    }
  });
  return { entries, segmentDays };
}

/** Segments of a lane that a pour from cumulative litres `a` to `b` reaches, in chainage order. */
export function reach(segments: SeasonSegment[], a: number, b: number): SeasonSegment[] {
  const out: SeasonSegment[] = [];
  let start = 0;
  for (const s of segments) {
    const end = start + s.remainingLitres;
    if (end > a && start < b) out.push(s);
    start = end;
  }
  return out;
}

/** Per commune: the first Saturday every missing indicator is covered by what is poured, or what is short. */
export function communeOutlooks(input: SeasonInput, sm: Pick<SeasonModel, 'pairs' | 'capacity' | 'outOfReach'>, litres: number[][], mixers: number[][]): CommuneOutlook[] {
  const roadClass = new Map(input.roads.map((r) => [r.id, r.roadClass]));
  const norm = input.settings.labourNormMilli;
  return input.communes.map((c): CommuneOutlook => {
    const pairs = sm.pairs.filter((p) => p.lane.communeId === c.id);
    const missing = INDICATORS.filter((i) => (c.missingMm[i] ?? 0) > 0);
    const roadsHere = new Set(input.roads.filter((r) => r.communeId === c.id).map((r) => r.id));
    const toPour = input.segments.filter((s) => roadsHere.has(s.roadId)).reduce((s, x) => s + x.remainingLitres, 0);
    const unmetLitres = Math.max(0, Math.round(toPour - pairs.reduce((s, p) => s + (litres[p.index] ?? []).reduce((a, x) => a + x, 0), 0)));
    const materials = materialOutlook(input, c.id, input.days.map((_, d) => pairs.map((p) => [(litres[p.index]?.[d] ?? 0) / 1000, p.lane.perM3] as [number, typeof p.lane.perM3])));
    if (!missing.length) return { communeId: c.id, alreadyMet: true, reachedOn: null, shortfall: null, unmetLitres, materials };
    const done = new Map<string, number>(missing.map((i) => [i, 0]));
    let reachedOn: string | null = null;
    input.days.forEach((day, d) => {
      for (const p of pairs) {
        const i = INDICATORS.find((x) => CLASS_OF_INDICATOR[x] === roadClass.get(p.lane.roadId));
        if (i && done.has(i)) done.set(i, done.get(i)! + ((litres[p.index][d] ?? 0) / 1000) * p.lane.mmPerM3);
      }
      if (!reachedOn && missing.every((i) => done.get(i)! + 1 >= c.missingMm[i]!)) reachedOn = day;
    });
    if (reachedOn) return { communeId: c.id, alreadyMet: false, reachedOn, shortfall: null, unmetLitres, materials };
    const shortfall = shortfallOf(input, c, missing, done, pairs, sm, mixers, norm, roadClass);
    return { communeId: c.id, alreadyMet: false, reachedOn: null, shortfall: withMaterials(shortfall, input, materials, pairs), unmetLitres, materials };
  });
}

function shortfallOf(input: SeasonInput, c: SeasonInput['communes'][number], missing: readonly string[], done: Map<string, number>, pairs: SeasonModel['pairs'], sm: Pick<SeasonModel, 'capacity' | 'outOfReach'>, mixers: number[][], norm: number, roadClass: Map<number, string>): CommuneOutlook['shortfall'] {
  const noRoad = sm.outOfReach.get(c.id);
  if (noRoad?.length) {
    const km = noRoad.map((x) => `${formatQuantity((x.missingMm - x.availableMm) / 1e6, 2)} km (${x.indicator})`).join(', ');
    const kmEn = noRoad.map((x) => `${((x.missingMm - x.availableMm) / 1e6).toFixed(2)} km (${x.indicator})`).join(', ');
    return { vi: `Thiếu ${km} đường chưa có trong danh sách tuyến ở ${c.name}: cần bổ sung tuyến`, en: `${kmEn} of road missing from ${c.name}'s road list: roads must be added`, labourDays: 0, mixers: 0, from: null, litres: 0 };
  }
  // Volume still needed on the missing classes, at each class's length per m³.
  let litres = 0;
  for (const i of missing) {
    const gapMm = Math.max(0, (c.missingMm[i as keyof typeof c.missingMm] ?? 0) - done.get(i)!);
    const onClass = pairs.filter((p) => roadClass.get(p.lane.roadId) === CLASS_OF_INDICATOR[i as keyof typeof CLASS_OF_INDICATOR]);
    const mmPerM3 = onClass.length ? onClass.reduce((s, p) => s + p.lane.mmPerM3, 0) / onClass.length : 1;
    litres += (gapMm / mmPerM3) * 1000;
  }
  litres = Math.ceil(litres);
  const labourDays = Math.ceil((litres * norm) / 1_000_000);
  const cap = sm.capacity.get(c.id)!;
  const nD = Math.max(1, input.days.length);
  const mix = cap.mixerM3PerDay > 0 ? Math.ceil(litres / 1000 / (cap.mixerM3PerDay * nD)) : 1;
  // From the first Saturday on which the commune's mixers are all in use.
  const fullIdx = input.days.findIndex((_, d) => pairs.reduce((s, p) => s + (mixers[p.index]?.[d] ?? 0), 0) >= cap.mixersOn[d] && cap.mixersOn[d] > 0);
  const from = input.days[fullIdx >= 0 ? fullIdx : 0] ?? null;
  const fromVi = from ? ` từ ${ddmm(from)}` : '';
  const fromEn = from ? ` from ${ddmm(from)}` : '';
  return {
    vi: `Thiếu ${formatQuantity(labourDays, 0)} ngày công hoặc ${mix} máy trộn ở ${c.name}${fromVi} (còn ${m3(litres)} m³ để đạt tiêu chí 2 trước ${ddmm(input.deadline)})`,
    en: `Short of ${labourDays} labour-days or ${mix === 1 ? '1 mixer' : `${mix} mixers`} in ${c.name}${fromEn} (${m3en(litres)} m³ more to meet criterion 2 by ${ddmm(input.deadline)})`,
    labourDays, mixers: mix, from, litres,
  };
}

const MATERIAL_NAMES: Record<MaterialOutlook['code'], { vi: string; en: string }> = {
  cement: { vi: 'xi măng', en: 'cement' }, sand: { vi: 'cát', en: 'sand' }, stone: { vi: 'đá', en: 'stone' },
};

/** A material amount as officials count it: cement in 50 kg bags, sand and stone in m³. @example materialAmount('cement', 1.2) === { vi: '24 bao xi măng', en: '24 bags of cement' } */
export function materialAmount(code: MaterialOutlook['code'], amount: number): { vi: string; en: string } {
  if (code === 'cement') {
    const bags = Math.ceil(amount * 20 - 1e-9);
    return { vi: `${formatQuantity(bags, 0)} bao xi măng`, en: `${bags.toLocaleString('en-GB')} ${bags === 1 ? 'bag' : 'bags'} of cement` };
  }
  return { vi: `${formatQuantity(amount, 1)} m³ ${MATERIAL_NAMES[code].vi}`, en: `${m3en(amount * 1000)} m³ of ${MATERIAL_NAMES[code].en}` };
}

/** When the plan may only use the stock there, a shortfall also names the materials that ran out and what the rest would take. */
function withMaterials(shortfall: CommuneOutlook['shortfall'], input: SeasonInput, materials: MaterialOutlook[], pairs: SeasonModel['pairs']): CommuneOutlook['shortfall'] {
  if (!shortfall || input.settings.materialsBind === false || !input.materials?.length || !pairs.length) return shortfall;
  // With the limit on, the plan never uses more than is there: a material held it back when it is used up.
  // Only materials with stock recorded are limits (the programme has no row for the others).
  const limited = new Set(input.materials.filter((m) => pairs.some((p) => p.lane.communeId === m.communeId)).map((m) => m.code));
  const usedUp = materials.filter((m) => limited.has(m.code) && m.available - m.needed <= Math.max(0.01 * m.available, 1e-6));
  if (!usedUp.length) return shortfall;
  const per = (code: MaterialOutlook['code']) => pairs.reduce((s, p) => s + p.lane.perM3[code], 0) / pairs.length;
  const need = usedUp.map((m) => materialAmount(m.code, (shortfall.litres / 1000) * per(m.code))).filter((n) => !/^0 /.test(n.en));
  if (!need.length) return shortfall;
  return { ...shortfall, vi: `${shortfall.vi}; vật liệu đã hết, cần thêm: ${need.map((n) => n.vi).join(', ')}`, en: `${shortfall.en}; materials used up, still needed: ${need.map((n) => n.en).join(', ')}` };
}
