// GET /road-map: roads and their segments as GeoJSON with a legend, and the tile URL setting.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { SegmentStatus } from '../roads/api';

export interface RoadMapData {
  type: 'FeatureCollection';
  features: Array<{ type: 'Feature'; geometry: unknown; properties: { kind: 'road' | 'segment'; roadId: number; name: string; communeName: string; status?: SegmentStatus; chainage?: string; lengthM: number; statusLabel?: string } }>;
  legend: Array<{ status: SegmentStatus; count: number; lengthM: number }>;
  roadsWithoutGeometry: Array<{ id: number; name: string; communeId: number }>;
  bbox: number[] | null;
  tileUrl: string;
}

/** The roads of a commune, or of every commune ('all': the dashboard's district map). */
export const useRoadMap = (communeId: number | 'all' | null) => useQuery({
  queryKey: ['road-map', { communeId }],
  queryFn: () => api.get<RoadMapData>('/road-map', communeId === 'all' ? {} : { communeId }),
  enabled: communeId !== null,
});
