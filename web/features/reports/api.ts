// Weekly commune reports (issue 7) as the web app reads and writes them: the list, one report, the
// office's completeness grid, opening, editing (If-Match) and the workflow moves.
import { useQuery } from '@tanstack/react-query';
import type { Rating, ReportAction, ReportStatus, Timeliness } from '../../../domain/reporting';
import { api } from '../../lib/api';
import type { Ref } from '../../lib/types';

export { RATINGS, type Rating, type ReportAction, type ReportStatus, type Timeliness } from '../../../domain/reporting';

export interface Figures {
  period: { from: string; to: string };
  totals: { workdays: number; cancelled: number; officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number };
  groups: Array<{ groupId: number; name: string; workdays: number; officials: number; people: number; labourDays: number; lengthM: number; volumeM3: number }>;
  materials: Array<{ code: string; name: string; unit: string; issued: number; norm: number }>;
}

export interface RatingOut { groupId: number; groupName: string; responsibility: Rating; effectiveness: Rating; comment: string | null }

export interface Report {
  id: number; campaignId: number; commune: Ref; weekStart: string; week: { vi: string; en: string }; status: ReportStatus;
  deadline: string; timeliness: Timeliness;
  narrative: string | null; difficulties: string | null; proposals: string | null;
  figures: Figures; figuresFrozen: boolean;
  ratings: RatingOut[];
  groupsToRate: Ref[];
  reviewComment: string | null; submittedAt: string | null; firstSubmittedAt: string | null; decidedAt: string | null;
  history: Array<{ at: string; userName: string | null; action: string; from: string | null; to: string; comment: string | null }>;
  version: number;
  actions: ReportAction[];
}

export interface Completeness {
  weeks: Array<{ weekStart: string; vi: string; en: string; deadline: string }>;
  communes: Array<{ id: number; name: string; cells: Array<{ weekStart: string; state: Timeliness; reportId: number | null; status: ReportStatus | null }> }>;
  counts: Record<Timeliness, number>;
}

export interface ReportUpdate {
  narrative: string | null; difficulties: string | null; proposals: string | null;
  ratings: Array<{ groupId: number; responsibility: Rating; effectiveness: Rating; comment: string | null }>;
}

export function useReports(campaignId: number | null) {
  return useQuery({
    queryKey: ['weekly-reports', 'list', campaignId],
    queryFn: () => api.get<{ items: Report[]; today: string }>('/weekly-reports', { campaignId }),
    enabled: !!campaignId,
  });
}

export function useReport(id: number) {
  return useQuery({ queryKey: ['weekly-reports', id], queryFn: () => api.get<Report>(`/weekly-reports/${id}`), enabled: id > 0 });
}

export function useCompleteness(campaignId: number | null, enabled: boolean) {
  return useQuery({
    queryKey: ['weekly-reports', 'completeness', campaignId],
    queryFn: () => api.get<Completeness>(`/campaigns/${campaignId}/weekly-reports/completeness`),
    enabled: enabled && !!campaignId,
  });
}

export const openReport = (input: { campaignId: number; communeId: number; weekStart: string }) => api.post<Report>('/weekly-reports', input);
export const updateReport = (r: Report, input: ReportUpdate) => api.patch<Report>(`/weekly-reports/${r.id}`, input, r.version);
export const moveReport = (r: Report, action: 'submit' | 'return' | 'approve' | 'unlock', comment: string | null) =>
  api.post<Report>(`/weekly-reports/${r.id}/${action}`, { comment });

/** Mantine colours of the report states: green on time, yellow late, red missing, blue due, grey not started. */
export const TIMELINESS_COLOUR: Record<Timeliness, string> = { on_time: 'teal', late: 'yellow', missing: 'red', due: 'blue', not_started: 'gray' };
export const STATUS_COLOUR: Record<ReportStatus, string> = { draft: 'gray', submitted: 'blue', returned: 'orange', approved: 'teal' };
