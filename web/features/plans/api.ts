// Weekly plans, road assignments and registrations (issue 6): the API's shapes as these pages read
// them (server/modules/plans/**/*.schema.ts) and the queries and writes. Writes on a plan or a
// registration send the version last read as If-Match, so a stale edit answers 412 ("reload").
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type PlanStatus = 'draft' | 'published' | 'closed' | 'cancelled';
export type PlanAction = 'edit' | 'propose' | 'publish' | 'amend' | 'close' | 'cancel';
export type RegistrationStatus = 'submitted' | 'confirmed' | 'amended' | 'declined' | 'withdrawn' | 'cancelled';
export type RegistrationAction = 'edit' | 'withdraw' | 'confirm' | 'amend' | 'decline';
export interface Bilingual { vi: string; en: string }

export interface PlanDay {
  day: string; note: string | null; saturday: boolean;
  plan: { id: number; status: PlanStatus; versionNo: number; entries: number; headcount: number; targetVolumeM3: number } | null;
}

export interface SegmentRef { id: number; roadId: number; roadName: string; label: string | null; chainage: string; status: string; lengthM: number; remainingM3: number }
export interface Check extends Bilingual { item: 'registration' | 'materials' | 'supervisor' | 'mixer' | 'site' | 'segments' | 'proposal'; ok: boolean }

export interface PlanEntry {
  id: number;
  group: { id: number; name: string; kind?: 'group' | 'agency'; leadAgencyId: number; leadAgencyName: string };
  commune: { id: number; name: string };
  segments: SegmentRef[];
  headcount: number; targetVolumeM3: number; targetLengthM: number; mixers: number;
  meetingTime: string | null; meetingPlace: string | null; notes: string | null;
  explanation: Bilingual | null;
  supervisor: { name: string; phone: string | null } | null;
  /** The commune confirmed the site is prepared (mặt bằng) on this day. */
  site: { readyOn: string; note: string | null } | null;
  registration: { id: number; status: RegistrationStatus; headcount: number; targetVolumeM3: number } | null;
  readiness: { ok: boolean; items: Check[] };
  actions?: Array<'edit' | 'remove' | 'setSupervisor' | 'confirmSite'>;
}

export interface Plan {
  id: number; campaignId: number; campaignName: string; day: string; week: string;
  status: PlanStatus; versionNo: number; note: string | null; cancelReason: string | null; movedToPlanId: number | null;
  publishedAt: string | null; closedAt: string | null;
  totals: { entries: number; headcount: number; targetVolumeM3: number; targetLengthM: number; mixers: number; redItems: number };
  entries: PlanEntry[];
  actions?: PlanAction[];
  version: number;
}

export interface Skipped extends Bilingual { groupId: number; groupName: string }
export interface Proposal { plan: Plan; added: Array<{ entryId: number; groupId: number; explanation: Bilingual }>; skipped: Skipped[] }
export interface CancelResult { cancelled: Plan; target: Plan; moved: number[]; skipped: Skipped[] }

export interface PlanVersion {
  versionNo: number; kind: 'publish' | 'amend' | 'cancel'; status: string; reason: string | null;
  redItems: number; redReason: string | null; createdAt: string; createdBy: string | null;
}
export interface PlanVersionDetail extends PlanVersion { snapshot: Plan }

export interface AssignedSegment { id: number; chainage: string; label: string | null; status: string; lengthM: number; remainingM3: number }
export interface AssignedRoad { roadId: number; roadName: string; communeId: number; communeName: string; remainingM3: number; segments: AssignedSegment[] }
export interface Assignments {
  /** kind 'agency': one agency assigned roads on its own (named as the agency, not a group). */
  groups: Array<{ groupId: number; groupName: string; kind: 'group' | 'agency'; remainingM3: number; roads: AssignedRoad[] }>;
  unassigned: AssignedRoad[];
}

export interface Registration {
  id: number; campaignId: number; day: string;
  group: { id: number; name: string; leadAgencyId: number; leadAgencyName: string };
  commune: { id: number; name: string };
  headcount: number; perAgency: Array<{ agencyId: number; agencyName: string; headcount: number }>;
  targetVolumeM3: number; targetLengthM: number | null; transport: string | null; tools: string | null; note: string | null;
  status: RegistrationStatus; communeComment: string | null;
  original: { headcount: number; targetVolumeM3: number } | null;
  submittedBy: string | null; submittedAt: string; submittedLate: boolean;
  decidedBy: string | null; decidedAt: string | null; decidedLate: boolean | null;
  actions: RegistrationAction[];
  version: number;
}
export interface RegistrationWindow { day: string; registrationDeadline: string; confirmationDeadline: string; registrationOpen: boolean; confirmationOpen: boolean }
export interface Variance {
  actualAvailable: boolean;
  items: Array<{
    day: string; groupId: number; groupName: string; communeName: string; status: string;
    registeredHeadcount: number; registeredVolumeM3: number; actualRecorded: boolean;
    actualHeadcount: number | null; actualVolumeM3: number | null; headcountVariance: number | null; volumeVarianceM3: number | null;
  }>;
}

export const planKeys = {
  days: (campaignId: number) => ['plans', 'days', campaignId] as const,
  one: (id: number) => ['plans', 'one', id] as const,
  versions: (id: number) => ['plans', 'versions', id] as const,
  assignments: (campaignId: number) => ['plans', 'assignments', campaignId] as const,
};

export function usePlanDays(campaignId: number | null) {
  return useQuery({
    queryKey: planKeys.days(campaignId ?? 0),
    queryFn: () => api.get<{ items: PlanDay[] }>(`/campaigns/${campaignId}/plans`),
    enabled: campaignId !== null,
  });
}

