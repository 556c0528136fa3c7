// Materials in the season plan. What a commune has (lots that passed inspection, lots waiting for
// it, purchases waiting for the fund's approval) becomes cumulative amounts available from given
// Saturdays; for a plan, the cement, sand and stone its pours use by each Saturday are set against
// them, so the office sees the first Saturday a material runs short and how much more to buy by then.
// Whether the plan may only use what is there (a hard limit in the programme) is a setting: a
// commune can usually buy more during the season, so by default the plan says what to buy instead.
import type { Bilingual, SeasonInput, SeasonMaterial } from './season-types.js';

export type MaterialKind = SeasonMaterial['code'];
export const MATERIAL_KINDS: readonly MaterialKind[] = ['cement', 'sand', 'stone'];

/** A commune's stock of a kind of material, in base units (cement kg, sand and stone litres). */
export interface CommuneStock {
  communeId: number; kind: string;
  status: 'passed' | 'pending' | 'failed' | 'on_order';
  quantity: number;
  /** For a purchase on order: the day the goods are expected, when the purchase said. */
  expectedOn?: string | null;
}

export const STOCK_TIMING: Bilingual = {
  vi: 'Vật liệu đã kiểm định đạt dùng được ngay; lô chờ kiểm định và hàng mua đang chờ duyệt chi tính từ thứ 7 kế tiếp (hoặc từ ngày nhận hàng ghi trên phiếu mua); lô không đạt không tính.',
  en: 'Material that passed inspection can be used at once; lots waiting for inspection and purchases waiting for approval count from the following Saturday (or the delivery day the purchase gives); failed lots do not count.',
};

/**
 * Stock as the plan's cumulative availability: amounts in grams of cement and cm³ of sand and stone,
 * each from the first remaining Saturday it can be used on.
 * @example seasonMaterials([{ communeId: 1, kind: 'cement', status: 'pending', quantity: 500 }], ['2021-10-09', '2021-10-16'])
 *   // [{ communeId: 1, code: 'cement', from: '2021-10-16', amount: 500_000 }]
 */
export function seasonMaterials(stock: readonly CommuneStock[], days: readonly string[]): SeasonMaterial[] {
  if (!days.length) return [];
  const next = days[1] ?? days[0];
  const out: SeasonMaterial[] = [];
  for (const s of stock) {
    if (!MATERIAL_KINDS.includes(s.kind as MaterialKind) || s.quantity <= 0 || s.status === 'failed') continue;
    let from = days[0];
    if (s.status === 'pending') from = next;
    if (s.status === 'on_order') from = s.expectedOn ? (days.find((d) => d >= s.expectedOn!) ?? days.at(-1)!) : next;
    out.push({ communeId: s.communeId, code: s.kind as MaterialKind, from, amount: s.quantity * 1000 });
  }
  return out;
}

export interface MaterialOutlook {
  code: MaterialKind;
  /** What the plan pours needs by the deadline, and what is there by then (tonnes of cement, m³ of sand and stone). */
  needed: number; available: number;
  /** The first Saturday on which the plan needs more than is there, and how much more is needed over the season. */
  shortFrom: string | null; toBuy: number;
}

/**
 * Per material, the plan's cumulative use against the stock. `usePerDay[d]` holds what the plan
 * pours in the commune on day d, as [m³, materials per m³] pairs (one per lane worked that day).
 */
export function materialOutlook(input: Pick<SeasonInput, 'days' | 'materials'>, communeId: number, usePerDay: Array<Array<[number, { cement: number; sand: number; stone: number }]>>): MaterialOutlook[] {
  const stock = (input.materials ?? []).filter((m) => m.communeId === communeId);
  return MATERIAL_KINDS.map((code) => {
    let used = 0; let shortFrom: string | null = null; let toBuy = 0; let available = 0;
    input.days.forEach((day, d) => {
      used += (usePerDay[d] ?? []).reduce((s, [m3, per]) => s + m3 * per[code], 0);
      available = stock.filter((s) => s.code === code && s.from <= day).reduce((s, x) => s + x.amount, 0) / 1e6;
      const gap = used - available;
      if (gap > 1e-6 && !shortFrom) shortFrom = day;
      toBuy = Math.max(toBuy, gap);
    });
    return { code, needed: used, available, shortFrom, toBuy: Math.max(0, toBuy) };
  }).filter((m) => m.needed > 1e-6 || m.available > 1e-6);
}
