// The people's contributions API: list, record, reverse, the summary per commune and village with
// the village ranking, and the signed record of a land donation uploaded as a file.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Items } from '../../lib/types';

export type ContributionKind = 'cash' | 'in_kind' | 'labour' | 'land';
export type DonorKind = 'household' | 'village' | 'enterprise' | 'other';
export interface Totals { count: number; cash: number; inKindCount: number; labourDays: number; landM2: number; landCount: number }
export interface PeopleContribution {
  id: number; kind: ContributionKind; donorKind: DonorKind; donorName: string | null; publicNameConsent: boolean; contributedOn: string;
  commune: { id: number; name: string }; village: { id: number; name: string } | null;
  amount: number | null; receiptNo: string | null;
  lot: { id: number; material: string; quantity: number; unit: string; inspection: 'pending' | 'pass' | 'fail' } | null;
  labourDays: number | null; workdayId: number | null; road: { id: number; name: string } | null; areaM2: number | null; lengthM: number | null;
  note: string | null; reversed: { reason: string; on: string } | null; actions: Array<'reverse' | 'attach'>;
}
export interface PeopleSummary {
  communes: Array<{ id: number; name: string; totals: Totals; villages: Array<{ id: number | null; name: string | null; totals: Totals }> }>;
  ranking: Array<{ villageId: number; name: string; communeName: string; totals: Totals; rank: number }>;
  donors: Array<{ name: string; donorKind: DonorKind; commune: string; village: string | null; kind: ContributionKind }>;
}
export type PeopleInput = Record<string, unknown> & { communeId: number; kind: ContributionKind };

export const usePeopleContributions = (communeId: number | null) => useQuery({
  queryKey: ['people', 'list', { communeId }], enabled: communeId !== null,
  queryFn: () => api.get<Items<PeopleContribution> & { actions: Array<'create'> }>('/people-contributions', { communeId }),
});
export const usePeopleSummary = (communeId: number | null) => useQuery({
  queryKey: ['people', 'summary', { communeId }], enabled: communeId !== null,
  queryFn: () => api.get<PeopleSummary>('/people-contributions/summary', { communeId }),
});
export const recordContribution = (input: PeopleInput) => api.post<PeopleContribution>('/people-contributions', input);
export function uploadSignedRecord(id: number, file: File) {
  const form = new FormData();
  form.set('file', file);
  form.set('entity', 'people_contribution');
  form.set('entityId', String(id));
  return api.upload<{ id: number }>('/files', form);
}
