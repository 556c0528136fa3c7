// Reads a list of contributions as offices keep it in Excel: title rows above the header, the
// header found by its words, one contribution per row (a name for an official, none for an
// agency's collective contribution), a "Tổng cộng" row at the end. Every bad row is reported.
import type ExcelJS from 'exceljs';
import { isIsoDate } from '../../../../domain/dates.js';
import { isValidAmount } from '../../../../domain/money.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { cellText, type Sheet, type SheetBook } from '../../../lib/xlsx.js';

export interface RowError { row: number; field: string; vi: string; en: string }
export interface ParsedContribution {
  row: number; name: string | null; agencyName: string; amount: number; date: string; receiptNo: string;
  collectedBy: string | null; consent: boolean;
}
export interface ParsedContributions { sheet: string; headerRow: number; rows: ParsedContribution[]; errors: RowError[] }

type Column = 'name' | 'agency' | 'amount' | 'date' | 'receipt' | 'collector' | 'consent';
const HEADER_WORDS: Record<Column, RegExp> = {
  name: /ho (va )?ten|nguoi dong gop/,
  agency: /co quan|don vi/,
  amount: /so tien|thanh tien/,
  date: /^ngay|ngay (nop|dong|thu)/,
  receipt: /bien lai|so phieu|chung tu/,
  collector: /nguoi thu/,
  consent: /cong khai|dong y/,
};

function findHeader(ws: Sheet) {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const cols: Partial<Record<Column, number>> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const text = foldVietnamese(cellText(cell.value));
      for (const [key, re] of Object.entries(HEADER_WORDS) as Array<[Column, RegExp]>) {
        if (cols[key] === undefined && re.test(text)) { cols[key] = col; break; }
      }
    });
    if (cols.agency && cols.amount && cols.receipt) return { row: r, cols };
  }
  return null;
}

/** "1.500.000", "1 500 000 đ", 1500000 → 1500000; anything else → NaN. */
export function parseVnd(text: string): number {
  const t = text.replace(/\s|đ|₫|vnd|vnđ/gi, '');
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(t)) return Number.NaN;
  return Number(t.replace(/[.,]/g, ''));
}

/** A date cell or "dd/mm/yyyy" → YYYY-MM-DD; otherwise null. */
export function parseDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const t = cellText(value);
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

export function parseContributionSheet(wb: SheetBook): ParsedContributions {
  const ws = wb.worksheets.find((w) => findHeader(w)) ?? wb.worksheets[0];
  const header = ws ? findHeader(ws) : null;
  if (!ws || !header) {
    return { sheet: ws?.name ?? '', headerRow: 0, rows: [], errors: [{ row: 0, field: 'file',
      vi: 'Không tìm thấy dòng tiêu đề có các cột "Cơ quan, đơn vị", "Số tiền" và "Số biên lai"',
      en: 'No header row with the columns "Cơ quan, đơn vị", "Số tiền" and "Số biên lai" was found' }] };
  }
  const { cols } = header;
  const rows: ParsedContribution[] = [];
  const errors: RowError[] = [];
  const receipts = new Map<string, number>();
  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (c?: number) => (c ? cellText(row.getCell(c).value) : '');
    const agencyName = get(cols.agency);
    const name = get(cols.name);
    const amountText = get(cols.amount);
    if (!agencyName && !name && !amountText) continue;
    if (/^tong( cong)?\b|^cong\b/.test(foldVietnamese(name || agencyName))) break;
    const bad = (field: string, vi: string, en: string) => errors.push({ row: r, field, vi, en });
    const before = errors.length;
    if (!agencyName) bad('agency', 'Thiếu tên cơ quan, đơn vị', 'The agency is missing');
    const amount = parseVnd(amountText);
    if (!isValidAmount(amount)) bad('amount', `Số tiền "${amountText}" phải là số đồng nguyên dương`, `Amount "${amountText}" must be a whole positive number of đồng`);
    const date = cols.date ? parseDate(row.getCell(cols.date).value) : null;
    if (!date) bad('date', `Ngày "${get(cols.date)}" không hợp lệ (dd/mm/yyyy)`, `Date "${get(cols.date)}" is not valid (dd/mm/yyyy)`);
    const receiptNo = get(cols.receipt);
    if (!receiptNo) bad('receiptNo', 'Thiếu số biên lai', 'The receipt number is missing');
    else if (receipts.has(receiptNo.toLowerCase())) bad('receiptNo', `Số biên lai "${receiptNo}" trùng với dòng ${receipts.get(receiptNo.toLowerCase())}`, `Receipt "${receiptNo}" repeats row ${receipts.get(receiptNo.toLowerCase())}`);
    else receipts.set(receiptNo.toLowerCase(), r);
    if (errors.length > before) continue;
    const consent = ['x', 'co', 'dong y'].includes(foldVietnamese(get(cols.consent)));
    rows.push({ row: r, name: name || null, agencyName, amount, date: date!, receiptNo, collectedBy: get(cols.collector) || null, consent });
  }
  if (!rows.length && !errors.length) errors.push({ row: header.row, field: 'file', vi: 'Tệp không có khoản đóng góp nào', en: 'The file lists no contributions' });
  return { sheet: ws.name, headerRow: header.row, rows, errors };
}
