// Small real files made in memory for upload tests: a 1×1 JPEG, a 1×1 PNG, a one-page PDF and an
// .xlsx workbook, each well-formed for its format (not just its first bytes).
import ExcelJS from 'exceljs';
import { crc32, deflateSync } from 'node:zlib';

/** A baseline 1×1 grey JPEG: JFIF header, one quantisation table, one-code Huffman tables, one block. */
export function tinyJpeg(padding = 0): Uint8Array {
  const seg = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const oneCodeTable = (cls: number) => [cls, 1, ...new Array(15).fill(0), 0]; // one 1-bit code for symbol 0
  const comment = padding > 0 ? seg(0xfe, new Array(padding).fill(0x20)) : [];
  return new Uint8Array([
    0xff, 0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...comment,
    ...seg(0xdb, [0, ...new Array(64).fill(1)]),
    ...seg(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    ...seg(0xc4, oneCodeTable(0x00)),
    ...seg(0xc4, oneCodeTable(0x10)),
    ...seg(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f, // DC difference 0, then end of block; padded with 1 bits
    0xff, 0xd9,
  ]);
}

/** A 1×1 RGBA PNG with correct chunk CRCs. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 0x2e, 0x7d, 0x32, 0xff])); // filter byte + one green pixel
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0)),
  ]));
}

/** A one-page PDF with a correct cross-reference table; `padding` bytes of comment make it bigger. */
export function tinyPdf(padding = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let out = `%PDF-1.4\n%${' '.repeat(padding)}\n`;
  const offsets: number[] = [];
  objects.forEach((o, i) => { offsets.push(Buffer.byteLength(out)); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** An .xlsx workbook with one sheet: rows[i] goes to spreadsheet row i + 1, column A onwards; null leaves a cell empty. */
export async function xlsxOf(rows: Array<Array<string | number | null>>, sheet = 'Trang 1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
