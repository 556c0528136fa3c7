// The route schedule (lộ trình) in the official format (Nghị định 30/2020/NĐ-CP), issued by the
// coordination office as the issuer setting names it (header, symbol, place, signer): I. per commune, whether criterion 2 is reached by the deadline or what is
// short, and what materials to buy by when; II. per road, its segments in chainage order with the Saturdays planned and what is poured.
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate } from '../../../domain/format.js';
import { issuerInText } from '../../../domain/issuer.js';
import { formatQuantity } from '../../../domain/labour.js';
import { ddmm, materialAmount } from '../../../domain/season-plan.js';
import type { Database } from '../../db/schema.js';
import {
  heading, officialDocument, officialWorksheet, paragraph, renderPdf, table, workbookBuffer, writeClosing, writeOfficialHeader, writeTable, type DocumentMeta,
} from '../../lib/documents/index.js';
import { issuerMeta } from '../issuer/index.js';
import type { SeasonView } from './season.view.js';

const m3 = (litres: number) => formatQuantity(litres / 1000, 2);
const communeLine = (c: SeasonView['communes'][number], deadline: string) => c.alreadyMet ? 'Đã đạt tiêu chí 2'
  : c.reachedOn ? `Đạt tiêu chí 2 ngày ${formatDate(c.reachedOn)} (trước hạn ${formatDate(deadline)})` : (c.shortfall?.vi ?? 'Chưa đạt');
/** What the commune must still buy for the plan, and by when: "120 bao xi măng (từ 30/10)". */
const toBuyLine = (c: SeasonView['communes'][number]) => (c.materials ?? []).filter((m) => m.shortFrom && m.toBuy > 1e-6)
  .map((m) => `${materialAmount(m.code, m.toBuy).vi} (từ ${ddmm(m.shortFrom!)})`).join('; ') || 'Đủ';
const status = (s: string) => ({ planned: 'Chưa làm', ready: 'Sẵn sàng', in_progress: 'Đang làm', poured: 'Đã đổ', accepted: 'Đã nghiệm thu', rejected: 'Không đạt' } as Record<string, string>)[s] ?? s;

/** Issued as the office's plan: header, symbol "KH-…", place and signer from the issuer setting. */
async function meta(db: Kysely<Database>, v: SeasonView): Promise<DocumentMeta> {
  return {
    ...(await issuerMeta(db, 'state', 'Kế hoạch')), number: null, date: v.asOf,
    type: 'Lộ trình thực hiện', summary: `Bê tông hóa đường giao thông theo từng tuyến đến ngày ${formatDate(v.deadline)} (${v.campaign.name})`,
    recipients: ['Thường trực Huyện ủy, UBND huyện (b/c);', 'Các nhóm cơ quan, đơn vị;', `UBND xã ${v.communes.map((c) => c.name).join(', ')};`, 'Lưu: VT.'],
  };
}

export async function routeScheduleExport(db: Kysely<Database>, v: SeasonView, format: 'xlsx' | 'pdf'): Promise<Buffer> {
  const m = await meta(db, v);
  const teams = new Map(v.teams.map((t) => [t.id, t.name]));
  const rows = v.roads.flatMap((r) => r.segments.map((s) => [
    v.communes.find((c) => c.communeId === r.communeId)?.name ?? '', r.name, s.chainage, teams.get(s.teamId ?? 0) ?? '—',
    s.plannedDays.map(ddmm).join(', ') || '—', status(s.status), m3(s.pouredLitres), m3(s.remainingLitres),
  ]));
  const intro = `Căn cứ ${v.campaign.name}, phân công tuyến và dự kiến nhân công, ${issuerInText(m.issuer, m.place)} lập lộ trình thực hiện từng tuyến trong ${v.days.length} ngày thứ Bảy còn lại đến ngày ${formatDate(v.deadline)}. ${v.objective.vi}`;
  if (format === 'pdf') {
    const body: Content[] = [paragraph(intro), heading('I. Khả năng đạt tiêu chí 2 theo xã')];
    body.push(table([70, '*', 60, 120], ['Xã', 'Kết quả theo lộ trình', 'Chưa đổ đến hạn (m³)', 'Vật liệu cần mua thêm'],
      v.communes.map((c): TableCell[] => [{ text: c.name }, { text: communeLine(c, v.deadline) }, { text: m3(c.unmetLitres), alignment: 'right' }, { text: toBuyLine(c) }]), { fontSize: 10.5 }));
    body.push(heading('II. Lộ trình từng tuyến'));
    body.push(table([50, 60, 70, 60, '*', 45, 38, 38], ['Xã', 'Tuyến', 'Đoạn (lý trình)', 'Nhóm', 'Thứ Bảy dự kiến', 'Tình trạng', 'Đã đổ (m³)', 'Còn (m³)'],
      rows.map((row): TableCell[] => row.map((t, i) => ({ text: String(t), alignment: i >= 6 ? 'right' : 'left' }))), { fontSize: 9 }));
    return renderPdf(officialDocument(m, body, { title: `Lộ trình ${v.campaign.name}` }));
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-hub';
  const ws = officialWorksheet(wb, 'Lộ trình');
  const cols = [{ header: 'Xã', width: 14 }, { header: 'Tuyến', width: 24 }, { header: 'Đoạn (lý trình)', width: 22 }, { header: 'Nhóm', width: 22 },
    { header: 'Thứ Bảy dự kiến', width: 26 }, { header: 'Tình trạng', width: 14 }, { header: 'Đã đổ (m³)', width: 11 }, { header: 'Còn (m³)', width: 11 }];
  let r = writeOfficialHeader(ws, m, cols.length);
  r = writeTable(ws, r, [{ header: 'Xã', width: 14 }, { header: 'Kết quả theo lộ trình', width: 24 }, { header: 'Chưa đổ đến hạn (m³)', width: 22 }, { header: 'Vật liệu cần mua thêm', width: 22 }],
    v.communes.map((c) => [c.name, communeLine(c, v.deadline), m3(c.unmetLitres), toBuyLine(c)]), 'I. Khả năng đạt tiêu chí 2 theo xã');
  r = writeTable(ws, r, cols, rows, 'II. Lộ trình từng tuyến');
  writeClosing(ws, r, m, cols.length);
  return workbookBuffer(wb);
}
