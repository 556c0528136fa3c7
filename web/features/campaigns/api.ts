// Campaign queries and writes, shared by the overview, groups and import pages.
import { useQuery } from '@tanstack/react-query';
import { todayInVietnam } from '../../../domain/dates';
import { typedApi, type BodyOf } from '../../lib/typed-api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Campaign } from '../../lib/types';

export const campaignKeys = {
  all: ['campaigns'] as const,
  one: (id: number) => ['campaigns', id] as const,
};

export function useCampaigns() {
  return useQuery({ queryKey: campaignKeys.all, queryFn: () => typedApi.get('/campaigns') });
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: campaignKeys.one(id), queryFn: () => typedApi.get('/campaigns/{id}', { path: { id } }), enabled: id > 0 });
}

/**
 * The campaign to show first: the one running today, else the next to start, else the latest.
 * The list comes newest first.
 */
export function currentCampaign(items: Campaign[], today = todayInVietnam()): Campaign | null {
  return items.find((c) => c.startDate <= today && today <= c.endDate)
    ?? [...items].filter((c) => c.startDate > today).sort((a, b) => a.startDate.localeCompare(b.startDate))[0]
    ?? items[0]
    ?? null;
}

export async function saveCampaign(input: CampaignInput, campaign?: Campaign): Promise<Campaign> {
  if (!campaign) return typedApi.post('/campaigns', input satisfies BodyOf<'/campaigns', 'post'>);
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
  const current = {
    name: campaign.name, districtId: campaign.district.id, startDate: campaign.startDate, endDate: campaign.endDate,
    criterionNo: campaign.criterionNo, description: campaign.description, communeIds: sorted(campaign.communes.map((c) => c.id)),
  };
  const patch = changedFields(current, { ...input, communeIds: sorted(input.communeIds) });
  return isEmpty(patch) ? campaign : typedApi.patch('/campaigns/{id}', patch, { path: { id: campaign.id }, version: campaign.version });
}

export interface CampaignInput {
  name: string;
  districtId: number;
  startDate: string;
  endDate: string;
  criterionNo: number;
  description: string | null;
  communeIds: number[];
}
