// Weekly plans, road assignments and registrations (issue 6): the API's shapes as these pages read
// them (server/modules/plans/**/*.schema.ts) and the queries and writes. Writes on a plan or a
// registration send the version last read as If-Match, so a stale edit answers 412 ("reload").
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PlanStatus, RegistrationStatus } from '../../../domain/plans';
import { typedApi, type BodyOf, type ResponseOf, type Schema } from '../../lib/typed-api';

export type { PlanStatus, RegistrationStatus };
export type Plan = Schema<'Plan'>;
export type PlanEntry = Plan['entries'][number];
export type PlanAction = Plan['actions'][number];
export type SegmentRef = PlanEntry['segments'][number];
export type Check = PlanEntry['readiness']['items'][number];
export type PlanDay = Schema<'PlanDay'>;
export type Proposal = Schema<'PlanProposal'>;
export type Skipped = Proposal['skipped'][number];
export type CancelResult = Schema<'PlanCancelResult'>;
export type PlanVersion = Schema<'PlanVersion'>;
export type PlanVersionDetail = Schema<'PlanVersionDetail'>;
export type Assignments = ResponseOf<'/campaigns/{id}/assignments', 'get'>;
export type AssignedRoad = Assignments['unassigned'][number];
export type AssignedSegment = AssignedRoad['segments'][number];
export type Registration = Schema<'Registration'>;
export type RegistrationAction = Registration['actions'][number];
export type RegistrationWindow = Schema<'RegistrationWindow'>;
export type Variance = Schema<'RegistrationVariance'>;

export const planKeys = {
  days: (campaignId: number) => ['plans', 'days', campaignId] as const,
  one: (id: number) => ['plans', 'one', id] as const,
  versions: (id: number) => ['plans', 'versions', id] as const,
  assignments: (campaignId: number) => ['plans', 'assignments', campaignId] as const,
};

export function usePlanDays(campaignId: number | null) {
  return useQuery({
    queryKey: planKeys.days(campaignId ?? 0),
    queryFn: () => typedApi.get('/campaigns/{id}/plans', { path: { id: campaignId! } }),
    enabled: campaignId !== null,
  });
}

export function usePlan(id: number) {
  return useQuery({ queryKey: planKeys.one(id), queryFn: () => typedApi.get('/plans/{id}', { path: { id } }), enabled: id > 0 });
}

export function usePlanVersions(id: number) {
  return useQuery({ queryKey: planKeys.versions(id), queryFn: () => typedApi.get('/plans/{id}/versions', { path: { id } }) });
}

export function usePlanVersion(id: number, versionNo: number | null) {
  return useQuery({
    queryKey: [...planKeys.versions(id), versionNo],
    queryFn: () => typedApi.get('/plans/{id}/versions/{versionNo}', { path: { id, versionNo: versionNo! } }),
    enabled: versionNo !== null,
  });
}

export function useAssignments(campaignId: number | null) {
  return useQuery({
    queryKey: planKeys.assignments(campaignId ?? 0),
    queryFn: () => typedApi.get('/campaigns/{id}/assignments', { path: { id: campaignId! } }),
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

export type EntryInput = BodyOf<'/plans/{id}/entries', 'post'>;

const onPlan = (plan: Plan) => ({ path: { id: plan.id }, version: plan.version });
const onEntry = (plan: Plan, entryId: number) => ({ path: { id: plan.id, entryId }, version: plan.version });

export const planWrites = {
  propose: (campaignId: number, day: string) => typedApi.post('/campaigns/{id}/plans/propose', { day }, { path: { id: campaignId } }),
  create: (campaignId: number, day: string) => typedApi.post('/campaigns/{id}/plans', { day }, { path: { id: campaignId } }),
  addEntry: (plan: Plan, input: EntryInput) => typedApi.post('/plans/{id}/entries', input, onPlan(plan)),
  changeEntry: (plan: Plan, entryId: number, input: BodyOf<'/plans/{id}/entries/{entryId}', 'patch'>) =>
    typedApi.patch('/plans/{id}/entries/{entryId}', input, onEntry(plan, entryId)),
  removeEntry: (plan: Plan, entryId: number, reason?: string) => typedApi.delete('/plans/{id}/entries/{entryId}', { ...onEntry(plan, entryId), query: { reason } }),
  publish: (plan: Plan, reason?: string) => typedApi.post('/plans/{id}/publish', { reason }, onPlan(plan)),
  close: (plan: Plan) => typedApi.post('/plans/{id}/close', undefined, onPlan(plan)),
  cancel: (plan: Plan, reason: string, toDay?: string) => typedApi.post('/plans/{id}/cancel', { reason, toDay }, onPlan(plan)),
  supervisor: (plan: Plan, entryId: number, name: string | null, phone: string | null) =>
    typedApi.put('/plans/{id}/entries/{entryId}/supervisor', { name, phone }, { path: { id: plan.id, entryId } }),
  site: (plan: Plan, entryId: number, ready: boolean) => typedApi.put('/plans/{id}/entries/{entryId}/site', { ready }, { path: { id: plan.id, entryId } }),
  assign: (campaignId: number, input: BodyOf<'/campaigns/{id}/assignments', 'post'>) => typedApi.post('/campaigns/{id}/assignments', input, { path: { id: campaignId } }),
  unassign: (campaignId: number, segmentIds: number[]) => typedApi.post('/campaigns/{id}/assignments/unassign', { segmentIds }, { path: { id: campaignId } }),
};

// --- registrations ----------------------------------------------------------------------------

export function useRegistrations(campaignId: number | null, filter: { day?: string | null; status?: RegistrationStatus | null }) {
  return useQuery({
    queryKey: ['registrations', campaignId, filter],
    queryFn: () => typedApi.get('/campaigns/{id}/registrations', { path: { id: campaignId! }, query: { day: filter.day ?? undefined, status: filter.status ?? undefined } }),
    enabled: campaignId !== null,
  });
}

export function useRegistrationWindow(campaignId: number | null, day: string | null) {
  return useQuery({
    queryKey: ['registrations', 'window', campaignId, day],
    queryFn: () => typedApi.get('/campaigns/{id}/registration-window', { path: { id: campaignId! }, query: { day: day! } }),
    enabled: campaignId !== null && !!day,
  });
}

export function useVariance(campaignId: number | null) {
  return useQuery({
    queryKey: ['registrations', 'variance', campaignId],
    queryFn: () => typedApi.get('/campaigns/{id}/registrations/variance', { path: { id: campaignId! } }),
    enabled: campaignId !== null,
  });
}

/** What the registration form sends (a new registration adds the group and the day). */
export type RegistrationInput = Omit<BodyOf<'/campaigns/{id}/registrations', 'post'>, 'groupId' | 'day'>;

const onRegistration = (r: Registration) => ({ path: { id: r.id }, version: r.version });

export const registrationWrites = {
  withdraw: (r: Registration) => typedApi.post('/registrations/{id}/withdraw', undefined, onRegistration(r)),
  confirm: (r: Registration, comment: string | null) => typedApi.post('/registrations/{id}/confirm', { comment }, onRegistration(r)),
  decline: (r: Registration, comment: string | null) => typedApi.post('/registrations/{id}/decline', { comment }, onRegistration(r)),
  amend: (r: Registration, input: BodyOf<'/registrations/{id}/amend', 'post'>) => typedApi.post('/registrations/{id}/amend', input, onRegistration(r)),
};
