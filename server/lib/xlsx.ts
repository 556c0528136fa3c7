// Reading spreadsheets as people keep them: cells may be rich text, formulas, hyperlinks or merged.
// An upload is first checked against size limits without building anything (xlsx-limits.ts), then
// read with exceljs's streaming reader (its sheets handed over last, xlsx-order.ts): rows arrive one at a time and only their cell values are
// kept (no styles, no workbook model), so memory follows the data, not the file's declared size.
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { Readable } from 'node:stream';
import { fail } from '../http/errors.js';
import { cellPosition, checkXlsxLimits, DEFAULT_XLSX_LIMITS } from './xlsx-limits.js';
import { sheetsLast } from './xlsx-order.js';

/** The text a person sees in a cell, in Unicode NFC like every JSON body (server/http/unicode.ts). */
export function cellText(value: ExcelJS.CellValue): string {
  return rawCellText(value).normalize('NFC');
}

function rawCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return rawCellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('text' in value) return String((value as { text: unknown }).text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

/** One cell of a read sheet. */
export interface SheetCell { value: ExcelJS.CellValue }
/** One row of a read sheet; columns count from 1, as in the spreadsheet. */
export interface SheetRow { getCell(column: number): SheetCell; eachCell(each: (cell: SheetCell, column: number) => void): void }
/** A sheet as the importers read it: its name, its last row number and its rows by number. */
export interface Sheet { name: string; rowCount: number; getRow(row: number): SheetRow }
export interface SheetBook { worksheets: Sheet[] }

interface Merge { top: number; left: number; bottom: number; right: number }

/**
 * The cell values of one sheet. A merged range shows its top-left value in every cell, as the
 * person sees it (a group name merged down the rows of its agencies).
 */
class ReadSheet implements Sheet {
  rowCount = 0;
  private readonly rows = new Map<number, ExcelJS.CellValue[]>();
  /** Merged ranges by each row they cover. */
  private readonly mergesByRow = new Map<number, Merge[]>();

  constructor(readonly name: string, merges: string[]) {
    for (const ref of merges) {
      const [a, b] = ref.split(':').map(cellPosition);
      if (!a || !b) continue;
      const m = { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
      for (let r = m.top; r <= m.bottom; r++) this.mergesByRow.set(r, [...(this.mergesByRow.get(r) ?? []), m]);
    }
  }

  add(row: number, values: ExcelJS.CellValue[]) {
    this.rows.set(row, values);
    this.rowCount = Math.max(this.rowCount, row);
  }

  private value(row: number, column: number): ExcelJS.CellValue {
    const own = this.rows.get(row)?.[column];
    if (own !== undefined && own !== null) return own;
    const m = this.mergesByRow.get(row)?.find((x) => column >= x.left && column <= x.right);
    return m && (m.top !== row || m.left !== column) ? this.rows.get(m.top)?.[m.left] ?? null : null;
  }

  getRow(row: number): SheetRow {
    const columns = new Set<number>();
    this.rows.get(row)?.forEach((v, c) => { if (v !== undefined && v !== null) columns.add(c); });
    for (const m of this.mergesByRow.get(row) ?? []) for (let c = m.left; c <= m.right; c++) columns.add(c);
    return {
      getCell: (column) => ({ value: this.value(row, column) }),
      eachCell: (each) => {
        for (const c of [...columns].sort((x, y) => x - y)) {
          const value = this.value(row, c);
          if (value !== null) each({ value }, c);
        }
      },
    };
  }
}

/** Time the whole reading may take, the limit check included. */
const READ_BUDGET_MS = 10_000;

/** Loads an .xlsx upload, refusing anything that is not one, or too large, with a clear error on `field`. */
export async function loadWorkbook(data: Uint8Array, field = 'file'): Promise<SheetBook> {
  const started = Date.now();
  const type = await fileTypeFromBuffer(data);
  if (!type || type.ext !== 'xlsx') {
    fail('VALIDATION', field, 'Tệp không phải bảng tính Excel (.xlsx)', 'The file is not an Excel workbook (.xlsx)');
  }
  // Rows, columns, text length, merged ranges and inflated size, before anything is built.
  const { merges } = checkXlsxLimits(data, field);
  const book: SheetBook = { worksheets: [] };
  let tooSlow = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(sheetsLast(data))]), {
      worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit',
    });
    // The reader names each sheet's part just before it hands the sheet over: its merged ranges.
    let part = '';
    (reader as unknown as NodeJS.EventEmitter).on('entry', (e: { type: string; id: string }) => { if (e.type === 'worksheet') part = `worksheets/sheet${e.id}.xml`; });
    for await (const ws of reader) {
      const sheet = new ReadSheet((ws as unknown as { name: string }).name, merges.get(part) ?? []);
      book.worksheets.push(sheet);
      for await (const row of ws) {
        if (Date.now() - started > READ_BUDGET_MS) { tooSlow = true; break; }
        const values: ExcelJS.CellValue[] = [];
        row.eachCell((cell, column) => { if (column <= DEFAULT_XLSX_LIMITS.maxColumns) values[column] = cell.value; });
        sheet.add(row.number, values);
      }
      if (tooSlow) break;
    }
  } catch {
    fail('VALIDATION', field, 'Không đọc được tệp Excel', 'The Excel file could not be read');
  }
  if (tooSlow) fail('VALIDATION', field, 'Đọc tệp Excel quá lâu, hãy chia nhỏ tệp', 'Reading the Excel file took too long: split it');
  return book;
}