export function usePlan(id: number) {
  return useQuery({ queryKey: planKeys.one(id), queryFn: () => api.get<Plan>(`/plans/${id}`), enabled: id > 0 });
}

export function usePlanVersions(id: number) {
  return useQuery({ queryKey: planKeys.versions(id), queryFn: () => api.get<{ items: PlanVersion[] }>(`/plans/${id}/versions`) });
}

export function usePlanVersion(id: number, versionNo: number | null) {
  return useQuery({
    queryKey: [...planKeys.versions(id), versionNo],
    queryFn: () => api.get<PlanVersionDetail>(`/plans/${id}/versions/${versionNo}`),
    enabled: versionNo !== null,
  });
}

export function useAssignments(campaignId: number | null) {
  return useQuery({
    queryKey: planKeys.assignments(campaignId ?? 0),
    queryFn: () => api.get<Assignments>(`/campaigns/${campaignId}/assignments`),
    enabled: campaignId !== null,
  });
}

/** After any write on plans: the calendar, the plan, its versions and registrations are read again. */
export function useRefreshPlans() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['plans'] });
    void client.invalidateQueries({ queryKey: ['registrations'] });
    void client.invalidateQueries({ queryKey: ['dashboard'] });
  };
}

export interface EntryInput {
  groupId: number; communeId: number; segmentIds: number[]; headcount: number; targetVolumeM3: number;
  mixers: number; meetingTime: string | null; meetingPlace: string | null; notes: string | null; reason?: string;
}

export const planWrites = {
  propose: (campaignId: number, day: string) => api.post<Proposal>(`/campaigns/${campaignId}/plans/propose`, { day }),
  create: (campaignId: number, day: string) => api.post<Plan>(`/campaigns/${campaignId}/plans`, { day }),
  addEntry: (plan: Plan, input: EntryInput) => api.post<{ entryId: number; plan: Plan }>(`/plans/${plan.id}/entries`, input, plan.version),
  changeEntry: (plan: Plan, entryId: number, input: Partial<EntryInput>) => api.patch<Plan>(`/plans/${plan.id}/entries/${entryId}`, input, plan.version),
  removeEntry: (plan: Plan, entryId: number, reason?: string) => api.delete<Plan>(`/plans/${plan.id}/entries/${entryId}`, { reason }, plan.version),
  publish: (plan: Plan, reason?: string) => api.post<Plan>(`/plans/${plan.id}/publish`, { reason }, plan.version),
  close: (plan: Plan) => api.post<Plan>(`/plans/${plan.id}/close`, {}, plan.version),
  cancel: (plan: Plan, reason: string, toDay?: string) => api.post<CancelResult>(`/plans/${plan.id}/cancel`, { reason, toDay }, plan.version),
  supervisor: (plan: Plan, entryId: number, name: string | null, phone: string | null) =>
    api.put<Plan>(`/plans/${plan.id}/entries/${entryId}/supervisor`, { name, phone }),
  site: (plan: Plan, entryId: number, ready: boolean) => api.put<Plan>(`/plans/${plan.id}/entries/${entryId}/site`, { ready }),
  assign: (campaignId: number, input: { groupId?: number; agencyId?: number; roadId: number; reassign?: boolean }) => api.post<unknown>(`/campaigns/${campaignId}/assignments`, input),
  unassign: (campaignId: number, segmentIds: number[]) => api.post<unknown>(`/campaigns/${campaignId}/assignments/unassign`, { segmentIds }),
};

// --- registrations ----------------------------------------------------------------------------

export function useRegistrations(campaignId: number | null, filter: { day?: string | null; status?: RegistrationStatus | null }) {
  return useQuery({
    queryKey: ['registrations', campaignId, filter],
    queryFn: () => api.get<{ items: Registration[]; window: RegistrationWindow | null }>(`/campaigns/${campaignId}/registrations`,
      { day: filter.day ?? undefined, status: filter.status ?? undefined }),
    enabled: campaignId !== null,
  });
}

export function useRegistrationWindow(campaignId: number | null, day: string | null) {
  return useQuery({
    queryKey: ['registrations', 'window', campaignId, day],
    queryFn: () => api.get<RegistrationWindow>(`/campaigns/${campaignId}/registration-window`, { day }),
    enabled: campaignId !== null && !!day,
  });
}

export function useVariance(campaignId: number | null) {
  return useQuery({
    queryKey: ['registrations', 'variance', campaignId],
    queryFn: () => api.get<Variance>(`/campaigns/${campaignId}/registrations/variance`),
    enabled: campaignId !== null,
  });
}

export interface RegistrationInput {
  headcount: number; perAgency: Array<{ agencyId: number; headcount: number }>; targetVolumeM3: number;
  transport: string | null; tools: string | null; note: string | null; communeId: number;
}

export const registrationWrites = {
  create: (campaignId: number, input: RegistrationInput & { groupId: number; day: string }) => api.post<Registration>(`/campaigns/${campaignId}/registrations`, input),
  update: (r: Registration, input: Partial<RegistrationInput>) => api.patch<Registration>(`/registrations/${r.id}`, input, r.version),
  withdraw: (r: Registration) => api.post<Registration>(`/registrations/${r.id}/withdraw`, {}, r.version),
  confirm: (r: Registration, comment: string | null) => api.post<Registration>(`/registrations/${r.id}/confirm`, { comment }, r.version),
  decline: (r: Registration, comment: string | null) => api.post<Registration>(`/registrations/${r.id}/decline`, { comment }, r.version),
  amend: (r: Registration, input: { comment: string; headcount?: number; targetVolumeM3?: number }) => api.post<Registration>(`/registrations/${r.id}/amend`, input, r.version),
};
