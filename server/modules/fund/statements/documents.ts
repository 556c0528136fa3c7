// The fund's printed documents in the official format: the statement (PDF and XLSX) and a
// contributor's receipt (PDF). Header, signer and recipients come from the fund's settings, with
// defaults from the campaign's district.
import type { Kysely } from 'kysely';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatDate, formatInteger } from '../../../../domain/format.js';
import { vndInWords } from '../../../../domain/money-words.js';
import type { Database } from '../../../db/schema.js';
import {
  heading, officialDocument, paragraph, renderPdf, streamedWorkbookBuffer, streamTable, table, writeClosing,
  writeOfficialHeader, type DocumentMeta, type HeaderKind,
} from '../../../lib/documents/index.js';
import { businessToday } from '../../directives/index.js';
import { issuerMeta } from '../../issuer/index.js';
import type { EntryRow, FundRow } from '../fund.repository.js';
import type { Statement } from './statement.js';

export interface DocOptions { header: HeaderKind; number?: string; date?: string }

/**
 * The fund's documents are reports of the office (or of the Party body): the fund's own issuer and
 * signer (for the state header) over the issuer setting; the Party variant is issued and signed by
 * the Party body of the setting. Dated by the business date (the demo's 2021), not the machine's.
 */
export async function fundMeta(db: Kysely<Database>, fund: FundRow, o: DocOptions, type: string, summary: string): Promise<DocumentMeta> {
  const base = await issuerMeta(db, o.header, 'Báo cáo');
  const own = o.header === 'state';
  return {
    ...base,
    issuerParent: (own && fund.doc_issuer_parent) || base.issuerParent,
    issuer: (own && fund.doc_issuer) || base.issuer,
    number: o.number ?? null,
    date: o.date ?? (await businessToday(db)),
    type, summary,
    signer: own && fund.doc_signer_title
      ? { title: fund.doc_signer_title, name: fund.doc_signer_name ?? base.signer.name }
      : { ...base.signer, name: (own && fund.doc_signer_name) || base.signer.name },
    recipients: ['Thường trực Huyện ủy', 'Thường trực HĐND, UBND huyện', 'Các xã được hỗ trợ', 'Lưu: VT'],
  };
}

const SECTION_III = 'III. Đóng góp theo cơ quan, đơn vị và của nhân dân';
const n = (v: number): TableCell => ({ text: formatInteger(v), alignment: 'right' });
const CATEGORY_VI = { materials: 'Vật liệu', equipment: 'Máy móc, thiết bị', other: 'Khác' } as const;

function statementIntro(st: Statement): string {
  const until = st.to ? `đến hết ngày ${formatDate(st.to)}` : 'đến thời điểm báo cáo';
  const who = st.people.amount > 0 ? 'cán bộ, công chức, viên chức và nhân dân' : 'cán bộ, công chức, viên chức';
  return `Thực hiện chủ trương của Ban chỉ đạo chương trình xây dựng nông thôn mới huyện về sử dụng nguồn kinh phí xã hội hóa do ${who} đóng góp cho ${st.fund.campaign.name}, tình hình tiếp nhận, phân bổ và sử dụng ${until} như sau (đơn vị tính: đồng):`;
}

/** Section III's rows: each agency, then the people of each commune (their cash gifts), numbered on. */
export function contributorRows(st: Pick<Statement, 'agencies' | 'people'>): Array<{ name: string; contributions: number; amount: number; communeId?: number; agencyId?: number }> {
  return [
    ...st.agencies.map((a) => ({ name: a.agency.name, contributions: a.contributions, amount: a.amount, agencyId: a.agency.id })),
    ...(st.people?.communes ?? []).map((p) => ({ name: `Nhân dân xã ${p.commune.name} (ủng hộ tiền mặt)`, contributions: p.contributions, amount: p.amount, communeId: p.commune.id })),
  ];
}

