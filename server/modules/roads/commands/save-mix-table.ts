// The admin adds a mix table: figures per m³ as the source prints them (kg, m³, litres), stored as
// whole grams, cm³ and millilitres. Codes are unique; a table marked default replaces the old one.
import { z } from '@hono/zod-openapi';
import { GRADES, STONE_SIZES } from '../../../../domain/concrete/index.js';
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { getMixTable, type MixTableRecord } from '../mix-tables.repository.js';

export const MixTableCreate = z.object({
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,59}$/).openapi({ example: 'hg-2022-pcb30', description: 'Lower-case letters, digits and "-"' }),
  name: z.string().trim().min(3).max(200),
  source: z.string().trim().min(3).max(500).openapi({ description: 'The document with its number and date' }),
  cementType: z.string().trim().max(20).nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
  isDefault: z.boolean().default(false),
  rows: z.array(z.object({
    grade: z.enum(GRADES), stone: z.enum(STONE_SIZES),
    cementKg: z.number().positive().max(2000), sandM3: z.number().min(0).max(2), stoneM3: z.number().min(0).max(2), waterL: z.number().min(0).max(1000),
  })).min(1).max(50),
}).openapi('MixTableCreate');

export function presentMixTable(t: MixTableRecord) {
  return {
    id: t.id, code: t.code, name: t.name, source: t.source, cementType: t.cementType, note: t.note, isDefault: t.isDefault,
    rows: t.rows.map((r) => ({ grade: r.grade, stone: r.stone, cementKg: r.cementG / 1000, sandM3: r.sandCm3 / 1e6, stoneM3: r.stoneCm3 / 1e6, waterL: r.waterMl / 1000 })),
    unconfirmed: (t.unconfirmed ?? []).map((u) => ({ grade: u.grade, stone: u.stone, reason: u.reason })),
    version: t.version,
  };
}

export async function createMixTable(ctx: RequestContext, input: z.infer<typeof MixTableCreate>) {
  if (await ctx.db.selectFrom('mix_tables').select('id').where('code', '=', input.code).executeTakeFirst()) {
    fail('DUPLICATE_NAME', 'code', 'Mã bảng cấp phối đã tồn tại', 'This mix table code already exists');
  }
  const seen = new Set<string>();
  input.rows.forEach((r, i) => {
    const key = `${r.grade} ${r.stone}`;
    if (seen.has(key)) fail('VALIDATION', `rows.${i}`, `Trùng dòng ${key}`, `Duplicate row ${key}`);
    seen.add(key);
  });
  if (input.isDefault) await ctx.db.updateTable('mix_tables').set({ is_default: false, updated_at: new Date() }).where('is_default', '=', true).execute();
  const { id } = await ctx.db.insertInto('mix_tables').values({
    code: input.code, name: input.name, source: input.source, cement_type: input.cementType ?? null, note: input.note ?? null, is_default: input.isDefault,
  }).returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('mix_table_rows').values(input.rows.map((r) => ({
    mix_table_id: id, grade: r.grade, stone: r.stone, cement_g: Math.round(r.cementKg * 1000),
    sand_cm3: Math.round(r.sandM3 * 1e6), stone_cm3: Math.round(r.stoneM3 * 1e6), water_ml: Math.round(r.waterL * 1000),
  }))).execute();
  const table = presentMixTable((await getMixTable(ctx.db, id))!);
  await recordAudit(ctx, { action: 'create', entity: 'mix_table', entityId: id, summary: table.name, after: table });
  return table;
}
