// Every figure of the built-in mix tables checked against the text it comes from
// (mix-tables.source.md, DOMAIN.md §2 as received): each loaded row appears in the text with the
// same four figures, each row of the text is loaded, and every grade and stone size the app offers
// is, for each official table, either loaded or flagged "not confirmed" (never both, never silently
// missing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MIX_TABLES, DM1776_2007, findMixRow, GRADES, isUnconfirmedRow, STONE_SIZES, tablesWithRow, TT10_2019_PCB30, TT10_2019_PCB40, type MixRow } from './index.js';

const text = readFileSync(new URL('./mix-tables.source.md', import.meta.url), 'utf8');

/** A decimal as printed ("0.5412") in whole units of 10^-scale, without floating point. */
function units(printed: string, scale: number): number {
  const [whole, frac = ''] = printed.split('.');
  return Number(whole) * 10 ** scale + Number((frac + '0'.repeat(scale)).slice(0, scale));
}
function row(grade: string, stone: string, cement: string, sand: string, stoneM3: string, water: string): MixRow {
  return { grade, stone, cementG: units(cement, 3), sandCm3: units(sand, 6), stoneCm3: units(stoneM3, 6), waterMl: units(water, 3) } as MixRow;
}

// The TT 10/2019 PCB40 table as the text prints it: "| M200 | 1x2 | 265.475 | 0.5412 | 0.893 | 187.575 |".
const tt10Text = [...text.matchAll(/^\| (M\d{3}) \| (\dx\d) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm)]
  .map((m) => row(m[1], m[2], m[3], m[4], m[5], m[6]));
// The 1776/2007 rows, stone 1x2, in one sentence: "M150 233 kg / 0.510 / 0.903 / 185; M200 281 / …".
const older = text.slice(text.indexOf('Định mức 1776/BXD-VP')).replace(/\s+/g, ' ');
const dm1776Text = [...older.matchAll(/(M\d{3}) (\d+)(?: kg)? \/ ([\d.]+) \/ ([\d.]+) \/ (\d+)/g)]
  .map((m) => row(m[1], '1x2', m[2], m[3], m[4], m[5]));

describe('mix tables against the text of their source', () => {
  it('the text was read: six TT 10/2019 rows and four 1776/2007 rows', () => {
    expect(tt10Text).toHaveLength(6);
    expect(dm1776Text.map((r) => r.grade)).toEqual(['M150', 'M200', 'M250', 'M300']);
    expect(text).toContain('Thông tư 10/2019/TT-BXD, PCB40 cement');
  });

  it.each([
    ['tt10-2019-pcb40', TT10_2019_PCB40, tt10Text],
    ['dm1776-2007', DM1776_2007, dm1776Text],
  ] as const)('%s: exactly the rows of the text, each figure equal', (_code, table, printed) => {
    expect([...table.rows].sort(byKey)).toEqual([...printed].sort(byKey));
  });

  it('the PCB30 part could not be confirmed: no figures, every grade and stone flagged', () => {
    expect(TT10_2019_PCB30.rows).toEqual([]);
    expect(TT10_2019_PCB30.cementType).toBe('PCB30');
    expect(text).not.toMatch(/PCB30[^\n]*\|/); // no PCB30 figure anywhere in the text
  });

  it.each(BUILT_IN_MIX_TABLES.map((t) => [t.code, t] as const))('%s: each grade and stone is loaded or flagged, never both', (_code, table) => {
    for (const grade of GRADES) {
      for (const stone of STONE_SIZES) {
        const loaded = !!findMixRow(table, grade, stone);
        expect({ grade, stone, loaded, flagged: isUnconfirmedRow(table, grade, stone) }).toEqual({ grade, stone, loaded, flagged: !loaded });
      }
    }
    for (const u of table.unconfirmed ?? []) expect(u.reason).toMatch(/Chưa đối chiếu/);
  });

  it('every grade the app offers has a confirmed row with stone 1x2 in some table', () => {
    expect(GRADES.map((g) => [g, tablesWithRow(BUILT_IN_MIX_TABLES, g, '1x2').map((t) => t.code)])).toEqual([
      ['M150', ['dm1776-2007']],
      ['M200', ['tt10-2019-pcb40', 'dm1776-2007']],
      ['M250', ['tt10-2019-pcb40', 'dm1776-2007']],
      ['M300', ['dm1776-2007']],
    ]);
  });
});

function byKey(a: MixRow, b: MixRow) {
  return `${a.grade}${a.stone}`.localeCompare(`${b.grade}${b.stone}`);
}
