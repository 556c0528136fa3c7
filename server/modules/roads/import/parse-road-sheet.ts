// Reads roads and their segments from a workbook as communes keep them: a roads sheet (Tên tuyến,
// Xã, Thôn, Loại đường, Chiều dài, Hiện trạng, Rộng, Dày, Mác, Đá) and an optional segments sheet
// (Tên tuyến, Từ, Đến as chainage "Km0+150" or metres, Trạng thái, Ngày đổ, Ngày nghiệm thu).
// Headers are found by their words, not their row; every bad cell is reported with its row.
import { parseChainage } from '../../../../domain/chainage.js';
import { GRADES, STONE_SIZES } from '../../../../domain/concrete/index.js';
import { isIsoDate } from '../../../../domain/dates.js';
import type { RoadClass, Surface } from '../../../../domain/roads.js';
import type { SegmentStatus } from '../../../../domain/segment-status.js';
import { foldVietnamese } from '../../../../domain/text.js';
import { cellText, type Sheet, type SheetBook } from '../../../lib/xlsx.js';

export interface RowError { sheet: string; row: number; field: string; vi: string; en: string }
export interface ParsedRoad {
  row: number; name: string; commune: string | null; villages: string[]; roadClass: RoadClass; lengthM: number; surfaceBefore: Surface;
  widthM: number; thicknessM: number; grade: string; stone: string; note: string | null;
}
export interface ParsedSegment { row: number; road: string; fromMm: number; toMm: number; status: SegmentStatus; pouredOn: string | null; acceptedOn: string | null; note: string | null }
export interface ParsedRoadSheet { roadSheet: string; segmentSheet: string; roads: ParsedRoad[]; segments: ParsedSegment[]; errors: RowError[] }

type Matchers<K extends string> = Record<K, RegExp>;
const ROAD_COLS: Matchers<'name' | 'commune' | 'villages' | 'roadClass' | 'length' | 'surface' | 'width' | 'thickness' | 'grade' | 'stone' | 'note'> = {
  name: /ten (tuyen|duong)/, commune: /^xa\b|^xa,|xa, thi tran|^don vi/, villages: /^thon|ban\b/, roadClass: /loai (duong|tuyen)|cap duong|phan loai/,
  length: /chieu dai|^dai\b/, surface: /hien trang|mat duong truoc/, width: /rong/, thickness: /^(chieu )?day\b/, grade: /^mac/, stone: /^(co |loai )?da\b/, note: /ghi chu/,
};
const SEGMENT_COLS: Matchers<'road' | 'from' | 'to' | 'status' | 'poured' | 'accepted' | 'note'> = {
  road: /ten (tuyen|duong)|^tuyen/, from: /^tu\b|diem dau|ly trinh dau/, to: /^den\b|diem cuoi|ly trinh cuoi/, status: /trang thai/,
  poured: /ngay do/, accepted: /ngay nghiem thu/, note: /ghi chu/,
};

function findHeader<K extends string>(ws: Sheet, m: Matchers<K>, need: NoInfer<K>[]) {
  for (let r = 1; r <= Math.min(ws.rowCount, 30); r++) {
    const cols: Partial<Record<K, { col: number; text: string }>> = {};
    ws.getRow(r).eachCell((cell, col) => {
      const text = foldVietnamese(cellText(cell.value));
      for (const [key, re] of Object.entries(m) as Array<[K, RegExp]>) if (!cols[key] && re.test(text)) { cols[key] = { col, text }; break; }
    });
    if (need.every((k) => cols[k])) return { row: r, cols };
  }
  return null;
}

export function roadClassOf(text: string): RoadClass | null {
  const t = foldVietnamese(text);
  if (!t) return null;
  if (/noi dong|field/.test(t)) return 'field';
  if (/ngo|xom|alley/.test(t)) return 'alley';
  if (/thon|ban|village/.test(t)) return 'village';
  if (/xa|huyen|commune/.test(t)) return 'commune';
  return null;
}

export function surfaceOf(text: string): Surface | null {
  const t = foldVietnamese(text);
  if (/cung hoa|be tong|nhua|hardened/.test(t)) return 'hardened';
  if (/cap phoi|soi|gravel/.test(t)) return 'gravel';
  if (/^dat|earth/.test(t)) return 'earth';
  return null;
}

