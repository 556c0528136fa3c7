// Roads as criterion 2 sees them (DOMAIN.md §1), and the road settings with their visible defaults.
// The defaults marked "to confirm" were not found in an official text: the admin changes them.

/** Road classes under criterion 2, with the indicator each one counts toward. */
export const ROAD_CLASSES = ['commune', 'village', 'alley', 'field'] as const;
export type RoadClass = (typeof ROAD_CLASSES)[number];

export const INDICATOR_OF_CLASS: Record<RoadClass, '2.1' | '2.2' | '2.3' | '2.4'> = {
  commune: '2.1', village: '2.2', alley: '2.3', field: '2.4',
};

/** Surface before the campaign's work: an already hardened road counts as hardened in full. */
export const SURFACES = ['earth', 'gravel', 'hardened'] as const;
export type Surface = (typeof SURFACES)[number];

export interface RoadSettings {
  /** Labour norm, công (labour-days) per m³ of concrete laid by hand. To confirm. */
  labourNormCongPerM3: number;
  /** Mixer drum, litres per batch. */
  drumLitres: number;
  /** A geometry whose measured length differs from the entered length by more than this is flagged. */
  lengthMismatchPercent: number;
  /** Criterion 2 projections use the pace of the last N campaign days. */
  paceCampaignDays: number;
  /** Region applied to communes that have none of their own (Hà Giang: Trung du và miền núi phía Bắc). */
  defaultRegion: string;
  /** Map tiles, e.g. https://tile.example.org/{z}/{x}/{y}.png; empty: lines on a plain background. */
  tileUrl: string;
}

export const DEFAULT_ROAD_SETTINGS: RoadSettings = {
  labourNormCongPerM3: 2,
  drumLitres: 250,
  lengthMismatchPercent: 10,
  paceCampaignDays: 4,
  defaultRegion: 'northern_midlands_mountains',
  tileUrl: '',
};

/** Which settings are proposals the admin should confirm, with why. */
export const ROAD_SETTING_NOTES: Partial<Record<keyof RoadSettings, { toConfirm: boolean; vi: string; en: string }>> = {
  labourNormCongPerM3: { toConfirm: true, vi: 'Định mức nhân công chưa tìm thấy trong văn bản chính thức: cần xác nhận', en: 'No official labour norm was found: to confirm' },
  drumLitres: { toConfirm: false, vi: 'Máy trộn nhỏ thường 250 l (hoặc 350 l) mỗi mẻ', en: 'Small mixers are typically 250 l (or 350 l) per batch' },
};

/**
 * How far a measured length is from the entered one, and whether that is flagged.
 * @example lengthMismatch(850_000, 1_000_000, 10) // { differenceMm: 150000, percent: 17.6, flagged: true }
 */
export function lengthMismatch(enteredMm: number, measuredMm: number, thresholdPercent: number) {
  const differenceMm = measuredMm - enteredMm;
  const percent = enteredMm > 0 ? Math.round((Math.abs(differenceMm) / enteredMm) * 1000) / 10 : 0;
  return { differenceMm, percent, flagged: percent > thresholdPercent };
}
