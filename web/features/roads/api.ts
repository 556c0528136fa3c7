// Roads, segments, the concrete calculator and criterion 2: the API's shapes as the pages read them,
// and the queries and writes. Lengths travel in metres; the server keeps millimetres.
import { useQuery } from '@tanstack/react-query';
import type { Grade, StoneSize } from '../../../domain/concrete/mix-tables';
import type { RoadClass, Surface } from '../../../domain/roads';
import type { SegmentStatus } from '../../../domain/segment-status';
import type { operations } from '../../lib/api-schema';
import { typedApi, type BodyOf, type Schema } from '../../lib/typed-api';

export type { Grade, RoadClass, SegmentStatus, StoneSize, Surface };

export type Estimate = Schema<'ConcreteEstimate'>;
export type Segment = Schema<'Segment'>;
export type SegmentHistory = NonNullable<Segment['history']>[number];
export type Road = Schema<'Road'>;
export type RoadSettings = Schema<'RoadSettings'>;
export type MixTable = Schema<'MixTable'>;
export type CommuneCriterion = Schema<'CommuneCriterion2'>;
export type Indicator = CommuneCriterion['indicators'][number];
export type Threshold = Schema<'Criterion2Threshold'>;
export type RoadInput = BodyOf<'/roads/{id}', 'patch'> & Partial<BodyOf<'/roads', 'post'>>;
/** What the concrete calculator asks: the dimensions, grade and stone (and the mix table, drum size when chosen). */
export type EstimateQuery = operations['getConcreteEstimate']['parameters']['query'];

export const useRoads = (communeId: number | null) => useQuery({
  queryKey: ['roads', { communeId }],
  queryFn: () => typedApi.get('/roads', { query: { communeId: communeId!, limit: 500 } }),
  enabled: communeId !== null,
});

// No road chosen yet (id 0): nothing is asked, rather than a 400 for /roads/0.
export const useRoad = (id: number) => useQuery({ queryKey: ['roads', id], queryFn: () => typedApi.get('/roads/{id}', { path: { id } }), enabled: id !== 0 });

/** Every commune with roads (or in a campaign): the commune picker's choices and the criterion 2 tables. */
export const useCriterionCommunes = () => useQuery({
  queryKey: ['criterion2', 'communes'],
  queryFn: () => typedApi.get('/criterion2/communes'),
});

export const useThresholds = () => useQuery({ queryKey: ['criterion2', 'thresholds'], queryFn: () => typedApi.get('/criterion2/thresholds') });
export const useRoadSettings = () => useQuery({ queryKey: ['road-settings'], queryFn: () => typedApi.get('/road-settings') });
export const useMixTables = () => useQuery({ queryKey: ['mix-tables'], queryFn: () => typedApi.get('/mix-tables') });

export const useEstimate = (q: EstimateQuery | null) => useQuery({
  queryKey: ['concrete', q],
  queryFn: () => typedApi.get('/concrete/estimate', { query: q! }),
  enabled: q !== null,
  placeholderData: (prev) => prev,
  retry: false,
});

export function saveRoad(input: RoadInput, road?: Road): Promise<Road> {
  if (road) return typedApi.patch('/roads/{id}', input, { path: { id: road.id }, version: road.version });
  // The form sends the fields it has; the server names each one missing (in both languages).
  return typedApi.post('/roads', input as BodyOf<'/roads', 'post'>);
}

/** An acceptance (nghiệm thu) record of a segment (millimetres). */
export type Acceptance = Schema<'SegmentAcceptance'>;

export const useAcceptances = (segmentId: number) => useQuery({
  queryKey: ['segments', segmentId, 'acceptances'],
  queryFn: () => typedApi.get('/segments/{id}/acceptances', { path: { id: segmentId } }),
});
