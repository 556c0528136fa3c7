// Weekly plans and registrations as pure rules (PRODUCT.md §3–§5): the plan and registration
// workflows as transition tables, the double-booking rules, the volume rule, the deadlines of a
// campaign day and the go/no-go checklist of an entry. The server enforces these; the web app and
// the phone may call them to explain a refusal before sending anything.
import { addDays, dayOfWeek } from './dates.js';

export const PLAN_STATUSES = ['draft', 'published', 'closed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export type PlanAction = 'edit' | 'publish' | 'amend' | 'close' | 'cancel';

interface PlanMove { action: PlanAction; to: PlanStatus; reasonRequired: boolean }

/**
 * What may happen to a plan in each status. `amend` is a change after publishing: it needs a
 * reason and makes a new version; a draft is edited freely and has no versions yet.
 */
export const PLAN_TRANSITIONS: Record<PlanStatus, readonly PlanMove[]> = {
  draft: [
    { action: 'edit', to: 'draft', reasonRequired: false },
    { action: 'publish', to: 'published', reasonRequired: false },
    { action: 'cancel', to: 'cancelled', reasonRequired: true },
  ],
  published: [
    { action: 'amend', to: 'published', reasonRequired: true },
    { action: 'close', to: 'closed', reasonRequired: false },
    { action: 'cancel', to: 'cancelled', reasonRequired: true },
  ],
  closed: [],
  cancelled: [],
};

/**
 * The status a plan moves to, or why it may not.
 * @example planTransition('draft', 'publish', null) === 'published'
 * @example planTransition('published', 'amend', '') === 'REASON_REQUIRED'
 * @example planTransition('closed', 'edit', null) === 'PLAN_TRANSITION_NOT_ALLOWED'
 */
export function planTransition(from: PlanStatus, action: PlanAction, reason: string | null | undefined): PlanStatus | 'PLAN_TRANSITION_NOT_ALLOWED' | 'REASON_REQUIRED' {
  const move = PLAN_TRANSITIONS[from].find((m) => m.action === action);
  if (!move) return 'PLAN_TRANSITION_NOT_ALLOWED';
  if (move.reasonRequired && !reason?.trim()) return 'REASON_REQUIRED';
  return move.to;
}

/** A change to the entries: 'edit' for a draft, 'amend' (with a reason) once published. @example entryChangeAction('published') === 'amend' */
export function entryChangeAction(status: PlanStatus): PlanAction {
  return status === 'published' ? 'amend' : 'edit';
}

export const REGISTRATION_STATUSES = ['submitted', 'confirmed', 'amended', 'declined', 'withdrawn', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type RegistrationAction = 'edit' | 'withdraw' | 'confirm' | 'amend' | 'decline' | 'cancel';

/** Who acts: the group lead ('group'), the commune ('commune'), the system when a day is cancelled. */
interface RegistrationMove { action: RegistrationAction; to: RegistrationStatus; by: 'group' | 'commune' | 'system'; commentRequired: boolean }

/**
 * The registration workflow: the lead agency submits (and may change or withdraw it before the
 * deadline, which sends it back to the commune); the commune confirms, amends with a comment, or
 * declines with a comment. A cancelled campaign day cancels its registrations.
 */
export const REGISTRATION_TRANSITIONS: Record<RegistrationStatus, readonly RegistrationMove[]> = {
  submitted: [
    { action: 'edit', to: 'submitted', by: 'group', commentRequired: false },
    { action: 'withdraw', to: 'withdrawn', by: 'group', commentRequired: false },
    { action: 'confirm', to: 'confirmed', by: 'commune', commentRequired: false },
    { action: 'amend', to: 'amended', by: 'commune', commentRequired: true },
    { action: 'decline', to: 'declined', by: 'commune', commentRequired: true },
    { action: 'cancel', to: 'cancelled', by: 'system', commentRequired: true },
  ],
  confirmed: [
    { action: 'edit', to: 'submitted', by: 'group', commentRequired: false },
    { action: 'withdraw', to: 'withdrawn', by: 'group', commentRequired: false },
    { action: 'amend', to: 'amended', by: 'commune', commentRequired: true },
    { action: 'cancel', to: 'cancelled', by: 'system', commentRequired: true },
  ],
  amended: [
    { action: 'edit', to: 'submitted', by: 'group', commentRequired: false },
    { action: 'withdraw', to: 'withdrawn', by: 'group', commentRequired: false },
    { action: 'amend', to: 'amended', by: 'commune', commentRequired: true },
    { action: 'cancel', to: 'cancelled', by: 'system', commentRequired: true },
  ],
  declined: [
    { action: 'edit', to: 'submitted', by: 'group', commentRequired: false },
    { action: 'withdraw', to: 'withdrawn', by: 'group', commentRequired: false },
  ],
  withdrawn: [{ action: 'edit', to: 'submitted', by: 'group', commentRequired: false }],
  cancelled: [],
};

/**
 * The status a registration moves to, or why not.
 * @example registrationTransition('submitted', 'decline', 'group', 'x') === 'FORBIDDEN'
 * @example registrationTransition('submitted', 'amend', 'commune', ' ') === 'REASON_REQUIRED'
 * @example registrationTransition('declined', 'edit', 'group', null) === 'submitted'
 */
export function registrationTransition(from: RegistrationStatus, action: RegistrationAction, by: 'group' | 'commune' | 'system', comment: string | null | undefined):
  RegistrationStatus | 'REGISTRATION_TRANSITION_NOT_ALLOWED' | 'FORBIDDEN' | 'REASON_REQUIRED' {
  const move = REGISTRATION_TRANSITIONS[from].find((m) => m.action === action);
  if (!move) return 'REGISTRATION_TRANSITION_NOT_ALLOWED';
  if (move.by !== by) return 'FORBIDDEN';
  if (move.commentRequired && !comment?.trim()) return 'REASON_REQUIRED';
  return move.to;
}

/** A registration the commune has accepted (as sent, or amended). @example isAccepted('amended') === true */
export function isAccepted(status: RegistrationStatus): boolean {
  return status === 'confirmed' || status === 'amended';
}

/** A registration that still stands (the group still means to come). @example isActiveRegistration('declined') === false */
export function isActiveRegistration(status: RegistrationStatus): boolean {
  return status === 'submitted' || status === 'confirmed' || status === 'amended';
}

// --- deadlines --------------------------------------------------------------------------------

/** A weekly deadline: weekday (0 = Sunday … 6 = Saturday) and local time 'HH:MM' (Asia/Ho_Chi_Minh). */
export interface WeeklyDeadline { weekday: number; time: string }

/**
 * The deadline for a campaign day: the last such weekday strictly before the day, at that time,
 * as a UTC instant (Vietnam is UTC+7 all year).
 * @example deadlineFor('2021-10-23', { weekday: 4, time: '17:00' }).toISOString() === '2021-10-21T10:00:00.000Z'
 */
export function deadlineFor(day: string, d: WeeklyDeadline): Date {
  let back = (dayOfWeek(day) - d.weekday + 7) % 7;
  if (back === 0) back = 7;
  const date = addDays(day, -back);
  const [h, m] = d.time.split(':').map(Number);
  const [y, mo, da] = date.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, da, h - 7, m));
}

