// The fund report as an official document: one description of its content (headings, paragraphs,
// tables) rendered to DOCX, PDF (Tinos embedded) and XLSX by the shared builders, under the
// office's header, number and date, signed and addressed as the report says.
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../../domain/dates.js';
import { formatDate, formatInteger } from '../../../../domain/format.js';
import { formatQuantity } from '../../../../domain/labour.js';
import type { Database } from '../../../db/schema.js';
import {
  docxHeading, docxParagraph, docxTable, heading, mm, officialDocument, officialWorksheet, PAGE_MARGINS_MM, paragraph, renderDocx, renderPdf, table,
  workbookBuffer, writeClosing, writeOfficialHeader, writeTable, type DocumentMeta,
} from '../../../lib/documents/index.js';
import type { FundRow } from '../fund.repository.js';
import { fundMeta } from '../statements/documents.js';
import type { presentFundReport } from './fund-report.commands.js';

type Report = Awaited<ReturnType<typeof presentFundReport>>;
type Cell = string | number;
type Block = { kind: 'heading'; text: string } | { kind: 'para'; text: string }
  | { kind: 'table'; caption: string; header: string[]; rows: Cell[][]; widths: number[] };

const CATEGORY_VI = { materials: 'Vật liệu', equipment: 'Máy móc, thiết bị', other: 'Khác' } as const;
const TEXT_WIDTH_PT = mm(210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right);
const cellText = (v: Cell) => (typeof v === 'number' ? (Number.isInteger(v) ? formatInteger(v) : formatQuantity(v, 3)) : v);

export async function fundReportMeta(db: Kysely<Database>, fund: FundRow, r: Report): Promise<DocumentMeta> {
  const base = await fundMeta(db, fund, { header: r.header, number: r.number ?? undefined, date: r.reportDate ?? todayInVietnam() }, 'Báo cáo',
    `Tình hình tiếp nhận, phân bổ và sử dụng nguồn kinh phí xã hội hóa từ ngày ${formatDate(r.periodFrom)} đến ngày ${formatDate(r.periodTo)}`);
  return { ...base, symbol: r.number ? null : 'BC-VPĐP', signer: r.signerTitle ? { title: r.signerTitle, name: r.signerName || ' ' } : null, recipients: r.recipients };
}

export function fundReportBlocks(r: Report): Block[] {
  const f = r.figures;
  const t = f.totals;
  const paras = (text: string | null) => (text ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean).map((p): Block => ({ kind: 'para', text: p }));
  // Each agency, then the people of each commune (their cash gifts; a report frozen before gifts were posted has none).
  const collected = [
    ...f.agencies.map((a) => ({ name: a.agency.name, contributions: a.contributions, inPeriod: a.inPeriod, amount: a.amount })),
    ...(f.people?.communes ?? []).map((p) => ({ name: `Nhân dân xã ${p.commune.name} (ủng hộ tiền mặt)`, contributions: p.contributions, inPeriod: p.inPeriod, amount: p.amount })),
  ];
  const sumOf = (cat: keyof typeof CATEGORY_VI) => f.communes.reduce((s, c) => s + c.spentByCategory[cat], 0);
  return [
    ...paras(r.narrative),
    { kind: 'heading', text: 'I. TÌNH HÌNH TIẾP NHẬN, PHÂN BỔ VÀ SỬ DỤNG KINH PHÍ' },
    { kind: 'table', caption: '1. Tổng hợp quỹ (đơn vị tính: đồng)', widths: [50, 25, 25], header: ['Nội dung', 'Trong kỳ', 'Lũy kế đến cuối kỳ'], rows: [
      ['Tiếp nhận từ các cơ quan, đơn vị và nhân dân', f.inPeriod.received, t.received], ['Đã cấp cho các xã', f.inPeriod.allocated, t.allocated],
      ['Các xã đã chi', f.inPeriod.spent, t.spent], ['Chưa phân bổ (tồn quỹ huyện)', '', t.unallocated], ['Khoản chi đang chờ duyệt', '', t.pending],
    ] },
    { kind: 'table', caption: '2. Tiếp nhận theo cơ quan, đơn vị và từ nhân dân', widths: [6, 46, 12, 18, 18], header: ['TT', 'Cơ quan, đơn vị', 'Số lượt', 'Trong kỳ', 'Lũy kế'], rows: [
      ...collected.map((a, i) => [i + 1, a.name, a.contributions, a.inPeriod, a.amount]),
      ['', 'Tổng cộng', collected.reduce((s, a) => s + a.contributions, 0), f.inPeriod.received, t.received],
    ] },
    { kind: 'table', caption: '3. Phân bổ, sử dụng theo xã và theo mục đích chi', widths: [6, 18, 16, 15, 15, 12, 18],
      header: ['TT', 'Xã', 'Được cấp', 'Vật liệu', 'Máy móc, thiết bị', 'Khác', 'Còn lại'], rows: [
        ...f.communes.map((c, i) => [i + 1, c.commune.name, c.allocated, c.spentByCategory.materials, c.spentByCategory.equipment, c.spentByCategory.other, c.balance]),
        ['', 'Tổng cộng', t.allocated, sumOf('materials'), sumOf('equipment'), sumOf('other'), f.communes.reduce((s, c) => s + c.balance, 0)],
      ] },
    ...(f.allocations.length ? [{ kind: 'table' as const, caption: '4. Các quyết định cấp kinh phí', widths: [6, 56, 18, 20], header: ['TT', 'Quyết định, nội dung', 'Xã', 'Số tiền'],
      rows: f.allocations.map((a, i) => [i + 1, `Số ${a.decisionNo} ngày ${formatDate(a.decisionDate)} (${a.signer}): ${a.purpose}`, a.commune.name, a.amount]) }] : []),
    { kind: 'table', caption: '5. Các khoản mua sắm và tài sản, vật liệu đã mua', widths: [5, 11, 12, 24, 12, 14, 22],
      header: ['TT', 'Ngày', 'Xã', 'Nội dung (mục đích)', 'Số lượng', 'Số tiền', 'Đã mua về'],
      rows: f.purchases.length ? f.purchases.map((p, i) => [i + 1, formatDate(p.date), p.commune, `${p.item} (${CATEGORY_VI[p.category]}); ${p.vendor}, HĐ ${p.invoiceNo}`,
        `${formatQuantity(p.quantity, 3)} ${p.uom}`, p.amount, p.bought ?? '—']) : [['', '', '', 'Chưa có khoản mua sắm', '', '', '']] },
    { kind: 'heading', text: 'II. TỒN TẠI, VƯỚNG MẮC' },
    ...paras(r.issues),
    ...(r.proposals ? [{ kind: 'heading' as const, text: 'III. ĐỀ XUẤT, KIẾN NGHỊ' }, ...paras(r.proposals)] : []),
  ];
}

