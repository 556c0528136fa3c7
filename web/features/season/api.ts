// Season plan (issue 17) queries and writes: GET /campaigns/{id}/season-plan (the kept plan, the
// labour estimate, pins and bans), POST …/solve, POST/DELETE …/overrides, PUT …/settings, the route schedule export.
import { useQuery } from '@tanstack/react-query';
import { api, API_BASE } from '../../lib/api';

export type Bi = { vi: string; en: string };
export interface Entry {
  day: string; teamId: number; teamName: string; roadId: number; roadName: string; communeId: number; communeName: string;
  litres: number; mixers: number; headcount: number; segmentIds: number[]; pinned: boolean; reason: Bi;
}
export interface CommuneOutlook {
  communeId: number; name: string; alreadyMet: boolean; reachedOn: string | null; unmetLitres: number; mixers: number;
  shortfall: (Bi & { labourDays: number; mixers: number; from: string | null; litres: number }) | null;
  /** Cement (tonnes), sand and stone (m³) the plan uses against the commune's stock. */
  materials?: Array<{ code: 'cement' | 'sand' | 'stone'; needed: number; available: number; shortFrom: string | null; toBuy: number }>;
}
export interface RoadSchedule {
  id: number; name: string; communeId: number; roadClass: string;
  segments: Array<{ id: number; chainage: string; status: string; volumeLitres: number; pouredLitres: number; remainingLitres: number; teamId: number | null; plannedDays: string[] }>;
}
export interface SeasonView {
  asOf: string; deadline: string; days: string[]; solvedAt: string; method: 'solver' | 'greedy'; unmetLitres: number;
  solver: { status: string; gap: number | null; seconds: number; columns: number; rows: number; message: string | null };
  communes: CommuneOutlook[]; entries: Entry[]; roads: RoadSchedule[];
  teams: Array<{ id: number; name: string; staff: number; expectedHeadcount: number; turnoutPercent: number; turnoutFromHistory: boolean }>;
  conflicts: Array<Bi & { day: string; teamId: number }>;
  settings: { timeLimitSeconds: number; materialsBind?: boolean };
  stockTiming?: Bi;
}
export interface Estimate { key: number; litres: number; labourDays: number; peoplePerSaturday: number; cementBags: number; sandM3: number; stoneM3: number; mixerDays: number }
export interface SeasonPage {
  campaign: { id: number; name: string }; asOf: string; deadline: string; days: string[]; objective: Bi;
  plan: SeasonView | null;
  estimate: { saturdaysLeft: number; norm: Bi & { congPerM3: number; toConfirm: boolean }; mixSource: string; byRoad: Estimate[]; byCommune: Estimate[] };
  groups: Array<{ id: number; name: string }>; communes: Array<{ id: number; name: string }>; roads: Array<{ id: number; name: string; communeId: number }>;
  overrides: Array<{ id: number; groupId: number; roadId: number | null; day: string; kind: 'pin' | 'forbid' }>;
  settings: SeasonSettings;
  actions: string[];
}

export interface SeasonSettings { timeLimitSeconds: number; defaultTurnoutPercent: number; materialsBind: boolean; version: number }

export const seasonKey = (campaignId: number | null) => ['season-plan', campaignId];

export function useSeasonPlan(campaignId: number | null) {
  return useQuery({ queryKey: seasonKey(campaignId), queryFn: () => api.get<SeasonPage>(`/campaigns/${campaignId}/season-plan`), enabled: !!campaignId });
}

export const solve = (campaignId: number) => api.post<SeasonView>(`/campaigns/${campaignId}/season-plan/solve`, {});
export const addOverride = (campaignId: number, o: { groupId: number; roadId: number | null; day: string; kind: 'pin' | 'forbid' }) =>
  api.post(`/campaigns/${campaignId}/season-plan/overrides`, o);
export const removeOverride = (campaignId: number, id: number) => api.delete(`/campaigns/${campaignId}/season-plan/overrides/${id}`);
export const exportUrl = (campaignId: number, format: 'xlsx' | 'pdf') => `${API_BASE}/campaigns/${campaignId}/season-plan/export?format=${format}`;
export const saveSettings = (campaignId: number, s: Omit<SeasonSettings, 'version'>, version: number) =>
  api.put<SeasonSettings>(`/campaigns/${campaignId}/season-plan/settings`, s, version);
