// Group queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Group, Items } from '../../lib/types';

export function useGroups(campaignId: number | null, q = '') {
  return useQuery({
    queryKey: ['groups', { campaignId, q }],
    queryFn: () => api.get<Items<Group>>('/groups', { campaignId, q }),
    enabled: campaignId !== null,
    placeholderData: (prev) => prev,
  });
}

export interface GroupInput { name: string; ordinal?: number; leadAgencyId: number; memberAgencyIds: number[] }

export async function saveGroup(campaignId: number, input: GroupInput, group?: Group): Promise<Group> {
  if (!group) return api.post<Group>('/groups', { campaignId, ...input });
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const current = { name: group.name, ordinal: group.ordinal, leadAgencyId: group.leadAgency.id, memberAgencyIds: sorted(group.members.map((m) => m.id)) };
  const patch = changedFields(current, { ...input, memberAgencyIds: sorted(input.memberAgencyIds) });
  return isEmpty(patch) ? group : api.patch<Group>(`/groups/${group.id}`, patch, group.version);
}
