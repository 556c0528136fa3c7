// Emulation ranking (issue 7) queries and writes: GET /campaigns/{id}/ranking for a month or the
// whole campaign, its XLSX export, and the ranking weights, which live in the campaign's report
// settings (GET/PUT /campaigns/{id}/report-settings; the PUT takes every setting).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_BASE } from '../../lib/api';
import { typedApi } from '../../lib/typed-api';
import type { Ref } from '../../lib/types';

export interface Weights { participation: number; labour: number; volume: number; rating: number }
export const WEIGHT_KEYS = ['participation', 'labour', 'volume', 'rating'] as const;

export interface RankRow {
  rank: number; id: number; name: string; participants: number; possible: number; participationPercent: number;
  labourDays: number; volumeM3: number; rating: number | null; score: number; parts: Weights;
  tie: { vi: string; en: string } | null;
}

export interface Ranking {
  campaign: Ref;
  period: { kind: 'month' | 'campaign'; month?: string; from: string; to: string };
  campaignDaysWorked: number;
  weights: Weights;
  /** kind 'agency': one agency assigned work on its own, ranked under its own name. */
  groups: Array<RankRow & { kind: 'group' | 'agency' }>;
  agencies: Array<RankRow & { group: Ref & { kind: 'group' | 'agency' } }>;
}

export interface ReportSettings {
  campaignId: number; cutoffWeekday: number; deadlineWeekday: number; deadlineTime: string; remindHoursBefore: number;
  pourTolerancePercent: number; materialTolerancePercent: number; weights: Weights; version: number;
}

export function useRanking(campaignId: number | null, month: string | null) {
  return useQuery({
    queryKey: ['ranking', campaignId, month ?? 'campaign'],
    queryFn: () => typedApi.get('/campaigns/{id}/ranking', { path: { id: campaignId! }, query: { month: month ?? undefined } }) as Promise<Ranking>,
    enabled: !!campaignId,
    placeholderData: keepPreviousData,
  });
}

export function useReportSettings(campaignId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['report-settings', campaignId],
    queryFn: () => typedApi.get('/campaigns/{id}/report-settings', { path: { id: campaignId } }) as Promise<ReportSettings>,
    enabled,
  });
}

/**
 * The PUT replaces every setting: the others are sent back as read, only the weights change. The
 * version read goes as If-Match, so a change someone saved meanwhile is refused (412), not overwritten.
 */
export function saveWeights(s: ReportSettings, weights: Weights): Promise<ReportSettings> {
  const { campaignId, version, ...rest } = s;
  return typedApi.put('/campaigns/{id}/report-settings', { ...rest, weights }, { path: { id: campaignId }, version }) as Promise<ReportSettings>;
}

export function rankingExportUrl(campaignId: number, month: string | null): string {
  return `${API_BASE}/campaigns/${campaignId}/ranking/export${month ? `?month=${month}` : ''}`;
}
