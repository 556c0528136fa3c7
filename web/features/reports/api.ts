// Weekly commune reports (issue 7) as the web app reads and writes them: the list, one report, the
// office's completeness grid, opening, editing (If-Match) and the workflow moves.
import { useQuery } from '@tanstack/react-query';
import type { ReportStatus, Timeliness } from '../../../domain/reporting';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export { RATINGS, type Rating, type ReportAction, type ReportStatus, type Timeliness } from '../../../domain/reporting';

export type Report = Schema<'WeeklyReport'>;
export type Figures = Report['figures'];
export type RatingOut = Report['ratings'][number];
export type Completeness = Schema<'ReportCompleteness'>;
export type ReportUpdate = BodyOf<'/weekly-reports/{id}', 'patch'>;

export function useReports(campaignId: number | null) {
  return useQuery({
    queryKey: ['weekly-reports', 'list', campaignId],
    queryFn: () => typedApi.get('/weekly-reports', { query: { campaignId: campaignId! } }),
    enabled: !!campaignId,
  });
}

export function useReport(id: number) {
  return useQuery({ queryKey: ['weekly-reports', id], queryFn: () => typedApi.get('/weekly-reports/{id}', { path: { id } }), enabled: id > 0 });
}

export function useCompleteness(campaignId: number | null, enabled: boolean) {
  return useQuery({
    queryKey: ['weekly-reports', 'completeness', campaignId],
    queryFn: () => typedApi.get('/campaigns/{id}/weekly-reports/completeness', { path: { id: campaignId! } }),
    enabled: enabled && !!campaignId,
  });
}

export const openReport = (input: BodyOf<'/weekly-reports', 'post'>) => typedApi.post('/weekly-reports', input);
export const updateReport = (r: Report, input: ReportUpdate) => typedApi.patch('/weekly-reports/{id}', input, { path: { id: r.id }, version: r.version });
/** Mantine colours of the report states: green on time, yellow late, red missing, blue due, grey not started. */
export const TIMELINESS_COLOUR: Record<Timeliness, string> = { on_time: 'teal', late: 'yellow', missing: 'red', due: 'blue', not_started: 'gray' };
export const STATUS_COLOUR: Record<ReportStatus, string> = { draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'teal' };
