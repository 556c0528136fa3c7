// District report (issue 7) queries and writes: GET/PUT /campaigns/{id}/district-report for a week
// (its Monday) or a month ('YYYY-MM'), and the addresses of its DOCX, PDF and XLSX exports.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_BASE } from '../../lib/api';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export type PeriodKind = 'week' | 'month';
export type ExportFormat = 'docx' | 'pdf' | 'xlsx';

export type DistrictReport = Schema<'DistrictReport'>;
export type DistrictMeta = DistrictReport['meta'];
export type ClassProgress = DistrictReport['communes'][number]['criterion2'][number];
export type MetaInput = BodyOf<'/campaigns/{id}/district-report', 'put'>;

export const districtKey = (campaignId: number, kind: PeriodKind, start: string) => ['district-report', campaignId, kind, start] as const;

export function useDistrictReport(campaignId: number | null, kind: PeriodKind, start: string | null) {
  return useQuery({
    queryKey: districtKey(campaignId ?? 0, kind, start ?? ''),
    queryFn: () => typedApi.get('/campaigns/{id}/district-report', { path: { id: campaignId! }, query: { kind, start: start! } }),
    enabled: !!campaignId && !!start,
    placeholderData: keepPreviousData,
  });
}

export const saveDistrictMeta = (campaignId: number, input: MetaInput) => typedApi.put('/campaigns/{id}/district-report', input, { path: { id: campaignId } });

export function exportUrl(campaignId: number, kind: PeriodKind, start: string, format: ExportFormat): string {
  const q = new URLSearchParams({ kind, start, format });
  return `${API_BASE}/campaigns/${campaignId}/district-report/export?${q.toString()}`;
}
