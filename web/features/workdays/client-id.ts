// The client id of a new workday record (the API's `clientId`): made once when its form first
// opens, kept in the draft on the phone and sent unchanged with every attempt (new-workday-draft.ts),
// so the server answers a resend with the record it made the first time instead of making a second.

/** A version-4 UUID (crypto.randomUUID is missing outside secure contexts, e.g. a plain-http intranet). */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
