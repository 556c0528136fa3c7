// The phone's own position (navigator.geolocation), optional: the user is asked once whether the
// app may record where a workday and its photos were taken, and the answer is remembered on the
// phone. A position keeps its accuracy (metres), so a poor fix is seen as poor.
export interface PhonePosition { latitude: number; longitude: number; accuracyM: number; at: string }

const CHOICE = 'ntm-hub.gps';

export type GpsChoice = 'on' | 'off' | null;

export function gpsChoice(): GpsChoice {
  try {
    const v = localStorage.getItem(CHOICE);
    return v === 'on' || v === 'off' ? v : null;
  } catch {
    return null;
  }
}

export function setGpsChoice(choice: 'on' | 'off'): void {
  try {
    localStorage.setItem(CHOICE, choice);
  } catch {
    // private mode: asked again next time
  }
}

/** The position now, or null (refused, no fix within the time, no GPS). Never throws. */
export function currentPosition(timeoutMs = 20_000): Promise<PhonePosition | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({
        latitude: Math.round(p.coords.latitude * 1e6) / 1e6, longitude: Math.round(p.coords.longitude * 1e6) / 1e6,
        accuracyM: Math.round(p.coords.accuracy), at: new Date(p.timestamp).toISOString(),
      }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 120_000 },
    );
  });
}
