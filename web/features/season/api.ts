// Season plan (issue 17) queries and writes: GET /campaigns/{id}/season-plan (the kept plan, the
// labour estimate, pins and bans), POST …/solve, POST/DELETE …/overrides, PUT …/settings, the route schedule export.
import { useQuery } from '@tanstack/react-query';
import { API_BASE } from '../../lib/api';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export type Bi = { vi: string; en: string };
export type SeasonPage = Schema<'SeasonPage'>;
export type SeasonView = Schema<'SeasonPlan'>;
export type SeasonSettings = Schema<'SeasonSettings'>;

export const seasonKey = (campaignId: number | null) => ['season-plan', campaignId];

export function useSeasonPlan(campaignId: number | null) {
  return useQuery({ queryKey: seasonKey(campaignId), queryFn: () => typedApi.get('/campaigns/{id}/season-plan', { path: { id: campaignId! } }), enabled: !!campaignId });
}

export const solve = (campaignId: number) => typedApi.post('/campaigns/{id}/season-plan/solve', undefined, { path: { id: campaignId } });
export const addOverride = (campaignId: number, o: BodyOf<'/campaigns/{id}/season-plan/overrides', 'post'>) =>
  typedApi.post('/campaigns/{id}/season-plan/overrides', o, { path: { id: campaignId } });
export const removeOverride = (campaignId: number, id: number) =>
  typedApi.delete('/campaigns/{id}/season-plan/overrides/{overrideId}', { path: { id: campaignId, overrideId: id } });
export const exportUrl = (campaignId: number, format: 'xlsx' | 'pdf') => `${API_BASE}/campaigns/${campaignId}/season-plan/export?format=${format}`;
export const saveSettings = (campaignId: number, s: BodyOf<'/campaigns/{id}/season-plan/settings', 'put'>, version: number) =>
  typedApi.put('/campaigns/{id}/season-plan/settings', s, { path: { id: campaignId }, version });
