// The district report as an official document: one description of its content (headings,
// paragraphs, tables) rendered to DOCX, PDF (Tinos embedded) and XLSX by the shared builders in
// server/lib/documents, with the state or the Party header the office chose.
import { formatDate, formatInteger } from '../../../../domain/format.js';
import { formatQuantity } from '../../../../domain/labour.js';
import { RATING_LABELS } from '../../../../domain/reporting.js';
import {
  docxHeading, docxParagraph, docxTable, heading, mm, PAGE_MARGINS_MM, officialDocument, paragraph, renderDocx, renderPdf, table,
  streamedWorkbookBuffer, streamTable, writeClosing, writeOfficialHeader, type DocumentMeta,
} from '../../../lib/documents/index.js';
import { documentSymbol } from '../../../../domain/issuer.js';
import type { DistrictReport } from './build.js';

type Block = { kind: 'heading'; text: string } | { kind: 'para'; text: string }
  | { kind: 'table'; caption: string; header: string[]; rows: Array<Array<string | number>>; widths: number[] };

const CLASS_VI: Record<string, string> = {
  commune: 'Đường trục xã, liên xã', village: 'Đường trục thôn, liên thôn', alley: 'Đường ngõ, xóm', field: 'Đường trục chính nội đồng',
};
const q = (v: number, d = 1) => formatQuantity(v, d);
const TEXT_WIDTH_PT = mm(210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right);
/** Numbers the vi-VN way in PDF and DOCX (XLSX keeps real numbers). */
const cellText = (v: string | number) => (typeof v === 'number' ? formatQuantity(v, 3) : v);

/**
 * The document's header, number and signer: what the report says for itself, over the office's
 * issuer setting. When the office chose the Party header (Hướng dẫn 36-HD/VPTW) but left the state
 * body's text as it was, the Party body issues it ("Số …-BC/HU") and its signer signs.
 */
export function districtMeta(r: DistrictReport, date: string): DocumentMeta {
  const p = r.period;
  const kind = r.meta.header;
  const side = r.issuer[kind];
  const state = r.issuer.state;
  const followParty = kind === 'party' && (!r.meta.issuer || upperless(r.meta.issuer) === upperless(state.name));
  const partyTitle = followParty && (!r.meta.signerTitle || upperless(r.meta.signerTitle) === upperless(state.signerTitle));
  const title = partyTitle ? side.signerTitle : r.meta.signerTitle;
  const name = (followParty && r.meta.signerName === state.signerName ? side.signerName : r.meta.signerName) || side.signerName;
  return {
    header: kind, number: r.meta.number, symbol: documentSymbol(kind, 'Báo cáo', side.abbreviation), place: r.issuer.place, date,
    issuerParent: followParty ? side.parent : r.meta.issuerParent, issuer: followParty ? side.name : r.meta.issuer,
    type: 'Báo cáo',
    summary: `Kết quả thực hiện kế hoạch lao động "Ngày thứ 7 vì nông thôn mới" ${p.vi.toLowerCase()} (từ ngày ${formatDate(p.from)} đến ngày ${formatDate(p.to)})`,
    // The authority line ("T/M BAN THƯỜNG VỤ") goes with the setting's title, not with a title the office typed.
    signer: title ? { authority: upperless(title) === upperless(side.signerTitle) ? side.signerAuthority || null : null, title, name: name || ' ' } : null,
    recipients: r.meta.recipients,
  };
}

const upperless = (s: string) => s.trim().toLocaleLowerCase('vi-VN');
/** A group's officials cell when some of its days lack attendance: what is known, and that the rest is missing. */
const OFFICIALS_MISSING = (known: number) => (known > 0 ? `${formatInteger(known)} (thiếu số liệu)` : 'Chưa có số liệu');

/** " (chưa có số liệu của 2 nhóm)" when groups worked without their attendance; nothing otherwise. */
function officialsGap(r: DistrictReport): string {
  const groups = new Set(r.missingAttendance.map((m) => m.groupId)).size;
  return groups ? ` (chưa có số liệu của ${groups} nhóm)` : '';
}

