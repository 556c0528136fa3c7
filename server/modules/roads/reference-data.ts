// The reference data the roads migrations insert (built-in mix tables, default criterion 2
// thresholds), from the domain's constants. Inserting is idempotent: whatever exists stays. Tests
// call it after emptying the tables; an installation may call it to restore what was deleted.
import type { Kysely } from 'kysely';
import { BUILT_IN_MIX_TABLES, TT10_2019_PCB40 } from '../../../domain/concrete/index.js';
import { DEFAULT_THRESHOLDS } from '../../../domain/criterion2.js';
import type { Database } from '../../db/schema.js';

export async function insertRoadReferenceData(db: Kysely<Database>): Promise<void> {
  const hasDefault = !!(await db.selectFrom('mix_tables').select('id').where('is_default', '=', true).executeTakeFirst());
  for (const t of BUILT_IN_MIX_TABLES) {
    await db.insertInto('mix_tables').values({
      code: t.code, name: t.name, source: t.source, cement_type: t.cementType, note: t.note, is_default: !hasDefault && t.code === TT10_2019_PCB40.code,
    }).onConflict((oc) => oc.column('code').doNothing()).execute();
    const { id } = await db.selectFrom('mix_tables').select('id').where('code', '=', t.code).executeTakeFirstOrThrow();
    if (t.rows.length) { // the PCB30 table has none confirmed yet
      await db.insertInto('mix_table_rows').values(t.rows.map((r) => ({
        mix_table_id: id, grade: r.grade, stone: r.stone, cement_g: r.cementG, sand_cm3: r.sandCm3, stone_cm3: r.stoneCm3, water_ml: r.waterMl,
      }))).onConflict((oc) => oc.columns(['mix_table_id', 'grade', 'stone']).doNothing()).execute();
    }
    if (t.unconfirmed?.length) {
      await db.insertInto('mix_table_unconfirmed_rows').values(t.unconfirmed.map((u) => ({ mix_table_id: id, grade: u.grade, stone: u.stone, reason: u.reason })))
        .onConflict((oc) => oc.columns(['mix_table_id', 'grade', 'stone']).doNothing()).execute();
    }
  }
  await db.insertInto('criterion2_thresholds').values(DEFAULT_THRESHOLDS.map((t) => ({
    region: t.region, indicator: t.indicator, min_share_bp: t.minShareBp, source: t.source, confirmed: t.confirmed,
  }))).onConflict((oc) => oc.columns(['region', 'indicator']).doNothing()).execute();
}
