// Demo photos for the demo workdays: drawn pictures (no real person or place), a village road
// before (earth track) and after (fresh concrete), as JPEGs that carry EXIF time and GPS the way a
// phone writes them, so the photo library, the drill-down and the EXIF display have something real
// to read. Drawn as SVG and encoded by sharp; no text in the picture (no font needed on the server).
import sharp from 'sharp';

export interface DemoPhotoFacts { phase: 'before' | 'after'; takenAt: string; latitude: number | null; longitude: number | null; seed: number }

/** "2021-10-16T07:40:00" (Vietnam local time) → EXIF "2021:10:16 07:40:00". */
function exifTime(local: string): string {
  return local.replace('T', ' ').replace(/^(\d{4})-(\d{2})-(\d{2})/, '$1:$2:$3');
}

/** Decimal degrees → EXIF rationals "deg/1 min/1 sec*100/100". */
function exifDegrees(value: number): string {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minutes = (abs - deg) * 60;
  const min = Math.floor(minutes);
  const sec = Math.round((minutes - min) * 60 * 100);
  return `${deg}/1 ${min}/1 ${sec}/100`;
}

function scene(phase: 'before' | 'after', seed: number): string {
  // Hills and fields differ a little from one photo to the next (the seed), the road is the subject.
  const h1 = 360 + (seed * 37) % 80;
  const h2 = 420 + (seed * 53) % 60;
  const road = phase === 'before'
    ? `<polygon points="640,470 700,470 1180,1200 160,1200" fill="#9c6b3f"/>
       <path d="M660 480 L420 1200 M690 480 L930 1200" stroke="#7a5230" stroke-width="14" fill="none"/>
       <circle cx="560" cy="900" r="40" fill="#6f8fa8" opacity="0.7"/><circle cx="780" cy="1050" r="55" fill="#6f8fa8" opacity="0.6"/>`
    : `<polygon points="640,470 700,470 1180,1200 160,1200" fill="#b9bcbf"/>
       <path d="M670 470 L670 1200" stroke="#d9dcdf" stroke-width="6" stroke-dasharray="40 30"/>
       <path d="M640 470 L160 1200 M700 470 L1180 1200" stroke="#8d9196" stroke-width="10"/>
       <g stroke="#9ea2a6" stroke-width="4"><path d="M330 940 L1010 940"/><path d="M455 750 L885 750"/><path d="M540 620 L800 620"/></g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200" viewBox="0 0 1340 1200" preserveAspectRatio="none">
    <rect width="1340" height="1200" fill="#cfe6f5"/>
    <path d="M0 ${h1} Q 300 ${h1 - 140} 620 ${h1} T 1340 ${h1 - 40} V 1200 H 0 Z" fill="#4f7d4a"/>
    <path d="M0 ${h2} Q 420 ${h2 - 90} 840 ${h2} T 1340 ${h2 + 10} V 1200 H 0 Z" fill="#6a9c4f"/>
    <rect y="470" width="1340" height="730" fill="#86b35a"/>
    ${road}
  </svg>`;
}

/** One demo photo: a 1600×1200 JPEG with EXIF DateTimeOriginal (+07:00) and, when known, GPS. */
export async function demoPhoto(f: DemoPhotoFacts): Promise<Buffer> {
  const gps = f.latitude !== null && f.longitude !== null
    ? { GPSLatitudeRef: f.latitude >= 0 ? 'N' : 'S', GPSLatitude: exifDegrees(f.latitude), GPSLongitudeRef: f.longitude >= 0 ? 'E' : 'W', GPSLongitude: exifDegrees(f.longitude) }
    : undefined;
  return sharp(Buffer.from(scene(f.phase, f.seed))).jpeg({ quality: 82 })
    .withExif({ IFD0: { Make: 'ntm-hub demo', Software: 'ntm-hub demo' }, IFD2: { DateTimeOriginal: exifTime(f.takenAt), OffsetTimeOriginal: '+07:00' }, ...(gps ? { IFD3: gps } : {}) })
    .toBuffer();
}

/** The first point of a road's stored GeoJSON geometry, if it has one: where the demo photos are "taken". */
export function firstPoint(geometry: unknown): { latitude: number; longitude: number } | null {
  const coords = (geometry as { coordinates?: unknown } | null)?.coordinates;
  let p: unknown = coords;
  while (Array.isArray(p) && Array.isArray(p[0])) p = p[0];
  if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') return null;
  return { longitude: p[0], latitude: p[1] };
}
