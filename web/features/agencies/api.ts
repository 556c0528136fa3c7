// Agency queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Agency, Page } from '../../lib/types';

/** Agencies are a few dozen per district: one page of 500 holds them all. */
export function useAgencies(q = '') {
  return useQuery({
    queryKey: ['agencies', { q }],
    queryFn: () => api.get<Page<Agency>>('/agencies', { q, limit: 500 }),
    placeholderData: (prev) => prev,
  });
}

export interface AgencyInput {
  name?: string;
  shortName?: string | null;
  staffCount?: number;
  contactName?: string | null;
  contactPhone?: string | null;
  districtId?: number | null;
}

export const saveAgency = (input: AgencyInput, agency?: Agency) =>
  agency ? api.patch<Agency>(`/agencies/${agency.id}`, input, agency.version) : api.post<Agency>('/agencies', input);