export function districtBlocks(r: DistrictReport): Block[] {
  const t = r.totals;
  const worked = r.communes.filter((c) => c.workdays > 0).length;
  const out: Block[] = [
    { kind: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN' },
    { kind: 'para', text: `Trong ${r.period.kind === 'week' ? 'tuần' : 'tháng'}, các nhóm cơ quan, đơn vị đã tổ chức ${t.workdays} buổi lao động tại ${worked} xã; `
      + `tổng số ${formatInteger(t.participants)} lượt người tham gia (cán bộ, công chức, viên chức ${formatInteger(t.officials)} lượt${officialsGap(r)}; nhân dân ${formatInteger(t.people)} lượt), `
      + `${q(t.labourDays)} ngày công; đổ bê tông ${q(t.lengthM)} m đường với ${q(t.volumeM3, 3)} m³ bê tông; kinh phí từ nguồn xã hội hóa đã chi ${formatInteger(t.moneySpent)} đồng.` },
  ];
  // Groups that worked without their officials' attendance are named, never counted as 0 officials.
  const noAttendance = new Set(r.missingAttendance.map((m) => m.groupId));
  if (r.missingAttendance.length) {
    out.push({ kind: 'para', text: `Chưa có số cán bộ tham gia (không tính vào số lượt cán bộ nêu trên): ${r.missingAttendance.map((m) =>
      `${m.group} tại xã ${m.commune} ngày ${m.days.map(formatDate).join(', ')}${m.reason ? ` (${m.reason})` : ''}`).join('; ')}.` });
  }
  if (r.meta.highlights) out.push({ kind: 'para', text: r.meta.highlights });
  out.push({ kind: 'table', caption: '1. Kết quả theo xã', widths: [5, 16, 8, 10, 10, 11, 11, 11, 16],
    header: ['TT', 'Xã', 'Số buổi', 'Cán bộ (lượt)', 'Nhân dân (lượt)', 'Ngày công', 'Chiều dài (m)', 'Bê tông (m³)', 'Kinh phí đã chi (đồng)'],
    rows: [...r.communes.map((c, i) => [i + 1, c.commune.name, c.workdays, c.officials, c.people, c.labourDays, c.lengthM, c.volumeM3, c.moneySpent]),
      ['', 'Tổng cộng', t.workdays, t.officials, t.people, t.labourDays, t.lengthM, t.volumeM3, t.moneySpent]] });
  out.push({ kind: 'table', caption: '2. Kết quả theo nhóm cơ quan, đơn vị', widths: [5, 11, 12, 9, 9, 9, 10, 10, 25],
    header: ['TT', 'Nhóm', 'Địa bàn', 'Cán bộ (lượt)', 'Nhân dân (lượt)', 'Ngày công', 'Chiều dài (m)', 'Bê tông (m³)', 'Xã đánh giá (trách nhiệm / hiệu quả)'],
    rows: r.groups.map((g, i) => [i + 1, g.name, g.communes.join(', '), noAttendance.has(g.groupId) ? OFFICIALS_MISSING(g.officials) : g.officials,
      g.people, g.labourDays, g.lengthM, g.volumeM3, g.ratings.map((x) => `${x.commune}: ${RATING_LABELS[x.responsibility].vi} / ${RATING_LABELS[x.effectiveness].vi}`).join('; ')]) });
  if (r.materials.length) {
    out.push({ kind: 'table', caption: '3. Vật liệu đã sử dụng', widths: [30, 15, 25, 25],
      header: ['Vật liệu', 'Đơn vị', 'Đã xuất dùng', 'Định mức theo khối lượng'],
      rows: r.materials.map((m) => m.unit === 'kg' ? [m.name, 'kg', m.issued, m.norm] : [m.name, 'm³', m.issued / 1000, m.norm / 1000]) });
  }
  // The share stays a number (XLSX sums and charts it); the PDF and DOCX print it the vi-VN way.
  const c2 = r.communes.flatMap((c) => c.criterion2.map((x) => [c.commune.name, CLASS_VI[x.roadClass] ?? x.roadClass, x.totalKm, x.hardenedKm, x.sharePercent]));
  if (c2.length) {
    out.push({ kind: 'table', caption: '4. Tiến độ thực hiện tiêu chí số 02 về giao thông', widths: [16, 32, 16, 18, 14],
      header: ['Xã', 'Loại đường', 'Tổng (km)', 'Đã cứng hóa (km)', 'Tỷ lệ (%)'], rows: c2 });
  }
  out.push(...peopleBlocks(r));
  out.push({ kind: 'heading', text: 'II. ĐÁNH GIÁ CHUNG' });
  if (r.meta.narrative) for (const p of r.meta.narrative.split(/\n+/).filter(Boolean)) out.push({ kind: 'para', text: p });
  for (const inc of r.included) {
    if (inc.narrative) out.push({ kind: 'para', text: `Xã ${inc.commune}: ${inc.narrative}` });
    if (inc.difficulties) out.push({ kind: 'para', text: `Khó khăn, vướng mắc (xã ${inc.commune}): ${inc.difficulties}` });
    if (inc.proposals) out.push({ kind: 'para', text: `Đề xuất, kiến nghị (xã ${inc.commune}): ${inc.proposals}` });
  }
  out.push({ kind: 'heading', text: 'III. BÁO CÁO CỦA CÁC XÃ' });
  out.push({ kind: 'para', text: `Số liệu trên được tổng hợp từ ${r.included.length} báo cáo tuần của các xã đã được Văn phòng điều phối duyệt.` });
  if (r.missing.length) {
    const status: Record<string, string> = { draft: 'đang soạn', submitted: 'đã gửi, chưa duyệt', returned: 'bị trả lại' };
    out.push({ kind: 'para', text: `Chưa tổng hợp (chưa có báo cáo được duyệt): ${r.missing.map((m) => `xã ${m.commune.name} ${m.week.toLowerCase()} (${m.status ? status[m.status] ?? m.status : 'chưa gửi'})`).join('; ')}.` });
  }
  return out;
}

const PEOPLE_KIND_VI = { cash: 'tiền', in_kind: 'hiện vật', labour: 'ngày công', land: 'hiến đất' } as const;

/**
 * Section 5: the people's contributions up to the period's end, per commune and under it each
 * village that gave (domain/mobilisation.ts through the people module); donors who agreed to be named.
 */
function peopleBlocks(r: DistrictReport): Block[] {
  const p = r.people;
  if (!p.communes.length) return [];
  const figures = (t: DistrictReport['people']['totals']) => [t.cash, t.inKindCount, t.labourDays, t.landM2];
  const rows: Array<Array<string | number>> = p.communes.flatMap((c, i) => [
    [i + 1, `Xã ${c.commune.name}`, ...figures(c.totals)],
    ...c.villages.map((v) => ['', `– ${v.name ?? 'Chưa ghi thôn, bản'}`, ...figures(v.totals)]),
  ]);
  const out: Block[] = [{ kind: 'table', caption: `5. Huy động nguồn lực trong nhân dân (lũy kế đến hết ngày ${formatDate(p.to)})`, widths: [6, 34, 18, 12, 14, 16],
    header: ['TT', 'Xã, thôn', 'Tiền mặt (đồng)', 'Hiện vật (lượt)', 'Ngày công', 'Hiến đất (m²)'],
    rows: [...rows, ['', 'Tổng cộng', ...figures(p.totals)]] }];
  if (p.donors.length) {
    out.push({ kind: 'para', text: `Hộ gia đình, tập thể đồng ý công khai tên: ${p.donors.map((d) =>
      `${d.name} (${PEOPLE_KIND_VI[d.kind]}; ${d.village ? `${d.village}, ` : ''}xã ${d.commune})`).join('; ')}.` });
  }
  return out;
}

export async function districtPdf(r: DistrictReport, date: string): Promise<Buffer> {
  const meta = districtMeta(r, date);
  const body = districtBlocks(r).flatMap((b) => {
    if (b.kind === 'heading') return [heading(b.text)];
    if (b.kind === 'para') return [paragraph(b.text)];
    const total = b.widths.reduce((x, y) => x + y, 0);
    // Points: the text width of A4 less the margins, shared out (pdfmake has no weighted stars); less the cell padding.
    return [heading(b.caption), table(b.widths.map((w) => Math.floor((TEXT_WIDTH_PT * w) / total) - 9), b.header,
      b.rows.map((row) => row.map((v) => ({ text: cellText(v), alignment: typeof v === 'number' || /^[\d.,%-]+$/.test(String(v)) ? 'right' as const : 'left' as const }))), { fontSize: 10 })];
  });
  return renderPdf(officialDocument(meta, body, { title: `${meta.type} ${r.period.vi}` }));
}

export async function districtDocx(r: DistrictReport, date: string): Promise<Buffer> {
  const meta = districtMeta(r, date);
  const body = districtBlocks(r).flatMap((b) => {
    if (b.kind === 'heading') return [docxHeading(b.text)];
    if (b.kind === 'para') return [docxParagraph(b.text)];
    return [docxHeading(b.caption), docxTable(b.header, b.rows.map((row) => row.map(cellText)), b.widths, 10)];
  });
  return renderDocx(meta, body, { title: `${meta.type} ${r.period.vi}` });
}

export async function districtXlsx(r: DistrictReport, date: string): Promise<Buffer> {
  const meta = districtMeta(r, date);
  const blocks = districtBlocks(r);
  const tables = blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
  const columnsOf = (b: (typeof tables)[number]) => b.header.map((h, i) => ({ header: h, width: Math.max(8, b.widths[i] * 1.2) }));
  // A streamed sheet writes its column widths first: the widest each column gets in any table.
  const widths = Array.from({ length: 9 }, (_, i) => Math.max(0, ...tables.map((b) => columnsOf(b)[i]?.width ?? 0)));
  return streamedWorkbookBuffer(async (book) => {
    const sheet = book.sheet(r.period.vi.replace('/', '-'), widths);
    const ws = sheet.ws;
    let row = writeOfficialHeader(ws, meta, 9);
    for (const b of blocks) {
      if (b.kind === 'table') {
        row = await streamTable(sheet, row, columnsOf(b), b.rows, b.caption);
      } else {
        ws.mergeCells(row, 1, row, 9);
        const cell = ws.getCell(row, 1);
        cell.value = b.text;
        cell.font = { name: 'Times New Roman', size: 12, bold: b.kind === 'heading' };
        cell.alignment = { wrapText: true, vertical: 'top' };
        if (b.kind === 'para') ws.getRow(row).height = Math.min(300, 16 * Math.ceil(b.text.length / 110));
        row++;
      }
    }
    writeClosing(ws, row + 1, meta, 9);
  });
}
