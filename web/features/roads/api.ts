// Roads, segments, the concrete calculator and criterion 2: the API's shapes as the pages read them,
// and the queries and writes. Lengths travel in metres; the server keeps millimetres.
import { useQuery } from '@tanstack/react-query';
import type { Grade, StoneSize } from '../../../domain/concrete/mix-tables';
import type { RoadClass, Surface } from '../../../domain/roads';
import type { SegmentStatus } from '../../../domain/segment-status';
import { api, type Query } from '../../lib/api';
import type { Items, Ref } from '../../lib/types';

export type { Grade, RoadClass, SegmentStatus, StoneSize, Surface };

export interface Estimate {
  volume: { litres: number; m3: number };
  cement: { kg: number; bags: number; bagKg: number };
  sand: { m3: number };
  stone: { m3: number };
  water: { litres: number };
  mixer: { drumLitres: number; batches: number };
  labour: { normCongPerM3: number; congDays: number };
  mix: { table: string; tableName: string; source: string; grade: string; stone: string; perM3: { cementKg: number; sandM3: number; stoneM3: number; waterL: number } };
}

export interface SegmentHistory { at: string; user: Ref | null; from: string | null; to: string; date: string | null; reason: string | null }

export interface Segment {
  id: number; roadId: number; label: string | null; fromM: number; toM: number; lengthM: number; chainage: string;
  widthM: number; thicknessM: number; ownDimensions: boolean; status: SegmentStatus; pouredOn: string | null; acceptedOn: string | null;
  note: string | null; volume: { litres: number; m3: number }; history?: SegmentHistory[];
  actions: Array<'edit' | 'delete'>; nextStatuses: SegmentStatus[]; version: number;
}

export interface Road {
  id: number; name: string; commune: Ref; villages: Ref[]; roadClass: RoadClass; indicator: string; lengthM: number;
  surfaceBefore: Surface; widthM: number; thicknessM: number;
  mix: { tableId: number; table: string; tableName: string; grade: Grade; stone: StoneSize };
  hasGeometry: boolean;
  lengthCheck: { measuredM: number; differenceM: number; percent: number; flagged: boolean; thresholdPercent: number } | null;
  note: string | null;
  progress: { segmentCount: number; segmentedM: number; unsegmentedM: number; byStatus: Record<string, { count: number; lengthM: number }>; acceptedM: number; hardenedM: number; hardenedPercent: number };
  volume: { designM3: number; remainingM3: number };
  materials?: { design: Estimate; remaining: Estimate };
  segments?: Segment[];
  actions: Array<'edit' | 'delete' | 'editSegments'>;
  version: number;
}

export interface RoadSettings {
  values: { labourNormCongPerM3: number; drumLitres: number; lengthMismatchPercent: number; paceCampaignDays: number; defaultRegion: string; tileUrl: string };
  defaults: RoadSettings['values'];
  notes: Record<string, { toConfirm: boolean; vi: string; en: string }>;
}

export interface MixTable {
  id: number; code: string; name: string; source: string; isDefault: boolean; cementType: string | null; note: string | null;
  rows: Array<{ grade: Grade; stone: StoneSize; cementKg: number; sandM3: number; stoneM3: number; waterL: number }>;
  /** Covered by the source, figures not confirmed: not usable. */
  unconfirmed: Array<{ grade: Grade; stone: StoneSize; reason: string }>;
}

export interface Indicator {
  indicator: string; roadClass: RoadClass; totalKm: number; hardenedKm: number; hardenedBeforeKm: number; acceptedKm: number;
  sharePercent: number; thresholdPercent: number; thresholdConfirmed: boolean; thresholdSource: string; met: boolean | null; missingKm: number;
  projection: { status: 'met' | 'no_roads' | 'not_at_this_pace' | 'projected'; date: string | null; campaignDaysNeeded: number | null; withinCampaign: boolean | null; paceMPerDay: number };
}

