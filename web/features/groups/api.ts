// Group queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
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

export const saveGroup = (campaignId: number, input: GroupInput, group?: Group) =>
  group ? api.patch<Group>(`/groups/${group.id}`, input, group.version) : api.post<Group>('/groups', { campaignId, ...input });
