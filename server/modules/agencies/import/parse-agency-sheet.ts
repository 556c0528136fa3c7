// Reads the district's list of agency groups as offices keep it: title rows and merged cells above
// the header, the header found by its words (not its row number), groups as section rows
// ("I", "NHÓM 1") with their agencies below, or as a "Nhóm" column on every row (or both), the
// lead marked "x", staff counts written with thousands dots ("1.250"), a "Tổng cộng" row at the end.
// Every row read is kept with what it is (group, agency, total), so the preview shows the file as
// the office wrote it, each problem on its own row.
import { foldVietnamese } from '../../../../domain/text.js';
import { NAME_MAX, STAFF_COUNT_MAX } from '../../../../domain/limits.js';
import { textProblem } from '../../../http/bounds.js';
import { cellText, type Sheet, type SheetBook } from '../../../lib/xlsx.js';

export interface RowError { row: number; field: string; vi: string; en: string }
export interface ParsedAgency { row: number; name: string; staffCount: number; contactName: string | null; groupName: string | null; isLead: boolean }
export interface ParsedGroup { row: number; name: string; leadName: string | null; memberNames: string[] }
/** What a row of the file is: a group heading, an agency, the total row, or a row after the total. */
export type RowKind = 'group' | 'agency' | 'total' | 'after_total';
/** One row as the file wrote it. */
export interface SheetLine { row: number; kind: RowKind; name: string; staff: string; group: string | null; isLead: boolean }
export interface ParsedSheet { sheet: string; headerRow: number; lines: SheetLine[]; agencies: ParsedAgency[]; groups: ParsedGroup[]; errors: RowError[] }

