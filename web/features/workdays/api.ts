// Workday records (issue 7) as the web app reads and writes them: the list and one record, the
// plan of a day (to record a workday from its plan entry), and the writes. A new record carries
// the client id made once per submission (see useClientId), so a resend never makes a second one.
import { useQuery } from '@tanstack/react-query';
import type { Weather } from '../../../domain/labour';
import { api } from '../../lib/api';
import type { Group, Ref } from '../../lib/types';

export { WEATHER, type Weather } from '../../../domain/labour';

export interface Attendance { agency: Ref; fullDay: number; halfDay: number; names: string[]; labourDays: number }
export interface Pour { segmentId: number; roadId: number; roadName: string; chainage: string; lengthM: number; volumeM3: number }
export interface Photo {
  id: number; side: string; phase: 'before' | 'after'; fileId: number; url: string; displayUrl: string | null;
  takenAt: string | null; gps: { latitude: number; longitude: number; accuracyM: number | null } | null; width: number | null; height: number | null;
  factsFrom: 'exif' | 'phone';
}
/** Where the phone was (navigator.geolocation), as sent and as the record keeps it. */
export interface Position { latitude: number; longitude: number; accuracyM: number | null; at: string | null }
export interface Variance { code: string; name: string; unit: string; issued: number; norm: number; variancePercent: number | null; flag: 'ok' | 'over' | 'under' | 'no_norm' }
export type WorkdayAction = 'editGroup' | 'editCommune' | 'cancel' | 'addPhoto';

export interface Workday {
  id: number; clientId: string; campaignId: number; day: string; status: 'recorded' | 'cancelled'; cancelReason: string | null;
  commune: Ref; group: Ref; planEntryId: number | null; createdSide: string; version: number; reported: boolean;
  position: Position | null;
  totals: { officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number };
  groupPart: { attendance: Attendance[]; note: string | null };
  communePart: {
    people: { fullDay: number; halfDay: number };
    pours: Pour[];
    supervisorName: string | null; supervisorPhone: string | null; weather: Weather | null; incidents: string | null; note: string | null;
    materials: Array<{ movementId: number; lotId: number; code: string; name: string; quantity: number; unit: string; flaggedUnpassed: boolean }>;
    variances: Variance[];
  } | null;
  photos: Photo[];
  /** Plausibility warnings kept from the last write. */
  warnings: Array<{ code: string; field: string; vi: string; en: string }>;
  actions: WorkdayAction[];
}

export interface WorkdayFilter { campaignId?: number | null; communeId?: number | null; groupId?: number | null; day?: string | null }

/** What the commune (or the office) sends for its part. */
export interface CommunePartInput {
  people: { fullDay: number; halfDay: number };
  pours: Array<{ segmentId: number; lengthM: number; volumeM3: number; finished?: boolean }>;
  supervisorName: string | null; supervisorPhone: string | null; weather: Weather | null; incidents: string | null; note: string | null;
}
/** A material issued to the workday from a lot at a staging point (quantity in base units: kg, litres). */
export interface MaterialIssueInput { lotId: number; pointId: number; quantity: number }
/** What the group's lead (or the office) sends for its part. */
export interface GroupPartInput {
  attendance: Array<{ agencyId: number; fullDay: number; halfDay: number; names?: string[] }>;
  note: string | null;
}
export interface WorkdayCreateInput {
  clientId: string; campaignId: number; communeId: number; groupId: number; day: string; planEntryId: number | null;
  group?: GroupPartInput; commune?: CommunePartInput; materials?: MaterialIssueInput[];
  position?: { latitude: number; longitude: number; accuracyM: number; at: string };
  /** The day did not take place (rain…): recorded as cancelled with this reason, without people. */
  cancelReason?: string;
}

/** A plan entry as the plan of a day lists it (only what recording a workday needs). */
export interface PlanEntry {
  id: number;
  group: { id: number; name: string; leadAgencyId: number; leadAgencyName: string };
  commune: Ref;
  segments: Array<{ id: number; roadId: number; roadName: string; label: string | null; chainage: string; status: string; lengthM: number; remainingM3: number }>;
  headcount: number; targetVolumeM3: number; targetLengthM: number;
  supervisor: { name: string; phone: string | null } | null;
}
export interface DayPlan { id: number; day: string; status: string; entries: PlanEntry[] }

export const workdayKeys = { all: ['workdays'] as const };

export function useGroup(id: number | null) {
  return useQuery({ queryKey: ['groups', id], queryFn: () => api.get<Group>(`/groups/${id}`), enabled: !!id });
}

export function useWorkdays(filter: WorkdayFilter) {
  return useQuery({
    queryKey: ['workdays', 'list', filter],
    queryFn: () => api.get<{ items: Workday[]; today: string }>('/workdays', { ...filter }),
    enabled: !!filter.campaignId,
    placeholderData: (prev) => prev,
  });
}

export function useWorkday(id: number) {
  return useQuery({ queryKey: ['workdays', id], queryFn: () => api.get<Workday>(`/workdays/${id}`), enabled: id > 0 });
}

/** The published (or closed) plan of a campaign day, or null when the day has none. */
export function useDayPlan(campaignId: number | null, day: string | null) {
  return useQuery({
    queryKey: ['workdays', 'plan', campaignId, day],
    enabled: !!campaignId && !!day,
    queryFn: async (): Promise<DayPlan | null> => {
      const days = await api.get<{ items: Array<{ day: string; plan: { id: number; status: string } | null }> }>(`/campaigns/${campaignId}/plans`, { from: day, to: day });
      const plan = days.items.find((d) => d.day === day)?.plan;
      if (!plan || plan.status === 'draft' || plan.status === 'cancelled') return null;
      return api.get<DayPlan>(`/plans/${plan.id}`);
    },
  });
}

export const saveGroupPart = (w: Workday, input: GroupPartInput) => api.patch<Workday>(`/workdays/${w.id}/group`, input, w.version);
export const saveCommunePart = (w: Workday, input: CommunePartInput & { materials?: MaterialIssueInput[] }) => api.patch<Workday>(`/workdays/${w.id}/commune`, input, w.version);
export const cancelWorkday = (w: Workday, reason: string) => api.post<Workday>(`/workdays/${w.id}/cancel`, { reason });
