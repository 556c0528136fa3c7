// Chainage (lý trình): a position along a road written "Km1+234" (1 km + 234 m from the start).
// Positions are whole millimetres internally; metres show with up to three decimals
// ("Km0+150.5"), and parsing accepts the decimal comma Vietnamese users type.

/**
 * @example formatChainage(150_000) === 'Km0+150'
 * @example formatChainage(1_234_500) === 'Km1+234.5'
 * @example formatChainage(2_005_000) === 'Km2+005'
 */
export function formatChainage(mm: number): string {
  const km = Math.floor(mm / 1_000_000);
  const restMm = mm - km * 1_000_000;
  const metres = Math.floor(restMm / 1000);
  const fraction = restMm % 1000;
  const decimals = fraction ? `.${String(fraction).padStart(3, '0').replace(/0+$/, '')}` : '';
  return `Km${km}+${String(metres).padStart(3, '0')}${decimals}`;
}

/**
 * A range as "Km0+000 – Km0+150".
 * @example formatChainageRange(0, 150_000) === 'Km0+000 – Km0+150'
 */
export function formatChainageRange(fromMm: number, toMm: number): string {
  return `${formatChainage(fromMm)} – ${formatChainage(toMm)}`;
}

const KM_FORM = /^(?:km)?\s*(\d+)\s*\+\s*(\d{1,3})(?:[.,](\d{1,3}))?$/i;
const METRES_FORM = /^(\d+)(?:[.,](\d{1,3}))?\s*m?$/i;

function decimalsToMm(d: string | undefined): number {
  return d ? Number(d.padEnd(3, '0')) : 0;
}

/**
 * Reads a chainage ("Km1+234", "km 0 + 150,5", "1+234") or plain metres ("150", "150,5 m") into
 * millimetres; null when it is neither. A plain number's "." or "," is a decimal separator.
 * @example parseChainage('Km1+234') === 1_234_000
 * @example parseChainage('km0+150,5') === 150_500
 * @example parseChainage('150') === 150_000
 * @example parseChainage('Km0+1500') === null
 */
export function parseChainage(text: string): number | null {
  const t = text.trim();
  const km = KM_FORM.exec(t);
  if (km) return Number(km[1]) * 1_000_000 + Number(km[2]) * 1000 + decimalsToMm(km[3]);
  const m = METRES_FORM.exec(t);
  if (m) return Number(m[1]) * 1000 + decimalsToMm(m[2]);
  return null;
}