export async function fundReportPdf(meta: DocumentMeta, r: Report): Promise<Buffer> {
  const body = fundReportBlocks(r).flatMap((b) => {
    if (b.kind === 'heading') return [heading(b.text)];
    if (b.kind === 'para') return [paragraph(b.text)];
    const total = b.widths.reduce((x, y) => x + y, 0);
    return [heading(b.caption), table(b.widths.map((w) => Math.floor((TEXT_WIDTH_PT * w) / total) - 9), b.header,
      b.rows.map((row) => row.map((v) => ({ text: cellText(v), alignment: typeof v === 'number' ? 'right' as const : 'left' as const }))), { fontSize: 10 })];
  });
  return renderPdf(officialDocument(meta, body, { title: `${meta.type} ${meta.summary ?? ''}` }));
}

export async function fundReportDocx(meta: DocumentMeta, r: Report): Promise<Buffer> {
  const body = fundReportBlocks(r).flatMap((b) => {
    if (b.kind === 'heading') return [docxHeading(b.text)];
    if (b.kind === 'para') return [docxParagraph(b.text)];
    return [docxHeading(b.caption), docxTable(b.header, b.rows.map((row) => row.map(cellText)), b.widths, 10)];
  });
  return renderDocx(meta, body, { title: `${meta.type} ${meta.summary ?? ''}` });
}

export async function fundReportXlsx(meta: DocumentMeta, r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-hub';
  const ws = officialWorksheet(wb, 'Báo cáo quỹ');
  let row = writeOfficialHeader(ws, meta, 7);
  for (const b of fundReportBlocks(r)) {
    if (b.kind === 'table') {
      row = writeTable(ws, row, b.header.map((h, i) => ({ header: h, width: Math.max(8, b.widths[i] * 1.2), money: b.rows.some((x) => typeof x[i] === 'number' && Number(x[i]) >= 1000) })), b.rows, b.caption);
    } else {
      ws.mergeCells(row, 1, row, 7);
      const cell = ws.getCell(row, 1);
      cell.value = b.text;
      cell.font = { name: 'Times New Roman', size: 12, bold: b.kind === 'heading' };
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (b.kind === 'para') ws.getRow(row).height = Math.min(300, 16 * Math.ceil(b.text.length / 100));
      row++;
    }
  }
  writeClosing(ws, row + 1, meta, 7);
  return workbookBuffer(wb);
}
