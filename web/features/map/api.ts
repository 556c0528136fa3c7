// GET /road-map: roads and their segments as GeoJSON with a legend, and the tile URL setting.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type Schema } from '../../lib/typed-api';

export type RoadMapData = Schema<'RoadMap'>;

/** The roads of a commune, or of every commune ('all': the dashboard's district map). */
export const useRoadMap = (communeId: number | 'all' | null) => useQuery({
  queryKey: ['road-map', { communeId }],
  queryFn: () => typedApi.get('/road-map', { query: communeId === 'all' ? {} : { communeId: communeId! } }),
  enabled: communeId !== null,
});
