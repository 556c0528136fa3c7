// The Leaflet map itself (loaded lazily with the page): each road's line in grey, its segments over
// it coloured by status. With a tile URL setting it draws an ordinary base map under them; without
// one (an intranet with no tile server) it draws the illustrative commune boundaries and village
// names shipped with the app (district-illustrative.json), so the lines still have bearings.
import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { SegmentStatus } from '../roads/api';
import { STATUS_COLOURS } from '../roads/shared';
import type { RoadMapData } from './api';
import district from './district-illustrative.json';

/** Commune areas and village names, drawn under the roads when there is no base map. */
function addBearings(map: L.Map) {
  L.geoJSON(district as unknown as GeoJSON.FeatureCollection, {
    interactive: false,
    style: () => ({ color: '#5c6770', weight: 1.5, dashArray: '6 5', fillColor: '#e9f2ec', fillOpacity: 0.6 }),
    pointToLayer: (f, at) => L.circleMarker(at, { radius: 3, color: '#495057', weight: 1, fillColor: '#fff', fillOpacity: 1 })
      .bindTooltip((f.properties as { name: string }).name, { permanent: true, direction: 'right', className: 'map-village-label', offset: [4, 0] }),
    onEachFeature: (f, layer) => {
      const p = f.properties as { kind: string; name: string };
      if (p.kind === 'commune' && layer instanceof L.Polygon) {
        layer.bindTooltip(`xã ${p.name}`, { permanent: true, direction: 'center', className: 'map-commune-label' });
      }
    },
  }).addTo(map);
}

/** What the map draws: the road map's lines, or the public page's (which name no road class or commune id). */
export type MapLines = Pick<RoadMapData, 'bbox' | 'tileUrl'> & {
  features: Array<{ type: 'Feature'; geometry: unknown; properties: Pick<RoadMapData['features'][number]['properties'], 'kind' | 'name' | 'communeName' | 'chainage' | 'status'> }>;
};

export default function RoadMapView({ data, label, height = 'min(70vh, 640px)' }: { data: MapLines; label: string; height?: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, { attributionControl: !!data.tileUrl, preferCanvas: false, keyboard: false });
    if (data.tileUrl) L.tileLayer(data.tileUrl, { maxZoom: 19 }).addTo(map);
    else addBearings(map);
    L.geoJSON(data.features as unknown as GeoJSON.FeatureCollection, {
      style: (f) => {
        const p = f?.properties as { kind: string; status?: SegmentStatus } | undefined;
        return p?.kind === 'segment' && p.status
          ? { color: STATUS_COLOURS[p.status].hex, weight: 6, opacity: 0.95 }
          : { color: '#495057', weight: 9, opacity: 0.35 };
      },
      onEachFeature: (f, l) => {
        const p = f.properties as { kind: string; name: string; communeName: string; chainage?: string; statusLabel?: string };
        l.bindTooltip(p.kind === 'segment' ? `${p.name} · ${p.chainage ?? ''}${p.statusLabel ? ` · ${p.statusLabel}` : ''}` : `${p.name} (${p.communeName})`, { sticky: true });
      },
    }).addTo(map);
    const b = data.bbox;
    if (b) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [24, 24], maxZoom: 16 });
    else map.setView([22.345, 104.7], 13);
    return () => { map.remove(); };
  }, [data]);
  // A named region around the map (its zoom buttons stay reachable); what it shows is also in the legend and tables beside it.
  return (
    <div role="region" aria-label={label}>
      <div ref={el} data-testid="road-map" style={{ height, width: '100%', background: '#f4f6f4', borderRadius: 4 }} />
    </div>
  );
}
