// Reading spreadsheets as people keep them: cells may be rich text, formulas, hyperlinks or merged.
import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { fail } from '../http/errors.js';
import { checkXlsxLimits } from './xlsx-limits.js';

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

/** Loads an .xlsx upload, refusing anything that is not one with a clear error on `field`. */
export async function loadWorkbook(data: Uint8Array, field = 'file'): Promise<ExcelJS.Workbook> {
  const type = await fileTypeFromBuffer(data);
  if (!type || type.ext !== 'xlsx') {
    fail('VALIDATION', field, 'Tệp không phải bảng tính Excel (.xlsx)', 'The file is not an Excel workbook (.xlsx)');
  }
  checkXlsxLimits(data, field); // rows, columns, text length and inflated size, before any workbook is built
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    fail('VALIDATION', field, 'Không đọc được tệp Excel', 'The Excel file could not be read');
  }
  return wb;
}
