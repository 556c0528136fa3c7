// PDF in the official format with pdfmake 0.3 and Tinos (Times New Roman metrics, full Vietnamese),
// shipped in an npm package so the output is the same on every machine. pdfmake reads nothing from
// disk or the network here: the fonts sit in its virtual file system and both access policies refuse.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { mm, numberLine, PAGE_MARGINS_MM, placeDateLine, recipientLines, signerTitleLines, upper, type DocumentMeta } from './official.js';

let ready = false;
function setup(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('@expo-google-fonts/tinos/package.json'));
  const files = {
    normal: '400Regular/Tinos_400Regular.ttf', bold: '700Bold/Tinos_700Bold.ttf',
    italics: '400Regular_Italic/Tinos_400Regular_Italic.ttf', bolditalics: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
  };
  const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  for (const file of Object.values(files)) vfs.writeFileSync(path.basename(file), fs.readFileSync(path.join(dir, file)));
  pdfmake.setFonts({ Tinos: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.basename(f)])) as never });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  ready = true;
}

/** A short horizontal rule centred under a line of text, clear of its descenders. */
function rule(width: number): Content {
  return { columns: [{ text: '', width: '*' }, { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }], width }, { text: '', width: '*' }], margin: [0, 3, 0, 2] };
}

/**
 * The header as the decree lays it out: two columns and two rows, so that the number ("Số: …") and
 * the place and date sit on one line under the issuer and the motto whatever their heights.
 */
export function officialHeader(meta: DocumentMeta): Content {
  const left: Content[] = [];
  if (meta.issuerParent) left.push({ text: upper(meta.issuerParent), fontSize: 12.5 });
  left.push({ text: upper(meta.issuer), bold: true, fontSize: 12.5 });
  left.push(meta.header === 'party' ? { text: '*', fontSize: 12.5 } : rule(60));
  const number = numberLine(meta.header, meta.number, meta.symbol);
  const right: Content[] = meta.header === 'party'
    ? [{ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, fontSize: 15, decoration: 'underline' }]
    : [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 12 },
        { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 13 },
        rule(160),
      ];
  const cell = (c: Content) => ({ ...(c as object), alignment: 'center' }) as TableCell;
  return {
    table: {
      widths: ['40%', '*'],
      body: [
        [cell({ stack: left }), cell({ stack: right })],
        [cell({ text: number ?? '', fontSize: 13 }), cell({ text: placeDateLine(meta.place, meta.date), italics: true, fontSize: 13 })],
      ],
    },
    layout: { defaultBorder: false, paddingLeft: () => 0, paddingRight: () => 4, paddingTop: (i: number) => (i === 1 ? 4 : 0), paddingBottom: () => 0 },
    margin: [0, 0, 0, 14],
  };
}

/** Document type (uppercase bold, centred) and summary (bold) under the header. */
export function titleBlock(meta: DocumentMeta): Content {
  const out: Content[] = [{ text: upper(meta.type), bold: true, fontSize: 14, alignment: 'center' }];
  if (meta.summary) out.push({ text: meta.summary, bold: true, fontSize: 14, alignment: 'center', margin: [20, 2, 20, 0] });
  return { stack: out, margin: [0, 0, 0, 12] };
}

/** "Nơi nhận:" bottom left (italic bold 12 pt, list 11 pt) and the signer bottom right. */
export function closingBlock(meta: DocumentMeta): Content {
  const recipients: Content[] = meta.recipients?.length
    ? [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 }, ...recipientLines(meta.recipients).map((r): Content => ({ text: r, fontSize: 11 }))]
    : [{ text: '' }];
  const signer: Content[] = [];
  if (meta.signer) {
    if (meta.signer.authority) signer.push({ text: upper(meta.signer.authority), bold: true, fontSize: 13 });
    for (const l of signerTitleLines(meta.signer.title)) signer.push({ text: l, bold: true, fontSize: 13 });
    signer.push({ text: ' ', margin: [0, 0, 0, 56] });
    signer.push({ text: meta.signer.name, bold: true, fontSize: 14 });
  }
  return { columns: [{ width: '45%', stack: recipients }, { width: '*', stack: signer, alignment: 'center' }], margin: [0, 16, 0, 0], unbreakable: true };
}

/** A body paragraph: justified, first line indented about 1 cm. */
export function paragraph(text: string | Content[], extra: Record<string, unknown> = {}): Content {
  return { text, alignment: 'justify', leadingIndent: mm(10), margin: [0, 0, 0, 6], ...extra } as Content;
}

/** A bold section heading inside the body; never left alone at the foot of a page (see keepWithNext). */
export function heading(text: string): Content {
  return keepWithNext({ text, bold: true, margin: [0, 6, 0, 4] });
}

/** Marks a line (a heading, a table's caption) to move to the next page when nothing follows it on its own. */
export function keepWithNext<T extends Content>(c: T): T {
  return { ...(c as object), headlineLevel: 1 } as T;
}

/**
 * A ruled table: header row bold and centred, repeated on every page and never left alone at the
 * foot of one (kept with the first row); rows are not split across pages. Numbers right-aligned by the caller.
 */
export function table(widths: Array<string | number>, header: string[], rows: TableCell[][], opts: { fontSize?: number } = {}): Content {
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [header.map((h): TableCell => ({ text: h, bold: true, alignment: 'center' })), ...rows] },
    fontSize: opts.fontSize ?? 12,
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 2, paddingBottom: () => 2 },
    margin: [0, 2, 0, 8],
  };
}

/** A whole official document: A4 portrait, decree margins, page numbers centred at the top from page 2. */
export function officialDocument(meta: DocumentMeta, body: Content[], info: { title: string }): TDocumentDefinitions {
  const m = PAGE_MARGINS_MM;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    info: { title: info.title, creator: 'ntm-hub' },
    defaultStyle: { font: 'Tinos', fontSize: 14, lineHeight: 1.1 },
    header: (page: number) => (page > 1 ? { text: String(page), alignment: 'center', fontSize: 13, margin: [0, mm(10), 0, 0] } : null),
    content: [officialHeader(meta), titleBlock(meta), ...body, closingBlock(meta)],
    // A heading or caption that ends a page, its table or paragraph pushed to the next, goes with them.
    pageBreakBefore: (node, q) => node.headlineLevel === 1 && q.getFollowingNodesOnPage().length === 0,
  };
}

/** Renders a document definition to PDF bytes. */
export async function renderPdf(dd: TDocumentDefinitions): Promise<Buffer> {
  setup();
  return pdfmake.createPdf(dd).getBuffer();
}
