// Workday records (issue 7) as the web app reads and writes them: the list and one record, the
// plan of a day (to record a workday from its plan entry), and the writes. A new record carries
// the client id made once per submission (see useClientId), so a resend never makes a second one.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export { WEATHER, type Weather } from '../../../domain/labour';

export type Workday = Schema<'Workday'>;
export type Attendance = Workday['groupPart']['attendance'][number];
export type Pour = NonNullable<Workday['communePart']>['pours'][number];
export type Photo = Workday['photos'][number];
/** Where the phone was (navigator.geolocation), as the record keeps it. */
export type Position = NonNullable<Workday['position']>;
export type Variance = NonNullable<Workday['communePart']>['variances'][number];
export type WorkdayAction = Workday['actions'][number];

export interface WorkdayFilter { campaignId?: number | null; communeId?: number | null; groupId?: number | null; day?: string | null }

/** What the commune (or the office) sends for its part: the form always sends its people and pours. */
export type CommunePartInput = Schema<'WorkdayCommunePart'> & Required<Pick<Schema<'WorkdayCommunePart'>, 'people' | 'pours'>>;
/** A material issued to the workday from a lot at a staging point (quantity in base units: kg, litres). */
export type MaterialIssueInput = Schema<'WorkdayMaterialIssue'>;
/** What the group's lead (or the office) sends for its part. */
export type GroupPartInput = BodyOf<'/workdays/{id}/group', 'patch'>;
export type WorkdayCreateInput = BodyOf<'/workdays', 'post'>;

/** The plan of a day as recording a workday reads it. */
export type DayPlan = Schema<'Plan'>;
export type PlanEntry = DayPlan['entries'][number];

export const workdayKeys = { all: ['workdays'] as const };

export function useGroup(id: number | null) {
  return useQuery({ queryKey: ['groups', id], queryFn: () => typedApi.get('/groups/{id}', { path: { id: id! } }), enabled: !!id });
}

/** The filter as a query: a value not chosen is left out. */
const filterQuery = (f: WorkdayFilter) => ({
  campaignId: f.campaignId ?? undefined, communeId: f.communeId ?? undefined, groupId: f.groupId ?? undefined, day: f.day ?? undefined,
});

export function useWorkdays(filter: WorkdayFilter) {
  return useQuery({
    queryKey: ['workdays', 'list', filter],
    queryFn: () => typedApi.get('/workdays', { query: filterQuery(filter) }),
    enabled: !!filter.campaignId,
    placeholderData: (prev) => prev,
  });
}

export function useWorkday(id: number) {
  return useQuery({ queryKey: ['workdays', id], queryFn: () => typedApi.get('/workdays/{id}', { path: { id } }), enabled: id > 0 });
}

/** The published (or closed) plan of a campaign day, or null when the day has none. */
export function useDayPlan(campaignId: number | null, day: string | null) {
  return useQuery({
    queryKey: ['workdays', 'plan', campaignId, day],
    enabled: !!campaignId && !!day,
    queryFn: async (): Promise<DayPlan | null> => {
      const days = await typedApi.get('/campaigns/{id}/plans', { path: { id: campaignId! }, query: { from: day!, to: day! } });
      const plan = days.items.find((d) => d.day === day)?.plan;
      if (!plan || plan.status === 'draft' || plan.status === 'cancelled') return null;
      return typedApi.get('/plans/{id}', { path: { id: plan.id } });
    },
  });
}

export const saveGroupPart = (w: Workday, input: GroupPartInput) => typedApi.patch('/workdays/{id}/group', input, { path: { id: w.id }, version: w.version });
export const saveCommunePart = (w: Workday, input: BodyOf<'/workdays/{id}/commune', 'patch'>) =>
  typedApi.patch('/workdays/{id}/commune', input, { path: { id: w.id }, version: w.version });
