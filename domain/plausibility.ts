// Plausibility of the figures where they are typed (issue 14): rules as data, each a warning
// (shown before saving, kept on the record, listed for the office) or a refusal (a clear error
// naming the field, in Vietnamese and English). The limits are settings with their source, so the
// office can change them without code; the server checks a workday after each write and the
// phone can run the same function offline.
import { formatQuantity } from './labour.js';

export type Severity = 'warning' | 'refusal';

export interface PlausibilitySettings {
  /** A pour's m³ may differ from metres × design width × thickness by this much before a warning… */
  volumeWarnPercent: number;
  /** …and by this much before it is refused (a typing slip: 40 m³ on 5 m). */
  volumeRefusePercent: number;
  /** A segment turns "poured" only when its poured volume reaches the design volume within this. */
  finishTolerancePercent: number;
  /** Local people on one workday above this are refused (no commune mobilises 9 000 for a road). */
  maxPeoplePerWorkday: number;
  /** Participants above the plan entry's headcount by more than this are flagged. */
  overPlanPercent: number;
  /** Batches a mixer makes in a working day: one 250 l drum × 40 = 10 m³ a day. */
  batchesPerMixerDay: number;
}

export const DEFAULT_PLAUSIBILITY: PlausibilitySettings = {
  volumeWarnPercent: 15, volumeRefusePercent: 50, finishTolerancePercent: 5, maxPeoplePerWorkday: 500, overPlanPercent: 50, batchesPerMixerDay: 40,
};

/** The rules: code, severity and where its limit comes from (settings key and reference). */
export const PLAUSIBILITY_RULES = [
  { code: 'WORKDAY_EMPTY', severity: 'refusal', source: 'A recorded workday has people, officials or a pour (PRODUCT.md §4 Workdays)' },
  { code: 'PEOPLE_OVER_LIMIT', severity: 'refusal', source: 'setting plausibility.maxPeoplePerWorkday' },
  { code: 'PEOPLE_OVER_PLAN', severity: 'warning', source: "setting plausibility.overPlanPercent over the plan entry's headcount" },
  { code: 'OFFICIALS_OVER_STAFF', severity: 'refusal', source: "the agency's staff count (agencies catalogue)" },
  { code: 'VOLUME_VS_DESIGN', severity: 'warning', source: 'setting plausibility.volumeWarnPercent over metres × design width × thickness (TCVN 10380:2014 slab)' },
  { code: 'VOLUME_IMPLAUSIBLE', severity: 'refusal', source: 'setting plausibility.volumeRefusePercent over metres × design width × thickness' },
  { code: 'FINISHED_UNDER_DESIGN', severity: 'refusal', source: "setting plausibility.finishTolerancePercent under the segment's design volume" },
  { code: 'MIXER_CAPACITY', severity: 'warning', source: "working mixers on site × drum × setting plausibility.batchesPerMixerDay, against the m³ of all the commune's workdays that day" },
] as const satisfies ReadonlyArray<{ code: string; severity: Severity; source: string }>;
export type RuleCode = (typeof PLAUSIBILITY_RULES)[number]['code'];

export interface Finding { code: RuleCode; severity: Severity; field: string; vi: string; en: string }

/** What a workday holds after a write, as the rules read it. */
export interface WorkdayFacts {
  /** Local people (full + half days). */
  people: number;
  /** Officials per member agency, with the agency's staff and its attendances elsewhere that day. */
  officials: ReadonlyArray<{ index: number; agencyName: string; headcount: number; staff: number; elsewhereSameDay: number }>;
  pours: ReadonlyArray<{ index: number; label: string; lengthMm: number; litres: number; widthMm: number; thicknessMm: number;
    designLitres: number; pouredBeforeLitres: number; finished: boolean }>;
  /** The plan entry carried out, when there is one. */
  plan: { headcount: number } | null;
  /** Drums (litres) of the working mixers on site; null when unknown. */
  mixerDrums: readonly number[] | null;
  /**
   * Litres the commune's other recorded workdays of that day pour (other groups on its roads): the
   * same mixers turn for them too, so they count against the day's capacity. 0 when absent.
   */
  communeLitresElsewhere?: number;
  /** Prefix of the fields of each part, as the request names them ('commune.', 'group.' or ''). */
  fields: { commune: string; group: string };
}

