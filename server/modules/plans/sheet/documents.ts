// The plan sheet of a day in the official format (Nghị định 30/2020/NĐ-CP): a PDF to print and an
// XLSX to pass around, issued by the coordination office (or the Party committee: the issuer setting). Part I by commune (with the materials to
// stage), part II by group, part III the go/no-go items still red.
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { dayOfWeek } from '../../../../domain/dates.js';
import { formatDate, formatInteger } from '../../../../domain/format.js';
import { issuerInText } from '../../../../domain/issuer.js';
import type { Database } from '../../../db/schema.js';
import {
  heading, keepWithNext, officialDocument, officialWorksheet, paragraph, renderPdf, table, workbookBuffer, writeClosing, writeOfficialHeader, writeTable,
  type DocumentMeta, type HeaderKind,
} from '../../../lib/documents/index.js';
import { issuerMeta } from '../../issuer/index.js';
import { businessToday } from '../clock.js';
import type { Sheet, SheetMaterial } from './sheet.js';

export interface SheetDocOptions { header: HeaderKind; number?: string; date?: string }

const WEEKDAY = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];
const STATUS_NOTE: Record<string, string> = { draft: ' (DỰ THẢO)', cancelled: ' (ĐÃ HỦY)' };

/** 10.5 → '10,5' as Vietnamese writes decimals. */
export const dec = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 3 });
function qty(m: Pick<SheetMaterial, 'unit'>, v: number): string {
  return m.unit === 'kg' ? `${formatInteger(v)} kg (${formatInteger(Math.ceil(v / 50))} bao)`
    : `${(Math.round(v / 10) / 100).toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} m³`;
}
const dayText = (day: string) => `${WEEKDAY[dayOfWeek(day)]}, ngày ${formatDate(day)}`;
const meeting = (l: Sheet['byGroup'][number]) => [l.meetingTime, l.meetingPlace].filter(Boolean).join(', ') || '—';
const supervisor = (l: Sheet['byGroup'][number]) => (l.supervisor ? [l.supervisor.name, l.supervisor.phone].filter(Boolean).join(' - ') : 'Chưa cử');

/** The plan sheet is a plan of the office (or of the Party body): header, symbol "KH-…", place and signer from the issuer setting. */
export async function sheetMeta(db: Kysely<Database>, s: Sheet, o: SheetDocOptions): Promise<DocumentMeta> {
  const communes = [...new Set(s.byCommune.map((c) => c.communeName))];
  return {
    ...(await issuerMeta(db, o.header, 'Kế hoạch')),
    number: o.number ?? null, date: o.date ?? (await businessToday(db)),
    type: `Kế hoạch${STATUS_NOTE[s.plan.status] ?? ''}`,
    summary: `Lao động "Ngày thứ 7 vì nông thôn mới" ${dayText(s.plan.day)} (${s.plan.week})`,
    recipients: ['Thường trực Huyện ủy, UBND huyện (b/c)', 'Các nhóm cơ quan, đơn vị', ...(communes.length ? [`UBND xã ${communes.join(', ')}`] : []), 'Lưu: VT'],
  };
}

/** The opening paragraph names the body that issues the sheet: the coordination office, or the Party committee in the Party variant. */
function intro(s: Sheet, meta: DocumentMeta): string {
  const cancelled = s.plan.status === 'cancelled' ? ` Ngày ra quân này đã bị hủy: ${s.plan.cancelReason}.` : '';
  return `Căn cứ kế hoạch ${s.plan.campaignName}, đăng ký của các nhóm cơ quan, đơn vị và ý kiến của các xã, ${issuerInText(meta.issuer, meta.place)} thông báo kế hoạch lao động ${dayText(s.plan.day)}: ${s.totals.groups} nhóm, ${formatInteger(s.totals.headcount)} người, khối lượng dự kiến ${dec(s.totals.targetVolumeM3)} m³ bê tông, cụ thể như sau:${cancelled}`;
}

const c = (text: string, extra: Partial<Record<string, unknown>> = {}): TableCell => ({ text, ...extra }) as TableCell;
const right = (text: string): TableCell => ({ text, alignment: 'right' });

