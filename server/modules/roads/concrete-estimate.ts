// The calculator as the API and the CLI both call it: the same query, checked by the same schema,
// read against the same mix tables and settings, gives the same JSON.
import { z } from '@hono/zod-openapi';
import { estimateConcrete, GRADES, metresToMm, mmToMetres, STONE_SIZES } from '../../../domain/concrete/index.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { fail } from '../../http/errors.js';
import { findMixTable } from './mix-tables.repository.js';
import { requireMixRow, tableForEstimate } from './mix-row-choice.js';
import { Length, Thickness, Width } from './roads.schema.js';
import { calculatorOptions, getRoadSettings } from './road-settings.js';

export const EstimateQuery = z.object({
  lengthM: z.coerce.number().pipe(Length).openapi({ example: 850 }),
  widthM: z.coerce.number().pipe(Width).openapi({ example: 3 }),
  thicknessM: z.coerce.number().pipe(Thickness).openapi({ example: 0.18 }),
  grade: z.enum(GRADES).openapi({ example: 'M250' }),
  stone: z.enum(STONE_SIZES).openapi({ example: '1x2' }),
  mixTable: z.string().max(60).optional().openapi({ description: 'Mix table code; when left out, the default table if it has the row, else the first table that has it', example: 'tt10-2019-pcb40' }),
  drumLitres: z.coerce.number().int().min(50).max(5000).optional().openapi({ description: 'Mixer drum per batch, litres (default: the setting, 250)' }),
});
export type EstimateQueryT = z.infer<typeof EstimateQuery>;

export async function estimateFor(db: Kysely<Database>, q: EstimateQueryT) {
  const table = q.mixTable ? await findMixTable(db, { code: q.mixTable }) : await tableForEstimate(db, q.grade, q.stone);
  if (!table) fail('VALIDATION', 'mixTable', 'Bảng cấp phối không tồn tại', 'No such mix table');
  const row = await requireMixRow(db, table, q.grade, q.stone);
  const dim = { lengthMm: metresToMm(q.lengthM), widthMm: metresToMm(q.widthM), thicknessMm: metresToMm(q.thicknessM) };
  for (const [k, v] of Object.entries(dim)) {
    if (v <= 0) fail('VALIDATION', k.replace('Mm', 'M'), 'Phải lớn hơn 0 (tính đến milimét)', 'Must be more than 0 (to the millimetre)');
  }
  const settings = await getRoadSettings(db);
  return {
    dimensions: { lengthM: mmToMetres(dim.lengthMm), widthM: mmToMetres(dim.widthMm), thicknessM: mmToMetres(dim.thicknessMm) },
    ...estimateConcrete(dim, table, row, calculatorOptions(settings, q.drumLitres)),
  };
}