export async function statementPdf(meta: DocumentMeta, st: Statement): Promise<Buffer> {
  const t = st.totals;
  const body: Content[] = [
    paragraph(statementIntro(st)),
    heading('I. Tổng hợp quỹ'),
    table(['*', 130], ['Nội dung', 'Số tiền'], [
      ['1. Tổng số tiền đã tiếp nhận', n(t.received)],
      ['2. Đã cấp cho các xã', n(t.allocated)],
      ['3. Chưa phân bổ', n(t.unallocated)],
      ['4. Các xã đã chi', n(t.spent)],
      ['5. Khoản chi đang chờ duyệt', n(t.pending)],
    ]),
    heading('II. Phân bổ và sử dụng theo xã'),
    table([22, '*', 72, 66, 66, 56, 66], ['TT', 'Xã', 'Được cấp', 'Vật liệu', 'Máy, thiết bị', 'Khác', 'Còn lại'], [
      ...st.communes.map((c, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, c.commune.name, n(c.allocated),
        n(c.spentByCategory.materials), n(c.spentByCategory.equipment), n(c.spentByCategory.other), n(c.balance)]),
      [{ text: 'Tổng cộng', bold: true, colSpan: 2 }, '', n(t.allocated), n(sum(st, 'materials')), n(sum(st, 'equipment')), n(sum(st, 'other')),
        n(st.communes.reduce((s, c) => s + c.balance, 0))],
    ], { fontSize: 11 }),
    heading(SECTION_III),
    table([22, '*', 60, 110], ['TT', 'Cơ quan, đơn vị', 'Số lượt', 'Số tiền'], [
      ...contributorRows(st).map((a, i): TableCell[] => [{ text: String(i + 1), alignment: 'center' }, a.name, { text: String(a.contributions), alignment: 'center' }, n(a.amount)]),
      [{ text: 'Tổng cộng', bold: true, colSpan: 2 }, '', { text: String(contributorRows(st).reduce((s, a) => s + a.contributions, 0)), alignment: 'center' }, n(t.received)],
    ], { fontSize: 11 }),
  ];
  if (st.allocations.length) {
    body.push(heading('IV. Các quyết định cấp kinh phí'));
    body.push(table([22, '*', 80, 90], ['TT', 'Quyết định, nội dung', 'Xã', 'Số tiền'], st.allocations.map((a, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' }, `Số ${a.decisionNo} ngày ${formatDate(a.decisionDate)} (${a.signer}): ${a.purpose}`, a.commune.name, n(a.amount)]), { fontSize: 11 }));
  }
  return renderPdf(officialDocument(meta, body, { title: `${meta.type} ${meta.summary ?? ''}` }));
}

function sum(st: Statement, cat: 'materials' | 'equipment' | 'other'): number {
  return st.communes.reduce((s, c) => s + c.spentByCategory[cat], 0);
}

export async function statementXlsx(meta: DocumentMeta, st: Statement, entries: EntryRow[]): Promise<Buffer> {
  return streamedWorkbookBuffer(async (book) => {
    const summary = book.sheet('Báo cáo quỹ', [8, 30, 16, 14, 14, 12, 14]);
    let r = writeOfficialHeader(summary.ws, meta, 7);
    const t = st.totals;
    r = await streamTable(summary, r, [{ header: 'Nội dung', width: 8 }, { header: '', width: 30 }, { header: 'Số tiền (đồng)', width: 16, money: true }], [
      ['1', 'Tổng số tiền đã tiếp nhận', t.received], ['2', 'Đã cấp cho các xã', t.allocated], ['3', 'Chưa phân bổ', t.unallocated],
      ['4', 'Các xã đã chi', t.spent], ['5', 'Khoản chi đang chờ duyệt', t.pending],
    ], 'I. Tổng hợp quỹ');
    r = await streamTable(summary, r, [
      { header: 'TT', width: 8 }, { header: 'Xã', width: 30 }, { header: 'Được cấp', width: 16, money: true }, { header: 'Vật liệu', width: 14, money: true },
      { header: 'Máy, thiết bị', width: 14, money: true }, { header: 'Khác', width: 12, money: true }, { header: 'Còn lại', width: 14, money: true },
    ], [
      ...st.communes.map((c, i) => [i + 1, c.commune.name, c.allocated, c.spentByCategory.materials, c.spentByCategory.equipment, c.spentByCategory.other, c.balance]),
      ['', 'Tổng cộng', t.allocated, sum(st, 'materials'), sum(st, 'equipment'), sum(st, 'other'), st.communes.reduce((s, c) => s + c.balance, 0)],
    ], 'II. Phân bổ và sử dụng theo xã');
    r = await streamTable(summary, r, [{ header: 'TT', width: 8 }, { header: 'Cơ quan, đơn vị', width: 30 }, { header: 'Số lượt', width: 16 }, { header: 'Số tiền', width: 14, money: true }], [
      ...contributorRows(st).map((a, i) => [i + 1, a.name, a.contributions, a.amount]),
      ['', 'Tổng cộng', contributorRows(st).reduce((s, a) => s + a.contributions, 0), t.received],
    ], SECTION_III);
    writeClosing(summary.ws, r, meta, 7);

    // The ledger, oldest first, one row at a time.
    const ledger = book.sheet('Sổ quỹ', [7, 12, 14, 48, 24, 16, 16]);
    await streamTable(ledger, 1, [
      { header: 'Số', width: 7 }, { header: 'Ngày', width: 12 }, { header: 'Loại', width: 14 }, { header: 'Nội dung', width: 48 },
      { header: 'Xã / Cơ quan', width: 24 }, { header: 'Số tiền', width: 16, money: true }, { header: 'Trạng thái', width: 16 },
    ], ledgerRows(entries));
  });
}

function* ledgerRows(entries: EntryRow[]): Generator<Array<string | number>> {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    yield [e.id, formatDate(e.entry_date), KIND_VI[e.kind], describe(e), e.unit_name ?? e.agency_name ?? '',
      e.kind === 'reversal' ? -e.amount : e.amount, e.reversed_by ? `Đã đảo (số ${e.reversed_by})` : statusVi(e)];
  }
}

const KIND_VI = { contribution: 'Đóng góp', allocation: 'Cấp kinh phí', expenditure: 'Chi', reversal: 'Bút toán đảo' } as const;
function statusVi(e: EntryRow): string {
  if (e.kind !== 'expenditure' || !e.needs_approval) return 'Đã ghi';
  return !e.decision ? 'Chờ duyệt' : e.decision === 'approved' ? 'Đã duyệt' : 'Bị từ chối';
}
function describe(e: EntryRow): string {
  switch (e.kind) {
    case 'contribution': return `Biên lai ${e.receipt_no}${e.contributor_kind === 'agency' ? ' (tập thể cơ quan)' : e.contributor_kind === 'people' ? ' (nhân dân ủng hộ)' : ''}`;
    case 'allocation': return `QĐ ${e.decision_no} ngày ${formatDate(e.decision_date!)}: ${e.purpose}`;
    case 'expenditure': return `${e.item} (${CATEGORY_VI[e.category!]}): ${formatInteger(Number(e.quantity))} ${e.uom} × ${formatInteger(e.unit_price!)}; HĐ ${e.invoice_no}, ${e.vendor}`;
    default: return `Đảo bút toán số ${e.reverses_id}: ${e.reason}`;
  }
}

/** A contributor's receipt (giấy biên nhận), one page. */
export async function receiptPdf(meta: DocumentMeta, e: EntryRow, campaignName: string): Promise<Buffer> {
  const who = e.contributor_kind === 'agency' ? `Tập thể cán bộ, công chức, viên chức ${e.agency_name}`
    : e.contributor_kind === 'people' ? `${e.contributor_name} – nhân dân xã ${e.unit_name}` : `${e.contributor_name} – ${e.agency_name}`;
  const line = (label: string, value: string): Content => ({ text: [{ text: `${label}: ` }, { text: value, bold: true }], margin: [0, 0, 0, 6] });
  const body: Content[] = [
    line('Nhận của', who),
    line('Số tiền', `${formatInteger(e.amount)} đồng`),
    { text: `(Bằng chữ: ${vndInWords(e.amount)})`, italics: true, margin: [0, 0, 0, 6] },
    line('Nội dung', `Đóng góp xây dựng nông thôn mới – ${campaignName}`),
    line('Ngày nộp', formatDate(e.entry_date)),
    line('Số biên lai', e.receipt_no ?? ''),
    { columns: [
      { width: '*', stack: [{ text: 'NGƯỜI NỘP TIỀN', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 12 }], alignment: 'center' },
      { width: '*', stack: [{ text: 'NGƯỜI THU TIỀN', bold: true }, { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 12 },
        { text: e.collected_by ?? '', bold: true, margin: [0, 50, 0, 0] }], alignment: 'center' },
    ], margin: [0, 18, 0, 0] },
  ];
  return renderPdf(officialDocument({ ...meta, signer: null, recipients: [] }, body, { title: `Giấy biên nhận ${e.receipt_no}` }));
}