/** @example isTime('07:30') === true */
export function isTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

// --- double booking and volume ----------------------------------------------------------------

export interface BookingEntry { key: string | number; groupId: number; segmentIds: readonly number[] }

export type BookingConflict =
  | { kind: 'group'; groupId: number; entries: Array<string | number> }
  | { kind: 'segment'; segmentId: number; entries: Array<string | number> };

/**
 * Double bookings among the entries of one day: a group in two entries, a segment in two entries
 * (or twice in one). Empty when the day is consistent.
 * @example bookingConflicts([{ key: 1, groupId: 7, segmentIds: [3] }, { key: 2, groupId: 7, segmentIds: [4] }])
 *   // [{ kind: 'group', groupId: 7, entries: [1, 2] }]
 */
export function bookingConflicts(entries: readonly BookingEntry[]): BookingConflict[] {
  const byGroup = new Map<number, Array<string | number>>();
  const bySegment = new Map<number, Array<string | number>>();
  for (const e of entries) {
    byGroup.set(e.groupId, [...(byGroup.get(e.groupId) ?? []), e.key]);
    for (const s of e.segmentIds) bySegment.set(s, [...(bySegment.get(s) ?? []), e.key]);
  }
  const out: BookingConflict[] = [];
  for (const [groupId, keys] of byGroup) if (keys.length > 1) out.push({ kind: 'group', groupId, entries: keys });
  for (const [segmentId, keys] of bySegment) if (keys.length > 1) out.push({ kind: 'segment', segmentId, entries: keys });
  return out;
}

/**
 * Whether a target volume fits what remains to pour on the chosen segments (litres).
 * @example volumeFits(12_000, [8_000, 5_000]) === true
 * @example volumeFits(14_000, [8_000, 5_000]) === false
 */