type Column = 'name' | 'staff' | 'lead' | 'contact' | 'stt' | 'group';
const HEADER_WORDS: Record<Column, RegExp> = {
  name: /ten (co quan|don vi)|^co quan/,
  staff: /so (cbccvc|can bo|cb|nguoi)|bien che|cbccvc/,
  lead: /truong nhom/,
  contact: /dau moi|lien he/,
  stt: /^stt$|^tt$/,
  // "Nhóm", "Thuộc nhóm", "Tên nhóm", "Nhóm số" — not "Trưởng nhóm".
  group: /^(thuoc |ten )?nhom( so)?$/,
};
const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function findHeader(ws: Sheet): { row: number; cols: Partial<Record<Column, number>> } | null {
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

/** "NHÓM 1", "nhóm 1" and "1" → "Nhóm 1"; other spellings are kept as typed. */
function groupName(text: string): string {
  const t = text.trim();
  if (/^\d+$/.test(t)) return `Nhóm ${Number(t)}`;
  return /^nhom\s/i.test(foldVietnamese(t)) ? `Nhóm ${t.replace(/^\S+\s+/, '')}` : t;
}

/**
 * A staff count as offices write it: 1250, "1250", "1.250" or "1 250" (thousands grouped by a dot
 * or a space, as Vietnamese writes them). A comma or a dot not grouping thousands ("12.5") is not
 * a whole number of people. Returns the number, or why not.
 */
export function readStaffCount(text: string): { value: number } | { vi: string; en: string } {
  const t = text.trim();
  const digits = /^-?\d{1,3}([. \u00a0]\d{3})+$/.test(t) ? t.replace(/[. \u00a0]/g, '') : t;
  if (t === '') return { vi: 'Thiếu số CBCCVC', en: 'The staff count is missing' };
  if (!/^-?\d+$/.test(digits)) return { vi: `Số CBCCVC "${t}" phải là số nguyên`, en: `Staff count "${t}" must be a whole number` };
  const n = Number(digits);
  if (n < 0) return { vi: `Số CBCCVC "${t}" là số âm`, en: `Staff count "${t}" is negative` };
  if (n > STAFF_COUNT_MAX) return { vi: `Số CBCCVC "${t}" lớn hơn ${STAFF_COUNT_MAX}`, en: `Staff count "${t}" is more than ${STAFF_COUNT_MAX}` };
  return { value: n };
}

export function parseAgencySheet(wb: SheetBook): ParsedSheet {
  const errors: RowError[] = [];
  const lines: SheetLine[] = [];
  const ws = wb.worksheets.find((w) => findHeader(w)) ?? wb.worksheets[0];
  const header = ws ? findHeader(ws) : null;
  if (!ws || !header) {
    return { sheet: ws?.name ?? '', headerRow: 0, lines, agencies: [], groups: [], errors: [{ row: 0, field: 'file',
      vi: 'Không tìm thấy dòng tiêu đề có cột "Tên cơ quan, đơn vị" và "Số CBCCVC"',
      en: 'No header row with the columns "Tên cơ quan, đơn vị" and "Số CBCCVC" was found' }] };
  }
  const { cols } = header;
  const agencies: ParsedAgency[] = [];
  const groups = new Map<string, ParsedGroup>();
  /** Each agency's first row and group, by its folded name. */
  const seen = new Map<string, { row: number; group: string | null }>();
  /** The group of the heading row above (section rows), if any. */
  let heading: ParsedGroup | null = null;
  let total: { row: number; staff: string } | null = null;
  const problem = (row: number, field: string, vi: string, en: string) => errors.push({ row, field, vi, en });

  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const get = (c?: number) => (c ? cellText(row.getCell(c).value) : '');
    const name = get(cols.name);
    const stt = get(cols.stt);
    const staffText = get(cols.staff);
    const groupText = get(cols.group);
    const folded = foldVietnamese(name);
    if (!name && !stt && !staffText && !groupText) continue;
    const line: SheetLine = { row: r, kind: 'agency', name, staff: staffText, group: null, isLead: false };
    lines.push(line);
    if (total) { line.kind = 'after_total'; continue; }
    // The label may sit in any column before the figures (STT, the name, or the group column).
    if ([name, stt, groupText].some((text) => isTotalRow(foldVietnamese(text)))) {
      line.kind = 'total';
      total = { row: r, staff: staffText };
      continue;
    }
    const isSection = /^nhom\b/.test(folded) || (ROMAN.test(stt) && !staffText);
    if (isSection) {
      line.kind = 'group';
      if (!name) { problem(r, 'name', 'Dòng nhóm thiếu tên nhóm', 'The group row has no name'); continue; }
      line.group = groupName(name);
      if (groups.has(line.group)) problem(r, 'name', `Trùng tên nhóm "${line.group}" (đã có ở dòng ${groups.get(line.group)!.row})`, `Duplicate group "${line.group}" (already on row ${groups.get(line.group)!.row})`);
      heading = { row: r, name: line.group, leadName: null, memberNames: [] };
      groups.set(heading.name, heading);
      continue;
    }
    // The group column, where the file has one, names the row's group; a heading above must agree.
    // Every problem of the row is named, not only the first.
    const rowProblems: RowError[] = [];
    const say = (field: string, vi: string, en: string) => rowProblems.push({ row: r, field, vi, en });
    const columnGroup = groupText ? groupName(groupText) : null;
    line.group = columnGroup ?? heading?.name ?? null;
    if (columnGroup && heading && columnGroup !== heading.name) {
      say('group', `Cột "Nhóm" ghi "${columnGroup}" nhưng dòng nằm dưới "${heading.name}" (dòng ${heading.row})`,
        `The group column says "${columnGroup}" but the row is under "${heading.name}" (row ${heading.row})`);
    }
    // The same limits as the API's: a name of at most NAME_MAX characters, text without NUL or a lone surrogate.
    const bad = textProblem(name) ?? textProblem(get(cols.contact)) ?? textProblem(groupText);
    if (!name) say('name', 'Thiếu tên cơ quan', 'The agency name is missing');
    else if (name.length > NAME_MAX) say('name', `Tên cơ quan dài quá ${NAME_MAX} ký tự`, `The agency name is longer than ${NAME_MAX} characters`);
    else if (bad) say('name', bad.vi, bad.en);
    const staff = readStaffCount(staffText);
    if (!('value' in staff)) say('staffCount', staff.vi, staff.en);
    const leadMark = foldVietnamese(get(cols.lead));
    line.isLead = leadMark !== '';
    if (leadMark && !['x', 'co', 'truong nhom'].includes(leadMark)) {
      say('lead', `Cột "Trưởng nhóm" chỉ ghi "x", gặp "${get(cols.lead)}"`, `The lead column takes "x", found "${get(cols.lead)}"`);
    } else if (line.isLead && !line.group) {
      say('lead', 'Cơ quan được đánh dấu trưởng nhóm nhưng không thuộc nhóm nào', 'Marked as lead but not under any group');
    }
    const first = name ? seen.get(folded) : undefined;
    if (first && first.group !== line.group && first.group && line.group) {
      say('group', `Cơ quan "${name}" có trong hai nhóm: ${first.group} (dòng ${first.row}) và ${line.group}`,
        `Agency "${name}" is listed in two groups: ${first.group} (row ${first.row}) and ${line.group}`);
    } else if (first) {
      say('name', `Cơ quan "${name}" đã có ở dòng ${first.row}`, `Agency "${name}" already appears on row ${first.row}`);
    }
    if (name && !first) seen.set(folded, { row: r, group: line.group });
    if (rowProblems.length || !('value' in staff)) { errors.push(...rowProblems); continue; }
    const isLead = line.isLead;
    if (line.group) {
      // A group named only in the column starts at its first row.
      const group = groups.get(line.group) ?? groups.set(line.group, { row: r, name: line.group, leadName: null, memberNames: [] }).get(line.group)!;
      if (isLead && group.leadName) {
        problem(r, 'lead', `${group.name} có hai trưởng nhóm`, `${group.name} has two leads`);
        continue;
      }
      group.memberNames.push(name);
      if (isLead) group.leadName = name;
    }
    agencies.push({ row: r, name, staffCount: staff.value, contactName: get(cols.contact) || null, groupName: line.group, isLead });
  }
  for (const g of groups.values()) {
    if (!g.memberNames.length) problem(g.row, 'name', `${g.name} không có cơ quan nào`, `${g.name} has no agencies`);
    else if (!g.leadName) problem(g.row, 'lead', `${g.name} chưa đánh dấu "x" cơ quan trưởng nhóm`, `${g.name} has no lead agency marked "x"`);
  }
  if (total) checkTotal(total, agencies, errors);
  if (!agencies.length && !errors.length) problem(header.row, 'file', 'Tệp không có cơ quan nào', 'The file lists no agencies');
  return { sheet: ws.name, headerRow: header.row, lines, agencies, groups: [...groups.values()], errors };
}

/**
 * The total row is not an agency; its staff figure, when every row above was read, must be their
 * sum, or the list lost or doubled a row somewhere.
 */
function checkTotal(total: { row: number; staff: string }, agencies: ParsedAgency[], errors: RowError[]) {
  if (!total.staff || errors.some((e) => e.row < total.row && e.field === 'staffCount')) return;
  const stated = readStaffCount(total.staff);
  const sum = agencies.reduce((s, a) => s + a.staffCount, 0);
  if (!('value' in stated)) {
    errors.push({ row: total.row, field: 'staffCount', vi: `Dòng tổng cộng: ${stated.vi}`, en: `Total row: ${stated.en}` });
  } else if (stated.value !== sum) {
    errors.push({ row: total.row, field: 'staffCount', vi: `Dòng tổng cộng ghi ${stated.value} CBCCVC nhưng các dòng trên cộng lại được ${sum}`,
      en: `The total row says ${stated.value} staff but the rows above add up to ${sum}` });
  }
}