export function statusOf(text: string): SegmentStatus | null {
  const t = foldVietnamese(text);
  if (!t || /ke hoach|planned/.test(t)) return 'planned';
  if (/nghiem thu|accepted/.test(t)) return 'accepted';
  if (/da do|poured/.test(t)) return 'poured';
  if (/dang (thi cong|lam)|in.progress/.test(t)) return 'in_progress';
  if (/san sang|ready/.test(t)) return 'ready';
  return null;
}

/** A number as typed in Vietnamese sheets: "3,5" and "1.200" (thousands) both read right. */
export function numberOf(text: string): number | null {
  const t = text.replace(/\s|m$/gi, '');
  if (!t) return null;
  const normal = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, '') : t.replace(',', '.');
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

function dateOf(text: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : (() => { const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text); return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : ''; })();
  return isIsoDate(iso) ? iso : null;
}

export function parseRoadSheet(wb: SheetBook): ParsedRoadSheet {
  const errors: RowError[] = [];
  const roads: ParsedRoad[] = [];
  const segments: ParsedSegment[] = [];
  const roadSheet = wb.worksheets.map((ws) => ({ ws, h: findHeader(ws, ROAD_COLS, ['name', 'roadClass', 'length', 'width', 'thickness']) })).find((x) => x.h);
  const segSheet = wb.worksheets.map((ws) => ({ ws, h: findHeader(ws, SEGMENT_COLS, ['road', 'from', 'to']) })).find((x) => x.h && x.ws !== roadSheet?.ws);
  if (!roadSheet && !segSheet) {
    return { roadSheet: '', segmentSheet: '', roads, segments, errors: [{ sheet: '', row: 0, field: 'file', vi: 'Không tìm thấy bảng tuyến đường (cột "Tên tuyến", "Loại đường", "Chiều dài", "Rộng", "Dày") hay bảng đoạn ("Tên tuyến", "Từ", "Đến")',
      en: 'No roads table (columns "Tên tuyến", "Loại đường", "Chiều dài", "Rộng", "Dày") or segments table ("Tên tuyến", "Từ", "Đến") was found' }] };
  }
  if (roadSheet) {
    const { ws, h } = roadSheet;
    const { cols } = h!;
    const thicknessInCm = /\bcm\b/.test(cols.thickness!.text);
    const seen = new Map<string, number>();
    for (let r = h!.row + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const get = (k: keyof typeof ROAD_COLS) => (cols[k] ? cellText(row.getCell(cols[k]!.col).value) : '');
      const name = get('name');
      if (!name && !get('length')) continue;
      if (/^tong( cong)?\b|^cong\b/.test(foldVietnamese(name))) break;
      const err = (field: string, vi: string, en: string) => errors.push({ sheet: ws.name, row: r, field, vi, en });
      const before = errors.length;
      if (!name) err('name', 'Thiếu tên tuyến', 'The road name is missing');
      const roadClass = roadClassOf(get('roadClass'));
      if (!roadClass) err('roadClass', `Loại đường "${get('roadClass')}" không rõ (đường xã, đường thôn, ngõ xóm, nội đồng)`, `Unknown road class "${get('roadClass')}" (commune, village, alley, field)`);
      const lengthM = numberOf(get('length'));
      if (!lengthM || lengthM <= 0) err('lengthM', `Chiều dài "${get('length')}" phải là số mét lớn hơn 0`, `Length "${get('length')}" must be metres above 0`);
      const widthM = numberOf(get('width'));
      if (!widthM || widthM <= 0 || widthM > 20) err('widthM', `Chiều rộng "${get('width')}" phải từ 0 đến 20 m`, `Width "${get('width')}" must be between 0 and 20 m`);
      const rawThickness = numberOf(get('thickness'));
      const thicknessM = rawThickness === null ? null : thicknessInCm || rawThickness >= 1 ? rawThickness / 100 : rawThickness;
      if (!thicknessM || thicknessM <= 0 || thicknessM > 1) err('thicknessM', `Chiều dày "${get('thickness')}" không hợp lệ`, `Thickness "${get('thickness')}" is not valid`);
      const surface = get('surface') ? surfaceOf(get('surface')) : 'earth';
      if (!surface) err('surfaceBefore', `Hiện trạng "${get('surface')}" không rõ (đất, cấp phối, đã cứng hóa)`, `Unknown surface "${get('surface')}" (earth, gravel, hardened)`);
      const grade = (get('grade') || 'M250').toUpperCase().replace(/\s/g, '');
      if (!(GRADES as readonly string[]).includes(grade)) err('grade', `Mác bê tông "${get('grade')}" không có (${GRADES.join(', ')})`, `Unknown grade "${get('grade')}" (${GRADES.join(', ')})`);
      const stone = (get('stone') || '1x2').toLowerCase().replace(/[×*]/g, 'x').replace(/\s/g, '');
      if (!(STONE_SIZES as readonly string[]).includes(stone)) err('stone', `Cỡ đá "${get('stone')}" không có (${STONE_SIZES.join(', ')})`, `Unknown stone size "${get('stone')}" (${STONE_SIZES.join(', ')})`);
      const key = `${foldVietnamese(get('commune'))}|${foldVietnamese(name)}`;
      if (name && seen.has(key)) err('name', `Tuyến "${name}" đã có ở dòng ${seen.get(key)}`, `Road "${name}" already appears on row ${seen.get(key)}`);
      if (errors.length > before) continue;
      seen.set(key, r);
      roads.push({
        row: r, name, commune: get('commune') || null, villages: get('villages').split(/[,;\n]/).map((v) => v.trim()).filter(Boolean),
        roadClass: roadClass!, lengthM: lengthM!, surfaceBefore: surface!, widthM: widthM!, thicknessM: thicknessM!, grade, stone, note: get('note') || null,
      });
    }
  }
  if (segSheet) {
    const { ws, h } = segSheet;
    const { cols } = h!;
    for (let r = h!.row + 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const get = (k: keyof typeof SEGMENT_COLS) => (cols[k] ? cellText(row.getCell(cols[k]!.col).value) : '');
      if (!get('road') && !get('from') && !get('to')) continue;
      const err = (field: string, vi: string, en: string) => errors.push({ sheet: ws.name, row: r, field, vi, en });
      const before = errors.length;
      if (!get('road')) err('road', 'Thiếu tên tuyến', 'The road name is missing');
      const fromMm = parseChainage(get('from'));
      const toMm = parseChainage(get('to'));
      if (fromMm === null) err('fromM', `Lý trình "${get('from')}" không hợp lệ (ví dụ Km0+150)`, `Chainage "${get('from')}" is not valid (e.g. Km0+150)`);
      if (toMm === null) err('toM', `Lý trình "${get('to')}" không hợp lệ (ví dụ Km0+300)`, `Chainage "${get('to')}" is not valid (e.g. Km0+300)`);
      if (fromMm !== null && toMm !== null && toMm <= fromMm) err('toM', 'Điểm cuối phải sau điểm đầu', 'The end must be after the start');
      const status = statusOf(get('status'));
      if (!status) err('status', `Trạng thái "${get('status')}" không rõ`, `Unknown status "${get('status')}"`);
      const pouredOn = get('poured') ? dateOf(get('poured')) : null;
      if (get('poured') && !pouredOn) err('pouredOn', `Ngày "${get('poured')}" không hợp lệ`, `Date "${get('poured')}" is not valid`);
      const acceptedOn = get('accepted') ? dateOf(get('accepted')) : null;
      if (get('accepted') && !acceptedOn) err('acceptedOn', `Ngày "${get('accepted')}" không hợp lệ`, `Date "${get('accepted')}" is not valid`);
      if (status === 'accepted' && !acceptedOn && !get('accepted')) err('acceptedOn', 'Đoạn đã nghiệm thu cần ngày nghiệm thu', 'An accepted segment needs its acceptance date');
      if (errors.length > before) continue;
      segments.push({ row: r, road: get('road'), fromMm: fromMm!, toMm: toMm!, status: status!, pouredOn, acceptedOn, note: get('note') || null });
    }
  }
  if (!roads.length && !segments.length && !errors.length) errors.push({ sheet: '', row: 0, field: 'file', vi: 'Tệp không có tuyến hay đoạn nào', en: 'The file lists no roads or segments' });
  return { roadSheet: roadSheet?.ws.name ?? '', segmentSheet: segSheet?.ws.name ?? '', roads, segments, errors };
}
