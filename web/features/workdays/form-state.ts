// The workday form's own state (what the inputs hold, numbers possibly still empty) and its
// conversion to and from the API's shapes. Labour-days are computed here the way the server
// computes them (domain/labour.ts) and only shown: nobody types them.
import { halvesToDays, labourTotals } from '../../../domain/labour';
import type { CommunePartInput, GroupPartInput, MaterialIssueInput, PlanEntry, Weather, Workday } from './api';

export type Num = number | '';
const n = (v: Num) => (v === '' ? 0 : v);

export interface AttendanceRow { fullDay: Num; halfDay: Num; names: string }
/** Attendance by agency id. */
export type GroupState = { rows: Record<number, AttendanceRow>; note: string };

export interface PourRow { key: string; roadId: number | null; segmentId: number | null; lengthM: Num; volumeM3: Num; finished: boolean }
/** A material to issue: `stock` is "lotId:pointId" (a lot as it lies at one staging point); quantity in the material's base unit. */
export interface MaterialRow { key: string; stock: string | null; quantity: Num }
export interface CommuneState {
  peopleFull: Num; peopleHalf: Num; pours: PourRow[]; materials: MaterialRow[];
  supervisorName: string; supervisorPhone: string; weather: Weather | null; incidents: string; note: string;
}

let seq = 0;
export const rowKey = () => `pour-${++seq}`;
export const emptyMaterial = (): MaterialRow => ({ key: rowKey(), stock: null, quantity: '' });
export const emptyPour = (): PourRow => ({ key: rowKey(), roadId: null, segmentId: null, lengthM: '', volumeM3: '', finished: false });

export function groupStateOf(w: Workday | null): GroupState {
  const rows: Record<number, AttendanceRow> = {};
  for (const a of w?.groupPart.attendance ?? []) rows[a.agency.id] = { fullDay: a.fullDay, halfDay: a.halfDay, names: a.names.join('\n') };
  return { rows, note: w?.groupPart.note ?? '' };
}

/** A new record starts from the plan entry: its segments and its supervisor. */
export function communeStateOf(w: Workday | null, entry: PlanEntry | null): CommuneState {
  const c = w?.communePart;
  if (c) {
    return {
      peopleFull: c.people.fullDay, peopleHalf: c.people.halfDay,
      pours: c.pours.map((p) => ({ key: rowKey(), roadId: p.roadId, segmentId: p.segmentId, lengthM: p.lengthM, volumeM3: p.volumeM3, finished: false })),
      // What was issued before is in the ledger (shown apart); these lines are new issues only.
      materials: [],
      supervisorName: c.supervisorName ?? '', supervisorPhone: c.supervisorPhone ?? '', weather: c.weather, incidents: c.incidents ?? '', note: c.note ?? '',
    };
  }
  return {
    peopleFull: '', peopleHalf: '',
    pours: entry?.segments.length ? entry.segments.map((s) => ({ ...emptyPour(), roadId: s.roadId, segmentId: s.id })) : [emptyPour()],
    materials: [],
    supervisorName: entry?.supervisor?.name ?? '', supervisorPhone: entry?.supervisor?.phone ?? '', weather: null, incidents: '', note: '',
  };
}

const text = (s: string) => (s.trim() ? s.trim() : null);
const namesOf = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** Member agencies in the order the form shows and sends them: the lead agency first. */
export function memberOrder(group: { members: Array<{ id: number; isLead: boolean }> }): number[] {
  return [...group.members].sort((a, b) => Number(b.isLead) - Number(a.isLead)).map((m) => m.id);
}

/** Lines for agencies that sent someone (or whose names were typed), in `order`. */
export function groupInput(s: GroupState, order: number[]): GroupPartInput {
  const attendance = order
    .filter((id) => {
      const r = s.rows[id];
      return r && (n(r.fullDay) + n(r.halfDay) > 0 || namesOf(r.names).length > 0);
    })
    .map((agencyId) => {
      const r = s.rows[agencyId];
      const names = namesOf(r.names);
      return { agencyId, fullDay: n(r.fullDay), halfDay: n(r.halfDay), ...(names.length ? { names } : {}) };
    });
  return { attendance, note: text(s.note) };
}

/** The pour rows that are sent: those with a segment or a figure. */
export function sentPours(s: CommuneState): PourRow[] {
  return s.pours.filter((p) => p.segmentId !== null || p.lengthM !== '' || p.volumeM3 !== '');
}

/** Rows left entirely empty (no segment, no figures) are dropped rather than refused. */
export function communeInput(s: CommuneState): CommunePartInput {
  const pours = sentPours(s)
    .map((p) => ({ segmentId: p.segmentId ?? 0, lengthM: n(p.lengthM), volumeM3: n(p.volumeM3), ...(p.finished ? { finished: true } : {}) }));
  return {
    people: { fullDay: n(s.peopleFull), halfDay: n(s.peopleHalf) }, pours,
    supervisorName: text(s.supervisorName), supervisorPhone: text(s.supervisorPhone), weather: s.weather, incidents: text(s.incidents), note: text(s.note),
  };
}

/** The material lines that are sent: those with a lot or a quantity. */
export function sentMaterials(s: CommuneState): MaterialRow[] {
  return s.materials.filter((m) => m.stock !== null || m.quantity !== '');
}

/** New issues to send with the commune's part; a line without a lot goes as lot 0 so the server names it. */
export function materialsInput(s: CommuneState): MaterialIssueInput[] {
  return sentMaterials(s).map((m) => {
    const [lotId, pointId] = (m.stock ?? '0:0').split(':').map(Number);
    return { lotId, pointId, quantity: n(m.quantity) };
  });
}

/**
 * Officials, people and labour-days as the record will hold them (0,5 per half day): the parts being
 * edited from the form, the others from the saved record (the group's side does not see the
 * commune's detail, only the totals, so the people's share is what the totals leave).
 */
export function liveTotals(group: GroupState | null, commune: CommuneState | null, saved: Workday | null) {
  const lines = group
    ? Object.values(group.rows).map((r) => ({ fullDay: n(r.fullDay), halfDay: n(r.halfDay) }))
    : (saved?.groupPart.attendance ?? []).map((a) => ({ fullDay: a.fullDay, halfDay: a.halfDay }));
  const off = labourTotals(lines, null);
  let people: number;
  let peopleDays: number;
  if (commune || saved?.communePart) {
    const p = commune ? { fullDay: n(commune.peopleFull), halfDay: n(commune.peopleHalf) } : saved!.communePart!.people;
    const pt = labourTotals([], p);
    people = pt.people;
    peopleDays = halvesToDays(pt.labourHalves);
  } else {
    const savedOfficialDays = (saved?.groupPart.attendance ?? []).reduce((sum, a) => sum + a.labourDays, 0);
    people = saved?.totals.people ?? 0;
    peopleDays = (saved?.totals.labourDays ?? 0) - savedOfficialDays;
  }
  const officialDays = halvesToDays(off.labourHalves);
  return { officials: off.officials, people, participants: off.officials + people, labourDays: officialDays + peopleDays, officialDays, peopleDays };
}
