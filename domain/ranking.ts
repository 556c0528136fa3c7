// The emulation ranking (thi đua) of groups and agencies (PRODUCT.md §4): participation rate,
// labour-days, volume and the communes' average rating, each scaled to 0…1 against the best (the
// rating against its maximum, 4), weighted by the campaign's settings into a score out of 100.
// Equal scores are split by the metrics in a fixed order, and the split is explained in words.
import { participationBp } from './figures.js';

export interface RankingWeights { participation: number; labour: number; volume: number; rating: number }

/** Defaults until the office sets its own: participation counts most (seed point 5). */
export const DEFAULT_WEIGHTS: RankingWeights = { participation: 40, labour: 20, volume: 20, rating: 20 };

export interface RankingInput {
  id: number;
  name: string;
  /** Attendances of officials in the period (a person on two Saturdays counts twice). */
  participants: number;
  /** Staff count × campaign days worked in the period: how many attendances were possible. */
  possible: number;
  labourHalves: number;
  litres: number;
  /** Average of the communes' ratings, out of 4; null when nobody rated it. */
  rating: number | null;
}

export interface RankedRow extends RankingInput {
  rank: number;
  /** Participation rate in basis points (10 000 = everybody came every day). */
  participationBp: number;
  /** 0…100 with two decimals. */
  score: number;
  parts: { participation: number; labour: number; volume: number; rating: number };
  /** Why it stands where it does against an equal score (Vietnamese and English), or null. */
  tie: { vi: string; en: string } | null;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

// Participation rate: one definition for every view (domain/figures.ts).
export { participationBp };

const TIE_ORDER = [
  { key: 'participation', vi: 'tỷ lệ tham gia', en: 'participation rate' },
  { key: 'rating', vi: 'điểm đánh giá của xã', en: "communes' rating" },
  { key: 'labour', vi: 'số ngày công', en: 'labour-days' },
  { key: 'volume', vi: 'khối lượng bê tông', en: 'concrete volume' },
] as const;

function metric(r: RankedRow, key: (typeof TIE_ORDER)[number]['key']): number {
  if (key === 'participation') return r.participationBp;
  if (key === 'rating') return r.rating ?? -1;
  if (key === 'labour') return r.labourHalves;
  return r.litres;
}

/**
 * Ranks entities by weighted score; equal scores are split by participation, rating, labour-days,
 * volume in that order, and rows equal on all of them share a rank.
 * @example rank([{ id: 1, name: 'A', participants: 9, possible: 10, labourHalves: 18, litres: 3000, rating: 4 }], DEFAULT_WEIGHTS)[0].score === 100
 */
export function rank(rows: readonly RankingInput[], weights: RankingWeights): RankedRow[] {
  const total = weights.participation + weights.labour + weights.volume + weights.rating || 1;
  const scored = rows.map((r) => ({ ...r, participationBp: participationBp(r.participants, r.possible) }));
  const maxP = Math.max(0, ...scored.map((r) => r.participationBp));
  const maxL = Math.max(0, ...scored.map((r) => r.labourHalves));
  const maxV = Math.max(0, ...scored.map((r) => r.litres));
  const out: RankedRow[] = scored.map((r) => {
    const parts = {
      participation: maxP ? (r.participationBp / maxP) * weights.participation : 0,
      labour: maxL ? (r.labourHalves / maxL) * weights.labour : 0,
      volume: maxV ? (r.litres / maxV) * weights.volume : 0,
      rating: r.rating !== null ? (r.rating / 4) * weights.rating : 0,
    };
    const score = round2(((parts.participation + parts.labour + parts.volume + parts.rating) * 100) / total);
    return { ...r, rank: 0, score, tie: null,
      parts: { participation: round2(parts.participation), labour: round2(parts.labour), volume: round2(parts.volume), rating: round2(parts.rating) } };
  });
  out.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    for (const t of TIE_ORDER) {
      const d = metric(b, t.key) - metric(a, t.key);
      if (d !== 0) return d;
    }
    return a.name.localeCompare(b.name, 'vi');
  });
  out.forEach((r, i) => {
    const prev = out[i - 1];
    const same = prev && prev.score === r.score && TIE_ORDER.every((t) => metric(prev, t.key) === metric(r, t.key));
    r.rank = same ? prev.rank : i + 1;
  });
  for (const r of out) r.tie = explainTie(r, out);
  return out;
}

function explainTie(r: RankedRow, all: readonly RankedRow[]): RankedRow['tie'] {
  const peers = all.filter((o) => o !== r && o.score === r.score);
  if (!peers.length) return null;
  // Peers equal on every measure are named together in one phrase, however many there are.
  // Beyond four, the first three are named and the rest counted, so a long idle list stays short.
  const equal = peers.filter((o) => TIE_ORDER.every((x) => metric(o, x.key) === metric(r, x.key))).map((o) => o.name);
  const named = equal.length > 4 ? equal.slice(0, 3) : equal;
  const more = equal.length - named.length;
  const shared = equal.length
    ? [{ vi: `ngang hạng với ${named.join(', ')}${more ? ` và ${more} đơn vị khác` : ''} (bằng nhau mọi chỉ số)`,
      en: `shares the rank with ${named.join(', ')}${more ? ` and ${more} others` : ''} (equal on every measure)` }]
    : [];
  const parts = [...shared, ...peers.flatMap((o) => {
    const t = TIE_ORDER.find((x) => metric(o, x.key) !== metric(r, x.key));
    if (!t) return [];
    const above = metric(r, t.key) > metric(o, t.key);
    return [above
      ? { vi: `xếp trên ${o.name} vì ${t.vi} cao hơn`, en: `ranked above ${o.name} on a higher ${t.en}` }
      : { vi: `xếp dưới ${o.name} vì ${t.vi} thấp hơn`, en: `ranked below ${o.name} on a lower ${t.en}` }];
  })];
  return {
    vi: `Bằng điểm ${r.score.toLocaleString('vi-VN')}: ${parts.map((p) => p.vi).join('; ')}`,
    en: `Equal score ${r.score}: ${parts.map((p) => p.en).join('; ')}`,
  };
}
