// Group queries and writes.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf } from '../../lib/typed-api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Group } from '../../lib/types';

export function useGroups(campaignId: number | null, q = '') {
  return useQuery({
    queryKey: ['groups', { campaignId, q }],
    queryFn: () => typedApi.get('/groups', { query: { campaignId: campaignId!, q } }),
    enabled: campaignId !== null,
    placeholderData: (prev) => prev,
  });
}

export interface GroupInput { name: string; ordinal?: number; leadAgencyId: number; memberAgencyIds: number[] }

export async function saveGroup(campaignId: number, input: GroupInput, group?: Group): Promise<Group> {
  if (!group) return typedApi.post('/groups', { campaignId, ...input } satisfies BodyOf<'/groups', 'post'>);
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const current = { name: group.name, ordinal: group.ordinal, leadAgencyId: group.leadAgency.id, memberAgencyIds: sorted(group.members.map((m) => m.id)) };
  const patch = changedFields(current, { ...input, memberAgencyIds: sorted(input.memberAgencyIds) });
  return isEmpty(patch) ? group : typedApi.patch('/groups/{id}', patch, { path: { id: group.id }, version: group.version });
}
