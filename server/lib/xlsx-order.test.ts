// The reader is handed the workbook with its sheets last, so exceljs reads each sheet directly and
// never takes its temporary-file path (which lost the workbook part about once in 3,000 reads).
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxOf } from '../../test/helpers/sample-files.js';
import { loadWorkbook, cellText } from './xlsx.js';
import { sheetsLast } from './xlsx-order.js';

describe('sheetsLast', () => {
  it('moves the sheets behind the shared strings and the workbook, and keeps every part unchanged', async () => {
    const data = await xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ['Phòng Tư pháp', 5]]);
    const before = unzipSync(data);
    const names = Object.keys(before);
    // exceljs writes the sheet before the shared strings and the workbook: the case that went wrong.
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/workbook.xml'));
    const after = unzipSync(sheetsLast(data));
    const order = Object.keys(after);
    expect(order.at(-1)).toBe('xl/worksheets/sheet1.xml');
    expect(order.indexOf('xl/sharedStrings.xml')).toBeLessThan(order.indexOf('xl/worksheets/sheet1.xml'));
    for (const name of names) expect(after[name]).toEqual(before[name]);
  });

  it('gives a workbook of numbers only an empty shared strings part, and it still reads', async () => {
    const parts = unzipSync(await xlsxOf([[1, 2], [3, 4]]));
    delete parts['xl/sharedStrings.xml'];
    const numbersOnly = zipSync(parts);
    expect(Object.keys(unzipSync(sheetsLast(numbersOnly)))).toContain('xl/sharedStrings.xml');
    const book = await loadWorkbook(numbersOnly);
    expect(cellText(book.worksheets[0].getRow(2).getCell(2).value)).toBe('4');
  });

  it('reads the two-row workbook that once failed, many times over, every time', async () => {
    for (let i = 0; i < 100; i++) {
      const book = await loadWorkbook(await xlsxOf([['Tên', 'Số người'], ['Phòng Tư pháp', 5]]));
      expect(cellText(book.worksheets[0].getRow(2).getCell(1).value)).toBe('Phòng Tư pháp');
    }
  });
});
