// Reads the district's list of agency groups as offices keep it: title rows and merged cells above
// the header, the header found by its words (not its row number), groups as section rows
// ("I", "NHÓM 1") with their agencies below, the lead marked "x", a "Tổng cộng" row at the end.
import type ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../../domain/text.js';
import { NAME_MAX, STAFF_COUNT_MAX } from '../../../../domain/limits.js';
import { textProblem } from '../../../http/bounds.js';
import { cellText } from '../../../lib/xlsx.js';

export interface RowError { row: number; field: string; vi: string; en: string }
export interface ParsedAgency { row: number; name: string; staffCount: number; contactName: string | null; groupName: string | null; isLead: boolean }
export interface ParsedGroup { row: number; name: string; leadName: string | null; memberNames: string[] }
export interface ParsedSheet { sheet: string; headerRow: number; agencies: ParsedAgency[]; groups: ParsedGroup[]; errors: RowError[] }

type Column = 'name' | 'staff' | 'lead' | 'contact' | 'stt';
const HEADER_WORDS: Record<Column, RegExp> = {
  name: /ten (co quan|don vi)|^co quan/,
  staff: /so (cbccvc|can bo|cb|nguoi)|bien che|cbccvc/,
  lead: /truong nhom/,
  contact: /dau moi|lien he/,
  stt: /^stt$|^tt$/,
};
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: Partial<Record<Column, number>> } | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const cols: Partial<Record<Column, number>> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const text = foldVietnamese(cellText(cell.value));
      for (const [key, re] of Object.entries(HEADER_WORDS) as Array<[Column, RegExp]>) {
        if (cols[key] === undefined && re.test(text)) cols[key] = col;
      }
    });
    if (cols.name && cols.staff) return { row: r, cols };
  }
  return null;
}

/**
 * The "Tổng cộng" / "Cộng" row that ends the list. Folded, "Cộng" reads like "Công" (Công an
 * huyện) and "Tổng" like "Tổng cục": only the whole label counts, or a name starting "Tổng cộng".
 */
function isTotalRow(folded: string): boolean {
  return /^tong cong\b/.test(folded) || /^(tong|tong so|cong|cong chung)\s*:?$/.test(folded);
}

function titleCaseGroup(text: string): string {
  // "NHÓM 1" → "Nhóm 1"; other spellings are kept as typed.
  return /^nhom\s/i.test(foldVietnamese(text)) ? `Nhóm ${text.trim().replace(/^\S+\s+/, '')}` : text.trim();
}

export function parseAgencySheet(wb: ExcelJS.Workbook): ParsedSheet {
  const errors: RowError[] = [];
  const ws = wb.worksheets.find((w) => findHeader(w)) ?? wb.worksheets[0];
  const header = ws ? findHeader(ws) : null;
  if (!ws || !header) {
    return { sheet: ws?.name ?? '', headerRow: 0, agencies: [], groups: [], errors: [{ row: 0, field: 'file',
      vi: 'Không tìm thấy dòng tiêu đề có cột "Tên cơ quan, đơn vị" và "Số CBCCVC"',
      en: 'No header row with the columns "Tên cơ quan, đơn vị" and "Số CBCCVC" was found' }] };
  }
  const { cols } = header;
  const agencies: ParsedAgency[] = [];
  const groups: ParsedGroup[] = [];
  const seen = new Map<string, number>();
  let group: ParsedGroup | null = null;

  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (c?: number) => (c ? cellText(row.getCell(c).value) : '');
    const name = get(cols.name);
    const stt = get(cols.stt);
    const staffText = get(cols.staff);
    const folded = foldVietnamese(name);
    if (!name && !stt && !staffText) continue;
    if (isTotalRow(folded)) break;
    const isSection = /^nhom\b/.test(folded) || (ROMAN.test(stt) && !staffText);
    if (isSection) {
      if (!name) { errors.push({ row: r, field: 'name', vi: 'Dòng nhóm thiếu tên nhóm', en: 'The group row has no name' }); continue; }
      group = { row: r, name: titleCaseGroup(name), leadName: null, memberNames: [] };
      if (groups.some((g) => g.name === group!.name)) errors.push({ row: r, field: 'name', vi: `Trùng tên nhóm "${group.name}"`, en: `Duplicate group "${group.name}"` });
      groups.push(group);
      continue;
    }
    if (!name) { errors.push({ row: r, field: 'name', vi: 'Thiếu tên cơ quan', en: 'The agency name is missing' }); continue; }
    // The same limits as the API's: a name of at most NAME_MAX characters, text without NUL or a lone surrogate.
    if (name.length > NAME_MAX) { errors.push({ row: r, field: 'name', vi: `Tên cơ quan dài quá ${NAME_MAX} ký tự`, en: `The agency name is longer than ${NAME_MAX} characters` }); continue; }
    const bad = textProblem(name) ?? textProblem(get(cols.contact));
    if (bad) { errors.push({ row: r, field: 'name', vi: bad.vi, en: bad.en }); continue; }
    const staff = Number(staffText.replace(/[.\s]/g, ''));
    if (staffText === '' || !Number.isInteger(staff) || staff < 0 || staff > STAFF_COUNT_MAX) {
      errors.push({ row: r, field: 'staffCount', vi: `Số CBCCVC "${staffText}" phải là số nguyên không âm`, en: `Staff count "${staffText}" must be a whole number ≥ 0` });
      continue;
    }
    const leadMark = foldVietnamese(get(cols.lead));
    if (leadMark && !['x', 'co', 'truong nhom'].includes(leadMark)) {
      errors.push({ row: r, field: 'lead', vi: `Cột "Trưởng nhóm" chỉ ghi "x", gặp "${get(cols.lead)}"`, en: `The lead column takes "x", found "${get(cols.lead)}"` });
      continue;
    }
    const isLead = leadMark !== '';
    if (isLead && !group) {
      errors.push({ row: r, field: 'lead', vi: 'Cơ quan được đánh dấu trưởng nhóm nhưng không thuộc nhóm nào', en: 'Marked as lead but not under any group' });
      continue;
    }
    if (seen.has(folded)) {
      errors.push({ row: r, field: 'name', vi: `Cơ quan "${name}" đã có ở dòng ${seen.get(folded)}`, en: `Agency "${name}" already appears on row ${seen.get(folded)}` });
      continue;
    }
    seen.set(folded, r);
    if (group) {
      if (isLead && group.leadName) {
        errors.push({ row: r, field: 'lead', vi: `${group.name} có hai trưởng nhóm`, en: `${group.name} has two leads` });
        continue;
      }
      group.memberNames.push(name);
      if (isLead) group.leadName = name;
    }
    agencies.push({ row: r, name, staffCount: staff, contactName: get(cols.contact) || null, groupName: group?.name ?? null, isLead });
  }
  for (const g of groups) {
    if (!g.memberNames.length) errors.push({ row: g.row, field: 'name', vi: `${g.name} không có cơ quan nào`, en: `${g.name} has no agencies` });
    else if (!g.leadName) errors.push({ row: g.row, field: 'lead', vi: `${g.name} chưa đánh dấu "x" cơ quan trưởng nhóm`, en: `${g.name} has no lead agency marked "x"` });
  }
  if (!agencies.length && !errors.length) errors.push({ row: header.row, field: 'file', vi: 'Tệp không có cơ quan nào', en: 'The file lists no agencies' });
  return { sheet: ws.name, headerRow: header.row, agencies, groups, errors };
}
