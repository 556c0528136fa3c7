// Spreadsheet formula injection (OWASP "CSV injection"): a text cell that begins with =, +, -, @,
// a tab or a carriage return may be taken for a formula by a spreadsheet program (on opening a CSV,
// or when a person edits the cell and presses Enter), and a formula can fetch URLs or start
// programs. Such text is written with a leading apostrophe, Excel's own "this is text" mark, so it
// shows and stays text. Every XLSX the app writes goes through `formulaSafeWorkbook` (in
// workbookBuffer); the streaming writer (documents/xlsx-stream.ts) runs `formulaSafeRow` on each
// row just before it is committed to the file.
import type ExcelJS from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that no spreadsheet program treats as a formula. @example formulaSafe('=1+1') === "'=1+1" */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Any cell value, with text made formula-safe (rich text by its first run; numbers and dates unchanged). */
export function formulaSafeValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof value === 'string') return formulaSafe(value);
  if (value && typeof value === 'object' && 'richText' in value && value.richText.length) {
    const [first, ...rest] = value.richText;
    return { richText: [{ ...first, text: formulaSafe(first.text) }, ...rest] };
  }
  return value;
}

const layoutCells = new WeakSet<ExcelJS.Cell>();

/** Writes text the app itself composes (a "- Lưu: VT." recipients line), which is not a formula. */
export function setLayoutText(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  layoutCells.add(cell);
}

/** Makes every text cell of one row formula-safe, except the app's own layout text. */
export function formulaSafeRow(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (cell.type === 6 /* formula */ || layoutCells.has(cell)) return;
    const safe = formulaSafeValue(cell.value);
    if (safe !== cell.value) cell.value = safe;
  });
}

/** Makes every text cell of the workbook formula-safe, except the app's own layout text. */
export function formulaSafeWorkbook(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, formulaSafeRow));
}
