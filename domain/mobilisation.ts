// Resources mobilised from the people (xã hội hóa và huy động nguồn lực trong nhân dân): who gives
// (households, villages, enterprises, others), what (cash, materials in kind, labour-days, land),
// the totals per commune and village, and the village emulation ranking. One definition for every
// page and document that shows them.

export const DONOR_KINDS = ['household', 'village', 'enterprise', 'other'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];

export const PEOPLE_CONTRIBUTION_KINDS = ['cash', 'in_kind', 'labour', 'land'] as const;
export type PeopleContributionKind = (typeof PEOPLE_CONTRIBUTION_KINDS)[number];

/** What one live (not reversed) contribution adds to its village's totals. */
export interface ContributionFigures {
  kind: PeopleContributionKind;
  /** Đồng (cash). */
  amount?: number | null;
  /** Tenths of a labour-day (labour). */
  labourTenths?: number | null;
  /** dm² (land): 100 dm² = 1 m². */
  areaDm2?: number | null;
}

export interface PeopleTotals {
  /** Number of live contributions of every kind. */
  count: number;
  cash: number;
  inKindCount: number;
  labourDays: number;
  landM2: number;
  landCount: number;
}

export const EMPTY_TOTALS: PeopleTotals = { count: 0, cash: 0, inKindCount: 0, labourDays: 0, landM2: 0, landCount: 0 };

/**
 * Totals of a set of live contributions; labour-days and m² are exact sums of whole tenths and dm².
 * @example totalsOf([{ kind: 'cash', amount: 500000 }, { kind: 'labour', labourTenths: 15 }]).labourDays === 1.5
 */
export function totalsOf(items: readonly ContributionFigures[]): PeopleTotals {
  let cash = 0; let labour = 0; let dm2 = 0; let inKind = 0; let land = 0;
  for (const c of items) {
    if (c.kind === 'cash') cash += c.amount ?? 0;
    else if (c.kind === 'labour') labour += c.labourTenths ?? 0;
    else if (c.kind === 'land') { dm2 += c.areaDm2 ?? 0; land += 1; }
    else inKind += 1;
  }
  return { count: items.length, cash, inKindCount: inKind, labourDays: labour / 10, landM2: dm2 / 100, landCount: land };
}

/**
 * Totals of several groups (communes of a district, villages of a commune) added up; labour-days
 * kept to tenths and m² to hundredths, as the contributions are recorded.
 * @example sumTotals([{ ...EMPTY_TOTALS, labourDays: 0.1 }, { ...EMPTY_TOTALS, labourDays: 0.2 }]).labourDays === 0.3
 */
export function sumTotals(list: readonly PeopleTotals[]): PeopleTotals {
  const out = { ...EMPTY_TOTALS };
  for (const t of list) {
    out.count += t.count; out.cash += t.cash; out.inKindCount += t.inKindCount; out.landCount += t.landCount;
    out.labourDays = Math.round((out.labourDays + t.labourDays) * 10) / 10;
    out.landM2 = Math.round((out.landM2 + t.landM2) * 100) / 100;
  }
  return out;
}

export interface VillageStanding { villageId: number; name: string; communeName: string; totals: PeopleTotals; rank: number }

/**
 * The village emulation table ("phong trào thi đua sôi nổi trong nhân dân"): villages ordered by the
 * people's labour-days, then cash given, then land given; villages equal on all three share a rank.
 * @example rankVillages([{ villageId: 1, name: 'A', communeName: 'X', totals: { ...EMPTY_TOTALS, labourDays: 2 } }])[0].rank === 1
 */
export function rankVillages(villages: ReadonlyArray<Omit<VillageStanding, 'rank'>>): VillageStanding[] {
  const key = (v: Omit<VillageStanding, 'rank'>) => [v.totals.labourDays, v.totals.cash, v.totals.landM2] as const;
  const sorted = [...villages].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return (kb[0] - ka[0]) || (kb[1] - ka[1]) || (kb[2] - ka[2]) || a.name.localeCompare(b.name, 'vi');
  });
  return sorted.map((v, i) => {
    let rank = i + 1;
    for (let j = i - 1; j >= 0 && key(sorted[j]).every((x, n) => x === key(v)[n]); j--) rank = j + 1;
    return { ...v, rank };
  });
}
