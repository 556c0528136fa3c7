// The parts every official document shares (DOMAIN.md §4, Nghị định 30/2020/NĐ-CP for state bodies,
// Hướng dẫn 36-HD/VPTW for Party bodies): who issues it, its number, place and date, type and
// summary, the signer and the recipients. Builders for PDF and XLSX take this one description.

export type HeaderKind = 'state' | 'party';

export interface DocumentMeta {
  /** 'state': national motto on the right; 'party': "ĐẢNG CỘNG SẢN VIỆT NAM" instead. */
  header: HeaderKind;
  /** The governing body above the issuer ("UBND HUYỆN QUANG BÌNH", "HUYỆN ỦY QUANG BÌNH"), optional. */
  issuerParent?: string | null;
  /** The issuing body ("VĂN PHÒNG ĐIỀU PHỐI NTM"); may hold line breaks. */
  issuer: string;
  /** The number and symbol as registered ("12/BC-VPĐP", "02-KL/BCĐ"); blank leaves space to fill in by hand. */
  number?: string | null;
  /** The symbol without the number ("BC-VPĐP", "BC/HU"), printed after the blank when no number is given. */
  symbol?: string | null;
  place: string;
  /** YYYY-MM-DD. */
  date: string;
  /** BÁO CÁO, KẾT LUẬN, GIẤY BIÊN NHẬN… */
  type: string;
  summary?: string | null;
  signer?: { authority?: string | null; title: string; name: string } | null;
  recipients?: string[];
}

/**
 * The number line: "Số: 12/BC-VPĐP" on state documents, "Số 02-KL/BCĐ" on Party documents.
 * Without a number, room is left to write it by hand before the symbol ("Số:      /BC-VPĐP",
 * "Số      -BC/HU"); a document with neither number nor symbol prints no number line at all.
 * @example numberLine('party', '02-KL/BCĐ') === 'Số 02-KL/BCĐ'
 * @example numberLine('state', null, 'BC-VPĐP') === 'Số:        /BC-VPĐP'
 * @example numberLine('state', null) === null
 */
export function numberLine(kind: HeaderKind, number: string | null | undefined, symbol?: string | null): string | null {
  const n = number?.trim();
  if (n) return kind === 'party' ? `Số ${n}` : `Số: ${n}`;
  const sym = symbol?.trim();
  if (!sym) return null;
  return kind === 'party' ? `Số        -${sym}` : `Số:        /${sym}`;
}

/**
 * The recipients as the decree lists them: each line "- …;" and the last one ending with ".".
 * @example recipientLines(['Như trên', 'Lưu: VT.']) // ['- Như trên;', '- Lưu: VT.']
 */
export function recipientLines(recipients: string[] | undefined): string[] {
  const list = (recipients ?? []).map((r) => r.trim().replace(/^[-–]\s*/, '').replace(/[;.,]+$/, '')).filter(Boolean);
  return list.map((r, i) => `- ${r}${i === list.length - 1 ? '.' : ';'}`);
}

/** A signer title given on two lines ("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG") as its lines, upper case. */
export function signerTitleLines(title: string): string[] {
  return title.split(/\r?\n/).map((l) => upper(l.trim())).filter(Boolean);
}

/**
 * The place and date line: days below 10 and months 1 and 2 are written with a leading zero.
 * @example placeDateLine('Quang Bình', '2021-09-09') === 'Quang Bình, ngày 09 tháng 9 năm 2021'
 * @example placeDateLine('Quang Bình', '2021-02-15') === 'Quang Bình, ngày 15 tháng 02 năm 2021'
 */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/** Upper case as Vietnamese writes it (the JS default handles every diacritic). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** Millimetres to PDF points. */
export const mm = (v: number) => (v * 72) / 25.4;

/** A4 portrait margins within the decree's ranges: top/bottom 20 mm, left 30 mm, right 15 mm. */
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
