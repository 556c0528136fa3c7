// Which mix row a road or an estimate uses, and the refusal when there is none: the refusal names
// the tables that do have the grade and stone size, and says when the chosen table covers it in its
// source but its figures are not confirmed (so the user knows to pick another table, not to wait).
import { findMixRow, isUnconfirmedRow, tablesWithRow, type MixRow } from '../../../domain/concrete/index.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { fail } from '../../http/errors.js';
import { listMixTables, type MixTableRecord } from './mix-tables.repository.js';

/** The row of `table` for grade and stone, or a refusal on `field` that says where the row is. */
export async function requireMixRow(db: Kysely<Database>, table: MixTableRecord, grade: string, stone: string, field = 'grade'): Promise<MixRow> {
  const row = findMixRow(table, grade, stone);
  if (row) return row;
  const elsewhere = tablesWithRow(await listMixTables(db), grade, stone);
  const where = elsewhere.length
    ? { vi: ` Có trong: ${elsewhere.map((t) => `"${t.name}"`).join(', ')}.`, en: ` Found in: ${elsewhere.map((t) => t.code).join(', ')}.` }
    : { vi: ' Không bảng nào có dòng này.', en: ' No table has this row.' };
  if (isUnconfirmedRow(table, grade, stone)) {
    fail('UNKNOWN_MIX', field, `Bảng "${table.name}": số liệu ${grade} đá ${stone} chưa được đối chiếu với văn bản gốc nên chưa dùng được.${where.vi}`,
      `Table "${table.code}": the figures of ${grade} stone ${stone} are not confirmed against the source, so they cannot be used.${where.en}`);
  }
  const have = table.rows.map((r) => `${r.grade} ${r.stone}`).join(', ') || '—';
  fail('UNKNOWN_MIX', field, `Bảng "${table.name}" chỉ có: ${have}.${where.vi}`, `Table "${table.code}" has only: ${have}.${where.en}`);
}

/**
 * The table an estimate uses when none is named: the default one when it has the row, otherwise
 * the first table (default first) that has it, so the calculator answers for every grade some
 * table confirms; the answer names the table and its source.
 */
export async function tableForEstimate(db: Kysely<Database>, grade: string, stone: string): Promise<MixTableRecord | undefined> {
  const tables = await listMixTables(db);
  return tablesWithRow(tables, grade, stone)[0] ?? tables.find((t) => t.isDefault);
}
