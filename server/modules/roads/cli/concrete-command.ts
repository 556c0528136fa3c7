// `ntm-hub concrete --length 850 --width 3 --thickness 0.18 --grade M250 --stone 1x2 [--json]
// [--drum 250] [--table CODE]`: the calculator on the command line. It checks its options with the
// API's schema and computes with the API's function, so both print the same numbers.
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { formatInteger } from '../../../../domain/format.js';
import type { Database } from '../../../db/schema.js';
import { AppError, zodFields } from '../../../http/errors.js';
import { estimateFor, EstimateQuery } from '../concrete-estimate.js';

export const CONCRETE_HELP = `Usage: ntm-hub concrete --length M --width M --thickness M --grade M200|M250|… --stone 1x2|2x4|4x6
                        [--drum LITRES] [--table CODE] [--json]`;

/** vi-VN number with up to `decimals` decimals: 1234.5 → "1.234,5". */
function vn(n: number, decimals = 3): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const f = frac?.replace(/0+$/, '');
  return formatInteger(Number(int)) + (f ? `,${f}` : '');
}

export async function runConcreteCommand(args: string[], db: Kysely<Database>): Promise<{ code: number; out: string }> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: {
      length: { type: 'string' }, width: { type: 'string' }, thickness: { type: 'string' }, grade: { type: 'string' }, stone: { type: 'string' },
      drum: { type: 'string' }, table: { type: 'string' }, json: { type: 'boolean' },
    } }));
  } catch (e) {
    return { code: 2, out: `${(e as Error).message}\n${CONCRETE_HELP}` };
  }
  const parsed = EstimateQuery.safeParse({
    lengthM: values.length, widthM: values.width, thicknessM: values.thickness, grade: values.grade, stone: values.stone,
    drumLitres: values.drum, mixTable: values.table,
  });
  const names: Record<string, string> = { lengthM: '--length', widthM: '--width', thicknessM: '--thickness', grade: '--grade', stone: '--stone', drumLitres: '--drum', mixTable: '--table' };
  if (!parsed.success) {
    return { code: 2, out: `${zodFields(parsed.error).map((f) => `${names[f.field] ?? f.field}: ${f.en} (${f.vi})`).join('\n')}\n${CONCRETE_HELP}` };
  }
  let e;
  try {
    e = await estimateFor(db, parsed.data);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { code: 2, out: err.fields.map((f) => `${names[f.field] ?? f.field}: ${f.en} (${f.vi})`).join('\n') || err.message };
  }
  if (values.json) return { code: 0, out: JSON.stringify(e, null, 2) };
  const d = e.dimensions;
  const lines = [
    `Bê tông ${e.mix.grade} đá ${e.mix.stone} — ${e.mix.tableName}`,
    `  (${e.mix.source})`,
    `Kích thước / size          ${vn(d.lengthM)} m × ${vn(d.widthM)} m × ${vn(d.thicknessM)} m`,
    `Khối lượng / volume        ${vn(e.volume.m3)} m³`,
    `Xi măng / cement           ${vn(e.cement.kg)} kg = ${formatInteger(e.cement.bags)} bao ${e.cement.bagKg} kg (bags)`,
    `Cát / sand                 ${vn(e.sand.m3, 4)} m³`,
    `Đá / stone                 ${vn(e.stone.m3, 4)} m³`,
    `Nước / water               ${formatInteger(e.water.litres)} l`,
    `Mẻ trộn / mixer batches    ${formatInteger(e.mixer.batches)} × ${e.mixer.drumLitres} l`,
    `Nhân công / labour         ${vn(e.labour.congDays, 1)} công (${vn(e.labour.normCongPerM3)} công/m³, định mức cần xác nhận / norm to confirm)`,
  ];
  return { code: 0, out: lines.join('\n') };
}
