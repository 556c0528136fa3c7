// When and where a field photo was taken: the camera's EXIF time read the same way on the phone
// (before resizing strips it) and on the server, and the bounds of a position the phone reports.

/**
 * EXIF "2021:09:18 08:15:30" is the camera's local time without a zone: read with its offset when
 * the camera wrote one, otherwise as Vietnam time (UTC+7), where the photos are taken.
 * @example exifInstant('2021:09:18 08:15:30', undefined)?.toISOString() === '2021-09-18T01:15:30.000Z'
 */
export function exifInstant(value: unknown, offset: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const off = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+07:00';
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${off}`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A reported accuracy worse than this (metres) says nothing about where the work was. */
export const MAX_GPS_ACCURACY_M = 10_000;
/** Photos and positions older than this are not from a campaign of this app. */
export const EARLIEST_PHOTO = '2000-01-01T00:00:00Z';
