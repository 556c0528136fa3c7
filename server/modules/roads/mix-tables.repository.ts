// All SQL of mix tables: each table with its rows, as the domain's MixTable plus id and flags.
import type { Kysely } from 'kysely';
import type { Grade, MixTable, StoneSize } from '../../../domain/concrete/index.js';
import type { Database } from '../../db/schema.js';

export interface MixTableRecord extends MixTable { id: number; isDefault: boolean; version: number }

export async function listMixTables(db: Kysely<Database>, ids?: number[]): Promise<MixTableRecord[]> {
  let q = db.selectFrom('mix_tables').selectAll();
  if (ids) q = q.where('id', 'in', ids.length ? ids : [0]);
  const tables = await q.orderBy('is_default', 'desc').orderBy('id').execute();
  if (!tables.length) return [];
  const rows = await db.selectFrom('mix_table_rows').selectAll().where('mix_table_id', 'in', tables.map((t) => t.id))
    .orderBy('grade').orderBy('stone').execute();
  const gaps = await db.selectFrom('mix_table_unconfirmed_rows').selectAll().where('mix_table_id', 'in', tables.map((t) => t.id))
    .orderBy('grade').orderBy('stone').execute();
  return tables.map((t) => ({
    id: t.id, code: t.code, name: t.name, source: t.source, cementType: t.cement_type, note: t.note,
    isDefault: t.is_default, version: t.version,
    rows: rows.filter((r) => r.mix_table_id === t.id).map((r) => ({
      grade: r.grade as Grade, stone: r.stone as StoneSize, cementG: r.cement_g, sandCm3: r.sand_cm3, stoneCm3: r.stone_cm3, waterMl: r.water_ml,
    })),
    unconfirmed: gaps.filter((g) => g.mix_table_id === t.id).map((g) => ({ grade: g.grade as Grade, stone: g.stone as StoneSize, reason: g.reason })),
  }));
}

export async function getMixTable(db: Kysely<Database>, id: number): Promise<MixTableRecord | undefined> {
  return (await listMixTables(db, [id]))[0];
}

/** A table by id, by code, or the default one when neither is given. */
export async function findMixTable(db: Kysely<Database>, by: { id?: number; code?: string }): Promise<MixTableRecord | undefined> {
  let q = db.selectFrom('mix_tables').select('id');
  if (by.id) q = q.where('id', '=', by.id);
  else if (by.code) q = q.where('code', '=', by.code);
  else q = q.where('is_default', '=', true);
  const row = await q.executeTakeFirst();
  return row ? getMixTable(db, row.id) : undefined;
}