const severityOf = (code: RuleCode): Severity => PLAUSIBILITY_RULES.find((r) => r.code === code)!.severity;
const m3 = (litres: number) => formatQuantity(litres / 1000, 2);

/**
 * Every finding on a workday: refusals and warnings.
 * @example checkWorkday({ people: 0, officials: [], pours: [], plan: null, mixerDrums: null, fields: { commune: 'commune.', group: 'group.' } }, DEFAULT_PLAUSIBILITY)[0].code === 'WORKDAY_EMPTY'
 */
export function checkWorkday(f: WorkdayFacts, s: PlausibilitySettings): Finding[] {
  const out: Finding[] = [];
  const add = (code: RuleCode, field: string, vi: string, en: string) => out.push({ code, severity: severityOf(code), field, vi, en });
  const officials = f.officials.reduce((a, o) => a + o.headcount, 0);
  if (f.people === 0 && officials === 0 && !f.pours.some((p) => p.litres > 0)) {
    add('WORKDAY_EMPTY', `${f.fields.commune}people`, 'Buổi lao động trống: chưa có người dân, cán bộ hay khối lượng đổ nào. Hãy nhập số liệu hoặc hủy buổi (có lý do)',
      'The workday is empty: no local people, officials or pour. Enter the figures, or cancel the day with a reason');
  }
  if (f.people > s.maxPeoplePerWorkday) {
    add('PEOPLE_OVER_LIMIT', `${f.fields.commune}people.fullDay`, `${formatQuantity(f.people, 0)} người dân trong một buổi là quá mức hợp lý (tối đa ${s.maxPeoplePerWorkday}); hãy kiểm tra lại số đã nhập`,
      `${f.people} local people on one workday is beyond plausible (at most ${s.maxPeoplePerWorkday}); check the figure`);
  }
  for (const o of f.officials) {
    if (o.headcount + o.elsewhereSameDay > o.staff) {
      add('OFFICIALS_OVER_STAFF', `${f.fields.group}attendance.${o.index}.fullDay`,
        `${o.agencyName} có ${o.staff} cán bộ nhưng được nhập ${o.headcount + o.elsewhereSameDay} lượt trong ngày`,
        `${o.agencyName} has ${o.staff} staff but ${o.headcount + o.elsewhereSameDay} attendances are entered that day`);
    }
  }
  if (f.plan && f.plan.headcount > 0 && f.people + officials > f.plan.headcount * (1 + s.overPlanPercent / 100)) {
    add('PEOPLE_OVER_PLAN', `${f.fields.commune}people.fullDay`, `${f.people + officials} người tham gia, vượt xa ${f.plan.headcount} người theo kế hoạch`,
      `${f.people + officials} participants, far above the ${f.plan.headcount} planned`);
  }
  for (const p of f.pours) {
    const field = `${f.fields.commune}pours.${p.index}`;
    const expected = (p.lengthMm * p.widthMm * p.thicknessMm) / 1e6; // litres
    if (p.lengthMm > 0 && expected > 0) {
      const offPercent = (Math.abs(p.litres - expected) * 100) / expected;
      const text = (vi: string, en: string) => [
        `${p.label}: ${m3(p.litres)} m³ cho ${formatQuantity(p.lengthMm / 1000, 1)} m mặt đường, theo thiết kế ${formatQuantity(p.widthMm / 1000, 2)} m × ${formatQuantity(p.thicknessMm / 1000, 2)} m là ${m3(expected)} m³ (${vi})`,
        `${p.label}: ${p.litres / 1000} m³ for ${p.lengthMm / 1000} m of road; the design ${p.widthMm / 1000} m × ${p.thicknessMm / 1000} m gives ${Math.round(expected) / 1000} m³ (${en})`] as const;
      if (offPercent > s.volumeRefusePercent) add('VOLUME_IMPLAUSIBLE', `${field}.volumeM3`, ...text(`lệch ${Math.round(offPercent)}%, quá ${s.volumeRefusePercent}%`, `${Math.round(offPercent)}% off, more than ${s.volumeRefusePercent}%`));
      else if (offPercent > s.volumeWarnPercent) add('VOLUME_VS_DESIGN', `${field}.volumeM3`, ...text(`lệch ${Math.round(offPercent)}%`, `${Math.round(offPercent)}% off`));
    }
    const total = p.pouredBeforeLitres + p.litres;
    const needed = p.designLitres * (1 - s.finishTolerancePercent / 100);
    if (p.finished && total < needed) {
      add('FINISHED_UNDER_DESIGN', `${field}.finished`,
        `${p.label} mới đổ ${m3(total)} m³ trên ${m3(p.designLitres)} m³ thiết kế: chưa thể ghi là đã đổ xong (cần tối thiểu ${m3(needed)} m³)`,
        `${p.label} has ${total / 1000} m³ of its ${p.designLitres / 1000} m³ design volume: it cannot be marked finished (at least ${Math.round(needed) / 1000} m³)`);
    }
  }
  const litres = f.pours.reduce((a, p) => a + p.litres, 0);
  if (f.mixerDrums && litres > 0) {
    // The commune's mixers serve every group pouring on its roads that day, so its other workdays count too.
    const elsewhere = f.communeLitresElsewhere ?? 0;
    const day = litres + elsewhere;
    const capacity = f.mixerDrums.reduce((a, d) => a + d, 0) * s.batchesPerMixerDay;
    if (day > capacity) {
      const [vi, en] = elsewhere > 0
        ? [`${m3(litres)} m³ của buổi này cùng ${m3(elsewhere)} m³ của các buổi khác tại xã trong ngày (${m3(day)} m³)`,
          `${litres / 1000} m³ on this workday and ${elsewhere / 1000} m³ on the commune's other workdays that day (${day / 1000} m³)`]
        : [`${m3(litres)} m³ trong một ngày`, `${litres / 1000} m³ in one day`];
      add('MIXER_CAPACITY', `${f.fields.commune}pours`,
        `${vi} vượt công suất ${f.mixerDrums.length} máy trộn tại xã (khoảng ${m3(capacity)} m³/ngày)`,
        `${en} exceeds the ${f.mixerDrums.length} mixer(s) on site (about ${capacity / 1000} m³ a day)`);
    }
  }
  return out;
}

