// Emulation ranking (issue 7) queries and writes: GET /campaigns/{id}/ranking for a month or the
// whole campaign, its XLSX export, and the ranking weights, which live in the campaign's report
// settings (GET/PUT /campaigns/{id}/report-settings; the PUT takes every setting).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_BASE } from '../../lib/api';
import { typedApi, type Schema } from '../../lib/typed-api';

export type Ranking = Schema<'Ranking'>;
export type Weights = Ranking['weights'];
/** A group's or an agency's row of the ranking. */
export type RankRow = Omit<Ranking['groups'][number], 'kind'>;
export type ReportSettings = Schema<'ReportSettingsOut'>;
export const WEIGHT_KEYS = ['participation', 'labour', 'volume', 'rating'] as const;

export function useRanking(campaignId: number | null, month: string | null) {
  return useQuery({
    queryKey: ['ranking', campaignId, month ?? 'campaign'],
    queryFn: () => typedApi.get('/campaigns/{id}/ranking', { path: { id: campaignId! }, query: { month: month ?? undefined } }),
    enabled: !!campaignId,
    placeholderData: keepPreviousData,
  });
}

export function useReportSettings(campaignId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['report-settings', campaignId],
    queryFn: () => typedApi.get('/campaigns/{id}/report-settings', { path: { id: campaignId } }),
    enabled,
  });
}

/**
 * The PUT replaces every setting: the others are sent back as read, only the weights change. The
 * version read goes as If-Match, so a change someone saved meanwhile is refused (412), not overwritten.
 */
export function saveWeights(s: ReportSettings, weights: Weights): Promise<ReportSettings> {
  const { campaignId, version, ...rest } = s;
  return typedApi.put('/campaigns/{id}/report-settings', { ...rest, weights }, { path: { id: campaignId }, version });
}

export function rankingExportUrl(campaignId: number, month: string | null): string {
  return `${API_BASE}/campaigns/${campaignId}/ranking/export${month ? `?month=${month}` : ''}`;
}
