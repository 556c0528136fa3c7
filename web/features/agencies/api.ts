// Agency queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { changedFields, isEmpty } from '../../lib/changes';
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

export async function saveAgency(input: AgencyInput, agency?: Agency): Promise<Agency> {
  if (!agency) return api.post<Agency>('/agencies', input);
  const patch = changedFields(agency, input);
  return isEmpty(patch) ? agency : api.patch<Agency>(`/agencies/${agency.id}`, patch, agency.version);
}
