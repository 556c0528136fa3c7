// The Leaflet map itself (loaded lazily with the page): each road's line in grey, its segments over
// it coloured by status. With no tile URL setting it draws the lines on a plain background, so it
// works on an intranet with no tile server.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import type { SegmentStatus } from '../roads/api';
import { STATUS_COLOURS } from '../roads/shared';
import type { RoadMapData } from './api';

export default function RoadMapView({ data, label }: { data: RoadMapData; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = L.map(el.current, { attributionControl: !!data.tileUrl, preferCanvas: false });
    if (data.tileUrl) L.tileLayer(data.tileUrl, { maxZoom: 19 }).addTo(map);
    const layer = L.geoJSON(data.features as unknown as GeoJSON.FeatureCollection, {
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
    if (b) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [24, 24] });
    else map.setView([22.6, 104.9], 11);
    void layer;
    return () => { map.remove(); };
  }, [data]);
  return <div ref={el} role="img" aria-label={label} data-testid="road-map" style={{ height: 'min(70vh, 640px)', width: '100%', background: '#f1f3f5', borderRadius: 4 }} />;
}
