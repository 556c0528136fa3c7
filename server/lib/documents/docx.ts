// DOCX in the official format (DOMAIN.md §4) with the `docx` package: A4 portrait, the decree's
// margins, Times New Roman 14 pt, page numbers centred at the top from page 2; the state header
// (issuer with a short rule, "Số: 12/BC-VPĐP", national motto) or the Party header (issuer with
// "*", "Số 02-KL/BCĐ", "ĐẢNG CỘNG SẢN VIỆT NAM" underlined); type, summary, body, "Nơi nhận:"
// and the signer. Word opens it for the office to edit before signing.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
  type IParagraphOptions,
} from 'docx';
import { numberLine, PAGE_MARGINS_MM, placeDateLine, recipientLines, signerTitleLines, upper, type DocumentMeta } from './official.js';

const FONT = 'Times New Roman';
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const pt = (v: number) => v * 2; // docx sizes are half-points
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** Text width of A4 less the margins, in twips. */
const TEXT_WIDTH = twips(210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right);

interface RunStyle { bold?: boolean; italics?: boolean; size?: number; underline?: boolean }

function line(text: string, s: RunStyle = {}, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER, spacing: { after: 0 }, ...extra,
    children: [new TextRun({ text, font: FONT, bold: s.bold, italics: s.italics, size: pt(s.size ?? 13), underline: s.underline ? {} : undefined })],
  });
}

/** A short centred rule under the issuer or the motto: a bottom border on an indented empty paragraph. */
function rule(indentTwips: number): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, indent: { left: indentTwips, right: indentTwips },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] });
}

function cell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
}

/** The two-column header: issuer and number left; motto (or the Party's name) and place/date right. */
export function docxHeader(meta: DocumentMeta): Table {
  const leftW = Math.round(TEXT_WIDTH * 0.4);
  const rightW = TEXT_WIDTH - leftW;
  const left: Paragraph[] = [];
  if (meta.issuerParent) left.push(line(upper(meta.issuerParent), { size: 12.5 }));
  left.push(line(upper(meta.issuer), { bold: true, size: 12.5 }));
  left.push(meta.header === 'party' ? line('*', { size: 12.5 }) : rule(Math.round(leftW * 0.3)));
  const number = numberLine(meta.header, meta.number, meta.symbol);
  const right: Paragraph[] = meta.header === 'party'
    ? [line('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: 15, underline: true })]
    : [line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }), line('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13 }), rule(Math.round(rightW * 0.22))];
  // Two rows, so the number and the place and date share one line whatever the blocks' heights.
  const second = { spacing: { before: 80, after: 0 } };
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [leftW, rightW], borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftW), cell(right, rightW)] }),
      new TableRow({ children: [cell([line(number ?? '', { size: 13 }, second)], leftW), cell([line(placeDateLine(meta.place, meta.date), { italics: true, size: 13 }, second)], rightW)] })] });
}

/** Document type (uppercase bold, centred) and summary (bold). */
export function docxTitle(meta: DocumentMeta): Paragraph[] {
  const out = [line(upper(meta.type), { bold: true, size: 14 }, { spacing: { before: 360, after: 0 } })];
  if (meta.summary) out.push(line(meta.summary, { bold: true, size: 14 }, { spacing: { after: 240 } }));
  return out;
}

/** A body paragraph: justified, first line indented 1 cm. */
export function docxParagraph(text: string, s: RunStyle = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: twips(10) }, spacing: { after: 120 },
    children: [new TextRun({ text, font: FONT, size: pt(s.size ?? 14), bold: s.bold, italics: s.italics })] });
}

/** A bold heading inside the body. */
export function docxHeading(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120, after: 80 }, indent: { firstLine: twips(10) }, children: [new TextRun({ text, font: FONT, size: pt(14), bold: true })] });
}

/** A ruled table; numbers right-aligned. `widths` are shares of the text width. */
export function docxTable(header: string[], rows: Array<Array<string | number>>, widths: number[], size = 12): Table {
  const total = widths.reduce((s, w) => s + w, 0);
  const cols = widths.map((w) => Math.round((TEXT_WIDTH * w) / total));
  const mk = (v: string | number, i: number, bold = false) => new TableCell({
    width: { size: cols[i], type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
    // Narrow cell margins (1 mm) so a short column such as "TT" does not break its heading in two.
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    // keepNext on the header keeps it on the page of the first row (Word honours it inside tables).
    children: [new Paragraph({ keepNext: bold, alignment: bold ? AlignmentType.CENTER : typeof v === 'number' || /^-?[\d.,]+%?$/.test(v) ? AlignmentType.RIGHT : AlignmentType.LEFT,
      children: [new TextRun({ text: typeof v === 'number' ? v.toLocaleString('vi-VN') : v, font: FONT, size: pt(size), bold })] })],
  });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: cols,
    rows: [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => mk(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => mk(v, i)) }))] });
}

/** "Nơi nhận:" bottom left (italic bold 12 pt, list 11 pt), the signer bottom right. */
export function docxClosing(meta: DocumentMeta): Table {
  const leftW = Math.round(TEXT_WIDTH * 0.45);
  const rightW = TEXT_WIDTH - leftW;
  const left: Paragraph[] = meta.recipients?.length
    ? [new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', font: FONT, size: pt(12), bold: true, italics: true })] }),
      ...recipientLines(meta.recipients).map((r) => new Paragraph({ children: [new TextRun({ text: r, font: FONT, size: pt(11) })] }))]
    : [new Paragraph({ children: [] })];
  const right: Paragraph[] = [];
  if (meta.signer) {
    if (meta.signer.authority) right.push(line(upper(meta.signer.authority), { bold: true, size: 13 }));
    const titles = signerTitleLines(meta.signer.title);
    titles.forEach((l, i) => right.push(line(l, { bold: true, size: 13 }, i === titles.length - 1 ? { spacing: { after: 1200 } } : {})));
    right.push(line(meta.signer.name, { bold: true, size: 14 }));
  }
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [leftW, rightW], borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftW), cell(right.length ? right : [new Paragraph({ children: [] })], rightW)] })] });
}

/** A whole official document as DOCX bytes. */
export async function renderDocx(meta: DocumentMeta, body: Array<Paragraph | Table>, info: { title: string }): Promise<Buffer> {
  const m = PAGE_MARGINS_MM;
  const doc = new Document({
    creator: 'ntm-hub', title: info.title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(m.top), bottom: twips(m.bottom), left: twips(m.left), right: twips(m.right), header: twips(10) } },
      },
      headers: {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })] }),
      },
      children: [docxHeader(meta), ...docxTitle(meta), ...body, new Paragraph({ children: [] }), docxClosing(meta)],
    }],
  });
  return Packer.toBuffer(doc);
}
