// XLSX in the official layout: the same header as the PDF (issuer and number left, motto or Party
// name right, place and date, title and summary) above ruled tables, in Times New Roman.
import ExcelJS from 'exceljs';
import { formulaSafe, formulaSafeWorkbook, setLayoutText } from '../formula-safe.js';
import { numberLine, placeDateLine, recipientLines, signerTitleLines, upper, type DocumentMeta } from './official.js';

const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' },
};
/** Whole đồng with thousands grouped; Excel shows the separator of the reader's locale. */
export const VND_FORMAT = '#,##0';

export interface SheetColumn { header: string; width: number; money?: boolean; numFmt?: string }

function put(ws: ExcelJS.Worksheet, row: number, from: number, to: number, value: string, font: Partial<ExcelJS.Font>) {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = value;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Writes the official header over `columns` columns; returns the next free row. */
export function writeOfficialHeader(ws: ExcelJS.Worksheet, meta: DocumentMeta, columns: number): number {
  const split = Math.max(1, Math.floor(columns * 0.4));
  let r = 1;
  if (meta.issuerParent) put(ws, r++, 1, split, upper(meta.issuerParent), {});
  put(ws, r, 1, split, upper(meta.issuer), { bold: true });
  const motto = meta.header === 'party' ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  put(ws, meta.issuerParent ? 1 : r, split + 1, columns, motto, { bold: true, underline: meta.header === 'party' });
  if (meta.header === 'state') put(ws, meta.issuerParent ? 2 : r + 1, split + 1, columns, 'Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true });
  r = Math.max(r + 1, 3);
  put(ws, r, 1, split, numberLine(meta.header, meta.number, meta.symbol) ?? '', {});
  put(ws, r, split + 1, columns, placeDateLine(meta.place, meta.date), { italic: true });
  r += 2;
  put(ws, r++, 1, columns, upper(meta.type), { bold: true, size: 14 });
  if (meta.summary) { put(ws, r, 1, columns, meta.summary, { bold: true, size: 13 }); ws.getRow(r).height = 34; r++; }
  return r + 1;
}

/** Writes a ruled table at `startRow`; a caption row first when given. Returns the next free row. */
export function writeTable(ws: ExcelJS.Worksheet, startRow: number, columns: SheetColumn[], rows: Array<Array<string | number | null>>, caption?: string): number {
  let r = startRow;
  if (caption) {
    const c = ws.getCell(r++, 1);
    c.value = caption;
    c.font = { name: FONT, size: 12, bold: true };
  }
  columns.forEach((col, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = col.header;
    c.font = { name: FONT, size: 12, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = THIN;
    const wc = ws.getColumn(i + 1);
    wc.width = Math.max(wc.width ?? 0, col.width);
  });
  r++;
  for (const row of rows) writeTableRow(ws, r++, columns, row);
  return r + 1;
}

/** The header row of a ruled table (and its caption row above when given); returns the first data row. */
export function writeTableHeader(ws: ExcelJS.Worksheet, startRow: number, columns: SheetColumn[], caption?: string): number {
  return writeTable(ws, startRow, columns, [], caption) - 1;
}

/** One ruled data row of a table. */
export function writeTableRow(ws: ExcelJS.Worksheet, r: number, columns: SheetColumn[], row: Array<string | number | null>): void {
  row.forEach((v, i) => {
    const c = ws.getCell(r, i + 1);
    c.value = v;
    c.font = { name: FONT, size: 12 };
    c.border = THIN;
    c.alignment = { vertical: 'middle', wrapText: true, horizontal: typeof v === 'number' ? 'right' : 'left' };
    if (columns[i]?.money) c.numFmt = VND_FORMAT;
    else if (columns[i]?.numFmt) c.numFmt = columns[i].numFmt!;
  });
}

/** Signer (right) and recipients (left) under the tables. */
export function writeClosing(ws: ExcelJS.Worksheet, startRow: number, meta: DocumentMeta, columns: number): number {
  const split = Math.max(1, Math.floor(columns * 0.45));
  let r = startRow;
  if (meta.signer) {
    if (meta.signer.authority) put(ws, r++, split + 1, columns, upper(meta.signer.authority), { bold: true });
    put(ws, r, split + 1, columns, signerTitleLines(meta.signer.title).join(' - '), { bold: true });
    put(ws, r + 4, split + 1, columns, meta.signer.name, { bold: true });
  }
  let left = startRow;
  if (meta.recipients?.length) {
    const c = ws.getCell(left++, 1);
    c.value = 'Nơi nhận:';
    c.font = { name: FONT, size: 12, bold: true, italic: true };
    for (const rcp of recipientLines(meta.recipients)) {
      const rc = ws.getCell(left++, 1);
      setLayoutText(rc, formulaSafe(rcp));
      rc.font = { name: FONT, size: 11 };
    }
  }
  return Math.max(r + 6, left + 1);
}

/** A new A4 portrait worksheet with the decree's margins (inches, as Excel stores them). */
export function officialWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  return wb.addWorksheet(name.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 } },
  });
}

/** The workbook's bytes, every text cell made formula-safe first (formula-safe.ts). */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  formulaSafeWorkbook(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