/**
 * Registration splits (issue 14): the per-agency numbers add up to the headcount and no agency
 * sends more people than its staff, so participation cannot exceed 100 %.
 * @example checkRegistrationSplit(10, [{ index: 0, agencyName: 'A', headcount: 7, staff: 10 }])[0].field === 'perAgency'
 */
export function checkRegistrationSplit(headcount: number, split: ReadonlyArray<{ index: number; agencyName: string; headcount: number; staff: number }>): Finding[] {
  const out: Finding[] = [];
  if (!split.length) return out;
  const sum = split.reduce((a, x) => a + x.headcount, 0);
  if (sum !== headcount) {
    out.push({ code: 'OFFICIALS_OVER_STAFF', severity: 'refusal', field: 'perAgency',
      vi: `Tổng số người theo từng cơ quan là ${sum}, khác số người đăng ký ${headcount}`, en: `The agencies' numbers add up to ${sum}, not the ${headcount} registered` });
  }
  for (const x of split) {
    if (x.headcount > x.staff) {
      out.push({ code: 'OFFICIALS_OVER_STAFF', severity: 'refusal', field: `perAgency.${x.index}.headcount`,
        vi: `${x.agencyName} có ${x.staff} cán bộ, không thể cử ${x.headcount} người`, en: `${x.agencyName} has ${x.staff} staff and cannot send ${x.headcount}` });
    }
  }
  return out;
}