export async function sheetPdf(meta: DocumentMeta, s: Sheet): Promise<Buffer> {
  const body: Content[] = [paragraph(intro(s, meta)), heading('I. Theo xã')];
  s.byCommune.forEach((cm, i) => {
    body.push(keepWithNext({ text: `${i + 1}. Xã ${cm.communeName}: ${cm.entries.length} nhóm, ${formatInteger(cm.totals.headcount)} người, ${dec(cm.totals.targetVolumeM3)} m³, ${cm.totals.mixers} máy trộn`, bold: true, italics: true, margin: [0, 2, 0, 2] }));
    body.push(table([18, 92, 34, '*', 40, 70], ['TT', 'Nhóm', 'Số người', 'Đoạn đường', 'm³', 'Giám sát'],
      cm.entries.map((l, j): TableCell[] => [c(String(j + 1), { alignment: 'center' }), // An agency assigned directly is named once, not as a group led by itself.
        c(l.groupName === l.leadAgencyName ? l.groupName : `${l.groupName}\n(${l.leadAgencyName})`), right(formatInteger(l.headcount)),
        c(`${l.where}\nTập trung: ${meeting(l)}`), right(dec(l.targetVolumeM3)), c(supervisor(l))]), { fontSize: 10.5 }));
    if (cm.materials.length) {
      body.push(keepWithNext({ text: 'Vật liệu cần tập kết:', italics: true, fontSize: 12, margin: [0, 0, 0, 2] }));
      body.push(table(['*', 95, 95, 80], ['Vật liệu (tuyến)', 'Cần', 'Đã tập kết, đạt', 'Còn thiếu'],
        cm.materials.map((m): TableCell[] => [c(`${m.name} (${m.roadName})`), right(qty(m, m.needed)), right(qty(m, m.stagedPassed)), right(m.short ? qty(m, m.short) : '—')]), { fontSize: 10.5 }));
    }
  });
  body.push(heading('II. Theo nhóm'));
  body.push(table([18, 80, '*', 80, 34, 34], ['TT', 'Nhóm', 'Làm việc tại', 'Gặp (giám sát)', 'Số người', 'm³'],
    s.byGroup.map((l, j): TableCell[] => [c(String(j + 1), { alignment: 'center' }), c(l.groupName), c(`Xã ${l.communeName}: ${l.where}\nTập trung: ${meeting(l)}`),
      c(supervisor(l)), right(formatInteger(l.headcount)), right(dec(l.targetVolumeM3))]), { fontSize: 10.5 }));
  const red = s.byGroup.filter((l) => l.notReady.length);
  body.push(heading('III. Các điều kiện chưa sẵn sàng'));
  if (!red.length) body.push(paragraph('Tất cả các nhóm đã đủ điều kiện ra quân (đăng ký được xác nhận, vật liệu đã tập kết và đạt kiểm tra, có người giám sát, có máy trộn).'));
  for (const l of red) body.push({ text: [{ text: `- ${l.groupName} (xã ${l.communeName}): `, bold: true }, l.notReady.map((r) => r.vi).join('; ') + '.'], margin: [0, 0, 0, 3] });
  return renderPdf(officialDocument(meta, body, { title: `Kế hoạch ${formatDate(s.plan.day)}` }));
}

export async function sheetXlsx(meta: DocumentMeta, s: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-hub';
  const a = officialWorksheet(wb, 'Theo xã');
  const colsA = [{ header: 'Xã', width: 14 }, { header: 'Nhóm', width: 26 }, { header: 'Cơ quan trưởng nhóm', width: 26 }, { header: 'Số người', width: 10 },
    { header: 'Đoạn đường', width: 40 }, { header: 'Khối lượng (m³)', width: 12, numFmt: '#,##0.###' }, { header: 'Chiều dài (m)', width: 12, numFmt: '#,##0.###' },
    { header: 'Máy trộn', width: 9 }, { header: 'Tập trung', width: 26 }, { header: 'Giám sát', width: 22 }, { header: 'Chưa sẵn sàng', width: 40 }];
  let r = writeOfficialHeader(a, meta, colsA.length);
  r = writeTable(a, r, colsA, s.byCommune.flatMap((cm) => cm.entries.map((l) => [cm.communeName, l.groupName, l.leadAgencyName, l.headcount, l.where,
    l.targetVolumeM3, l.targetLengthM, l.mixers, meeting(l), supervisor(l), l.notReady.map((x) => x.vi).join('; ') || 'Đủ điều kiện'])));
  r = writeTable(a, r, [{ header: 'Xã', width: 14 }, { header: 'Tuyến', width: 26 }, { header: 'Vật liệu', width: 26 }, { header: 'Đơn vị', width: 10 },
    { header: 'Cần', width: 40, numFmt: '#,##0.##' }, { header: 'Đã tập kết, đạt', width: 12, numFmt: '#,##0.##' }, { header: 'Còn thiếu', width: 12, numFmt: '#,##0.##' }],
  s.byCommune.flatMap((cm) => cm.materials.map((m) => {
    const show = (v: number) => (m.unit === 'kg' ? v : Math.round(v / 10) / 100);
    return [cm.communeName, m.roadName, m.name, m.unit === 'kg' ? 'kg' : 'm³', show(m.needed), show(m.stagedPassed), show(m.short)];
  })), 'Vật liệu cần tập kết');
  writeClosing(a, r, meta, colsA.length);

  const g = officialWorksheet(wb, 'Theo nhóm');
  const colsG = [{ header: 'TT', width: 5 }, { header: 'Nhóm', width: 24 }, { header: 'Xã', width: 14 }, { header: 'Làm việc tại', width: 40 },
    { header: 'Giờ tập trung', width: 10 }, { header: 'Nơi tập trung', width: 28 }, { header: 'Gặp (giám sát)', width: 24 }, { header: 'Số người', width: 10 },
    { header: 'Khối lượng (m³)', width: 12, numFmt: '#,##0.###' }];
  r = writeOfficialHeader(g, meta, colsG.length);
  r = writeTable(g, r, colsG, s.byGroup.map((l, i) => [i + 1, l.groupName, l.communeName, l.where, l.meetingTime ?? '', l.meetingPlace ?? '', supervisor(l), l.headcount, l.targetVolumeM3]));
  writeClosing(g, r, meta, colsG.length);
  return workbookBuffer(wb);
}
