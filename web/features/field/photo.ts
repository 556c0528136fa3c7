// A photo taken or chosen in a form, made ready on the phone before anything is sent: its EXIF time
// and GPS read from the original (resizing drops them), then resized to about 1600 px on its long
// side and re-encoded as JPEG under 400 kB, so a 3.8 MB phone photo leaves in seconds, not minutes.
// Both libraries load only when a photo is picked: they are not part of opening a field page.
import { exifInstant } from '../../../domain/photo-facts';
import type { StoredPhoto } from './db';
import type { PhonePosition } from './geo';

export const PHOTO_LONG_SIDE_PX = 1600;
export const PHOTO_MAX_BYTES = 400 * 1000;

export type PreparedPhoto = Omit<StoredPhoto, 'id' | 'draftKey' | 'createdAt' | 'phase'>;

const loadExifr = () => import('exifr');
const loadCompression = () => import('browser-image-compression');

/**
 * Loads both libraries now, while there is a signal: a photo taken later with none must not need
 * to fetch code. Called when a form that takes photos opens.
 */
export function warmPhotoTools(): void {
  void Promise.all([loadExifr(), loadCompression()]).catch(() => undefined);
}

async function readExif(file: Blob) {
  const { default: exifr } = await loadExifr();
  try {
    const exif = (await exifr.parse(file, { reviveValues: false, gps: true })) as Record<string, unknown> | undefined;
    const lat = typeof exif?.latitude === 'number' && Number.isFinite(exif.latitude) ? exif.latitude : null;
    const lng = typeof exif?.longitude === 'number' && Number.isFinite(exif.longitude) ? exif.longitude : null;
    const at = exifInstant(exif?.DateTimeOriginal ?? exif?.CreateDate, exif?.OffsetTimeOriginal);
    return { takenAt: at ? at.toISOString() : null, lat, lng };
  } catch {
    return { takenAt: null, lat: null, lng: null }; // no or broken EXIF: the photo is still kept
  }
}

/**
 * Reads the facts, then resizes. A position missing from the EXIF is taken from the phone (with
 * its accuracy) when the user allowed it; a photo without EXIF time gets none (the server shows so).
 */
export async function preparePhoto(file: File, phone: PhonePosition | null): Promise<PreparedPhoto> {
  const facts = await readExif(file);
  const { default: compress } = await loadCompression();
  // No web worker: the library would fetch its worker script from elsewhere, which fails offline.
  const blob = await compress(file, {
    maxWidthOrHeight: PHOTO_LONG_SIDE_PX, maxSizeMB: (PHOTO_MAX_BYTES * 0.95) / 1024 / 1024,
    useWebWorker: false, fileType: 'image/jpeg', initialQuality: 0.82,
  });
  const fromPhone = facts.lat === null && phone !== null;
  return {
    blob, name: file.name.replace(/\.[^.]+$/, '') + '.jpg', originalBytes: file.size, takenAt: facts.takenAt,
    lat: fromPhone ? phone.latitude : facts.lat, lng: fromPhone ? phone.longitude : facts.lng, accuracy: fromPhone ? phone.accuracyM : null,
  };
}