export function volumeFits(targetLitres: number, remainingLitres: readonly number[]): boolean {
  return targetLitres <= remainingLitres.reduce((s, v) => s + v, 0);
}

/**
 * The metres a target volume covers on segments poured in order (each fully before the next),
 * in millimetres.
 * @example lengthForVolume(9_000, [{ lengthMm: 100_000, remainingLitres: 6_000 }, { lengthMm: 50_000, remainingLitres: 6_000 }]) === 125_000
 */
export function lengthForVolume(targetLitres: number, segments: ReadonlyArray<{ lengthMm: number; remainingLitres: number }>): number {
  let left = targetLitres;
  let mm = 0;
  for (const s of segments) {
    if (left <= 0) break;
    if (s.remainingLitres <= 0) continue;
    const take = Math.min(left, s.remainingLitres);
    mm += Math.round((s.lengthMm * take) / s.remainingLitres);
    left -= take;
  }
  return mm;
}

// --- mixer capacity and labour -----------------------------------------------------------------

/**
 * Litres of concrete some mixers can pour in a day: drum × batches a day, for each mixer.
 * @example mixerCapacityLitres([250, 350], 40) === 24_000
 */
export function mixerCapacityLitres(drumLitres: readonly number[], batchesPerDay: number): number {
  return drumLitres.reduce((s, d) => s + d * batchesPerDay, 0);
}

/**
 * People needed for a volume at a labour norm (thousandths of a công per m³), one person a full
 * day being one công: the công rounded up to whole people.
 * @example headcountFor(10_000, 2000) === 20 // 10 m³ × 2 công/m³
 */
export function headcountFor(litres: number, labourNormMilli: number): number {
  // litres × norm(milli công per m³) / 1000 (l per m³) / 1000 (milli) = công; exact in integers.
  return Math.ceil((litres * labourNormMilli) / 1_000_000);
}

// --- go/no-go ----------------------------------------------------------------------------------

export const READINESS_ITEMS = ['registration', 'materials', 'supervisor', 'mixer', 'site', 'segments', 'proposal'] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];

export interface ReadinessCheck { item: ReadinessItem; ok: boolean; vi: string; en: string }

/** Needed and staged in base units: kg for cement, litres for sand and stone (shown as m³). */
export interface MaterialNeed { code: string; name: string; unit: 'kg' | 'l'; needed: number; stagedPassed: number }

export interface ReadinessFacts {
  registration: { status: RegistrationStatus } | null;
  /** What the target volume needs against what is staged at the road and passed, per material (base units). */
  materials: MaterialNeed[];
  /** Null when the entry's road has no mix to compute materials from. */
  materialsKnown: boolean;
  supervisorName: string | null;
  /** Mixers the entry asks for; working mixers of the commune free that day; mixers the commune's other entries that day ask for. */
  mixers: { wanted: number; working: number; takenByOthers: number };
  /**
   * What the entry's mixers can pour in the day against its volume: the drums (litres) of the
   * mixers it gets, batches per mixer a day (plan setting "batches per mixer a day", to confirm
   * with the communes), and the entry's target volume (litres).
   */
  capacity: { drums: number[]; batchesPerDay: number; targetLitres: number };
  /** The commune's confirmation that the site is prepared (mặt bằng), with its note. */
  site: { confirmedOn: string | null; note: string | null };
  /** For a proposed entry: what it was proposed from and the registration now; null for an entry the coordinator made. */
  proposal: { basis: { registration: { headcount: number; targetLitres: number } | null }; entry: { headcount: number; targetLitres: number };
    registration: { headcount: number; targetLitres: number } | null } | null;
  /** Labels of the entry's segments that are rejected (to be redone before planning). */
  rejectedSegments: string[];
  segmentCount: number;
}

const fmt = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** 3085 kg → '3.085 kg'; 5320 l → '5,32 m³'. */
function qty(n: number, unit: 'kg' | 'l'): string {
  if (unit === 'kg') return `${fmt(n)} kg`;
  const [i, d] = (Math.round(n / 10) / 100).toFixed(2).split('.');
  return `${fmt(Number(i))},${d} m³`;
}
const qtyEn = (n: number, unit: 'kg' | 'l') => (unit === 'kg' ? `${n} kg` : `${(n / 1000).toFixed(2)} m³`);

/**
 * The go/no-go checklist of an entry, each item green or red with its reason in both languages.
 * @example readiness({ registration: null, ... })[0] // { item: 'registration', ok: false, vi: 'Nhóm chưa đăng ký', ... }
 */
