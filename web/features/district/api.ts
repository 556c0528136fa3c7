// District report (issue 7) queries and writes: GET/PUT /campaigns/{id}/district-report for a week
// (its Monday) or a month ('YYYY-MM'), and the addresses of its DOCX, PDF and XLSX exports.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, API_BASE } from '../../lib/api';
import type { Ref } from '../../lib/types';

export type PeriodKind = 'week' | 'month';
export type ExportFormat = 'docx' | 'pdf' | 'xlsx';

interface Sums { officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number; workdays: number }

export interface ClassProgress { roadClass: string; totalKm: number; hardenedKm: number; sharePercent: number }

export interface DistrictMeta {
  number: string | null;
  header: 'state' | 'party';
  issuerParent: string;
  issuer: string;
  signerTitle: string;
  signerName: string;
  highlights: string | null;
  narrative: string | null;
  recipients: string[];
  version: number;
}

export interface DistrictReport {
  campaign: Ref;
  today: string;
  period: { kind: PeriodKind; start: string; from: string; to: string; weeks: string[]; vi: string; en: string };
  totals: Sums & { moneySpent: number };
  communes: Array<Sums & { commune: Ref; reports: number; moneySpent: number; criterion2: ClassProgress[] }>;
  groups: Array<Sums & { groupId: number; name: string; communes: string[]; ratings: Array<{ commune: string; responsibility: string; effectiveness: string }> }>;
  /** kg for cement, litres for sand and stone (shown as m³). */
  materials: Array<{ code: string; name: string; unit: string; issued: number; norm: number }>;
  included: Array<{ id: number; commune: string; weekStart: string; narrative: string | null; difficulties: string | null; proposals: string | null }>;
  missing: Array<{ commune: Ref; weekStart: string; week: string; status: 'draft' | 'submitted' | 'returned' | null }>;
  /** Groups that worked without their officials' attendance: named, never printed as 0. */
  missingAttendance: Array<{ commune: string; weekStart: string; week: string; group: string; groupId: number; days: string[]; reason: string | null }>;
  meta: DistrictMeta;
}

export type MetaInput = Omit<DistrictMeta, 'version' | 'number' | 'highlights' | 'narrative'> & {
  kind: PeriodKind; start: string; number: string | null; highlights: string | null; narrative: string | null;
};

export const districtKey = (campaignId: number, kind: PeriodKind, start: string) => ['district-report', campaignId, kind, start] as const;

export function useDistrictReport(campaignId: number | null, kind: PeriodKind, start: string | null) {
  return useQuery({
    queryKey: districtKey(campaignId ?? 0, kind, start ?? ''),
    queryFn: () => api.get<DistrictReport>(`/campaigns/${campaignId}/district-report`, { kind, start }),
    enabled: !!campaignId && !!start,
    placeholderData: keepPreviousData,
  });
}

export const saveDistrictMeta = (campaignId: number, input: MetaInput) => api.put<DistrictReport>(`/campaigns/${campaignId}/district-report`, input);

export function exportUrl(campaignId: number, kind: PeriodKind, start: string, format: ExportFormat): string {
  const q = new URLSearchParams({ kind, start, format });
  return `${API_BASE}/campaigns/${campaignId}/district-report/export?${q.toString()}`;
}
