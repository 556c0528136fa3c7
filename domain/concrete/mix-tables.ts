// Concrete mix tables as data (DOMAIN.md §2): materials per 1 m³ of concrete for each grade and
// stone size, each table with its source. Quantities are integers in base units so that every
// total is exact: cement in grams, sand and stone in cm³, water in millilitres (all per m³).
// The server stores these tables in the database (an admin may add more); these copies are the
// defaults and what the phone and the CLI fall back to when they have no database.

export const GRADES = ['M150', 'M200', 'M250', 'M300'] as const;
export type Grade = (typeof GRADES)[number];

export const STONE_SIZES = ['1x2', '2x4', '4x6'] as const;
export type StoneSize = (typeof STONE_SIZES)[number];

/** One row of a mix table: what 1 m³ of concrete of this grade and stone size needs. */
export interface MixRow {
  grade: Grade;
  stone: StoneSize;
  /** Cement, grams per m³ (265475 = 265.475 kg). */
  cementG: number;
  /** Sand, cm³ per m³ (541200 = 0.5412 m³). */
  sandCm3: number;
  /** Stone, cm³ per m³ (893000 = 0.893 m³). */
  stoneCm3: number;
  /** Water, millilitres per m³ (187575 = 187.575 l). */
  waterMl: number;
}

export interface MixTable {
  /** Stable identifier, used by the API and the CLI (`--table`). */
  code: string;
  name: string;
  /** The document the figures come from, with its number and date. */
  source: string;
  /** Cement type the figures assume, or null when the source does not say (to confirm). */
  cementType: string | null;
  note: string | null;
  rows: MixRow[];
  /**
   * Rows the official table covers (grade and stone size) whose figures could not be checked against
   * the table's text: listed so that nobody mistakes their absence for "not in the table", never
   * given figures, never usable by a road or the calculator.
   */
  unconfirmed?: UnconfirmedMixRow[];
}

/** A grade and stone size of an official table whose figures are not loaded, and why. */
export interface UnconfirmedMixRow { grade: Grade; stone: StoneSize; reason: string }

/** Why a row of the official tables is not loaded: its figures were not found in a text we could check. */
export const NOT_CONFIRMED_REASON = 'Chưa đối chiếu được số liệu với văn bản gốc; chưa nạp';

function unconfirmed(grades: readonly Grade[], stones: readonly StoneSize[]): UnconfirmedMixRow[] {
  return grades.flatMap((grade) => stones.map((stone) => ({ grade, stone, reason: NOT_CONFIRMED_REASON })));
}

/** The default table: Thông tư 10/2019/TT-BXD, PCB40 cement, about 2.5 % allowance included. */
export const TT10_2019_PCB40: MixTable = {
  code: 'tt10-2019-pcb40',
  name: 'Định mức cấp phối 1 m³ bê tông, xi măng PCB40',
  source: 'Thông tư 10/2019/TT-BXD ngày 26/12/2019 (giữ nguyên trong Thông tư 12/2021/TT-BXD)',
  cementType: 'PCB40',
  note: 'Đã gồm khoảng 2,5 % hao hụt',
  rows: [
    { grade: 'M200', stone: '1x2', cementG: 265_475, sandCm3: 541_200, stoneCm3: 893_000, waterMl: 187_575 },
    { grade: 'M200', stone: '2x4', cementG: 250_100, sandCm3: 553_500, stoneCm3: 898_000, waterMl: 177_325 },
    { grade: 'M200', stone: '4x6', cementG: 234_725, sandCm3: 563_700, stoneCm3: 915_000, waterMl: 166_050 },
    { grade: 'M250', stone: '1x2', cementG: 308_525, sandCm3: 532_000, stoneCm3: 876_000, waterMl: 187_575 },
    { grade: 'M250', stone: '2x4', cementG: 291_100, sandCm3: 543_000, stoneCm3: 883_000, waterMl: 177_325 },
    { grade: 'M250', stone: '4x6', cementG: 274_700, sandCm3: 556_000, stoneCm3: 901_000, waterMl: 166_050 },
  ],
  unconfirmed: unconfirmed(['M150', 'M300'], STONE_SIZES),
};

/**
 * The PCB30 part of the same Thông tư 10/2019 table. None of its figures could be checked against
 * the table's text, so it is loaded as a table without rows: every grade and stone size is flagged.
 */
export const TT10_2019_PCB30: MixTable = {
  code: 'tt10-2019-pcb30',
  name: 'Định mức cấp phối 1 m³ bê tông, xi măng PCB30',
  source: 'Thông tư 10/2019/TT-BXD ngày 26/12/2019 (giữ nguyên trong Thông tư 12/2021/TT-BXD)',
  cementType: 'PCB30',
  note: 'Số liệu chưa đối chiếu được với văn bản gốc: chưa có dòng nào dùng được',
  rows: [],
  unconfirmed: unconfirmed(GRADES, STONE_SIZES),
};

/** The older table (Định mức 1776/BXD-VP, 2007), stone 1x2; its cement type is to confirm. */
export const DM1776_2007: MixTable = {
  code: 'dm1776-2007',
  name: 'Định mức cấp phối 1 m³ bê tông (Định mức 1776, đá 1x2)',
  source: 'Định mức dự toán 1776/BXD-VP ngày 16/8/2007',
  cementType: null,
  note: 'Loại xi măng cần xác nhận',
  rows: [
    { grade: 'M150', stone: '1x2', cementG: 233_000, sandCm3: 510_000, stoneCm3: 903_000, waterMl: 185_000 },
    { grade: 'M200', stone: '1x2', cementG: 281_000, sandCm3: 493_000, stoneCm3: 891_000, waterMl: 185_000 },
    { grade: 'M250', stone: '1x2', cementG: 327_000, sandCm3: 475_000, stoneCm3: 881_000, waterMl: 185_000 },
    { grade: 'M300', stone: '1x2', cementG: 374_000, sandCm3: 457_000, stoneCm3: 872_000, waterMl: 185_000 },
  ],
  unconfirmed: unconfirmed(GRADES, ['2x4', '4x6']),
};

/** Built-in tables, the default first. */
export const BUILT_IN_MIX_TABLES: readonly MixTable[] = [TT10_2019_PCB40, DM1776_2007, TT10_2019_PCB30];

/**
 * The tables that have a usable row for a grade and stone size, the given order kept (the default
 * first when the list comes from the database).
 * @example tablesWithRow(BUILT_IN_MIX_TABLES, 'M300', '1x2').map((t) => t.code) // ['dm1776-2007']
 */
export function tablesWithRow<T extends Pick<MixTable, 'rows'>>(tables: readonly T[], grade: string, stone: string): T[] {
  return tables.filter((t) => findMixRow(t, grade, stone));
}

/** Whether a table lists this grade and stone size as covered by its source but not confirmed. */
export function isUnconfirmedRow(table: Pick<MixTable, 'unconfirmed'>, grade: string, stone: string): boolean {
  return !!table.unconfirmed?.some((r) => r.grade === grade && r.stone === stone);
}

/**
 * The row of a table for a grade and stone size, or undefined when the table has none.
 * @example findMixRow(TT10_2019_PCB40, 'M200', '1x2')?.cementG === 265475
 */
export function findMixRow(table: Pick<MixTable, 'rows'>, grade: string, stone: string): MixRow | undefined {
  return table.rows.find((r) => r.grade === grade && r.stone === stone);
}