export function readiness(f: ReadinessFacts): ReadinessCheck[] {
  const out: ReadinessCheck[] = [];
  const r = f.registration;
  if (!r || !isActiveRegistration(r.status)) {
    out.push({ item: 'registration', ok: false, vi: r?.status === 'declined' ? 'Xã đã từ chối đăng ký của nhóm' : 'Nhóm chưa đăng ký',
      en: r?.status === 'declined' ? "The commune declined the group's registration" : 'The group has not registered' });
  } else if (!isAccepted(r.status)) {
    out.push({ item: 'registration', ok: false, vi: 'Đăng ký đang chờ xã xác nhận', en: 'The registration awaits the commune' });
  } else {
    out.push({ item: 'registration', ok: true, vi: r.status === 'amended' ? 'Xã đã xác nhận (có điều chỉnh)' : 'Xã đã xác nhận đăng ký',
      en: r.status === 'amended' ? 'Confirmed by the commune (amended)' : 'Confirmed by the commune' });
  }

  const short = f.materials.filter((m) => m.stagedPassed < m.needed);
  if (!f.materialsKnown) out.push({ item: 'materials', ok: false, vi: 'Chưa tính được vật liệu cần (chưa có khối lượng)', en: 'Materials cannot be computed (no volume)' });
  else if (short.length) {
    out.push({ item: 'materials', ok: false,
      vi: `Thiếu vật liệu đã tập kết và đạt kiểm tra: ${short.map((m) => `${m.name} cần ${qty(m.needed, m.unit)}, có ${qty(m.stagedPassed, m.unit)}`).join('; ')}`,
      en: `Not enough staged, passed materials: ${short.map((m) => `${materialNameEn(m)} needs ${qtyEn(m.needed, m.unit)}, has ${qtyEn(m.stagedPassed, m.unit)}`).join('; ')}` });
  } else out.push({ item: 'materials', ok: true, vi: 'Vật liệu đã tập kết tại tuyến và đạt kiểm tra', en: 'Materials staged at the road and passed' });

  out.push(f.supervisorName?.trim()
    ? { item: 'supervisor', ok: true, vi: `Người giám sát: ${f.supervisorName}`, en: `Supervisor: ${f.supervisorName}` }
    : { item: 'supervisor', ok: false, vi: 'Xã chưa cử người giám sát', en: 'The commune has not named a supervisor' });

  const m = f.mixers;
  if (m.wanted < 1) out.push({ item: 'mixer', ok: false, vi: 'Chưa bố trí máy trộn', en: 'No mixer planned' });
  else if (m.working - m.takenByOthers < m.wanted) {
    out.push({ item: 'mixer', ok: false, vi: `Cần ${m.wanted} máy trộn, xã chỉ còn ${Math.max(0, m.working - m.takenByOthers)} máy hoạt động`,
      en: `Needs ${mixers(m.wanted)}, the commune has ${Math.max(0, m.working - m.takenByOthers)} working and free` });
  } else {
    const c = f.capacity;
    const capacity = mixerCapacityLitres(c.drums, c.batchesPerDay);
    const how = `${c.drums.length} máy trộn (${c.drums.join(' + ')} l) × ${c.batchesPerDay} mẻ = ${qty(capacity, 'l')}/ngày`;
    const howEn = `${mixers(c.drums.length)} (${c.drums.join(' + ')} l) × ${c.batchesPerDay} batches = ${qtyEn(capacity, 'l')}/day`;
    out.push(c.targetLitres > capacity
      ? { item: 'mixer', ok: false, vi: `${qty(c.targetLitres, 'l')} vượt công suất: ${how}`, en: `${qtyEn(c.targetLitres, 'l')} exceeds the capacity: ${howEn}` }
      : { item: 'mixer', ok: true, vi: `Đủ công suất: ${how}`, en: `Enough capacity: ${howEn}` });
  }

  out.push(f.site.confirmedOn
    ? { item: 'site', ok: true, vi: `Xã xác nhận mặt bằng đã sẵn sàng (${f.site.confirmedOn})${f.site.note ? `: ${f.site.note}` : ''}`,
      en: `The commune confirmed the site is prepared (${f.site.confirmedOn})${f.site.note ? `: ${f.site.note}` : ''}` }
    : { item: 'site', ok: false, vi: 'Xã chưa xác nhận mặt bằng (giải phóng, san gạt, lu lèn nền)', en: 'The commune has not confirmed the site is prepared (cleared, levelled, compacted)' });

  if (!f.segmentCount) out.push({ item: 'segments', ok: false, vi: 'Chưa chọn đoạn đường', en: 'No segment chosen' });
  else if (f.rejectedSegments.length) {
    out.push({ item: 'segments', ok: false, vi: `Đoạn không đạt nghiệm thu, cần xử lý trước: ${f.rejectedSegments.join(', ')}`,
      en: `Rejected segments to redo first: ${f.rejectedSegments.join(', ')}` });
  } else out.push({ item: 'segments', ok: true, vi: 'Các đoạn đường sẵn sàng', en: 'Segments are fine' });

  const p = f.proposal;
  if (p) {
    const stale = proposalStale(p.basis.registration, p.registration);
    const proposed = `đề xuất ${p.entry.headcount} người, ${qty(p.entry.targetLitres, 'l')}`;
    const proposedEn = `proposed ${p.entry.headcount} people, ${qtyEn(p.entry.targetLitres, 'l')}`;
    const now = p.registration ? `đã đăng ký ${p.registration.headcount} người, ${qty(p.registration.targetLitres, 'l')}` : 'nhóm không còn đăng ký';
    const nowEn = p.registration ? `registered ${p.registration.headcount} people, ${qtyEn(p.registration.targetLitres, 'l')}` : 'the group no longer has a registration';
    out.push(stale
      ? { item: 'proposal', ok: false, vi: `Đề xuất đã cũ: ${proposed} — ${now}`, en: `The proposal is stale: ${proposedEn} — ${nowEn}` }
      : { item: 'proposal', ok: true, vi: 'Đề xuất theo đăng ký hiện tại', en: 'The proposal follows the current registration' });
  }
  return out;
}