export interface CommuneCriterion {
  commune: Ref; region: { code: string; vi: string; en: string; own: boolean }; asOf: string;
  campaign: { id: number; name: string; startDate: string; endDate: string } | null;
  pace: { campaignDays: number; window: string[] };
  status: 'met' | 'not_met' | 'thresholds_not_confirmed' | 'no_roads';
  metAtThresholds: boolean; thresholdsConfirmed: boolean; indicators: Indicator[];
  /** The season plan last solved for the campaign: when its route schedule reaches every threshold. */
  seasonPlan: { solvedAt: string; asOf: string; deadline: string; alreadyMet: boolean; reachedOn: string | null; shortfall: { vi: string; en: string } | null } | null;
}

export interface Threshold {
  region: string; indicator: string; minSharePercent: number; source: string; confirmed: boolean;
  confirmedBy: Ref | null; confirmedAt: string | null; actions: Array<'edit'>; version: number;
}

export interface RoadInput {
  communeId?: number; name?: string; roadClass?: RoadClass; lengthM?: number; surfaceBefore?: Surface;
  widthM?: number; thicknessM?: number; grade?: Grade; stone?: StoneSize; mixTableId?: number; note?: string | null;
}

export const useRoads = (communeId: number | null) => useQuery({
  queryKey: ['roads', { communeId }],
  queryFn: () => api.get<Items<Road>>('/roads', { communeId, limit: 500 }),
  enabled: communeId !== null,
});

// No road chosen yet (id 0): nothing is asked, rather than a 400 for /roads/0.
export const useRoad = (id: number) => useQuery({ queryKey: ['roads', id], queryFn: () => api.get<Road>(`/roads/${id}`), enabled: id !== 0 });

/** Every commune with roads (or in a campaign): the commune picker's choices and the criterion 2 tables. */
export const useCriterionCommunes = () => useQuery({
  queryKey: ['criterion2', 'communes'],
  queryFn: () => api.get<Items<CommuneCriterion>>('/criterion2/communes'),
});

export const useThresholds = () => useQuery({ queryKey: ['criterion2', 'thresholds'], queryFn: () => api.get<Items<Threshold> & { regions: Array<{ code: string; vi: string; en: string }> }>('/criterion2/thresholds') });
export const useRoadSettings = () => useQuery({ queryKey: ['road-settings'], queryFn: () => api.get<RoadSettings>('/road-settings') });
export const useMixTables = () => useQuery({ queryKey: ['mix-tables'], queryFn: () => api.get<Items<MixTable>>('/mix-tables') });

export const useEstimate = (q: Query | null) => useQuery({
  queryKey: ['concrete', q],
  queryFn: () => api.get<Estimate & { dimensions: { lengthM: number; widthM: number; thicknessM: number } }>('/concrete/estimate', q ?? {}),
  enabled: q !== null,
  placeholderData: (prev) => prev,
  retry: false,
});

export function saveRoad(input: RoadInput, road?: Road): Promise<Road> {
  return road ? api.patch<Road>(`/roads/${road.id}`, input, road.version) : api.post<Road>('/roads', input);
}

/** An acceptance (nghiệm thu) record of a segment, as /segments/{id}/acceptances gives it (millimetres). */
export interface Acceptance {
  id: number; segmentId: number; decision: 'accepted' | 'rejected'; inspectedOn: string; grade: string;
  measurements: Array<{ atMm: number; widthMm: number; thicknessMm: number }>; reasons: string | null;
  design: { widthMm: number; thicknessMm: number };
  summary: { minWidthMm: number; minThicknessMm: number; avgWidthMm: number; avgThicknessMm: number; pointsBelowDesign: number };
  photos: Array<{ id: number; filename: string; url: string }>; inspector: { id: number; name: string }; createdAt: string;
}

export const useAcceptances = (segmentId: number) => useQuery({
  queryKey: ['segments', segmentId, 'acceptances'],
  queryFn: () => api.get<Items<Acceptance>>(`/segments/${segmentId}/acceptances`),
});
