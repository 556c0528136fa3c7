// Shared by the document tests: an issuer setting as an office would fill it in, and the text of a
// PDF answer as poppler's pdftotext reads it (what a person reading the printout sees).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The issuer setting of a district office: both bodies, with their signers named. */
export const officeIssuer = () => ({
  place: 'Quang Bình',
  state: { parent: 'UBND HUYỆN QUANG BÌNH', name: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', abbreviation: 'VPĐP', signerAuthority: 'KT. CHÁNH VĂN PHÒNG', signerTitle: 'Phó Chánh Văn phòng', signerName: 'Hoàng Thị Điều' },
  party: { parent: 'ĐẢNG BỘ TỈNH HÀ GIANG', name: 'HUYỆN ỦY QUANG BÌNH', abbreviation: 'HU', signerAuthority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'Phó Bí thư', signerName: 'Lương Văn Đoàn' },
});

/** The PDF's text with runs of white space made one space, so a sentence wrapped over lines matches. */
export async function pdfText(res: Response): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-doc-')), 'document.pdf');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
}