/**
 * A proposal is stale when the registration it was made from is no longer the group's: it
 * registered since, changed its numbers, or withdrew.
 * @example proposalStale(null, { headcount: 40, targetLitres: 18_000 }) === true
 */
export function proposalStale(basis: { headcount: number; targetLitres: number } | null, now: { headcount: number; targetLitres: number } | null): boolean {
  if (!basis || !now) return basis !== now;
  return basis.headcount !== now.headcount || basis.targetLitres !== now.targetLitres;
}

/** @example allGreen([{ ok: true }, { ok: false }]) === false */
export function allGreen(checks: ReadonlyArray<Pick<ReadinessCheck, 'ok'>>): boolean {
  return checks.every((c) => c.ok);
}

/**
 * The Monday of the week of a date (the week a plan's Saturday belongs to).
 * @example weekStart('2021-10-23') === '2021-10-18'
 */
export function weekStart(day: string): string {
  return addDays(day, -((dayOfWeek(day) + 6) % 7));
}

// --- settings ----------------------------------------------------------------------------------

export interface PlanSettings {
  /** Lead agencies register until this weekday and time before each campaign day. */
  registrationDeadline: WeeklyDeadline;
  /** Communes confirm until this weekday and time; a later decision is marked late. */
  confirmationDeadline: WeeklyDeadline;
  /** Batches one mixer pours in a campaign day (a 250 l drum every 5–6 minutes over a morning: about 40). To confirm. */
  batchesPerMixerDay: number;
  /** Meeting time proposed for new entries. */
  meetingTime: string;
}

/** Thursday 17:00 to register, Friday 12:00 to confirm, for a Saturday. */
export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  registrationDeadline: { weekday: 4, time: '17:00' },
  confirmationDeadline: { weekday: 5, time: '12:00' },
  batchesPerMixerDay: 40,
  meetingTime: '07:00',
};

/** "1 mixer", "2 mixers": the English count of mixers in readiness messages. */
function mixers(n: number): string {
  return n === 1 ? '1 mixer' : `${n} mixers`;
}

// English names of the default materials (server/modules/materials/commands/catalogue.ts); a
// material added later keeps its Vietnamese name rather than showing its code.
const MATERIAL_NAMES_EN: Record<string, string> = {
  cement_pcb40: 'PCB40 cement', cement_pcb30: 'PCB30 cement', sand: 'Sand', stone_1x2: '1x2 stone', stone_2x4: '2x4 stone', gravel: 'Gravel',
};

/** A material's name in English readiness messages. @example materialNameEn({ code: 'stone_1x2', name: 'Đá 1x2' }) === '1x2 stone' */
export function materialNameEn(m: { code: string; name: string }): string {
  return MATERIAL_NAMES_EN[m.code] ?? m.name;
}
