// Agency queries and writes.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf } from '../../lib/typed-api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Agency } from '../../lib/types';

/** Agencies are a few dozen per district: one page of 500 holds them all. */
export function useAgencies(q = '') {
  return useQuery({
    queryKey: ['agencies', { q }],
    queryFn: () => typedApi.get('/agencies', { query: { q, limit: 500 } }),
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
  if (!agency) return typedApi.post('/agencies', input as BodyOf<'/agencies', 'post'>);
  const patch = changedFields(agency, input);
  return isEmpty(patch) ? agency : typedApi.patch('/agencies/{id}', patch, { path: { id: agency.id }, version: agency.version });
}
